/**
 * Sickness absence (docs/model.md §D4): onset hazard rises with stress (accumulated-hazard threshold, as
 * for leaving); spells are short or long. An absent worker takes no new cases and her cases make no
 * progress (or duty-cover progress). After `reallocateAfterWeeks` of a long spell her cases are
 * reallocated, a change of worker for each child, but only when the spell is expected to last at least
 * `reallocateIfExpectedWeeks` (the manager knows it from the fit note): most employers count up to six
 * weeks as short-term sickness (BASW), which the manager and duty workers cover until she returns.
 */
import { ChangeCause } from '../state/events.js';
import { releaseAllCases } from '../state/caseload.js';
import { endAbsence, startAbsence } from '../state/staffing.js';
import { NONE } from '../state/codes.js';
import { exponential1, next, uniformInt } from '../state/rng.js';
import type { State } from '../state/state.js';

export function updateAbsence(s: State): void {
  const ws = s.workers;
  const a = s.p.absence;
  const base = a.baseRate >= 1 ? 10 : -Math.log(1 - a.baseRate);
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    if (ws.absentFrom[w] !== NONE) {
      if (s.t >= ws.absentUntil[w]) endAbsence(s, w);
      else if (
        a.reallocateAfterWeeks > 0 &&
        s.t - ws.absentFrom[w] === a.reallocateAfterWeeks &&
        ws.absentUntil[w] - ws.absentFrom[w] >= a.reallocateIfExpectedWeeks
      ) {
        releaseAllCases(s, w, ChangeCause.absence);
      }
      continue;
    }
    ws.absenceHazard[w] += base * (1 + a.stressEffect * ws.stress[w]);
    if (ws.absenceHazard[w] < ws.absenceThreshold[w]) continue;
    ws.absenceHazard[w] = 0;
    ws.absenceThreshold[w] = exponential1(s.rng.absence);
    const long = next(s.rng.absence) < a.longShare;
    const range = long ? a.longWeeks : a.shortWeeks;
    startAbsence(s, w, s.t + uniformInt(s.rng.absence, range.min, range.max));
  }
}
