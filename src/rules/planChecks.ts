/**
 * The calendar of plan checks (src/rules/casework.ts): the week each open case is next looked at, the
 * first in which its plan could end — work done, 18th birthday, care's calendar limit — or escalate.
 * Scheduled whenever a plan starts or its work is set, and again by a check that finds nothing due.
 */
import { currentProgress } from '../state/caseload.js';
import { NONE, Stage } from '../state/codes.js';
import { schedule, type State } from '../state/state.js';
import { leavesCareWeek } from './age.js';

/**
 * Float dust allowed on the work left when the earliest completion week is worked out: a check a week
 * early costs a look, a week late would be wrong.
 */
const DUST = 1e-6;

/** Whether case c's plan ends in week t: work done, 18th birthday, or care's calendar limit. */
export function isDue(s: State, c: number, t: number, careLimit: number): boolean {
  const cs = s.cases;
  const work = cs.workNeeded[c];
  return currentProgress(s, c) >= work || t >= leavesCareWeek(cs.bornWeek[c]) || (cs.stage[c] === Stage.lookedAfter && t - cs.planStart[c] >= work * careLimit);
}

/**
 * Schedules case c's next check: the first week, from the next one whose progress is still to be added,
 * in which its plan could end or escalate. Called whenever a plan starts or its work is set.
 */
export function scheduleCheck(s: State, c: number): void {
  const cs = s.cases;
  // From this week if its progress is still to be added, else the next.
  const from = Math.max(s.progressedTo + 1, s.t);
  const work = cs.workNeeded[c];
  // After k more weeks progress is at most k higher: the work cannot be done before k ≥ what is left.
  let week = from + Math.max(0, Math.ceil(work - currentProgress(s, c) - DUST) - 1);
  const adult = leavesCareWeek(cs.bornWeek[c]);
  if (adult < week) week = Math.max(from, adult);
  if (cs.stage[c] === Stage.lookedAfter) {
    const limit = cs.planStart[c] + Math.ceil(work * (1 + s.p.pathway.careOverrunLimit));
    if (limit < week) week = Math.max(from, limit);
  }
  const esc = cs.escalateWeek[c];
  if (esc !== NONE && esc >= from && esc < week) week = esc;
  cs.checkWeek[c] = week;
  schedule(s.checks, week, c);
}
