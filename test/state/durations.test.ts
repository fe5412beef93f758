import { describe, expect, it } from 'vitest';
import { drawDuration, drawLengthBiasedDuration, durationSampler } from '../../src/state/durations.js';
import { createStreams } from '../../src/state/rng.js';

const bins = [
  { upToWeeks: 2, share: 0.15 },
  { upToWeeks: 4, share: 0.25 },
  { upToWeeks: 6, share: 0.25 },
  { upToWeeks: 9, share: 0.35 },
];

function binShares(values: number[], uppers: number[]): number[] {
  const counts = uppers.map(() => 0);
  for (const v of values) counts[uppers.findIndex((u) => v <= u)]++;
  return counts.map((n) => n / values.length);
}

describe('durationSampler', () => {
  it('durationSampler(bins) has bounds from the previous bin, cumulative shares and the mean of bin midpoints', () => {
    const s = durationSampler(bins);
    expect(Array.from(s.lower)).toEqual([0, 2, 4, 6]);
    expect(Array.from(s.upper)).toEqual([2, 4, 6, 9]);
    expect(Array.from(s.cumulative).map((x) => +x.toFixed(10))).toEqual([0.15, 0.4, 0.65, 1]);
    expect(s.mean).toBeCloseTo(0.15 * 1 + 0.25 * 3 + 0.25 * 5 + 0.35 * 7.5, 12);
    // Length-biased: share × midpoint / mean.
    expect(s.lengthBiasedCumulative[0]).toBeCloseTo((0.15 * 1) / s.mean, 12);
    expect(s.lengthBiasedCumulative[3]).toBeCloseTo(1, 12);
  });

  it('drawDuration stays inside the histogram, at least half a week, and respects the shares', () => {
    const s = durationSampler(bins);
    const rng = createStreams(4).casework;
    const xs = Array.from({ length: 40_000 }, () => drawDuration(s, rng));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0.5);
    expect(Math.max(...xs)).toBeLessThanOrEqual(9);
    binShares(xs, [2, 4, 6, 9]).forEach((share, i) => expect(Math.abs(share - bins[i].share)).toBeLessThan(0.01));
  });

  it('drawDuration with shares that do not sum to 1 uses them as relative weights', () => {
    const s = durationSampler([
      { upToWeeks: 10, share: 1 },
      { upToWeeks: 20, share: 3 },
    ]);
    const rng = createStreams(4).casework;
    const xs = Array.from({ length: 20_000 }, () => drawDuration(s, rng));
    expect(Math.abs(binShares(xs, [10, 20])[1] - 0.75)).toBeLessThan(0.015);
  });

  it('drawLengthBiasedDuration over-represents long plans in proportion to their length', () => {
    const s = durationSampler([
      { upToWeeks: 2, share: 0.5 },
      { upToWeeks: 102, share: 0.5 },
    ]);
    const rng = createStreams(4).initial;
    const xs = Array.from({ length: 20_000 }, () => drawLengthBiasedDuration(s, rng));
    // Midpoints 1 and 52: the long bin's share is 52 / 53.
    expect(Math.abs(binShares(xs, [2, 102])[1] - 52 / 53)).toBeLessThan(0.005);
  });

  it('drawDuration with a zero-share bin never draws from it', () => {
    const s = durationSampler([
      { upToWeeks: 5, share: 0 },
      { upToWeeks: 10, share: 1 },
    ]);
    const rng = createStreams(4).casework;
    expect(Math.min(...Array.from({ length: 5000 }, () => drawDuration(s, rng)))).toBeGreaterThanOrEqual(5);
  });
});
