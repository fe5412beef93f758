import { describe as group, expect, it } from 'vitest';
import { describe, tQuantile975 } from '../../src/batch/index.js';
import { fitTargets } from '../../src/calibrate/index.js';
import type { RunResult } from '../../src/metrics/fields.js';

group('describe(values)', () => {
  it('gives mean, sample sd and the t-based 95% CI, checked by hand', () => {
    const s = describe([1, 2, 3, 4]);
    expect(s.n).toBe(4);
    expect(s.mean).toBe(2.5);
    expect(s.sd).toBeCloseTo(Math.sqrt(5 / 3), 12);
    const half = 3.182446 * (Math.sqrt(5 / 3) / 2);
    expect(s.ci95Low).toBeCloseTo(2.5 - half, 6);
    expect(s.ci95High).toBeCloseTo(2.5 + half, 6);
  });

  it('leaves out values that are not finite and has no sd or CI for one value', () => {
    expect(describe([NaN, 5, Infinity])).toMatchObject({ n: 1, mean: 5 });
    expect(describe([5]).sd).toBeNaN();
    expect(describe([]).mean).toBeNaN();
  });

  it('tQuantile975 gives the published 97.5% quantiles of Student\'s t (to 6 decimals)', () => {
    const published: [number, number][] = [
      [1, 12.706205], [2, 4.302653], [3, 3.182446], [5, 2.570582], [10, 2.228139], [19, 2.093024], [20, 2.085963],
      [29, 2.04523], [30, 2.042272], [31, 2.039513], [35, 2.030108], [50, 2.008559], [60, 2.000298], [100, 1.983972],
    ];
    for (const [df, t] of published) expect(Math.abs(tQuantile975(df) - t), `df ${df}`).toBeLessThan(2e-6);
    expect(tQuantile975(0)).toBeNaN();
  });

  it('fitTargets(targets, results) uses the same interval as a sweep summary (calibrate and sweep share describe)', () => {
    const results = [0.1, 0.2, 0.4, NaN].map((v) => ({ summary: { turnoverRate: v } }) as unknown as RunResult);
    const [fit] = fitTargets([{ id: 't', label: 'Turnover', field: 'turnoverRate', value: 0.2, tolerance: 0.05, year: '2023', source: { title: 's' } }], results);
    expect(fit).toMatchObject(describe([0.1, 0.2, 0.4]));
    expect(fit.n).toBe(3);
  });

  it('tQuantile975 matches tables past 30 degrees of freedom', () => {
    expect(tQuantile975(40)).toBeCloseTo(2.021075, 4);
    expect(tQuantile975(120)).toBeCloseTo(1.97993, 4);
    expect(tQuantile975(1e9)).toBeCloseTo(1.959964, 5);
  });
});
