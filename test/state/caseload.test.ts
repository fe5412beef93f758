import { describe, expect, it } from 'vitest';
import { assignCase, dequeueCase, holdWaitingCases, refreshAvailability, releaseAllCases, releaseCase, setStage } from '../../src/state/caseload.js';
import { NONE, Stage } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { checkInvariants } from '../../src/state/invariants.js';
import { resign, updateCapacity } from '../../src/state/staffing.js';
import { viewCase, viewWorker } from '../../src/state/views.js';
import { ChangeCause } from '../../src/state/events.js';
import { allocateWaitingCases } from '../../src/rules/allocation.js';
import { addCase, addWorker, casesOf, changesByCause, queueOrder, queuedCases, runWeek, tinyState } from '../helpers/fixtures.js';
import { LINK_WIDTH, Link, pendingCause, queuedSince } from '../../src/state/cases.js';

describe('assignCase and releaseCase', () => {
  it('assignCase puts a new child at the head of the worker\'s list, adds her weight and counts her first worker, not a change', () => {
    const s = tinyState();
    const a = addCase(s, Stage.assessment, { worker: 1 });
    const b = addCase(s, Stage.childProtection, { worker: 1, team: Team.assessment });
    expect(s.workers.head[1]).toBe(b);
    expect([s.cases.link[b * LINK_WIDTH + Link.next], s.cases.link[a * LINK_WIDTH + Link.prev]]).toEqual([a, b]);
    expect(viewWorker(s, 1)).toMatchObject({ cases: 2, caseSlots: [a, b] });
    expect(s.workers.load[1]).toBeCloseTo(0.8 + 1.3, 12);
    expect([viewCase(s, a).workers, viewCase(s, b).workers, s.cases.firstAllocWeek[a]]).toEqual([1, 1, 0]);
    expect(changesByCause(s)).toEqual({});
    expect(checkInvariants(s)).toEqual([]);
  });

  it('releaseCase unlinks from the middle of a list, remembers the worker and the cause, and leaves no float dust', () => {
    const s = tinyState();
    const [a, b, c] = [0, 1, 2].map(() => addCase(s, Stage.childProtection, { worker: 0, team: Team.assessment }));
    releaseCase(s, b, ChangeCause.rebalance);
    expect(casesOf(s, 0)).toEqual([a, c]);
    expect([s.cases.worker[b], s.cases.lastWorker[b], pendingCause(s.cases, b)]).toEqual([NONE, 0, ChangeCause.rebalance]);
    releaseCase(s, a, ChangeCause.rebalance);
    releaseCase(s, c, ChangeCause.rebalance);
    expect([s.workers.cases[0], s.workers.load[0], s.workers.head[0]]).toEqual([0, 0, NONE]);
  });

  it('assignCase back to the worker who released her counts no change and no new worker', () => {
    const s = tinyState();
    const c = addCase(s, Stage.assessment, { worker: 2 });
    releaseCase(s, c, ChangeCause.rebalance);
    assignCase(s, c, 2);
    expect(changesByCause(s)).toEqual({});
    expect([viewCase(s, c).workers, pendingCause(s.cases, c)]).toEqual([1, NONE]);
  });

  it('assignCase to someone else counts one change with the pending cause, costs progress and records the week', () => {
    const s = tinyState();
    const c = addCase(s, Stage.assessment, { worker: 2, progress: 10 });
    releaseCase(s, c, ChangeCause.rebalance);
    s.t = 7;
    assignCase(s, c, 0);
    expect(changesByCause(s)).toEqual({ rebalance: 1 });
    expect(viewCase(s, c)).toMatchObject({ workers: 2, worker: 0, changesLast26Weeks: 1 });
    expect(s.cases.progress[c]).toBeGreaterThanOrEqual(6);
    expect(s.cases.progress[c]).toBeLessThanOrEqual(8);
  });
});

