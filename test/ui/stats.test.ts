import { describe, expect, it } from 'vitest';
import { createSeries } from '../../src/metrics/weekly.js';
import type { RunResult } from '../../src/metrics/fields.js';
import { partialRunSet, summariseRuns } from '../../src/ui/stats.js';

function result(weeks: number, seed: number, open: number[]): RunResult {
  const series = createSeries(weeks);
  series.openCases.set(open);
  return { scenarioName: 'three weeks', seed, warmupWeeks: 0, weeks, series, summary: { turnoverRate: seed / 10 } as RunResult['summary'] };
}

describe('summariseRuns and partialRunSet', () => {
  it('summariseRuns of one run draws its own series, cut to its weeks', () => {
    const run = result(3, 1, [5, 6, 7]);
    const set = summariseRuns([run], 'Current', 20);
    expect(Array.from(set.series.openCases.mid)).toEqual([5, 6, 7]);
    expect(set.series.openCases.lo).toBeUndefined();
    expect(set.weeks).toBe(3);
    expect(set.summary.turnoverRate).toBe(0.1);
  });

  it('summariseRuns of three runs gives the median and a 90% band week by week, over the shortest run', () => {
    const set = summariseRuns([result(3, 1, [1, 10, 100]), result(3, 2, [2, 20, 200]), result(2, 3, [3, 30])], 'Current', 20);
    expect(set.weeks).toBe(2);
    expect(Array.from(set.series.openCases.mid)).toEqual([2, 20]);
    expect(Array.from(set.series.openCases.lo ?? [])).toEqual([1.1, 11]);
    expect(Array.from(set.series.openCases.hi ?? [])).toEqual([2.9, 29]);
    expect(set.summary.turnoverRate).toBe(0.2);
  });

  it('partialRunSet copies the streamed rows, so rows streamed later do not change what was drawn', () => {
    const rows: Record<string, number[]> = { openCases: [4, 5] };
    const set = partialRunSet(rows, 2, 'Current', 'three weeks', 20);
    rows.openCases[0] = 99;
    rows.openCases.push(6);
    expect(Array.from(set.series.openCases.mid)).toEqual([4, 5]);
    expect(Array.from(set.series.agencyFte.mid)).toEqual([NaN, NaN]); // a field not streamed yet
  });
});
