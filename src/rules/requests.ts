/**
 * Changes of worker for a reason of the child's own case (docs/model.md §D3), DfE's reasons "the
 * child's request" and "other":
 * - a looked-after child asks for a new worker (a relationship that has broken down), usually through
 *   her independent reviewing officer or an advocate (Children and Young Persons Act 2008, which gave
 *   looked-after children the IRO's review of their plan and a right to advocacy);
 * - a manager withdraws a worker from one case and gives it to a colleague: a conflict of interest, a
 *   complaint upheld, threats to the worker from a family member.
 * Each is a small weekly chance per allocated case. The case goes to the least-loaded colleague of its
 * team; when nobody else has room it stays, and the next week's draw decides again.
 */
import { ChangeCause } from '../state/events.js';
import { assignCase, releaseCase } from '../state/caseload.js';
import { nextCase } from '../state/cases.js';
import { NONE, Stage } from '../state/codes.js';
import { leastLoaded } from '../policies/allocation/leastLoaded.js';
import { weeklyProbability } from '../state/staffing.js';
import type { State } from '../state/state.js';

export function applyRequestedChanges(s: State): void {
  const a = s.p.allocation;
  const other = weeklyProbability(a.withdrawnPerYear);
  const child = weeklyProbability(a.childRequestPerYear);
  if (other <= 0 && child <= 0) return;
  const ws = s.workers;
  const cs = s.cases;
  const rng = s.rng.requests;
  // Drawn over every case first and moved after, so a case moved this week is not drawn twice. One
  // draw per case of each caseload in its order, but a caseload is walked only to a case whose draw
  // asks for a move (a few in ten thousand): walking every list was a cache miss per case at scale.
  const moves: number[] = [];
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    const n = ws.cases[w];
    for (let k = 0; k < n; k++) {
      const u = rng();
      if (u >= other + child) continue;
      let c = ws.head[w];
      for (let j = 0; j < k; j++) c = nextCase(cs, c);
      if (u < other) moves.push(c, ChangeCause.withdrawn);
      else if (cs.stage[c] === Stage.lookedAfter) moves.push(c, ChangeCause.childRequest);
    }
  }
  for (let k = 0; k < moves.length; k += 2) {
    const c = moves[k];
    const w = cs.worker[c];
    const target = leastLoaded(s, c);
    if (target === NONE || target === w) continue;
    releaseCase(s, c, moves[k + 1]);
    assignCase(s, c, target);
  }
}
