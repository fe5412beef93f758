import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorityFileSet, deriveAuthorityTable, type AuthorityFit } from '../../src/authorities/index.js';
import { main } from '../../src/cli/main.js';
import { readDefaultScenario, readDfeTables, readReference } from '../../src/node/authorityFiles.js';
import { captureIo } from './captureIo.js';

// Three small authorities (City of London, Rutland, Isles of Scilly) at the smallest settings.
const CODES = 'E09000001,E06000017,E06000053';
const SMALL = ['--replications', '1', '--check-replications', '2', '--years', '1', '--max-evaluations', '2', '--jobs', '1', '--quiet'];
const tmp = (): string => mkdtempSync(join(tmpdir(), 'handover-authorities-'));
const files = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

async function calibrate(out: string, ...extra: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const c = captureIo();
  const code = await main(['calibrate', '--authorities', CODES, '--out', out, ...SMALL, ...extra], c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

describe('handover calibrate --authorities', () => {
  it('writes one fit per authority; two shards write the same files as one process; a second run resumes', { timeout: 240_000 }, async () => {
    const one = tmp();
    expect((await calibrate(one)).code).toBe(0);
    const sharded = tmp();
    expect((await calibrate(sharded, '--shard', '1/2')).code).toBe(0);
    expect(Object.keys(files(sharded))).toHaveLength(2);
    expect((await calibrate(sharded, '--shard', '2/2')).code).toBe(0);
    expect(files(sharded)).toEqual(files(one));
    expect(Object.keys(files(one))).toEqual(['E06000017.json', 'E06000053.json', 'E09000001.json']);

    const fit = JSON.parse(files(one)['E06000017.json']) as AuthorityFit;
    expect(fit.name).toBe('Rutland');
    expect(fit.settings).toEqual({ replications: 1, checkReplications: 2, years: 1, maxEvaluations: 2 });
    expect(fit.figures.map((f) => f.id)).toEqual(expect.arrayContaining(['turnover', 'vacancy', 'agency', 'caseload', 'reReferral']));

    const again = await calibrate(one);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^3 authorities fitted in .* \(0 now, 3 before\)/);

    // A second pass starts from the first pass's values: its first evaluation is theirs, so its
    // search score is never worse, and the settings record where it started.
    const second = tmp();
    expect((await calibrate(second, '--authorities', 'E06000017', '--start-from', one)).code).toBe(0);
    const pass2 = JSON.parse(readFileSync(join(second, 'E06000017.json'), 'utf8')) as AuthorityFit;
    expect(pass2.settings.startFrom).toBe(one);
  });

  it('refuses a file in --out that is not a fit of that authority, and other settings, without overwriting', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'E09000001.json'), '{"hello": 1}\n');
    const result = await calibrate(dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/E09000001\.json is not a fit of E09000001; move it away or choose another --out/);
    expect(readFileSync(join(dir, 'E09000001.json'), 'utf8')).toBe('{"hello": 1}\n');
  });

  it('refuses a check shorter than the search, since a check extends the search\'s own seeds', async () => {
    const c = captureIo();
    expect(await main(['calibrate', '--authorities', 'E10000013', '--out', tmp(), '--replications', '5', '--check-replications', '4'], c.io)).toBe(2);
    expect(c.stderr()).toBe("handover: --check-replications: expected at least --replications (5), since a check extends the search's own seeds, found 4\n");
  });

  it('names an unknown code', async () => {
    const c = captureIo();
    expect(await main(['calibrate', '--authorities', 'E10000013,X1', '--out', tmp()], c.io)).toBe(2);
    expect(c.stderr()).toBe('handover: --authorities: "X1" is not the ONS code of a current authority (see handover authorities)\n');
  });
});

describe('authorityFileSet with a fit', () => {
  it('writes the fitted values into the scenario and its quality into the notes and the index', () => {
    const table = deriveAuthorityTable(readDfeTables());
    const fit: AuthorityFit = {
      code: 'E10000013',
      name: 'Gloucestershire',
      settings: { replications: 4, checkReplications: 10, years: 3, maxEvaluations: 4 },
      evaluations: 3,
      start: { 'turnover.baseAnnualRate': 0.12, 'recruitment.successProbability': 0.09, 'agency.supplyPerWeek': 6, caseHoldingPosts: 330, 'reReferral.baseProbability': 0.27 },
      search: [],
      values: { 'turnover.baseAnnualRate': 0.1302, 'recruitment.successProbability': 0.09774, 'agency.supplyPerWeek': 6.793, caseHoldingPosts: 334, 'reReferral.baseProbability': 0.27 },
      figures: [{ id: 'turnover', field: 'turnoverRate', target: 0.109, tolerance: 0.02, mean: 0.117, low: 0.11, high: 0.12, within: true, weight: 1 }],
      predictions: { lacShare3PlusWorkers52w: 0.21, shareChanged26w: 0.59, lacShareChanged52w: 0.57 },
      within: 1,
      of: 1,
    };
    const out = authorityFileSet(table, readDefaultScenario(), readReference(), (code) => (code === fit.code ? fit : undefined));
    const doc = JSON.parse(out.find((f) => f.path === 'scenarios/authorities/E10000013.json')!.text);
    expect(doc.turnover.baseAnnualRate).toBe(0.1302);
    expect(doc.workforce.establishment.assessment + doc.workforce.establishment.longTerm + doc.workforce.establishment.inCare).toBeCloseTo(334, -1);
    expect(doc.notes).toMatch(/^Calibration: 1 of 1 published rates within tolerance over 10 replications × 3 years/);
    expect(doc.sources['turnover.baseAnnualRate']).toMatch(/^calibrated by handover calibrate --authorities/);
    const index = JSON.parse(out.find((f) => f.path === 'scenarios/authorities/index.json')!.text);
    expect(index.authorities.find((e: { code: string }) => e.code === 'E10000013').fit.within).toBe(1);
  });
});
