/**
 * Honest limits through the real command: what cannot fit is refused before any work, with the field,
 * the estimate and the limit; --max-memory moves the limit; nothing is written.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateRun } from '../../src/batch/limits.js';
import { loadScenarioFile } from '../../src/node/loadScenarioFile.js';
import { handover, ROOT, refused } from './spawn.js';

let dir: string;
const at = (name: string): string => join(dir, name);
const quick = { timeout: 60_000 };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handover-limits-'));
  const scenario = join(ROOT, 'scenarios/default.json');
  writeFileSync(at('huge.json'), JSON.stringify({ extends: scenario, demand: { contactsPerWeek: 1_000_000 }, run: { years: 20, warmupWeeks: 1040 }, workforce: { establishment: { assessment: 1e5, longTerm: 1e5, inCare: 1e5, nonCaseHolding: 1e5 } } }));
  writeFileSync(at('grid.json'), JSON.stringify({ scenario, parameters: { 'agency.premium': { from: 0, to: 1, steps: 1000 } }, replications: 100_000 }));
  writeFileSync(at('lhs.json'), JSON.stringify({ scenario, design: 'latinHypercube', points: 10_000, parameters: { 'agency.premium': { min: 0, max: 1 } }, replications: 100_000 }));
  writeFileSync(at('heavy-points.json'), JSON.stringify({ scenario, parameters: { 'demand.contactsPerWeek': { values: [117, 1_000_000] } }, replications: 2, years: 20 }));
  const parameters: Record<string, unknown> = {};
  for (let i = 0; i < 300_000; i++) parameters[`p${i}`] = { values: [1] };
  writeFileSync(at('many-parameters.json'), JSON.stringify({ scenario, parameters, replications: 1 }));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('limits', () => {
  it('a run that cannot fit is refused up front, naming the field, the need and the limit, and writes nothing', () => {
    refused(handover(['run', at('huge.json'), '--out', at('huge.csv')], quick), /huge\.json: this run needs about \d+\.\d GB of memory, over the limit of 2\.0 GB: demand\.contactsPerWeek 1\.00 million .* --max-memory \d+GB allows it/);
    expect(existsSync(at('huge.csv'))).toBe(false);
  });

  it('--max-memory at the estimate runs, just below it refuses', () => {
    const { scenario } = loadScenarioFile(join(ROOT, 'scenarios/default.json'));
    const need = estimateRun({ ...scenario!, run: { ...scenario!.run, years: 1 } }).bytes / 1024 ** 2;
    const args = ['run', 'scenarios/default.json', '--years', '1', '--quiet'];
    expect(handover([...args, '--max-memory', `${Math.ceil(need)}MB`], quick).status).toBe(0);
    refused(handover([...args, '--max-memory', `${Math.floor(need)}MB`], quick), new RegExp(`over the limit of ${Math.floor(need)} MB`));
    refused(handover([...args, '--max-memory', 'plenty'], quick), /^handover: --max-memory: expected a size such as 8GB or 512MB, found "plenty"\n$/);
  });

  it('a sweep of 10^8 or 10^9 runs is refused at once, without expanding the design, and creates no folder', () => {
    refused(handover(['sweep', at('grid.json'), '--out', at('grid-out')], quick), /grid\.json: replications: 1,000 design points × 100,000 replications is 100 million runs, over the limit of 500,000/);
    refused(handover(['sweep', at('lhs.json'), '--out', at('lhs-out')], quick), /lhs\.json: replications: 10,000 design points × 100,000 replications is 1\.00 billion runs/);
    expect(existsSync(at('grid-out'))).toBe(false);
    expect(existsSync(at('lhs-out'))).toBe(false);
  });

  it('a sweep whose largest design point cannot fit on --jobs workers is refused', () => {
    refused(handover(['sweep', at('heavy-points.json'), '--out', at('heavy-out'), '--jobs', '2'], quick), /heavy-points\.json: replications: this sweep needs about .* GB of memory .* 2 simulations at once .* demand\.contactsPerWeek 1\.00 million/);
    expect(existsSync(at('heavy-out'))).toBe(false);
  });

  it('a sweep with 300,000 parameters is refused without checking each one', () => {
    refused(handover(['sweep', at('many-parameters.json'), '--out', at('many-out')], quick), /many-parameters\.json: parameters: more than \d+ parameters, which is every parameter a scenario has/);
  });

  it('sensitivity and calibrate check the memory of their runs before starting', () => {
    refused(handover(['sensitivity', at('huge.json'), '--vary', 'agency.premium', '--replications', '2', '--jobs', '1', '--out', at('sens')], quick), /huge\.json: this run needs about .* GB/);
    refused(handover(['calibrate', 'scenarios/default.json', '--targets', 'scenarios/targets/example-authority.json', '--param', 'demand.contactsPerWeek=100:1000000', '--out', at('fit')], quick), /runs? at once|this run needs/);
    expect(existsSync(at('sens'))).toBe(false);
    expect(existsSync(at('fit'))).toBe(false);
  });
});
