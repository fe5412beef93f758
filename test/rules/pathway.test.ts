import { describe, expect, it } from 'vitest';
import { Stage } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { viewCase } from '../../src/state/views.js';
import { completeStage, escalate, startPlan } from '../../src/rules/pathway.js';
import { addCase, addWorker, changesByCause, runWeek, tinyState } from '../helpers/fixtures.js';

const allCin = { assessmentOutcomes: { notInNeed: 0, childInNeed: 1, childProtection: 0, lookedAfter: 0 } };

describe('startPlan and the handover structure', () => {
  it('startPlan under team-handover moves the child to the long-term team and counts a handover change there', () => {
    const s = tinyState();
    const lt = addWorker(s, Team.longTerm);
    const c = addCase(s, Stage.assessment, { worker: 0 });
    startPlan(s, c, Stage.childInNeed);
    expect(viewCase(s, c)).toMatchObject({ stage: 'childInNeed', team: 'longTerm', queued: true, lastWorker: 0 });
    expect(s.workers.load[0]).toBe(0);
    runWeek(s);
    expect(changesByCause(s)).toEqual({ handover: 1 });
    expect(viewCase(s, c)).toMatchObject({ worker: lt, workers: 2, changesLast26Weeks: 1 });
  });

  it('startPlan into the same team (CP → CIN step-down) keeps the worker even under team-handover', () => {
    const s = tinyState();
    const lt = addWorker(s, Team.longTerm);
    const c = addCase(s, Stage.childProtection, { worker: lt });
    startPlan(s, c, Stage.childInNeed);
    expect(viewCase(s, c)).toMatchObject({ worker: lt, stage: 'childInNeed' });
    expect(s.workers.load[lt]).toBeCloseTo(1, 12);
  });
});

describe('completeStage and escalate', () => {
  it('an assessment whose work is done in week 0 becomes a CIN plan with a fresh duration, less the handover\'s cost', () => {
    const s = tinyState({ pathway: allCin });
    addWorker(s, Team.longTerm);
    const c = addCase(s, Stage.assessment, { worker: 0, workNeeded: 1 });
    runWeek(s);
    expect(viewCase(s, c)).toMatchObject({ stage: 'childInNeed', team: 'longTerm', workers: 2 });
    expect(s.cases.progress[c]).toBeGreaterThanOrEqual(-4);
    expect(s.cases.progress[c]).toBeLessThanOrEqual(-2);
    expect(s.cases.workNeeded[c]).toBeGreaterThan(0);
    expect(s.cases.workNeeded[c]).toBeLessThanOrEqual(104);
  });

  it('completeStage of a CP plan steps down to CIN with cpStepDownShare 1 and closes with 0', () => {
    const down = tinyState({ pathway: { cpStepDownShare: 1 } });
    const c = addCase(down, Stage.childProtection, { worker: addWorker(down, Team.longTerm) });
    completeStage(down, c);
    expect(viewCase(down, c).stage).toBe('childInNeed');
    const close = tinyState({ pathway: { cpStepDownShare: 0 }, reReferral: { baseProbability: 0 } });
    const d = addCase(close, Stage.childProtection, { worker: addWorker(close, Team.longTerm) });
    completeStage(close, d);
    expect([close.cases.stage[d], close.openCases, close.totals.closures]).toEqual([Stage.free, 0, 1]);
  });

  it('a CIN plan escalates to CP in the week drawn for it (cinEscalationPerYear 1: the next week)', () => {
    const s = tinyState({ pathway: { cinEscalationPerYear: 1 } });
    const lt = addWorker(s, Team.longTerm);
    const c = addCase(s, Stage.childInNeed, { worker: lt });
    startPlan(s, c, Stage.childInNeed);
    expect(s.cases.escalateWeek[c]).toBe(1);
    runWeek(s);
    expect(viewCase(s, c).stage).toBe('childInNeed');
    runWeek(s);
    expect(viewCase(s, c)).toMatchObject({ stage: 'childProtection', worker: lt });
  });

  it('a CIN plan never escalates with cinEscalationPerYear 0', () => {
    const s = tinyState({ pathway: { cinEscalationPerYear: 0 } });
    const c = addCase(s, Stage.childInNeed, { worker: addWorker(s, Team.longTerm) });
    startPlan(s, c, Stage.childInNeed);
    expect(s.cases.escalateWeek[c]).toBe(-1);
  });

  it('escalate takes CP into care: a move to the in-care team, a handover change', () => {
    const s = tinyState();
    const lt = addWorker(s, Team.longTerm);
    const ic = addWorker(s, Team.inCare);
    const c = addCase(s, Stage.childProtection, { worker: lt });
    escalate(s, c);
    expect(viewCase(s, c)).toMatchObject({ stage: 'lookedAfter', team: 'inCare', queued: true });
    runWeek(s);
    expect(changesByCause(s)).toEqual({ handover: 1 });
    expect(s.cases.worker[c]).toBe(ic);
  });
});
