/**
 * Induction and the newly-qualified year end (docs/model.md §D4): a worker's caseload cap and hours capacity
 * return to full, and an ASYE worker counts as an experienced permanent worker from then on.
 */
import { WorkerType } from '../state/codes.js';
import { updateCapacity } from '../state/staffing.js';
import type { State } from '../state/state.js';

export function endProtections(s: State): void {
  const ws = s.workers;
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    const nqEnds = ws.nqUntil[w] === s.t;
    if (nqEnds && ws.type[w] === WorkerType.newlyQualified) ws.type[w] = WorkerType.permanent;
    if (nqEnds || ws.inductionUntil[w] === s.t) updateCapacity(s, w);
  }
}
