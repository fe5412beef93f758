import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoursForOutput, outputOfHours, usefulHoursCeiling } from '../../src/rules/hoursOutput.js';
import type { OvertimeParams } from '../../src/scenario/types.js';

const pencavel: OvertimeParams = { policy: 'unpaid', maxHoursPerWeek: 12, paidRateMultiplier: 1, excessiveHoursThreshold: 4, fullOutputHours: 49, noExtraOutputHours: 56 };

describe('diminishing returns to long hours (src/rules/hoursOutput.ts)', () => {
  it('full output up to 49 hours, half an hour of output per hour on average from 49 to 56, nothing after', () => {
    expect(outputOfHours(pencavel, 37)).toBe(37);
    expect(outputOfHours(pencavel, 49)).toBe(49);
    expect(outputOfHours(pencavel, 56)).toBe(52.5);
    expect(outputOfHours(pencavel, 70)).toBe(52.5);
    // The first hour past 49 yields 1 − 1/14 of an hour.
    expect(outputOfHours(pencavel, 50)).toBeCloseTo(49 + 1 - 1 / 14, 12);
    expect(usefulHoursCeiling(pencavel)).toBe(56);
  });

  it('no number of hours does more than 52.5 hours of work', () => {
    expect(hoursForOutput(pencavel, 52.5)).toBeCloseTo(56, 9);
    expect(hoursForOutput(pencavel, 52.6)).toBe(Infinity);
  });

  it('with the knee at or past the ceiling, work stops at the knee', () => {
    const hard = { ...pencavel, fullOutputHours: 50, noExtraOutputHours: 45 };
    expect(outputOfHours(hard, 60)).toBe(50);
    expect(hoursForOutput(hard, 50)).toBe(50);
    expect(hoursForOutput(hard, 50.1)).toBe(Infinity);
    expect(usefulHoursCeiling(hard)).toBe(50);
  });

  it('property: output never falls with more hours, never exceeds the hours, and hoursForOutput inverts it', () => {
    fc.assert(
      fc.property(fc.double({ min: 20, max: 60, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 0, max: 80, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (knee, span, hours, more) => {
        const p = { ...pencavel, fullOutputHours: knee, noExtraOutputHours: knee + span };
        const out = outputOfHours(p, hours);
        expect(out).toBeLessThanOrEqual(hours + 1e-9);
        expect(outputOfHours(p, hours + more)).toBeGreaterThanOrEqual(out - 1e-9);
        const back = hoursForOutput(p, out);
        expect(back).toBeLessThanOrEqual(hours + 1e-6);
        expect(outputOfHours(p, back)).toBeCloseTo(out, 6);
      }),
    );
  });
});
