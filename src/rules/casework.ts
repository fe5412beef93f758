/**
 * Plan progress (docs/model.md §D3): each open case advances by its worker's progress rate this week (a
 * little while held by the team manager, none while simply waiting); a plan whose work is done completes,
 * a period of care ends at its calendar limit however far its work has got (pathway.careOverrunLimit:
 * care ends on the child's timetable, not the worker's), any case ends on the child's 18th birthday
 * (src/rules/age.ts), and a scheduled escalation happens if the
 * plan is still running. Transitions are collected first and applied after the sweep, so no list is
 * changed while it is being walked.
 */
import { NONE, Stage } from '../state/codes.js';
import type { State } from '../state/state.js';
import { completeStage, escalate } from './pathway.js';
import { leavesCareWeek } from './age.js';

export function progressCases(s: State): void {
  const cs = s.cases;
  const rate = s.workers.rate;
  const { stage, worker, progress, workNeeded, escalateWeek, held, planStart, bornWeek } = cs;
  const careLimit = 1 + s.p.pathway.careOverrunLimit;
  const heldRate = s.p.allocation.heldCaseProgress;
  // Filled by index and never shortened: emptying an array with `length = 0` frees its storage,
  // so every week would allocate it again.
  const due = s.due;
  const escalating = s.escalating;
  let dueCount = 0;
  let escalatingCount = 0;
  let progressSum = 0;
  let open = 0;
  const t = s.t;
  for (let c = 0; c < cs.used; c++) {
    const st = stage[c];
    if (st === Stage.free || st === Stage.awaitingReturn) continue;
    const w = worker[c];
    // heldRate × held rather than `held ? heldRate : 0`: a choice between the parameter (read boxed from
    // the scenario) and 0 made V8 box every worker's rate too, about 5 MB of heap numbers a decade.
    const r = w === NONE ? heldRate * held[c] : rate[w];
    progress[c] += r;
    progressSum += r;
    open++;
    if (progress[c] >= workNeeded[c] || t >= leavesCareWeek(bornWeek[c]) || (st === Stage.lookedAfter && t - planStart[c] >= workNeeded[c] * careLimit)) due[dueCount++] = c;
    else if (escalateWeek[c] === t) escalating[escalatingCount++] = c;
  }
  s.week.progressSum += progressSum;
  s.week.progressCases += open;
  for (let i = 0; i < dueCount; i++) completeStage(s, due[i]);
  for (let i = 0; i < escalatingCount; i++) escalate(s, escalating[i]);
}
