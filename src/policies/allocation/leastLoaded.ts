/**
 * Least-loaded (the default, docs/model.md §D6): the worker furthest below her cap, from the team's heap.
 * Under the single-worker pathway teams are not functional silos, so the least-loaded case-holder of
 * any team may take the child.
 */
import { NONE } from '../../state/codes.js';
import { heapTop, loadKey } from '../../state/loadHeap.js';
import type { State } from '../../state/state.js';

export function leastLoaded(s: State, c: number): number {
  const { load, capUnits } = s.workers;
  let w = heapTop(s.heaps[s.cases.team[c]]);
  if (s.p.allocation.handover === 'single-worker') {
    for (let team = 0; team < s.structure.caseTeams; team++) {
      const top = heapTop(s.heaps[team]);
      if (top === NONE) continue;
      if (w === NONE) w = top;
      else {
        const kt = loadKey(load, capUnits, top);
        const kw = loadKey(load, capUnits, w);
        if (kt < kw || (kt === kw && top < w)) w = top;
      }
    }
  }
  if (w === NONE) return NONE;
  return load[w] < capUnits[w] ? w : NONE;
}
