import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { expandDesign, latinHypercube, type Sweep } from '../../src/batch/index.js';

describe('expandDesign(sweep)', () => {
  it('a grid is every combination, the first parameter varying slowest, ranges evenly spaced', () => {
    const sweep: Sweep = {
      scenario: 'default',
      replications: 1,
      parameters: { 'agency.premium': { values: [0.3, 0.5] }, 'allocation.caseloadCap': { from: 18, to: 26, steps: 3 } },
    };
    const design = expandDesign(sweep);
    expect(design.parameters).toEqual(['agency.premium', 'allocation.caseloadCap']);
    expect(design.points.map((p) => [p.values['agency.premium'], p.values['allocation.caseloadCap']])).toEqual([
      [0.3, 18], [0.3, 22], [0.3, 26], [0.5, 18], [0.5, 22], [0.5, 26],
    ]);
  });

  it('a Latin hypercube puts one point in each stratum of each parameter and depends only on the seed', () => {
    const sweep: Sweep = {
      scenario: 'default',
      design: 'latinHypercube',
      points: 8,
      replications: 1,
      seed: 5,
      parameters: { 'agency.premium': { min: 0, max: 0.8 }, 'turnover.baseAnnualRate': { min: 0.05, max: 0.15 } },
    };
    const a = expandDesign(sweep);
    expect(a).toEqual(expandDesign(sweep));
    const strata = (name: string, min: number, max: number) => a.points.map((p) => Math.floor((((p.values[name] as number) - min) / (max - min)) * 8)).sort();
    expect(strata('agency.premium', 0, 0.8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(strata('turnover.baseAnnualRate', 0.05, 0.15)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(expandDesign({ ...sweep, seed: 6 })).not.toEqual(a);
  });

  it('latinHypercube(n, d, random) stays in the unit cube', () => {
    for (const row of latinHypercube(5, 3, seedrandom.alea('x'))) for (const v of row) expect(v >= 0 && v < 1).toBe(true);
  });
});
