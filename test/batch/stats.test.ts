import { describe as group, expect, it } from 'vitest';
import { describe, tQuantile975 } from '../../src/batch/index.js';

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

  it('tQuantile975 matches tables past 30 degrees of freedom', () => {
    expect(tQuantile975(40)).toBeCloseTo(2.021075, 4);
    expect(tQuantile975(120)).toBeCloseTo(1.97993, 4);
    expect(tQuantile975(1e9)).toBeCloseTo(1.959964, 5);
  });
});
