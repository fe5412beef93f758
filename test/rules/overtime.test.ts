import { describe, expect, it } from 'vitest';
import { Stage, WorkerType } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { refreshAvailability } from '../../src/state/caseload.js';
import { hourlyRate, planHours } from '../../src/rules/overtime.js';
import type { OvertimePolicyName } from '../../src/scenario/types.js';
import { addCase, addWorker, runWeek, runWeeks, tinyState } from '../helpers/fixtures.js';

/** A long-term worker with `cases` CIN cases: 22 need 37 × 22 / 14.5 ≈ 56.1 hours of full-output work. */
function overloaded(policy: OvertimePolicyName, maxHoursPerWeek = 12, cases = 22) {
  const s = tinyState({ overtime: { policy, maxHoursPerWeek } });
  const w = addWorker(s, Team.longTerm);
  for (let i = 0; i < cases; i++) addCase(s, Stage.childInNeed, { worker: w });
  planHours(s);
  return { s, w, needed: (37 * cases) / 14.5 };
}

describe('planHours', () => {
  it('planHours under "none": contracted hours only, progress at 37 / needed, no overtime cost', () => {
    const { s, w, needed } = overloaded('none');
    expect([s.workers.hours[w], s.workers.overtime[w], s.week.costOvertime]).toEqual([37, 0, 0]);
    expect(s.workers.rate[w]).toBeCloseTo(37 / needed, 12);
  });

  it('planHours under "paid": overtime up to the limit, paid at the hourly rate', () => {
    const { s, w, needed } = overloaded('paid');
    expect([s.workers.hours[w], s.workers.overtime[w]]).toEqual([49, 12]);
    expect(s.workers.rate[w]).toBeCloseTo(49 / needed, 12);
    expect(hourlyRate(s)).toBeCloseTo(52000 / 52 / 37, 12);
    expect(s.week.costOvertime).toBeCloseTo(12 * (52000 / 52 / 37), 9);
  });

  it('planHours under "unpaid": the same hours as paid, at no cost', () => {
    const { s, w } = overloaded('unpaid');
    expect([s.workers.hours[w], s.workers.overtime[w], s.week.costOvertime]).toEqual([49, 12, 0]);
  });

  it('planHours under "unpaid" with a high limit works until the work is done, longer than the work itself past 49 hours', () => {
    // 20 cases need 51.03 hours at full output; past 49 hours each hour yields less (Pencavel), so she needs
    // 49 + 7 × (1 − √(1 − 2 × 2.03 / 7)) ≈ 51.46 hours.
    const { s, w, needed } = overloaded('unpaid', 30, 20);
    expect(needed).toBeCloseTo(51.03, 2);
    expect(s.workers.hours[w]).toBeCloseTo(49 + 7 * (1 - Math.sqrt(1 - (2 * (needed - 49)) / 7)), 9);
    expect(s.workers.hours[w]).toBeGreaterThan(needed);
    expect(s.workers.rate[w]).toBeCloseTo(1, 12);
  });

  it('planHours under "unpaid" with a high limit stops where another hour adds nothing (56 hours), leaving the rest undone', () => {
    const { s, w, needed } = overloaded('unpaid', 30);
    expect(s.workers.hours[w]).toBe(56);
    expect(s.workers.rate[w]).toBeCloseTo((49 + 3.5) / needed, 12);
  });

  it('planHours: a week of heavy workload pressure needs more hours for the same caseload', () => {
    const s = tinyState({ overtime: { policy: 'unpaid', maxHoursPerWeek: 30 }, workforce: { workloadVariation: 0.3 } });
    const w = addWorker(s, Team.longTerm);
    for (let i = 0; i < 14; i++) addCase(s, Stage.childInNeed, { worker: w });
    s.workers.pressure[w] = 0.3;
    planHours(s);
    const needed = ((37 * 14) / 14.5) * Math.exp(0.3 - 0.045);
    expect(s.workers.hours[w]).toBeCloseTo(needed, 9);
    s.workers.pressure[w] = -0.3;
    planHours(s);
    expect([s.workers.hours[w], s.workers.overtime[w], s.workers.rate[w]]).toEqual([37, 0, 1]);
  });

  it('planHours gives no overtime to a worker within capacity', () => {
    const s = tinyState();
    addCase(s, Stage.assessment, { worker: 0 });
    planHours(s);
    expect([s.workers.hours[0], s.workers.overtime[0], s.workers.rate[0]]).toEqual([37, 0, 1]);
  });

  it('planHours spreads front-door contacts over the assessment team\'s FTE', () => {
    // Full output at every hour, so only the spreading is tested here.
    const s = tinyState({ overtime: { maxHoursPerWeek: 40, fullOutputHours: 100, noExtraOutputHours: 100 } });
    s.week.contacts = 60; // 90 hours over 3 FTE: 30 hours each on top of an empty caseload
    planHours(s);
    expect([s.workers.hours[0], s.workers.overtime[0]]).toEqual([37, 0]);
    s.week.contacts = 120; // 60 hours each: 23 overtime
    planHours(s);
    expect(s.workers.overtime[0]).toBeCloseTo(23, 12);
  });

  it('planHours: an absent worker works no hours and her cases make no progress, or duty-cover progress', () => {
    const none = tinyState();
    none.workers.absentFrom[0] = 0;
    refreshAvailability(none, 0);
    planHours(none);
    expect([none.workers.hours[0], none.workers.rate[0]]).toEqual([0, 0]);
    const duty = tinyState({ absence: { cover: 'duty', dutyCoverProgress: 0.5 } });
    duty.workers.absentFrom[0] = 0;
    refreshAvailability(duty, 0);
    planHours(duty);
    expect(duty.workers.rate[0]).toBe(0.5);
  });

  it('overtime policies through the weeks: none makes slower progress and less stress than unpaid goodwill hours', () => {
    const none = overloaded('none');
    const unpaid = overloaded('unpaid', 30);
    runWeeks(none.s, 4);
    runWeeks(unpaid.s, 4);
    const c = none.s.workers.head[none.w];
    expect(none.s.cases.progress[c]).toBeLessThan(unpaid.s.cases.progress[unpaid.s.workers.head[unpaid.w]]);
    // Goodwill hours stress more (0.004 × 19 h a week, stopping at 56) than the backlog does under a ban (0.05 × 34% undone).
    expect(unpaid.s.workers.stress[unpaid.w]).toBeGreaterThan(none.s.workers.stress[none.w]);
    expect(none.s.workers.stress[none.w]).toBeGreaterThan(0);
  });

  it('planHours gives a new starter with no capacity yet (inductionCapacity 0) contracted hours and no overtime, never NaN', () => {
    const s = tinyState({ workforce: { inductionCapacity: 0 } });
    const w = addWorker(s, Team.longTerm, WorkerType.permanent, 0);
    runWeek(s);
    expect([s.workers.hours[w], s.workers.overtime[w], s.workers.stress[w]]).toEqual([37, 0, 0]);
  });
});
