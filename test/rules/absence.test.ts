import { describe, expect, it } from 'vitest';
import { NONE, Stage } from '../../src/state/codes.js';
import { checkInvariants } from '../../src/state/invariants.js';
import { viewWorker } from '../../src/state/views.js';
import { updateAbsence } from '../../src/rules/absence.js';
import { addCase, casesOf, changesByCause, runWeek, tinyState } from '../helpers/fixtures.js';
import { merge } from '../helpers/scenarios.js';

/** Worker 0 falls ill in week 0 for exactly `weeks` weeks (long spell); workers 1 and 2 stay well. */
function illFor(weeks: number, overrides = {}) {
  const s = tinyState(merge({ absence: { longShare: 1, longWeeks: { min: weeks, max: weeks }, reallocateAfterWeeks: 4 } }, overrides));
  s.p.absence.baseRate = 1;
  s.workers.absenceThreshold[1] = s.workers.absenceThreshold[2] = Infinity;
  const cases = [addCase(s, Stage.assessment, { worker: 0 }), addCase(s, Stage.assessment, { worker: 0 })];
  return { s, cases };
}

describe('updateAbsence', () => {
  it('updateAbsence starts a spell when the accumulated hazard passes the threshold: no new cases, no progress', () => {
    const { s, cases } = illFor(6);
    runWeek(s);
    expect(viewWorker(s, 0).absent).toBe(true);
    expect([s.workers.absentFrom[0], s.workers.absentUntil[0], s.workers.heapPos[0]]).toEqual([0, 6, NONE]);
    expect(s.cases.progress[cases[0]]).toBe(0);
    expect(s.workers.rate[0]).toBe(0);
  });

  it('a long absence passes the cases on after reallocateAfterWeeks, once, with cause absence', () => {
    const { s, cases } = illFor(8);
    for (let t = 0; t < 4; t++) {
      runWeek(s);
      expect(changesByCause(s)).toEqual({});
    }
    expect(casesOf(s, 0)).toEqual(cases);
    runWeek(s);
    expect(changesByCause(s)).toEqual({ absence: 2 });
    expect(casesOf(s, 0)).toEqual([]);
    runWeek(s);
    expect(changesByCause(s)).toEqual({});
    expect(checkInvariants(s)).toEqual([]);
  });

  it('a spell shorter than reallocateAfterWeeks keeps the cases; the worker is back and available when it ends', () => {
    const { s, cases } = illFor(3);
    s.p.absence.baseRate = 0;
    s.workers.absenceHazard[0] = 0;
    s.workers.absenceThreshold[0] = 0;
    for (let t = 0; t < 3; t++) runWeek(s);
    expect(viewWorker(s, 0).absent).toBe(true);
    runWeek(s);
    expect(viewWorker(s, 0).absent).toBe(false);
    expect(s.workers.heapPos[0]).not.toBe(NONE);
    expect(casesOf(s, 0)).toEqual(cases);
  });

  it('a long absence expected to end before reallocateIfExpectedWeeks is covered: the cases stay with her and none changes worker', () => {
    const { s, cases } = illFor(6, { absence: { reallocateIfExpectedWeeks: 7 } });
    for (let t = 0; t < 7; t++) {
      runWeek(s);
      expect(changesByCause(s)).toEqual({});
    }
    expect(viewWorker(s, 0).absent).toBe(false);
    expect(casesOf(s, 0)).toEqual(cases);
    expect(checkInvariants(s)).toEqual([]);
  });

  it('an absence expected to last exactly reallocateIfExpectedWeeks is reallocated after reallocateAfterWeeks', () => {
    const { s } = illFor(7, { absence: { reallocateIfExpectedWeeks: 7 } });
    for (let t = 0; t < 5; t++) runWeek(s);
    expect(changesByCause(s)).toEqual({ absence: 2 });
    expect(casesOf(s, 0)).toEqual([]);
  });

  it('updateAbsence never reallocates with reallocateAfterWeeks 0', () => {
    const { s, cases } = illFor(10, { absence: { reallocateAfterWeeks: 0 } });
    for (let t = 0; t < 9; t++) runWeek(s);
    expect(casesOf(s, 0)).toEqual(cases);
  });

  it('with baseRate 0 nobody is ever absent', () => {
    const s = tinyState();
    for (let t = 0; t < 200; t++) {
      s.t = t;
      updateAbsence(s);
    }
    expect([0, 1, 2].map((w) => viewWorker(s, w).absent)).toEqual([false, false, false]);
  });

  it('the share of weeks absent rises with stress (stressEffect)', () => {
    const rate = (stress: number): number => {
      const s = tinyState({ workforce: { establishment: { assessment: 0, longTerm: 0, inCare: 0, nonCaseHolding: 300 } }, absence: { baseRate: 0.05, stressEffect: 2 } });
      let absent = 0;
      for (let t = 0; t < 52; t++) {
        s.t = t;
        for (let i = 0; i < s.workers.activeCount; i++) s.workers.stress[s.workers.active[i]] = stress;
        updateAbsence(s);
        for (let i = 0; i < s.workers.activeCount; i++) if (s.workers.absentFrom[s.workers.active[i]] !== NONE) absent++;
      }
      return absent / (52 * s.workers.activeCount);
    };
    expect(rate(1)).toBeGreaterThan(rate(0) * 1.8);
  });
});
