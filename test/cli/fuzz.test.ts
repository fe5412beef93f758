/**
 * Malformed inputs through the real entry points: scenarios (validate, run), sweep files, calibrate's
 * targets and parameters, story files and merge inputs. Each must end in exit 2 with messages that
 * name the file, never an internal error or a stack trace, and must write and destroy nothing. Most
 * cases run in-process through main() (fast); a fixed set of hostile files runs through the binary.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { checkStory } from '../../src/ui/trainer/stories.js';
import { captureIo } from './captureIo.js';
import { handover, ROOT, STACK_LINE } from './spawn.js';

let dir: string;
let n = 0;
const SCENARIO = join(ROOT, 'scenarios/default.json');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handover-fuzz-'));
  writeFileSync(join(dir, 'sentinel.txt'), 'keep me\n');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh file holding `content` (text, bytes or a document). */
function file(content: unknown): string {
  const path = join(dir, `input-${n++}.json`);
  writeFileSync(path, typeof content === 'string' || content instanceof Uint8Array ? content : (JSON.stringify(content) ?? 'undefined'));
  return path;
}

/** A valid document with one place replaced, removed or added (the ways a hand edit goes wrong). */
function mutated(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const leaves: string[][] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
    else leaves.push(path);
  };
  walk(valid, []);
  const hostile = fc.oneof(fc.jsonValue(), fc.constantFrom(null, -1, 1e308, '', 'x'.repeat(5000), [], {}, { __proto__: { polluted: true } }, '__proto__'));
  return fc.tuple(fc.constantFrom(...leaves), hostile, fc.constantFrom('replace', 'remove', 'add')).map(([path, value, how]) => {
    const doc = structuredClone(valid) as Record<string, unknown>;
    let node = doc as Record<string, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    const last = path[path.length - 1];
    if (how === 'remove') delete node[last];
    else if (how === 'add') node[`${last}Extra`] = value;
    else node[last] = value;
    return doc;
  });
}

/** Raw text that is not a valid document: truncated, random bytes, not UTF-8, empty, a BOM alone. */
function rawText(valid: unknown): fc.Arbitrary<string | Uint8Array> {
  const text = JSON.stringify(valid, null, 2);
  return fc.oneof(
    fc.nat({ max: text.length - 1 }).map((cut) => text.slice(0, cut)),
    fc.uint8Array({ minLength: 1, maxLength: 200 }),
    fc.string({ maxLength: 200 }),
    fc.constantFrom('', '\ufeff', '[', '{"a":', '['.repeat(100_000), `{"x": "${'\\u00'}"}`, Buffer.from([0xff, 0xfe, 0x7b, 0x7d])),
  );
}

/** Exit 2 (or 0 when the input happens to be fine), never 1; messages with no stack trace; the sentinel intact. */
async function expectClean(argv: string[], allowOk: boolean): Promise<void> {
  const captured = captureIo();
  const code = await main(argv, captured.io);
  expect(captured.stderr()).not.toMatch(/internal error/);
  expect(captured.stderr()).not.toMatch(STACK_LINE);
  if (allowOk) expect([0, 2]).toContain(code);
  else expect(code).toBe(2);
  if (code === 2) expect(captured.stderr().trim()).not.toBe('');
  expect(readFileSync(join(dir, 'sentinel.txt'), 'utf8')).toBe('keep me\n');
}

const scenarioDoc = { extends: SCENARIO, name: 'Fuzz', run: { years: 1, warmupWeeks: 0 }, agency: { premium: 0.3 }, interventions: [{ week: 2, surge: { extraContactsPerWeek: 10, durationWeeks: 2 } }] };
const sweepDoc = { scenario: SCENARIO, parameters: { 'agency.premium': { values: [0.2, 0.4] } }, replications: 2, years: 1, seed: 3 };
const targetsDoc = JSON.parse(readFileSync(join(ROOT, 'scenarios/targets/example-authority.json'), 'utf8')) as Record<string, unknown>;
const paramsDoc = { parameters: [{ path: 'turnover.baseAnnualRate', min: 0.05, max: 0.4 }] };
const RUNS = { numRuns: 40 };

