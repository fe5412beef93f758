/**
 * Least-loaded (the default, docs/model.md §D6): the worker furthest below her cap, from the team's heap.
 */
import { NONE } from '../../state/codes.js';
import { heapTop } from '../../state/loadHeap.js';
import type { State } from '../../state/state.js';

export function leastLoaded(s: State, c: number): number {
  const { load, capUnits } = s.workers;
  const w = heapTop(s.heaps[s.cases.team[c]]);
  if (w === NONE) return NONE;
  return load[w] < capUnits[w] ? w : NONE;
}
