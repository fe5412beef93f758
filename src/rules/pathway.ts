/**
 * The child's pathway (docs/model.md §D2): assessment outcomes, CIN/CP/LAC plans, step-down, escalation,
 * and the structural handover when the new stage is not held by the child's team (the teams are the
 * scenario's `structure`; one team holding every stage keeps one worker from assessment to closure).
 */
import { ChangeCause } from '../state/events.js';
import { setStage } from '../state/caseload.js';
import { BIRTH_UNKNOWN } from '../state/cases.js';
import { NONE, Stage } from '../state/codes.js';
import { drawDuration } from '../state/durations.js';
import { geometricWeeks } from '../state/rng.js';
import { isReporting, logsEvents, reportingWeek, type State } from '../state/state.js';
import { weeklyProbability } from '../state/staffing.js';
import { holdsStage } from '../state/structure.js';
import { closeCase } from './closure.js';
import { moveToTeam, scheduleTransfer } from './transfers.js';
import { drawAgeStartingCareWeeks, weeksTo18 } from './age.js';

function samplerFor(s: State, stage: number) {
  switch (stage) {
    case Stage.childInNeed:
      return s.samplers.childInNeed;
    case Stage.childProtection:
      return s.samplers.childProtection;
    case Stage.lookedAfter:
      return s.samplers.lookedAfter;
    default:
      return s.samplers.assessment;
  }
}

export function escalationWeek(s: State, stage: number): number {
  const annual = stage === Stage.childInNeed ? s.p.pathway.cinEscalationPerYear : stage === Stage.childProtection ? s.p.pathway.cpToCarePerYear : 0;
  const weeks = geometricWeeks(s.rng.escalation, weeklyProbability(annual));
  return Number.isFinite(weeks) ? s.t + weeks : NONE;
}

/** Starts a new plan for the child; moves her to the team that owns that plan. */
export function startPlan(s: State, c: number, stage: number): void {
  const cs = s.cases;
  setStage(s, c, stage);
  cs.workNeeded[c] = drawDuration(samplerFor(s, stage), s.rng.casework);
  if (stage === Stage.lookedAfter) {
    if (cs.bornWeek[c] === BIRTH_UNKNOWN) cs.bornWeek[c] = s.t - drawAgeStartingCareWeeks(s);
    cs.workNeeded[c] = Math.min(cs.workNeeded[c], weeksTo18(cs.bornWeek[c], s.t));
    if (isReporting(s)) s.window.lacStarted++;
  }
  cs.progress[c] = 0;
  cs.planStart[c] = s.t;
  cs.escalateWeek[c] = escalationWeek(s, stage);
  if (logsEvents(s)) s.events.push({ week: reportingWeek(s), kind: 'stage', caseId: cs.childId[c], detail: String(stage) });
  if (!holdsStage(s.structure, cs.team[c], stage)) moveToTeam(s, c, s.structure.stageTeam[stage], ChangeCause.handover, false);
  scheduleTransfer(s, c);
}

function recordDrift(s: State, c: number): void {
  const cs = s.cases;
  const drift = s.t - cs.planStart[c] - cs.workNeeded[c];
  cs.episodeDrift[c] += drift;
  s.week.driftSum += drift;
  s.week.driftCount++;
  if (isReporting(s)) {
    s.window.driftSum += drift;
    s.window.driftCount++;
  }
}

/** The work of the current stage is done. */
export function completeStage(s: State, c: number): void {
  const cs = s.cases;
  const stage = cs.stage[c];
  if (stage === Stage.assessment) {
    const o = s.p.pathway.assessmentOutcomes;
    const u = s.rng.assessment() * (o.notInNeed + o.childInNeed + o.childProtection + o.lookedAfter);
    if (u < o.notInNeed) closeCase(s, c, true);
    else if (u < o.notInNeed + o.childInNeed) startPlan(s, c, Stage.childInNeed);
    else if (u < o.notInNeed + o.childInNeed + o.childProtection) startPlan(s, c, Stage.childProtection);
    else startPlan(s, c, Stage.lookedAfter);
    return;
  }
  recordDrift(s, c);
  if (stage === Stage.childProtection && s.rng.escalation() < s.p.pathway.cpStepDownShare) startPlan(s, c, Stage.childInNeed);
  else closeCase(s, c, false);
}

/** CIN → CP, or CP → looked after, before the plan's work was done. */
export function escalate(s: State, c: number): void {
  const stage = s.cases.stage[c];
  if (stage === Stage.childInNeed) startPlan(s, c, Stage.childProtection);
  else if (stage === Stage.childProtection) startPlan(s, c, Stage.lookedAfter);
}