describe('queues', () => {
  it('enqueueCase orders a team\'s waiting cases CP > LAC > CIN > assessment, first come first served within each', () => {
    const s = tinyState();
    const stages = [Stage.assessment, Stage.childInNeed, Stage.lookedAfter, Stage.childProtection, Stage.assessment, Stage.childProtection];
    const slots = stages.map((st) => addCase(s, st, { team: Team.assessment }));
    expect(slots).toEqual([0, 1, 2, 3, 4, 5]);
    expect(queueOrder(s)).toEqual([3, 5, 2, 1, 0, 4]);
    dequeueCase(s, 5);
    expect([queueOrder(s), s.queued]).toEqual([[3, 2, 1, 0, 4], 5]);
  });

  it('setStage moves a waiting case to its new priority but keeps the week it started waiting', () => {
    const s = tinyState();
    const a = addCase(s, Stage.assessment);
    s.t = 3;
    const b = addCase(s, Stage.assessment);
    setStage(s, a, Stage.childProtection);
    expect(queueOrder(s)).toEqual([a, b]);
    expect([queuedSince(s.cases, a), queuedSince(s.cases, b), s.queued]).toEqual([0, 3, 2]);
  });

  it('setStage on an allocated case changes her worker\'s load by the difference in weights', () => {
    const s = tinyState();
    const c = addCase(s, Stage.assessment, { worker: 0 });
    setStage(s, c, Stage.lookedAfter);
    expect(s.workers.load[0]).toBeCloseTo(1.1, 12);
    expect(checkInvariants(s)).toEqual([]);
  });

  it('releaseAllCases on a long absence queues every case with cause absence, counted once each when reallocated', () => {
    const s = tinyState();
    for (const w of [0, 0, 1]) addCase(s, Stage.assessment, { worker: w });
    s.workers.absentFrom[0] = s.t;
    refreshAvailability(s, 0);
    expect(releaseAllCases(s, 0, ChangeCause.absence)).toBe(2);
    expect(queuedCases(s)).toEqual([0, 1]);
    expect(changesByCause(s)).toEqual({});
    allocateWaitingCases(s);
    expect(changesByCause(s)).toEqual({ absence: 2 });
    // Released head first: 1 goes to the empty worker 2, then 0 ties (0.8/22 each) and goes to worker 1.
    expect([casesOf(s, 0), casesOf(s, 1), casesOf(s, 2)]).toEqual([[], [0, 2], [1]]);
    expect([0, 1].map((c) => viewCase(s, c).workers)).toEqual([2, 2]);
  });
});

describe('holdWaitingCases (holding allocation)', () => {
  /** Worker 0 holds one case and leaves; workers 1 and 2 are full (cap 0.8, one assessment each). */
  function leaverWithNoRoom(heldByManager: boolean) {
    const s = tinyState({ allocation: { caseloadCap: 0.8, heldByManager } });
    const c = addCase(s, Stage.assessment, { worker: 0 });
    addCase(s, Stage.assessment, { worker: 1 });
    addCase(s, Stage.assessment, { worker: 2 });
    resign(s, 0, ChangeCause.leaver);
    s.workers.noticeEnd[0] = 0;
    return { s, c };
  }

  it('with heldByManager the waiting child gets two changes: to the manager (leaver), then holding', () => {
    const { s, c } = leaverWithNoRoom(true);
    runWeek(s);
    expect(changesByCause(s)).toEqual({ leaver: 1 });
    expect(viewCase(s, c)).toMatchObject({ queued: true, held: true, workers: 2 });
    runWeek(s);
    expect(changesByCause(s)).toEqual({});
    const w = addWorker(s, Team.assessment);
    runWeek(s);
    expect(changesByCause(s)).toEqual({ holding: 1 });
    expect(viewCase(s, c)).toMatchObject({ worker: w, held: false, workers: 3, changesLast26Weeks: 2 });
  });

  it('without heldByManager the waiting child gets one change, when she is allocated', () => {
    const { s, c } = leaverWithNoRoom(false);
    runWeek(s);
    expect(changesByCause(s)).toEqual({});
    expect(viewCase(s, c)).toMatchObject({ queued: true, held: false, workers: 1 });
    const w = addWorker(s, Team.assessment);
    runWeek(s);
    expect(changesByCause(s)).toEqual({ leaver: 1 });
    expect(viewCase(s, c)).toMatchObject({ worker: w, workers: 2, changesLast26Weeks: 1 });
  });

  it('a new referral held by the manager counts the manager as her first worker and the allocation as a holding change', () => {
    const s = tinyState({ allocation: { caseloadCap: 0 } });
    const c = addCase(s, Stage.assessment);
    holdWaitingCases(s);
    expect(changesByCause(s)).toEqual({});
    expect(viewCase(s, c)).toMatchObject({ held: true, workers: 1 });
    holdWaitingCases(s);
    expect(viewCase(s, c).workers).toBe(1);
    s.p.allocation.caseloadCap = 5;
    for (const w of [0, 1, 2]) updateCapacity(s, w);
    allocateWaitingCases(s);
    expect(s.cases.worker[c]).toBe(0);
    expect(changesByCause(s)).toEqual({ holding: 1 });
    expect(viewCase(s, c).workers).toBe(2);
  });
});
