/**
 * The browser's work estimate is the CLI's size of a run (src/batch/limits.ts), counted in runs of the
 * default: one default run is 1, replications add up, and a bigger authority or a longer run is more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateRun } from '../../src/batch/limits.js';
import { loadScenarioFile } from '../../src/node/loadScenarioFile.js';
import { applyParameterPath } from '../../src/scenario/paths.js';
import type { Scenario } from '../../src/scenario/types.js';
import { HEAVY_RUNS, runWork } from '../../src/ui/runWork.js';

const load = (name: string): Scenario => {
  const { scenario } = loadScenarioFile(`scenarios/${name}.json`);
  if (!scenario) throw new Error(name);
  return scenario;
};
const reference = load('default');

describe('runWork', () => {
  it('is the ratio of the CLI estimate\'s agent-steps: the default is 1 a replication, and 25 replications of it are not heavy', () => {
    expect(runWork(reference, 1, reference)).toBe(1);
    expect(runWork(reference, HEAVY_RUNS, reference)).toBe(HEAVY_RUNS);
    const england = applyParameterPath(load('england'), 'run.years', 1);
    expect(runWork(england, 1, reference)).toBeCloseTo(estimateRun(england).agentSteps / estimateRun(reference).agentSteps, 12);
    // England as one authority for a single year after its 52-week warm-up is about 24 default decades,
    // at the edge of HEAVY_RUNS: one run starts by itself, a second replication waits for the user's Run.
    expect(runWork(england, 1, reference)).toBeGreaterThan(HEAVY_RUNS * 0.9);
    expect(runWork(england, 2, reference)).toBeGreaterThan(HEAVY_RUNS);
  });

  it('adds up over replications and grows with years, demand and posts', () => {
    const paths = ['run.years', 'demand.contactsPerWeek', 'workforce.establishment.longTerm'] as const;
    const limits = { 'run.years': [1, 20], 'demand.contactsPerWeek': [10, 2000], 'workforce.establishment.longTerm': [5, 500] } as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 50 }), (path, a, b, replications) => {
        const [min, max] = limits[path];
        const value = (t: number): number => (path === 'run.years' ? Math.round(min + t * (max - min)) : min + t * (max - min));
        const [lo, hi] = [applyParameterPath(reference, path, value(Math.min(a, b))), applyParameterPath(reference, path, value(Math.max(a, b)))];
        expect(runWork(lo, 1, reference)).toBeLessThanOrEqual(runWork(hi, 1, reference));
        expect(runWork(hi, replications, reference)).toBeCloseTo(replications * runWork(hi, 1, reference), 9);
      }),
    );
  });
});
