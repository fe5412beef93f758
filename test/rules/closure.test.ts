import { describe, expect, it } from 'vitest';
import { NONE, Stage } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { checkInvariants } from '../../src/state/invariants.js';
import { closeCase, reReferralProbability } from '../../src/rules/closure.js';
import { addCase, addWorker, tinyState } from '../helpers/fixtures.js';

describe('reReferralProbability', () => {
  it('reReferralProbability is the base for a child with one worker and no drift', () => {
    const s = tinyState();
    const c = addCase(s, Stage.childInNeed, { worker: addWorker(s, Team.longTerm) });
    expect(reReferralProbability(s, c, false)).toBeCloseTo(0.25, 12);
    s.cases.episodeDrift[c] = -10;
    expect(reReferralProbability(s, c, false)).toBeCloseTo(0.25, 12);
  });

  it('reReferralProbability grows with drift (×1.2 per 26 weeks) and with changes (×1.1 each)', () => {
    const s = tinyState();
    const c = addCase(s, Stage.childInNeed, { worker: addWorker(s, Team.longTerm) });
    s.cases.episodeDrift[c] = 26;
    expect(reReferralProbability(s, c, false)).toBeCloseTo(0.25 * 1.2, 12);
    s.cases.workers[c] = 3;
    expect(reReferralProbability(s, c, false)).toBeCloseTo(0.25 * 1.2 * 1.2, 12);
    s.cases.episodeDrift[c] = 52;
    expect(reReferralProbability(s, c, false)).toBeCloseTo(0.25 * 1.4 * 1.2, 12);
  });

  it('reReferralProbability is capped at 0.95; a no-service closure uses noServiceProbability', () => {
    const s = tinyState();
    const c = addCase(s, Stage.childInNeed, { worker: addWorker(s, Team.longTerm) });
    s.cases.workers[c] = 40;
    s.cases.episodeDrift[c] = 520;
    expect(reReferralProbability(s, c, false)).toBe(0.95);
    expect(reReferralProbability(s, c, true)).toBe(0.35);
  });
});

describe('closeCase', () => {
  const comesBack = { reReferral: { noServiceProbability: 1, meanDelayWeeks: 1, maxDelayWeeks: 104 } };

  it('closeCase takes the case off her worker, remembers the worker and keeps the flow identities', () => {
    const s = tinyState({ reReferral: { baseProbability: 0 } });
    const c = addCase(s, Stage.assessment, { worker: 1 });
    closeCase(s, c, false);
    expect([s.cases.stage[c], s.workers.cases[1], s.workers.load[1], s.openCases, s.totals.closures, s.week.closures]).toEqual([Stage.free, 0, 0, 0, 1, 1]);
    expect(checkInvariants(s)).toEqual([]);
  });

  it('closeCase schedules a re-referral after the drawn delay and keeps the slot and her last worker', () => {
    const s = tinyState(comesBack);
    const c = addCase(s, Stage.assessment, { worker: 2 });
    closeCase(s, c, true);
    expect(s.cases.stage[c]).toBe(Stage.awaitingReturn);
    expect(s.returns.get(1)).toEqual([c]);
    expect([s.cases.worker[c], s.cases.lastWorker[c]]).toEqual([NONE, 2]);
  });

  it('closeCase frees the slot when the drawn delay is beyond maxDelayWeeks', () => {
    const s = tinyState({ reReferral: { noServiceProbability: 1, meanDelayWeeks: 1, maxDelayWeeks: 0 } });
    const c = addCase(s, Stage.assessment, { worker: 2 });
    closeCase(s, c, true);
    expect([s.cases.stage[c], s.returns.size]).toEqual([Stage.free, 0]);
  });

  it('closeCase of a waiting case takes it off the queue', () => {
    const s = tinyState({ reReferral: { baseProbability: 0 } });
    const c = addCase(s, Stage.childInNeed);
    closeCase(s, c, false);
    expect([s.queued, s.queueHead.every((h) => h === NONE)]).toEqual([0, true]);
    expect(checkInvariants(s)).toEqual([]);
  });

  it('closeCase in the reporting window counts the closure, its duration and its workers', () => {
    const s = tinyState({ reReferral: { baseProbability: 0 } });
    const c = addCase(s, Stage.childInNeed, { worker: addWorker(s, Team.longTerm) });
    s.t = 10;
    closeCase(s, c, false);
    expect([s.window.closed, s.window.closedDurationSum, s.window.closedWith3PlusWorkers]).toEqual([1, 10, 0]);
  });
});
