/**
 * --max-memory above Node's heap limit is really usable: the command starts again once with
 * --max-old-space-size at the budget. Checked through the real command with a preload that records
 * each process's heap limit; the big run is accepted and then stopped by an unwritable --out, so
 * nothing big is simulated.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { estimateRun } from '../../src/batch/limits.js';
import { heapFlagFor } from '../../src/node/heapLimit.js';
import { MAX_MEMORY_OPTION, maxMemoryArgument } from '../../src/node/maxMemoryOption.js';
import { parseCommandArgs } from '../../src/cli/args.js';
import { loadScenarioFile } from '../../src/node/loadScenarioFile.js';
import { handover, refused, ROOT } from './spawn.js';

const dir = mkdtempSync(join(tmpdir(), 'handover-heap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const GB = 1024 ** 3;
const RECORDER = pathToFileURL(join(ROOT, 'test/cli/recordHeap.mjs')).href;

/** Runs the command with the heap recorder; returns its result and each process's heap limit. */
function withHeapRecord(args: string[], name: string): { ran: ReturnType<typeof handover>; heaps: { bytes: number; who: string }[] } {
  const record = join(dir, `${name}.txt`);
  writeFileSync(record, '');
  const ran = handover(args, { env: { NODE_OPTIONS: `--import ${RECORDER}`, HANDOVER_HEAP_RECORD: record }, timeout: 60_000 });
  const heaps = readFileSync(record, 'utf8').trim().split('\n').filter(Boolean).map((line) => {
    const [bytes, who] = line.split(' ');
    return { bytes: Number(bytes), who };
  });
  return { ran, heaps };
}

describe('--max-memory and Node\'s heap', () => {
  // About 3 GB by the estimate: the default with about 90 times the demand over 20 years.
  const big = join(dir, 'big.json');
  writeFileSync(big, JSON.stringify({ extends: join(ROOT, 'scenarios/default.json'), demand: { contactsPerWeek: 90000 }, run: { years: 20 } }));
  const estimate = estimateRun(loadScenarioFile(big).scenario!).bytes;
  const unwritable = join(dir, 'not-a-folder');
  writeFileSync(unwritable, 'a file');

  it('the example is estimated between 2 and 4 GB: over the default budget, under 8 GB', () => {
    expect(estimate).toBeGreaterThan(2 * GB);
    expect(estimate).toBeLessThan(4 * GB);
  });

  it('--max-memory 8GB accepts it and the command runs with a heap limit of at least 8 GB', () => {
    const { ran, heaps } = withHeapRecord(['run', big, '--max-memory', '8GB', '--out', join(unwritable, 'run.csv')], 'raised');
    refused(ran, /cannot write .*not-a-folder\/run\.csv: .*not-a-folder is a file, not a folder; nothing was run/);
    // The process that ran the command: the relaunched child, or this one if Node's own limit were already 8 GB.
    const ranIn = heaps.find((h) => h.who === 'child') ?? heaps[0];
    expect(ranIn.bytes).toBeGreaterThanOrEqual(8 * GB);
    expect(heaps.filter((h) => h.who === 'parent')).toHaveLength(1);
  });

  it('without --max-memory the same run is refused by the budget, in one process', () => {
    const { ran, heaps } = withHeapRecord(['run', big, '--out', join(unwritable, 'run.csv')], 'default');
    refused(ran, /this run needs about \d\.\d GB of memory, over the limit of 2\.0 GB/);
    expect(heaps.map((h) => h.who)).toEqual(['parent']);
  });

  it('a budget under the heap limit starts nothing again, and a bad value is left for the command to refuse', () => {
    const { ran, heaps } = withHeapRecord(['run', 'scenarios/default.json', '--years', '1', '--quiet', '--max-memory=512MB'], 'small');
    expect(ran.status, ran.stderr).toBe(0);
    expect(heaps.map((h) => h.who)).toEqual(['parent']);
    const bad = withHeapRecord(['run', 'scenarios/default.json', '--max-memory', 'lots'], 'bad');
    refused(bad.ran, /--max-memory: expected a size such as 8GB/);
    expect(bad.heaps.map((h) => h.who)).toEqual(['parent']);
  });

  it('heapFlagFor raises only: undefined at or under the limit, the budget in MB over it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 64, max: 1 << 20 }), fc.integer({ min: 64, max: 1 << 20 }), (budgetMb, limitMb) => {
        const flag = heapFlagFor(budgetMb * 1024 ** 2, limitMb * 1024 ** 2);
        expect(flag).toBe(budgetMb > limitMb ? `--max-old-space-size=${budgetMb}` : undefined);
      }),
    );
    expect(heapFlagFor(1 * GB, getHeapStatistics().heap_size_limit)).toBeUndefined();
    expect(maxMemoryArgument(['run', 'x.json', '--max-memory', '8GB'])).toBe('8GB');
    expect(maxMemoryArgument(['run', '--max-memory=16GB', 'x.json'])).toBe('16GB');
    expect(maxMemoryArgument(['run', 'x.json'])).toBeUndefined();
  });

  it('maxMemoryArgument reads --max-memory as the command\'s own parser does, on any command line it accepts', () => {
    const options = { seed: { type: 'string' }, quiet: { type: 'boolean' }, ...MAX_MEMORY_OPTION } as const;
    const word = fc.constantFrom('x.json', '--max-memory', '--max-memory=16GB', '--max-memory=', '8GB', '--seed', '3', '--quiet', '--');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (args) => {
        let parsed;
        try {
          parsed = parseCommandArgs('run', args, options);
        } catch {
          return; // refused by the command, which then never runs
        }
        expect(maxMemoryArgument(args)).toBe(parsed.values['max-memory']);
      }),
    );
  });
});
