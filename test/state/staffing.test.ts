import { describe, expect, it } from 'vitest';
import { allocateWaitingCases } from '../../src/rules/allocation.js';
import { NONE, Stage, WorkerStatus, WorkerType } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { checkInvariants } from '../../src/state/invariants.js';
import { capacityFactor, convertToPermanent, finishLeaving, moveWorker, postsToFill, resign, vacancyFte, weeklyProbability } from '../../src/state/staffing.js';
import { viewCase, viewWorker } from '../../src/state/views.js';
import { ChangeCause } from '../../src/state/events.js';
import { addCase, addWorker, casesOf, changesByCause, queuedCases, runWeek, runWeeks, tinyState } from '../helpers/fixtures.js';
import { pendingCause } from '../../src/state/cases.js';

/** Worker 0 holds slots 0, 1, 2; worker 1 holds 3; worker 2 holds 4 (all assessments). */
function threeWorkersFiveCases(overrides = {}) {
  const s = tinyState(overrides);
  for (const w of [0, 0, 0, 1, 2]) addCase(s, Stage.assessment, { worker: w });
  return s;
}

describe('the tiny fixture', () => {
  it('createState(tiny) has three full-time experienced assessment workers with cap 22 and no cases', () => {
    const s = tinyState();
    expect([0, 1, 2].map((w) => [viewWorker(s, w).team, viewWorker(s, w).type, viewWorker(s, w).fte, viewWorker(s, w).cap])).toEqual([
      ['assessment', 'permanent', 1, 22],
      ['assessment', 'permanent', 1, 22],
      ['assessment', 'permanent', 1, 22],
    ]);
    expect([s.workers.count, s.openCases, s.queued]).toEqual([3, 0, 0]);
  });
});

describe('resign and finishLeaving', () => {
  it('resign puts the worker on notice: she keeps her cases but takes no new ones', () => {
    const s = threeWorkersFiveCases();
    resign(s, 0, ChangeCause.leaver);
    expect(viewWorker(s, 0).status).toBe('notice');
    expect(s.workers.noticeEnd[0]).toBe(4);
    expect(casesOf(s, 0)).toEqual([0, 1, 2]);
    expect(s.workers.heapPos[0]).toBe(NONE);
    expect(s.noticeFte[Team.assessment]).toBe(1);
    expect(checkInvariants(s)).toEqual([]);
  });

  it('finishLeaving passes exactly her cases on, to the queue, and counts no change until they are allocated', () => {
    const s = threeWorkersFiveCases();
    resign(s, 0, ChangeCause.leaver);
    finishLeaving(s, 0);
    expect(queuedCases(s)).toEqual([0, 1, 2]);
    expect(casesOf(s, 1)).toEqual([3]);
    expect(casesOf(s, 2)).toEqual([4]);
    expect([0, 1, 2].map((c) => pendingCause(s.cases, c))).toEqual([ChangeCause.leaver, ChangeCause.leaver, ChangeCause.leaver]);
    expect([0, 1, 2].map((c) => s.cases.lastWorker[c])).toEqual([0, 0, 0]);
    expect(changesByCause(s)).toEqual({});
    expect(viewWorker(s, 0).status).toBe('left');
    expect([s.inPostFte[Team.assessment], s.noticeFte[Team.assessment], s.week.leaversFte]).toEqual([2, 0, 1]);
    expect(checkInvariants(s)).toEqual([]);
  });

  it('finishLeaving then allocation: one leaver change per child, each child one more distinct worker', () => {
    const s = threeWorkersFiveCases();
    resign(s, 0, ChangeCause.leaver);
    finishLeaving(s, 0);
    allocateWaitingCases(s);
    // Released head first (2, 1, 0); least-loaded alternates 1, 2, 1 with ties to the lower id.
    expect(casesOf(s, 1)).toEqual([0, 2, 3]);
    expect(casesOf(s, 2)).toEqual([1, 4]);
    expect(changesByCause(s)).toEqual({ leaver: 3 });
    expect([0, 1, 2, 3, 4].map((c) => viewCase(s, c).workers)).toEqual([2, 2, 2, 1, 1]);
    expect([0, 1, 2, 3, 4].map((c) => viewCase(s, c).changesLast26Weeks)).toEqual([1, 1, 1, 0, 0]);
  });

  it('a resignation in week 0 passes the cases on in week 4 (the notice), and only then', () => {
    const s = threeWorkersFiveCases();
    resign(s, 0, ChangeCause.leaver);
    const before = casesOf(s, 0);
    for (let t = 0; t < 4; t++) {
      runWeek(s);
      expect(changesByCause(s)).toEqual({});
      expect(casesOf(s, 0)).toEqual(before);
    }
    runWeek(s);
    expect(changesByCause(s)).toEqual({ leaver: 3 });
    const now = [...casesOf(s, 1), ...casesOf(s, 2), ...queuedCases(s)].filter((c) => before.includes(c)).sort((a, b) => a - b);
    expect(now).toEqual(before);
    expect(casesOf(s, 0)).toEqual([]);
    expect(checkInvariants(s)).toEqual([]);
  });

  it('when everyone is at the cap, the leaver\'s cases wait on the queue and are counted when finally allocated', () => {
    const s = threeWorkersFiveCases({ allocation: { caseloadCap: 0.8, heldByManager: false } });
    resign(s, 0, ChangeCause.leaver);
    finishLeaving(s, 0);
    allocateWaitingCases(s);
    expect(queuedCases(s)).toEqual([0, 1, 2]);
    expect(changesByCause(s)).toEqual({});
    const w = addWorker(s, Team.assessment);
    allocateWaitingCases(s);
    expect(casesOf(s, w)).toEqual([2]);
    expect(changesByCause(s)).toEqual({ leaver: 1 });
  });

  it('finishLeaving of an agency worker counts her cause (agencyEnd), an agency end and returns her to the pool', () => {
    const s = tinyState();
    const a = addWorker(s, Team.assessment, WorkerType.agency, 0);
    const c = addCase(s, Stage.assessment, { worker: a });
    const pool = s.agencyPool;
    resign(s, a, ChangeCause.agencyEnd);
    finishLeaving(s, a);
    expect([s.week.agencyEnds, s.week.leaversFte, s.agencyFte[Team.assessment], s.agencyPool - pool]).toEqual([1, 0, 0, 1]);
    allocateWaitingCases(s);
    expect(changesByCause(s)).toEqual({ agencyEnd: 1 });
    expect(s.cases.worker[c]).toBe(0);
  });

  it('finishLeaving in the reporting window counts the leaver\'s FTE, and in the under-five-years share only if she had under 5 years', () => {
    const s = tinyState();
    const fresh = addWorker(s, Team.assessment, WorkerType.permanent, 5 * 52 - 1);
    for (const w of [0, fresh]) {
      resign(s, w, ChangeCause.leaver);
      finishLeaving(s, w);
    }
    expect([s.window.leaversFte, s.window.leaversUnder5YearsFte]).toEqual([2, 1]);
  });

  it('finishLeaving lowers the team morale by dropPerLeaverShare × FTE / remaining team FTE', () => {
    const s = tinyState();
    resign(s, 0, ChangeCause.leaver);
    finishLeaving(s, 0);
    expect(s.morale[Team.assessment]).toBeCloseTo(1 - (2 * 1) / 2, 12);
  });
});

