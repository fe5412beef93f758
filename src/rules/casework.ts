/**
 * Plan progress (docs/model.md §D3): each open case advances by its worker's progress rate this week (a
 * little while held by the team manager, none while simply waiting); a plan whose work is done completes,
 * a period of care ends at its calendar limit however far its work has got (pathway.careOverrunLimit:
 * care ends on the child's timetable, not the worker's), any case ends on the child's 18th birthday
 * (src/rules/age.ts), and a scheduled escalation happens if the plan is still running.
 *
 * Nothing visits every case each week. The week adds each worker's rate to her running total (a case's
 * progress is read from it, src/state/caseload.ts), and each open case is looked at only in the week of
 * its next check: the earliest week its work could be done (no rate exceeds a full week's, so that is
 * never later than the true week), its 18th birthday, care's calendar limit or its escalation. A check
 * that finds nothing due schedules the next. Due plans complete in slot order, then escalations in slot
 * order, after every check of the week, so no list is changed while it is being walked.
 */
import { NONE, Stage } from '../state/codes.js';
import { grown } from '../state/growable.js';
import { takeScheduled, type State } from '../state/state.js';
import { completeStage, escalate } from './pathway.js';
import { isDue, scheduleCheck } from './planChecks.js';

export function progressCases(s: State): void {
  const ws = s.workers;
  const rate = ws.rate;
  const cumRate = ws.cumRate;
  const t = s.t;
  // The week's mean progress rate from the caseload counts: Σ rate × her cases, plus the held cases.
  let progressSum = 0;
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    const r = rate[w];
    cumRate[w] += r;
    progressSum += r * ws.cases[w];
  }
  const heldRate = s.p.allocation.heldCaseProgress;
  s.heldCum += heldRate;
  progressSum += heldRate * s.heldCases;
  s.week.progressSum += progressSum;
  s.week.progressCases += s.openCases;
  s.progressedTo = t;

  const checks = takeScheduled(s.checks, t);
  if (!checks) return;
  const cs = s.cases;
  const careLimit = 1 + s.p.pathway.careOverrunLimit;
  if (s.due.length < checks.length) {
    s.due = grown(s.due, checks.length * 2);
    s.escalating = grown(s.escalating, checks.length * 2);
  }
  const due = s.due;
  const escalating = s.escalating;
  let dueCount = 0;
  let escalatingCount = 0;
  for (let i = 0; i < checks.length; i++) {
    const c = checks[i];
    // A check superseded by a later schedule, or of a slot closed since, is left.
    if (cs.checkWeek[c] !== t) continue;
    cs.checkWeek[c] = NONE;
    const st = cs.stage[c];
    if (st === Stage.free || st === Stage.awaitingReturn) continue;
    if (isDue(s, c, t, careLimit)) due[dueCount++] = c;
    else if (cs.escalateWeek[c] === t) escalating[escalatingCount++] = c;
    else scheduleCheck(s, c);
  }
  // Slot order, as a sweep of the slots would find them (checks arrive in the order they were scheduled).
  if (dueCount > 1) due.subarray(0, dueCount).sort();
  if (escalatingCount > 1) escalating.subarray(0, escalatingCount).sort();
  for (let i = 0; i < dueCount; i++) completeStage(s, due[i]);
  for (let i = 0; i < escalatingCount; i++) escalate(s, escalating[i]);
  // A case whose transition started no new plan (an escalation with nowhere to go) is looked at again.
  for (let i = 0; i < escalatingCount; i++) rescheduleIfOpen(s, escalating[i]);
  for (let i = 0; i < dueCount; i++) rescheduleIfOpen(s, due[i]);
}

function rescheduleIfOpen(s: State, c: number): void {
  const cs = s.cases;
  const st = cs.stage[c];
  if (cs.checkWeek[c] === NONE && st !== Stage.free && st !== Stage.awaitingReturn) scheduleCheck(s, c);
}
