import { describe, expect, it } from 'vitest';
import { assignCase, releaseCase } from '../../src/state/caseload.js';
import { Stage } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { ChangeCause } from '../../src/state/events.js';
import { startPlan } from '../../src/rules/pathway.js';
import { addCase, addWorker, runWeek, runWeeks, tinyState } from '../helpers/fixtures.js';

/** A long-term worker holding `load` CIN cases (weight 1) with overtime banned: rate = min(1, 14.5 / load). */
function workerWithLoad(load: number) {
  const s = tinyState({ overtime: { policy: 'none' }, allocation: { caseloadCap: 40 } });
  const w = addWorker(s, Team.longTerm);
  const cases = Array.from({ length: load }, () => addCase(s, Stage.childInNeed, { worker: w }));
  return { s, w, cases };
}

describe('progressCases', () => {
  it('an allocated case below capacity makes one week of progress a week', () => {
    const { s, cases } = workerWithLoad(10);
    runWeeks(s, 3);
    expect(s.cases.progress[cases[0]]).toBe(3);
    expect(s.week.progressSum / s.week.progressCases).toBe(1);
  });

  it('an overloaded worker\'s cases make proportionally less progress (29 cases, capacity 14.5: half a week)', () => {
    const { s, cases } = workerWithLoad(29);
    runWeeks(s, 2);
    expect(s.cases.progress[cases[0]]).toBeCloseTo(1, 12);
    expect(s.workers.rate[0 + 3]).toBeCloseTo(0.5, 12);
  });

  it('an unallocated week makes no progress', () => {
    const s = tinyState({ allocation: { caseloadCap: 0, heldByManager: false } });
    const c = addCase(s, Stage.assessment, { progress: 0.25 });
    runWeeks(s, 3);
    expect([s.cases.progress[c], s.week.progressSum, s.week.progressCases]).toEqual([0.25, 0, 1]);
  });

  it('a change of worker costs exactly progressLostPerChangeWeeks when min = max, even below zero (a debt to make up)', () => {
    const s = tinyState({ pathway: { progressLostPerChangeWeeks: { min: 3, max: 3 } } });
    const a = addCase(s, Stage.assessment, { worker: 0, progress: 10 });
    const b = addCase(s, Stage.assessment, { worker: 0, progress: 1 });
    for (const c of [a, b]) {
      releaseCase(s, c, ChangeCause.rebalance);
      assignCase(s, c, 1);
    }
    expect([s.cases.progress[a], s.cases.progress[b]]).toEqual([7, -2]);
  });

  it('a change of worker costs between 2 and 4 weeks of progress by default, spread over the range', () => {
    const s = tinyState();
    const lost: number[] = [];
    for (let i = 0; i < 200; i++) {
      const c = addCase(s, Stage.assessment, { worker: i % 2, progress: 20 });
      releaseCase(s, c, ChangeCause.rebalance);
      assignCase(s, c, 2);
      lost.push(20 - s.cases.progress[c]);
    }
    expect(Math.min(...lost)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...lost)).toBeLessThanOrEqual(4);
    expect(Math.min(...lost)).toBeLessThan(2.1);
    expect(Math.max(...lost)).toBeGreaterThan(3.9);
  });
});

describe('drift', () => {
  /** A CIN plan of exactly 3 weeks started in week 0, as if an assessment had just completed. */
  function threeWeekPlan(load: number) {
    const { s, cases } = workerWithLoad(load);
    const c = cases[0];
    startPlan(s, c, Stage.childInNeed);
    s.cases.workNeeded[c] = 3;
    s.cases.progress[c] = 0;
    s.t = 1; // the plan started during week 0's casework; its first week of work is week 1
    s.cases.planStart[c] = 0;
    return { s, c };
  }

  it('a plan worked at full rate closes on time: drift 0', () => {
    const { s } = threeWeekPlan(10);
    runWeeks(s, 3);
    expect([s.week.driftCount, s.week.driftSum]).toEqual([1, 0]);
  });

  it('a plan worked at half rate takes twice as long: drift = 3 weeks', () => {
    const { s } = threeWeekPlan(29);
    for (let i = 0; i < 5; i++) {
      runWeek(s);
      expect(s.week.driftCount).toBe(0);
    }
    runWeek(s);
    expect([s.week.driftCount, s.week.driftSum]).toEqual([1, 3]);
  });
});

describe('the cost of a structural handover', () => {
  it('a CIN plan handed over from assessment takes progressLostPerChangeWeeks longer than its work (drift = the loss)', () => {
    const s = tinyState({
      pathway: {
        assessmentOutcomes: { notInNeed: 0, childInNeed: 1, childProtection: 0, lookedAfter: 0 },
        durations: { childInNeed: [{ upToWeeks: 2.999999, share: 0 }, { upToWeeks: 3, share: 1 }] },
        progressLostPerChangeWeeks: { min: 2, max: 2 },
      },
    });
    addWorker(s, Team.longTerm);
    addCase(s, Stage.assessment, { worker: 0, workNeeded: 1 });
    let drift = NaN;
    for (let t = 0; t < 10 && Number.isNaN(drift); t++) {
      runWeek(s);
      if (s.week.driftCount > 0) drift = s.week.driftSum;
    }
    expect(drift).toBeCloseTo(2, 3);
  });
});