describe('moves, conversions and posts', () => {
  it('moveWorker hands her cases on with cause internalMove and moves her FTE to the new team', () => {
    const s = threeWorkersFiveCases();
    moveWorker(s, 0, Team.longTerm);
    expect(queuedCases(s)).toEqual([0, 1, 2]);
    expect([0, 1, 2].map((c) => pendingCause(s.cases, c))).toEqual([ChangeCause.internalMove, ChangeCause.internalMove, ChangeCause.internalMove]);
    expect([s.inPostFte[Team.assessment], s.inPostFte[Team.longTerm]]).toEqual([2, 1]);
    expect(viewWorker(s, 0)).toMatchObject({ team: 'longTerm', status: 'active', cases: 0 });
    expect(s.workers.heapPos[0]).not.toBe(NONE);
    expect(s.heaps[Team.assessment].size).toBe(2);
    allocateWaitingCases(s);
    expect(changesByCause(s)).toEqual({ internalMove: 3 });
    expect(checkInvariants(s)).toEqual([]);
  });

  it('convertToPermanent makes an agency worker a starter in post without any child changing worker', () => {
    const s = tinyState();
    const a = addWorker(s, Team.assessment, WorkerType.agency, 0);
    const c = addCase(s, Stage.assessment, { worker: a });
    convertToPermanent(s, a);
    expect([s.agencyFte[Team.assessment], s.inPostFte[Team.assessment], s.week.startersFte]).toEqual([0, 4, 1]);
    expect([viewWorker(s, a).type, s.cases.worker[c]]).toEqual(['permanent', a]);
    expect(changesByCause(s)).toEqual({});
  });

  it('vacancyFte counts posts without an employed worker (agency cover does not fill them); postsToFill adds posts on notice', () => {
    const s = tinyState({ workforce: { establishment: { assessment: 5, longTerm: 0, inCare: 0, nonCaseHolding: 0 } } });
    const inPost = s.inPostFte[Team.assessment];
    addWorker(s, Team.assessment, WorkerType.agency, 0);
    expect(vacancyFte(s, Team.assessment)).toBe(5 - inPost);
    resign(s, 0, ChangeCause.leaver);
    expect(postsToFill(s, Team.assessment)).toBe(5 - inPost + 1);
    expect(vacancyFte(s, Team.longTerm)).toBe(0);
  });

  it('weeklyProbability compounds over 52 weeks to the annual rate', () => {
    for (const annual of [0, 0.08, 0.15, 0.5, 0.99]) expect(1 - Math.pow(1 - weeklyProbability(annual), 52)).toBeCloseTo(annual, 12);
    expect(weeklyProbability(1)).toBe(1);
  });

  it('capacityFactor multiplies newly-qualified protection and induction, and ends with them', () => {
    const s = tinyState();
    const nq = addWorker(s, Team.assessment, WorkerType.newlyQualified, 0);
    expect(capacityFactor(s, nq)).toBeCloseTo(0.85 * 0.5, 12);
    expect(s.workers.capUnits[nq]).toBeCloseTo(22 * 0.85 * 0.5, 12);
    runWeeks(s, 4);
    expect(s.workers.capUnits[nq]).toBeCloseTo(22 * 0.85 * 0.5, 12);
    runWeek(s); // the week induction ends (t = 4)
    expect(capacityFactor(s, nq)).toBeCloseTo(0.85, 12);
    expect(s.workers.capUnits[nq]).toBeCloseTo(22 * 0.85, 12);
    runWeeks(s, 48); // through t = 52, when the newly-qualified year ends
    expect([capacityFactor(s, nq), s.workers.capUnits[nq], viewWorker(s, nq).type]).toEqual([1, 22, 'permanent']);
    expect(s.workers.status[nq]).toBe(WorkerStatus.active);
  });
});
