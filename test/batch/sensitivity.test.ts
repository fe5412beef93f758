import { describe, expect, it } from 'vitest';
import { oatLevels, rankOat, sensitivityCsv } from '../../src/batch/index.js';
import type { Summary } from '../../src/metrics/fields.js';

const s = (shareChanged26w: number) => ({ shareChanged26w }) as unknown as Summary;

describe('oatLevels(path, value, delta) and rankOat(levels, results)', () => {
  it('oatLevels moves ±delta inside the schema range, whole numbers kept whole', () => {
    expect(oatLevels('agency.premium', 0.5, 0.2)).toEqual({ parameter: 'agency.premium', baseValue: 0.5, lowValue: 0.4, highValue: 0.6 });
    expect(oatLevels('agency.renewalProbability', 0.95, 0.2).highValue).toBe(1);
    const notice = oatLevels('turnover.noticeWeeks', 4, 0.1);
    expect([notice.lowValue, notice.highValue]).toEqual([3, 5]);
  });

  it('ranks parameters by the paired high − low difference, largest first, with a hand-checked elasticity', () => {
    const levels = [
      { parameter: 'a', baseValue: 1, lowValue: 0.8, highValue: 1.2 },
      { parameter: 'b', baseValue: 1, lowValue: 0.8, highValue: 1.2 },
    ];
    const bars = rankOat(levels, { base: [s(0.5), s(0.5)], low: [[s(0.49), s(0.49)], [s(0.3), s(0.32)]], high: [[s(0.51), s(0.51)], [s(0.7), s(0.72)]] }, ['shareChanged26w']);
    expect(bars.map((b) => [b.rank, b.parameter])).toEqual([[1, 'b'], [2, 'a']]);
    expect(bars[0].effect).toBeCloseTo(0.4, 12);
    expect(bars[0].elasticity).toBeCloseTo(0.4 / 0.5 / 0.4, 12);
    expect(sensitivityCsv(bars).split('\n')[1]).toBe('shareChanged26w,1,b,1,0.8,1.2,0.31,0.5,0.71,0.4,0.4,0.4,2');
  });
});
