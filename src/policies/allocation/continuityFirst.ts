/**
 * Continuity-first: a child being reallocated or returning goes back to a worker she already knows
 * (her last worker) when that worker is in the case's team and can take her, otherwise to the
 * least-loaded worker.
 */
import { NONE } from '../../state/codes.js';
import { canTakeCases } from '../../state/caseload.js';
import type { State } from '../../state/state.js';
import { leastLoaded } from './leastLoaded.js';

export function continuityFirst(s: State, c: number): number {
  const known = s.cases.lastWorker[c];
  if (known !== NONE && canTakeCases(s, known) && s.workers.load[known] < s.workers.capUnits[known]) {
    if (s.workers.team[known] === s.cases.team[c]) return known;
  }
  return leastLoaded(s, c);
}
