import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Team } from '../helpers/teams.js';
import { refreshAvailability } from '../../src/state/caseload.js';
import { stressShield, updateMorale, updateStress } from '../../src/rules/stress.js';
import { tinyState } from '../helpers/fixtures.js';

describe('updateStress', () => {
  it('updateStress: S += gain·(1 − S) − recovery·S with gain = 0.004·overtime + 0.05·(1 − rate)', () => {
    const s = tinyState();
    s.workers.stress[0] = 0.2;
    s.workers.overtime[0] = 10;
    s.workers.rate[0] = 0.8;
    updateStress(s);
    const gain = 0.004 * 10 + 0.05 * 0.2;
    expect(s.workers.stress[0]).toBeCloseTo(0.2 + gain * 0.8 - 0.04 * 0.2, 15);
  });

  it('updateStress rises with overtime and recovers without it', () => {
    const s = tinyState();
    s.workers.rate.fill(1);
    s.workers.overtime[0] = 12;
    s.workers.overtime[1] = 4;
    s.workers.stress[2] = 0.5;
    updateStress(s);
    expect(s.workers.stress[0]).toBeGreaterThan(s.workers.stress[1]);
    expect(s.workers.stress[1]).toBeGreaterThan(0);
    expect(s.workers.stress[2]).toBeCloseTo(0.5 * 0.96, 15);
  });

  it('updateStress settles where gain and recovery balance: gain / (gain + recovery)', () => {
    const s = tinyState();
    s.workers.rate.fill(1);
    s.workers.overtime[0] = 10;
    for (let i = 0; i < 2000; i++) updateStress(s);
    expect(s.workers.stress[0]).toBeCloseTo(0.04 / (0.04 + 0.04), 9);
  });

  it('updateStress of an absent worker only recovers', () => {
    const s = tinyState();
    s.workers.stress[0] = 0.5;
    s.workers.overtime[0] = 12;
    s.workers.absentFrom[0] = 0;
    refreshAvailability(s, 0);
    updateStress(s);
    expect(s.workers.stress[0]).toBeCloseTo(0.48, 15);
  });

  it('flexible working cuts the gain by flexibleWorkingReduction; a worse supervision ratio raises it', () => {
    const flexible = tinyState({ stress: { flexibleWorking: true } });
    expect(stressShield(flexible)).toBeCloseTo(0.7, 15);
    const stretched = tinyState({ stress: { supervisionRatio: 9 } });
    expect(stressShield(stretched)).toBeCloseTo(1 + 0.3 * 0.5, 15);
    expect(stressShield(tinyState())).toBe(1);
  });

  it('updateStress keeps stress in [0, 1] for any overtime, rate and parameters', () => {
    fc.assert(
      fc.property(
        fc.record({
          stress: fc.double({ min: 0, max: 1, noNaN: true }),
          overtime: fc.double({ min: 0, max: 40, noNaN: true }),
          rate: fc.double({ min: 0, max: 1, noNaN: true }),
          gainPerOvertimeHour: fc.double({ min: 0, max: 1, noNaN: true }),
          gainFromBacklog: fc.double({ min: 0, max: 1, noNaN: true }),
          recoveryPerWeek: fc.double({ min: 0, max: 1, noNaN: true }),
          supervisionRatio: fc.double({ min: 0.1, max: 50, noNaN: true }),
        }),
        (v) => {
          const s = tinyState({ stress: { gainPerOvertimeHour: v.gainPerOvertimeHour, gainFromBacklog: v.gainFromBacklog, recoveryPerWeek: v.recoveryPerWeek, supervisionRatio: v.supervisionRatio, supervisionEffect: 5 } });
          s.workers.stress[0] = v.stress;
          s.workers.overtime[0] = v.overtime;
          s.workers.rate[0] = v.rate;
          for (let i = 0; i < 5; i++) updateStress(s);
          expect(s.workers.stress[0]).toBeGreaterThanOrEqual(0);
          expect(s.workers.stress[0]).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('updateMorale', () => {
  it('updateMorale moves morale recoveryPerWeek of the way toward 1 − vacancyEffect × vacancy rate', () => {
    const s = tinyState();
    s.establishment[Team.assessment] = 4; // 3 in post: vacancy rate 0.25
    s.morale[Team.assessment] = 0.5;
    updateMorale(s);
    expect(s.morale[Team.assessment]).toBeCloseTo(0.5 + 0.05 * (0.75 - 0.5), 15);
    expect(s.morale[Team.longTerm]).toBe(1);
  });
});
