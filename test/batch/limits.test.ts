/** The estimates behind the limits (src/batch/limits.ts, src/batch/sweepSize.ts): high side, monotone, refused at the right place. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateRun, fmt, MAX_DESIGN_POINTS, MAX_SWEEP_RUNS, parseMemory, runLimitProblem, sweepLimitProblem } from '../../src/batch/limits.js';
import { MAX_SWEEP_PARAMETERS, validateSweep } from '../../src/batch/sweep.js';
import { largestPoint, sweepShape } from '../../src/batch/sweepSize.js';
import { loadScenarioFile } from '../../src/node/loadScenarioFile.js';
import { applyParameterPath } from '../../src/scenario/paths.js';
import type { Scenario } from '../../src/scenario/types.js';

const load = (name: string): Scenario => {
  const { scenario } = loadScenarioFile(`scenarios/${name}.json`);
  if (!scenario) throw new Error(name);
  return scenario;
};
const base = load('default');

describe('estimateRun', () => {
  it('is on the high side of the measured peak of open cases (default 2,808 over 10 years; high-turnover 3,701; england 361,446 over 1 year)', () => {
    expect(estimateRun(base).openCases).toBeGreaterThan(2808);
    expect(estimateRun(load('high-turnover')).openCases).toBeGreaterThan(3701);
    expect(estimateRun(applyParameterPath(load('england'), 'run.years', 1)).openCases).toBeGreaterThan(361_446);
  });

  it('grows with demand, posts, years and warm-up', () => {
    const paths = ['demand.contactsPerWeek', 'workforce.establishment.longTerm', 'run.years', 'run.warmupWeeks'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (path, a, b) => {
        const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
        const at = (x: number): number => {
          const value = path === 'run.years' ? 1 + Math.round(x * 19) : path === 'run.warmupWeeks' ? Math.round(x * 1040) : x * 100_000;
          return estimateRun(applyParameterPath(base, path, value)).bytes;
        };
        expect(at(hi)).toBeGreaterThanOrEqual(at(lo));
      }),
    );
  });

  it('counts a surge and a value set by an intervention', () => {
    const surge = { ...base, interventions: [{ week: 10, surge: { extraContactsPerWeek: 5000, durationWeeks: 4 } }] };
    const set = { ...base, interventions: [{ week: 10, set: { 'demand.contactsPerWeek': 5122 } }] };
    expect(estimateRun(surge).openCases).toBeGreaterThan(estimateRun(base).openCases * 40);
    expect(estimateRun(set).openCases).toBe(estimateRun(surge).openCases);
  });
});

describe('runLimitProblem', () => {
  it('passes at the estimate and refuses one byte below it, naming the field, the need and the limit', () => {
    const need = estimateRun(base).bytes;
    expect(runLimitProblem(base, need)).toBeUndefined();
    const problem = runLimitProblem(base, need - 1);
    expect(problem).toMatch(/^this run needs about \d+ MB of memory, over the limit of \d+ MB: demand\.contactsPerWeek 122 .* --max-memory 1GB allows it/);
  });

  it('refuses the schema-valid scenario that used to abort (every team 100,000 posts, 1,000,000 contacts a week, 20 years, 1,040 weeks warm-up)', () => {
    let s = base;
    for (const [path, value] of [['demand.contactsPerWeek', 1e6], ['run.years', 20], ['run.warmupWeeks', 1040], ['workforce.establishment.assessment', 1e5], ['workforce.establishment.longTerm', 1e5], ['workforce.establishment.inCare', 1e5], ['workforce.establishment.nonCaseHolding', 1e5]] as const) s = applyParameterPath(s, path, value);
    expect(runLimitProblem(s, 2 * 1024 ** 3)).toMatch(/needs about \d+\.\d GB/);
  });

  it('multiplies by the runs held at once', () => {
    const need = estimateRun(base).bytes;
    expect(runLimitProblem(base, 2 * need, 2)).toBeUndefined();
    expect(runLimitProblem(base, 2 * need - 1, 2)).toMatch(/^2 runs at once/);
  });
});

describe('sweep size', () => {
  const worst = estimateRun(base);
  it('counts a grid without expanding it, and refuses at one point or one run past the limits', () => {
    const grid = { scenario: 'default', parameters: { 'agency.premium': { from: 0, to: 1, steps: 1000 }, 'allocation.caseloadCap': { values: [10, 20] } }, replications: 100_000 };
    expect(sweepShape(grid)).toEqual({ points: 2000, replications: 100_000, field: 'parameters["agency.premium"]' });
    const big = 1e12;
    expect(sweepLimitProblem({ points: MAX_DESIGN_POINTS, replications: 1, field: 'points' }, worst, 1, big)).toBeUndefined();
    expect(sweepLimitProblem({ points: MAX_DESIGN_POINTS + 1, replications: 1, field: 'points' }, worst, 1, big)?.path).toBe('points');
    expect(sweepLimitProblem({ points: 500, replications: MAX_SWEEP_RUNS / 500, field: 'points' }, worst, 1, big)).toBeUndefined();
    expect(sweepLimitProblem({ points: 500, replications: MAX_SWEEP_RUNS / 500 + 1, field: 'points' }, worst, 1, big)).toMatchObject({ path: 'replications', message: expect.stringMatching(/500 design points × 1,001 replications is 500,500 runs, over the limit of 500,000/) });
    expect(sweepLimitProblem({ points: Infinity, replications: 1, field: 'parameters["a"]' }, worst, 1, big)?.path).toBe('parameters["a"]');
  });

  it('refuses by memory with the runs held at once', () => {
    const shape = { points: 10, replications: 10, field: 'points' };
    const need = 100 * 3 * 1024 + 2 * worst.bytes;
    expect(sweepLimitProblem(shape, worst, 2, need)).toBeUndefined();
    expect(sweepLimitProblem(shape, worst, 2, need - 1)?.message).toMatch(/2 simulations at once/);
  });

  it('bounds every point by the largest value of each varied parameter', () => {
    const s = largestPoint(base, { scenario: 'default', parameters: { 'demand.contactsPerWeek': { values: [50, 900, 100] }, 'agency.premium': { min: 0.1, max: 0.9 } }, replications: 1, design: 'latinHypercube', points: 3 });
    expect(s.demand.contactsPerWeek).toBe(900);
    expect(s.agency.premium).toBe(0.9);
  });

  it('refuses a sweep with more parameters than a scenario has at once, without looking at each', () => {
    const parameters: Record<string, unknown> = {};
    for (let i = 0; i < 200_000; i++) parameters[`p${i}`] = { values: [1] };
    const errors = validateSweep({ scenario: 'default', parameters, replications: 1 });
    expect(errors).toEqual([{ path: 'parameters', message: expect.stringContaining(`more than ${MAX_SWEEP_PARAMETERS} parameters`) }]);
  });
});

describe('parseMemory', () => {
  it('reads sizes with a unit and refuses anything else', () => {
    expect(parseMemory('8GB')).toBe(8 * 1024 ** 3);
    expect(parseMemory('512 mb')).toBe(512 * 1024 ** 2);
    expect(parseMemory('1.5g')).toBe(1.5 * 1024 ** 3);
    for (const bad of ['12', 'lots', '-1GB', '1 PB', '10MB', '']) expect(parseMemory(bad)).toEqual(expect.any(String));
  });
});

describe('fmt', () => {
  it('groups thousands exactly as en-GB toLocaleString does, below a million', () => {
    const below = fc.oneof(fc.double({ min: -999_999.49, max: 999_999.49, noNaN: true }), fc.integer({ min: -999_999, max: 999_999 }));
    fc.assert(fc.property(below, (n) => fmt(n) === Math.round(n).toLocaleString('en-GB')), { numRuns: 2000 });
  });
});
