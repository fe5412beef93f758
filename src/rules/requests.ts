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
import { geometricWeeks, next } from '../state/rng.js';
import type { State } from '../state/state.js';

export function applyRequestedChanges(s: State): void {
  const a = s.p.allocation;
  const other = weeklyProbability(a.withdrawnPerYear);
  const child = weeklyProbability(a.childRequestPerYear);
  if (other <= 0 && child <= 0) return;
  const ws = s.workers;
  const cs = s.cases;
  const rng = s.rng.requests;
  const hit = Math.min(1, other + child);
  const withdrawnShare = other / hit;
  // Drawn over every case first and moved after, so a case moved this week is not drawn twice. The
  // allocated cases, caseload by caseload in order, are one sequence of independent weekly chances:
  // the number passed over before the next move is geometric, so one draw finds the next move and one
  // more its reason (340,000 draws a week for England were one per case), and a caseload is walked
  // only as far as its last move.
  const moves: number[] = [];
  let gap = geometricWeeks(rng, hit) - 1;
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    const n = ws.cases[w];
    if (gap >= n) {
      gap -= n;
      continue;
    }
    let c = ws.head[w];
    let k = 0;
    while (gap < n - k) {
      for (let j = 0; j < gap; j++) c = nextCase(cs, c);
      k += gap;
      if (next(rng) < withdrawnShare) moves.push(c, ChangeCause.withdrawn);
      else if (cs.stage[c] === Stage.lookedAfter) moves.push(c, ChangeCause.childRequest);
      gap = geometricWeeks(rng, hit) - 1;
      if (gap < n - k - 1) c = nextCase(cs, c);
      k++;
    }
    gap -= n - k;
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
