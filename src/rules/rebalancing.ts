/**
 * Caseload management as everyday practice (docs/model.md §D3, DfE "managing caseloads"): team managers
 * move cases between their workers for three reasons, each its own cause of change.
 * - A new starter, once her protected first weeks are over, is given cases from the colleagues
 *   carrying the most, rather than waiting for new referrals alone to fill her caseload: an employed
 *   starter up to `newStarterShare` of the team's mean, an agency worker up to `agencyStarterShare`
 *   (locums are expected to "hit the ground running" with a full caseload).
 * - A worker well above her team's mean caseload has cases moved away, week by week.
 * - At a periodic caseload review every team evens out what is left above the mean.
 * The newest case moves first: the relationship least built. Each move is a change of worker.
 */
import { ChangeCause } from '../state/events.js';
import { assignCase, canTakeCases, releaseCase } from '../state/caseload.js';
import { NONE, WorkerStatus, WorkerType } from '../state/codes.js';
import { addToOrder, clearOrder, createDescendingOrder, heapifyOrder, orderAt } from '../state/descendingOrder.js';
import { leastLoaded } from '../policies/allocation/leastLoaded.js';
import type { State } from '../state/state.js';
import { workloadFactor } from './workload.js';

/**
 * Every working worker's workload factor this week, computed once: the factor does not change while
 * cases move, and Math.exp in every sort comparison was about 4% of a typical run.
 */
function cacheWorkloadFactors(s: State): void {
  const ws = s.workers;
  if (s.workFactor.length < ws.capacity) s.workFactor = new Float64Array(ws.capacity);
  const factor = s.workFactor;
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    factor[w] = workloadFactor(s, w);
  }
}

/** Per team: summed weighted load and caseload cap of the workers who can take cases. */
function teamUtilisation(s: State): Float64Array {
  const ws = s.workers;
  const sums = new Float64Array(s.structure.caseTeams * 2);
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    if (!canTakeCases(s, w)) continue;
    sums[ws.team[w] * 2] += ws.load[w] * s.workFactor[w];
    sums[ws.team[w] * 2 + 1] += ws.capUnits[w];
  }
  const mean = new Float64Array(s.structure.caseTeams);
  for (let team = 0; team < s.structure.caseTeams; team++) mean[team] = sums[team * 2 + 1] > 0 ? sums[team * 2] / sums[team * 2 + 1] : 0;
  return mean;
}

/**
 * How full a worker is as her manager sees it: weighted load against her cap, scaled by how much time
 * her cases need this week (src/rules/workload.ts), so a worker in a court-heavy spell counts as fuller.
 */
const utilisation = (s: State, w: number): number => (s.workers.load[w] * s.workFactor[w]) / s.workers.capUnits[w];

/** A worker whose cases a manager may move: working (not on notice or absent) and case-holding. */
function canGiveCases(s: State, w: number): boolean {
  const ws = s.workers;
  return ws.team[w] < s.structure.caseTeams && ws.status[w] === WorkerStatus.active && ws.absentFrom[w] === NONE && ws.capUnits[w] > 0 && ws.head[w] !== NONE;
}

/** Moves cases from `donors` (most loaded first) while each stays above `above` × her team's mean utilisation. */
function moveFromAbove(s: State, donors: number[], mean: Float64Array, above: number, cause: number, moves: Int32Array): void {
  const r = s.p.allocation.rebalancing;
  const ws = s.workers;
  donors.sort((a, b) => utilisation(s, b) - utilisation(s, a) || a - b);
  for (const w of donors) {
    const team = ws.team[w];
    const limit = above * mean[team];
    while (moves[team] < r.maxMovesPerWeek && utilisation(s, w) > limit) {
      const c = ws.head[w];
      const target = leastLoaded(s, c);
      if (target === NONE || target === w || utilisation(s, target) >= mean[ws.team[target]]) break;
      releaseCase(s, c, cause);
      assignCase(s, c, target);
      moves[team]++;
    }
  }
}

/** Workers above `above` × their team's mean utilisation. */
function workersAbove(s: State, mean: Float64Array, above: number): number[] {
  const ws = s.workers;
  const out: number[] = [];
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    if (canGiveCases(s, w) && utilisation(s, w) > above * mean[ws.team[w]]) out.push(w);
  }
  return out;
}

const starterShare = (s: State, w: number): number =>
  s.workers.type[w] === WorkerType.agency ? s.p.allocation.rebalancing.agencyStarterShare : s.p.allocation.rebalancing.newStarterShare;

/** New starters whose protected first weeks end this week take cases from the most loaded colleagues of their team. */
function fillNewStarters(s: State, mean: Float64Array, moves: Int32Array): void {
  const r = s.p.allocation.rebalancing;
  if (r.newStarterShare <= 0 && r.agencyStarterShare <= 0) return;
  const ws = s.workers;
  const starters: number[] = [];
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    if (ws.inductionUntil[w] === s.t && starterShare(s, w) > 0 && canTakeCases(s, w)) starters.push(w);
  }
  if (starters.length === 0) return;
  // Each team's donors, most loaded first, sorted only as far as the starters reach (a few hundred of
  // England's thousands): utilisation and id never change while the order is read.
  const orders = s.donorOrders;
  while (orders.length < s.structure.caseTeams) orders.push(createDescendingOrder());
  for (let team = 0; team < s.structure.caseTeams; team++) clearOrder(orders[team]);
  for (let i = 0; i < ws.activeCount; i++) {
    const d = ws.active[i];
    if (!canGiveCases(s, d) || ws.inductionUntil[d] === s.t) continue;
    const u = utilisation(s, d);
    if (u > mean[ws.team[d]]) addToOrder(orders[ws.team[d]], d, u);
  }
  for (let team = 0; team < s.structure.caseTeams; team++) heapifyOrder(orders[team]);
  for (const w of starters) {
    const team = ws.team[w];
    const donors = orders[team];
    const target = starterShare(s, w) * mean[team] * ws.capUnits[w];
    // One case from each donor in turn, most loaded first, so no colleague loses a whole caseload.
    let given = true;
    while (given && ws.load[w] < target && moves[team] < r.maxMovesPerWeek) {
      given = false;
      for (let rank = 0; ; rank++) {
        const d = orderAt(donors, rank);
        if (d === NONE || ws.load[w] >= target || moves[team] >= r.maxMovesPerWeek) break;
        if (ws.head[d] === NONE || utilisation(s, d) <= mean[team]) continue;
        const c = ws.head[d];
        releaseCase(s, c, ChangeCause.newStarter);
        assignCase(s, c, w);
        moves[team]++;
        given = true;
      }
    }
  }
}

export function rebalanceCaseloads(s: State): void {
  const r = s.p.allocation.rebalancing;
  if (!r.enabled || r.maxMovesPerWeek <= 0) return;
  cacheWorkloadFactors(s);
  const mean = teamUtilisation(s);
  const moves = new Int32Array(s.structure.caseTeams);
  fillNewStarters(s, mean, moves);
  moveFromAbove(s, workersAbove(s, mean, r.overloadThreshold), mean, r.overloadThreshold, ChangeCause.rebalance, moves);
  if (r.reviewEveryWeeks > 0 && s.t % r.reviewEveryWeeks === 0) {
    moves.fill(0);
    moveFromAbove(s, workersAbove(s, mean, r.reviewTolerance), mean, r.reviewTolerance, ChangeCause.caseReview, moves);
  }
}
