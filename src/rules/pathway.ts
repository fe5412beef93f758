/**
 * The child's pathway (docs/model.md §D2): assessment outcomes, CIN/CP/LAC plans, step-down, escalation,
 * and the structural handover when a case moves to another team. Under the single-worker structure
 * the worker keeps the child across teams where her caseload allows.
 */
import { ChangeCause } from '../state/events.js';
import { canTakeCases, enqueueCase, releaseCase, setStage, setTeam } from '../state/caseload.js';
import { NONE, Stage, teamOf } from '../state/codes.js';
import { drawDuration } from '../state/durations.js';
import { geometricWeeks } from '../state/rng.js';
import { isReporting, logsEvents, reportingWeek, type State } from '../state/state.js';
import { weeklyProbability } from '../state/staffing.js';
import { closeCase } from './closure.js';

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
  cs.progress[c] = 0;
  cs.planStart[c] = s.t;
  cs.escalateWeek[c] = escalationWeek(s, stage);
  if (logsEvents(s)) s.events.push({ week: reportingWeek(s), kind: 'stage', caseId: cs.childId[c], detail: String(stage) });
  const team = teamOf(stage);
  if (cs.team[c] !== team) moveToTeam(s, c, team);
}

function moveToTeam(s: State, c: number, team: number): void {
  const cs = s.cases;
  const w = cs.worker[c];
  if (w !== NONE) {
    const ws = s.workers;
    const keep = s.p.allocation.handover === 'single-worker' && canTakeCases(s, w) && ws.load[w] <= ws.capUnits[w];
    if (keep) {
      setTeam(s, c, team);
      return;
    }
    releaseCase(s, c, ChangeCause.handover);
    setTeam(s, c, team);
    enqueueCase(s, c);
    return;
  }
  setTeam(s, c, team);
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
