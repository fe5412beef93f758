import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileSorted } from '../../src/metrics/official.js';
import { quantile } from '../../src/metrics/quantile.js';

const sortedQuantile = (values: number[], q: number): number => quantileSorted(Float64Array.from(values).sort(), values.length, q);

describe('quantile(values, n, q)', () => {
  it('gives, bit for bit, what quantileSorted gives on the values sorted, for caseload-like values with many repeats', () => {
    const caseload = fc.integer({ min: 0, max: 40 }).chain((cases) => fc.constantFrom(1, 0.5, 0.8).map((fte) => cases / fte));
    fc.assert(
      fc.property(fc.array(caseload, { maxLength: 400 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }), (values, qs) => {
        const a = Float64Array.from(values);
        for (const q of qs) expect(Object.is(quantile(a, values.length, q), sortedQuantile(values, q))).toBe(true);
      }),
    );
  });

  it('agrees with the sort on any doubles, -0, NaN and infinities included, and reads only the first n', () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { maxLength: 120 }), fc.nat(20), fc.constantFrom(0, 0.1, 0.5, 0.9, 1), (values, extra, q) => {
        const a = new Float64Array(values.length + extra).fill(-1e300);
        a.set(values);
        expect(Object.is(quantile(a, values.length, q), values.length === 0 ? 0 : sortedQuantile(values, q))).toBe(true);
      }),
    );
  });

  it('quantile of [4, 1, 3, 2] at 0.5 is 2.5, and of one value that value', () => {
    expect(quantile(Float64Array.of(4, 1, 3, 2), 4, 0.5)).toBe(2.5);
    expect(quantile(Float64Array.of(7), 1, 0.9)).toBe(7);
    expect(quantile(new Float64Array(0), 0, 0.5)).toBe(0);
  });
});