describe('fuzzing the entry points in-process', () => {
  it('validate: a mutated or garbled scenario is reported, never crashes', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(mutated(scenarioDoc), rawText(scenarioDoc)), async (doc) => expectClean(['validate', file(doc)], true)), RUNS);
  });

  it('sweep: a garbled sweep file is refused before anything runs, and no folder is made', async () => {
    await fc.assert(
      fc.asyncProperty(rawText(sweepDoc), async (doc) => {
        const out = join(dir, `sweep-out-${n}`);
        await expectClean(['sweep', file(doc), '--out', out, '--jobs', '1', '--quiet'], false);
        expect(existsSync(out)).toBe(false);
      }),
      RUNS,
    );
  });

  it('sweep: a mutated sweep file either is refused cleanly or is a valid sweep', async () => {
    const { loadSweepFile } = await import('../../src/node/loadSweepFile.js');
    fc.assert(
      fc.property(mutated(sweepDoc), (doc) => {
        const loaded = loadSweepFile(file(doc));
        expect(loaded.prepared !== undefined || loaded.errors.length > 0).toBe(true);
        for (const e of loaded.errors) expect(e.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });

  it('calibrate: malformed --targets and --params files are refused before any run, writing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated(paramsDoc), rawText(paramsDoc), fc.jsonValue()), fc.oneof(mutated(targetsDoc), rawText(targetsDoc)), fc.boolean(), async (params, targets, breakParams) => {
        const out = join(dir, `fit-${n}`);
        const args = breakParams ? ['--targets', join(ROOT, 'scenarios/targets/example-authority.json'), '--params', file(params)] : ['--targets', file(targets), '--param', 'turnover.baseAnnualRate=0.05:0.4'];
        // A mutation can leave a file valid; --max-evaluations 1 then makes the command refuse for want of evaluations, before any run.
        await expectClean(['calibrate', SCENARIO, ...args, '--max-evaluations', '1', '--out', out, '--quiet'], false);
        expect(existsSync(out)).toBe(false);
      }),
      RUNS,
    );
  });

  it('story files: any document gives a story or its problems, never an exception', () => {
    const story = JSON.parse(readFileSync(join(ROOT, 'scenarios/stories', readdirSync(join(ROOT, 'scenarios/stories')).find((f) => f.endsWith('.json'))!), 'utf8')) as Record<string, unknown>;
    fc.assert(
      fc.property(fc.oneof(mutated(story), fc.jsonValue()), (doc) => {
        const checked = checkStory(doc);
        expect(checked.story !== undefined || checked.errors.length > 0).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('merge: damaged manifests and run files in an input are blamed on that input, and nothing is merged', async () => {
    const shard = join(dir, 'shard');
    expect(await main(['sweep', file(sweepDoc), '--out', shard, '--jobs', '1', '--quiet'], captureIo().io)).toBe(0);
    const manifest = JSON.parse(readFileSync(join(shard, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    const runName = readdirSync(join(shard, 'runs'))[0];
    const run = JSON.parse(readFileSync(join(shard, 'runs', runName), 'utf8')) as Record<string, unknown>;
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated(manifest), rawText(manifest)), fc.oneof(mutated(run), rawText(run)), fc.boolean(), async (badManifest, badRun, which) => {
        const input = join(dir, `damaged-${n++}`);
        mkdirSync(join(input, 'runs'), { recursive: true });
        writeFileSync(join(input, 'manifest.json'), which ? (typeof badManifest === 'string' || badManifest instanceof Uint8Array ? badManifest : JSON.stringify(badManifest) ?? '') : JSON.stringify(manifest));
        for (const name of readdirSync(join(shard, 'runs'))) writeFileSync(join(input, 'runs', name), readFileSync(join(shard, 'runs', name)));
        if (!which) writeFileSync(join(input, 'runs', runName), typeof badRun === 'string' || badRun instanceof Uint8Array ? badRun : JSON.stringify(badRun) ?? '');
        const out = join(dir, `merged-${n}`);
        const captured = captureIo();
        const code = await main(['merge', input, '--out', out, '--quiet'], captured.io);
        expect(captured.stderr()).not.toMatch(/internal error|^\s+at /m);
        expect([0, 2]).toContain(code);
        if (code === 2) {
          expect(existsSync(out)).toBe(false);
          expect(captured.stderr()).toContain(input);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('hostile files through the real command', () => {
  it('every one exits 2 with messages and no stack trace, and writes nothing', () => {
    const out = join(dir, 'real-out');
    const hostile = [
      '', '\ufeff', 'null', '[]', '"text"', '{"extends": null}', '{"extends": "default", "run": {"years": 1e308}}', '['.repeat(200_000),
      '{"extends": "default", "__proto__": {"polluted": true}}', `{"extends": "default", "name": "${'n'.repeat(200_000)}"}`, Buffer.from([0x7b, 0xc3, 0x28, 0x7d]),
    ].map(file);
    const ran = [
      ...hostile.map((h) => handover(['validate', h])),
      ...hostile.slice(0, 6).map((h) => handover(['run', h, '--out', join(out, 'x.csv')])),
      ...hostile.slice(0, 4).map((h) => handover(['sweep', h, '--out', out])),
      handover(['calibrate', SCENARIO, '--targets', hostile[2], '--param', 'turnover.baseAnnualRate=0.05:0.4', '--out', out]),
      handover(['calibrate', SCENARIO, '--targets', join(ROOT, 'scenarios/targets/example-authority.json'), '--params', file('{"parameters": [{"path": "turnover.baseAnnualRate", "min": null, "max": 0.4}]}'), '--out', out]),
      handover(['calibrate', SCENARIO, '--targets', join(ROOT, 'scenarios/targets/example-authority.json'), '--param', 'turnover.baseAnnualRate=-5:-1', '--out', out]),
      handover(['merge', dir, '--out', out]),
    ];
    for (const r of ran) {
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).not.toMatch(STACK_LINE);
      expect(r.stderr).not.toMatch(/internal error/);
      expect(r.stdout).toBe('');
    }
    expect(ran.at(-3)?.stderr).toMatch(/parameters\[0\]\.min: expected a number, found null/);
    expect(ran.at(-2)?.stderr).toMatch(/turnover\.baseAnnualRate: bounds -5:-1 reach outside the parameter's range/);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(join(dir, 'sentinel.txt'), 'utf8')).toBe('keep me\n');
  });
});
