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
import { geometricWeeks, next } from '../state/rng.js';
import { isReporting, logsEvents, reportingWeek, type State } from '../state/state.js';
import { weeklyProbability } from '../state/staffing.js';
import { holdsStage } from '../state/structure.js';
import { closeCase } from './closure.js';
import { moveToTeam, scheduleTransfer } from './transfers.js';
import { careLikelihoodAtAge, drawAgeStartingCareWeeks, leavesCareWeek, weeksTo18 } from './age.js';

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

/**
 * Starts a new plan for the child; moves her to the team that owns that plan. Its planned work is the
 * stage's duration times the holding team's planLengthFactor, and ends by her 18th birthday.
 */
export function startPlan(s: State, c: number, stage: number): void {
  const cs = s.cases;
  setStage(s, c, stage);
  const team = holdsStage(s.structure, cs.team[c], stage) ? cs.team[c] : s.structure.stageTeam[stage];
  cs.workNeeded[c] = drawDuration(samplerFor(s, stage), s.rng.casework) * s.structure.planLengthFactor[team];
  // A child with no age yet (one made outside the referral rule) is given DfE's age on starting care.
  if (stage === Stage.lookedAfter && cs.bornWeek[c] === BIRTH_UNKNOWN) cs.bornWeek[c] = s.t - drawAgeStartingCareWeeks(s);
  if (cs.bornWeek[c] !== BIRTH_UNKNOWN) cs.workNeeded[c] = Math.min(cs.workNeeded[c], weeksTo18(cs.bornWeek[c], s.t));
  if (stage === Stage.lookedAfter && isReporting(s)) s.window.lacStarted++;
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

/**
 * The outcome of an assessment (the plan's stage, or NONE for not in need): the published shares, except that care is likelier at the ages at which
 * children start care more often than they are referred (careLikelihoodAtAge), the other outcomes
 * sharing what is left in their own proportions.
 */
function assessmentOutcome(s: State, c: number): number {
  const o = s.p.pathway.assessmentOutcomes;
  const total = o.notInNeed + o.childInNeed + o.childProtection + o.lookedAfter;
  const born = s.cases.bornWeek[c];
  // Her age when referred, as ageAtReferral gives it: the weeks of assessment since do not shift her band.
  const care = Math.min(1, (o.lookedAfter / total) * (born === BIRTH_UNKNOWN ? 1 : careLikelihoodAtAge(s, s.cases.referralWeek[c] - born)));
  const rest = o.notInNeed + o.childInNeed + o.childProtection;
  const u = next(s.rng.assessment);
  if (u >= 1 - care || rest <= 0) return Stage.lookedAfter;
  const v = (u / (1 - care)) * rest;
  if (v < o.notInNeed) return NONE;
  return v < o.notInNeed + o.childInNeed ? Stage.childInNeed : Stage.childProtection;
}

/** The work of the current stage is done, or the child has turned 18 (an adult: her case closes). */
export function completeStage(s: State, c: number): void {
  const cs = s.cases;
  const stage = cs.stage[c];
  const adult = s.t >= leavesCareWeek(cs.bornWeek[c]);
  if (stage === Stage.assessment) {
    const outcome = adult ? NONE : assessmentOutcome(s, c);
    if (outcome === NONE) closeCase(s, c, true);
    else startPlan(s, c, outcome);
    return;
  }
  recordDrift(s, c);
  if (!adult && stage === Stage.childProtection && next(s.rng.escalation) < s.p.pathway.cpStepDownShare) startPlan(s, c, Stage.childInNeed);
  else closeCase(s, c, false);
}

/** CIN → CP, or CP → looked after, before the plan's work was done. */
export function escalate(s: State, c: number): void {
  const stage = s.cases.stage[c];
  if (stage === Stage.childInNeed) startPlan(s, c, Stage.childProtection);
  else if (stage === Stage.childProtection) startPlan(s, c, Stage.lookedAfter);
}
