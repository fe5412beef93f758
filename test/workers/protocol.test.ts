import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSeries } from '../../src/metrics/weekly.js';
import { SERIES_FIELD_NAMES, type RunResult } from '../../src/metrics/fields.js';
import { packRows, unpackResult, unpackRows } from '../../src/workers/protocol.js';

describe('packRows, unpackRows and unpackResult', () => {
  it('unpackRows(packRows(series, from, to)) gives every field its own rows from..to, as views into the one array', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer(), (weeks, a, b, salt) => {
      const from = Math.min(a, b, weeks);
      const to = Math.min(Math.max(a, b), weeks);
      const series = createSeries(weeks);
      SERIES_FIELD_NAMES.forEach((field, k) => {
        for (let t = 0; t < weeks; t++) series[field][t] = salt + 1000 * k + t + (k % 3 === 0 ? 0.5 : 0);
      });
      const packed = packRows(series, from, to);
      expect(packed.length).toBe(SERIES_FIELD_NAMES.length * (to - from));
      const rows = unpackRows(packed);
      expect(Object.keys(rows)).toEqual(SERIES_FIELD_NAMES);
      for (const field of SERIES_FIELD_NAMES) {
        expect(Array.from(rows[field])).toEqual(Array.from(series[field].slice(from, to)));
        expect(rows[field].buffer).toBe(packed.buffer);
      }
    }));
  });

  it('packRows keeps NaN, infinities and negative zero as they are', () => {
    const series = createSeries(3);
    series.openCases.set([NaN, Infinity, -0]);
    expect(Array.from(unpackRows(packRows(series, 0, 3)).openCases)).toEqual([NaN, Infinity, -0]);
  });

  it('unpackResult after a structured clone that transfers the packed series gives the result back, its keys in their order', () => {
    const series = createSeries(4);
    series.week.set([1, 2, 3, 4]);
    series.openCases.set([10, 20, 30, 40]);
    const result: RunResult = { scenarioName: 's', seed: 3, warmupWeeks: 2, weeks: 4, series, summary: { turnoverRate: 0.1 } as RunResult['summary'] };
    const packed = packRows(series, 0, 4);
    const sent = structuredClone({ ...result, series: packed }, { transfer: [packed.buffer] });
    expect(packed.length).toBe(0); // transferred, not copied
    const back = unpackResult(sent);
    expect(Object.keys(back)).toEqual(Object.keys(result));
    expect(Array.from(back.series.week)).toEqual([1, 2, 3, 4]);
    expect(Array.from(back.series.openCases)).toEqual([10, 20, 30, 40]);
    expect(back.summary).toEqual(result.summary);
  });
});
