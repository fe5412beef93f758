/**
 * Rebalancing (MODEL.md §3, cause 5): managers move cases from workers above the overload threshold
 * to the least-loaded colleague below her cap, newest case first (the relationship least built),
 * up to a number of moves a week per team. Each move is a change of worker for that child.
 */
import { ChangeCause } from '../state/events.js';
import { assignCase, releaseCase } from '../state/caseload.js';
import { CASE_TEAMS, NONE, WorkerStatus } from '../state/codes.js';
import { leastLoaded } from '../policies/allocation/leastLoaded.js';
import type { State } from '../state/state.js';

export function rebalanceCaseloads(s: State): void {
  const r = s.p.allocation.rebalancing;
  if (!r.enabled || r.maxMovesPerWeek <= 0) return;
  const ws = s.workers;
  const overloaded: number[] = [];
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    if (ws.team[w] < CASE_TEAMS && ws.status[w] === WorkerStatus.active && ws.capUnits[w] > 0 && ws.load[w] > r.overloadThreshold * ws.capUnits[w])
      overloaded.push(w);
  }
  if (overloaded.length === 0) return;
  overloaded.sort((a, b) => ws.load[b] / ws.capUnits[b] - ws.load[a] / ws.capUnits[a] || a - b);
  const moves = new Int32Array(CASE_TEAMS);
  for (const w of overloaded) {
    const team = ws.team[w];
    while (moves[team] < r.maxMovesPerWeek && ws.load[w] > r.overloadThreshold * ws.capUnits[w]) {
      const c = ws.head[w];
      if (c === NONE) break;
      const target = leastLoaded(s, c);
      if (target === NONE || target === w) break;
      releaseCase(s, c, ChangeCause.rebalance);
      assignCase(s, c, target);
      moves[team]++;
    }
  }
}
