/**
 * Round-robin: cases go to the team's available workers in turn (by worker id), skipping anyone at
 * her cap. Scans the team's available workers, so it costs O(team size) per case; fine for an
 * authority, not meant for England-scale runs.
 */
import { NONE } from '../../state/codes.js';
import type { State } from '../../state/state.js';

export function roundRobin(s: State, c: number): number {
  const team = s.cases.team[c];
  const heap = s.heaps[team];
  const { load, capUnits } = s.workers;
  const after = s.roundRobinNext[team];
  let best = NONE;
  let first = NONE;
  for (let i = 0; i < heap.size; i++) {
    const w = heap.items[i];
    if (load[w] >= capUnits[w]) continue;
    if (w > after && (best === NONE || w < best)) best = w;
    if (first === NONE || w < first) first = w;
  }
  const chosen = best !== NONE ? best : first;
  if (chosen !== NONE) s.roundRobinNext[team] = chosen;
  return chosen;
}
