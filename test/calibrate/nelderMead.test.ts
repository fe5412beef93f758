import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../src/calibrate/nelderMead.js';

describe('nelderMead', () => {
  it('nelderMead(quadratic) finds the minimum inside the box', async () => {
    const f = (x: number[]): number => (x[0] - 0.3) ** 2 + 2 * (x[1] + 1.5) ** 2;
    const result = await nelderMead(f, { start: [2, 2], bounds: [{ min: -5, max: 5 }, { min: -5, max: 5 }], maxEvaluations: 300, restarts: 0, random: seedrandom('t'), tolerance: 1e-6 });
    expect(result.x[0]).toBeCloseTo(0.3, 2);
    expect(result.x[1]).toBeCloseTo(-1.5, 2);
  });

  it('nelderMead never evaluates outside the bounds and stops at a minimum on the boundary', async () => {
    const seen: number[] = [];
    const f = (x: number[]): number => {
      seen.push(x[0]);
      return x[0];
    };
    const result = await nelderMead(f, { start: [0.5], bounds: [{ min: 0.1, max: 1 }], maxEvaluations: 100, restarts: 2, random: seedrandom('t') });
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(0.1);
    expect(Math.max(...seen)).toBeLessThanOrEqual(1);
    expect(result.x[0]).toBeCloseTo(0.1, 3);
  });

  it('nelderMead with restarts escapes a local minimum and repeats exactly with the same random stream', async () => {
    // Two wells: a shallow one at 0.2 (value 1) and the deeper one at 0.8 (value 0).
    const f = (x: number[]): number => Math.min(1 + 50 * (x[0] - 0.2) ** 2, 50 * (x[0] - 0.8) ** 2);
    const options = { start: [0.15], bounds: [{ min: 0, max: 1 }], maxEvaluations: 400, restarts: 6, random: seedrandom('r'), initialStep: 0.05 };
    const a = await nelderMead(f, options);
    expect(a.x[0]).toBeCloseTo(0.8, 2);
    const b = await nelderMead(f, { ...options, random: seedrandom('r') });
    expect(b.history.map((e) => e.value)).toEqual(a.history.map((e) => e.value));
  });
});
