/**
 * The state's invariants, checked by the property tests after every week and available behind
 * HANDOVER_DEBUG in any run: every open case is with a working worker or on a queue, caseloads equal
 * the cases pointing at each worker, the flow identities hold, no count is negative.
 * Returns the violations found (empty = consistent); never throws. It settles the continuity tally
 * to the current week first (derived counts only).
 */
import { NONE, PRIORITIES, Stage, WorkerStatus, WorkerType, priorityOf } from './codes.js';
import { caseWeight, canTakeCases } from './caseload.js';
import { loadKey } from './loadHeap.js';
import type { State } from './state.js';
import { settleTally, sweepCounts } from './tally.js';
import { nextCase, queuedSince } from './cases.js';

const EPS = 1e-6;

export function checkInvariants(s: State): string[] {
  const errors: string[] = [];
  const cs = s.cases;
  const ws = s.workers;

  let open = 0;
  for (let c = 0; c < cs.used; c++) {
    const st = cs.stage[c];
    if (st === Stage.free || st === Stage.awaitingReturn) continue;
    open++;
    const w = cs.worker[c];
    if (w === NONE) {
      if (queuedSince(cs, c) === NONE) errors.push(`case ${c} is open, unallocated and not queued`);
    } else if (ws.status[w] !== WorkerStatus.active && ws.status[w] !== WorkerStatus.notice) errors.push(`case ${c} is held by worker ${w} who has left`);
  }
  if (open !== s.openCases) errors.push(`open case count ${s.openCases} but ${open} open slots`);
  if (s.totals.referrals !== s.openCases + s.totals.closures) errors.push(`referrals ${s.totals.referrals} ≠ open ${s.openCases} + closed ${s.totals.closures}`);
  if (s.totals.contacts !== s.totals.referrals + s.totals.screenedOut) errors.push(`contacts ${s.totals.contacts} ≠ referrals + screened out`);

  const fte = new Float64Array(s.inPostFte.length);
  const agency = new Float64Array(s.inPostFte.length);
  for (let w = 0; w < ws.count; w++) {
    let n = 0;
    let load = 0;
    for (let c = ws.head[w]; c !== NONE; c = nextCase(cs, c)) {
      if (cs.worker[c] !== w) errors.push(`case ${c} is in worker ${w}'s list but points at ${cs.worker[c]}`);
      n++;
      load += caseWeight(s, cs.stage[c]);
      if (n > cs.used) break;
    }
    if (n !== ws.cases[w]) errors.push(`worker ${w} has caseload ${ws.cases[w]} but ${n} cases in her list`);
    if (Math.abs(load - ws.load[w]) > EPS) errors.push(`worker ${w} has load ${ws.load[w]} but her cases weigh ${load}`);
    if (ws.status[w] === WorkerStatus.left) {
      if (n > 0) errors.push(`worker ${w} has left but holds ${n} cases`);
      continue;
    }
    if (ws.type[w] === WorkerType.agency) agency[ws.team[w]] += ws.fte[w];
    else fte[ws.team[w]] += ws.fte[w];
    const inHeap = ws.heapPos[w] !== NONE;
    if (ws.team[w] < s.structure.caseTeams && inHeap !== canTakeCases(s, w)) errors.push(`worker ${w} heap membership ${inHeap} but can take cases ${canTakeCases(s, w)}`);
  }
  for (let team = 0; team < fte.length; team++) {
    if (Math.abs(fte[team] - s.inPostFte[team]) > EPS) errors.push(`team ${team} in-post FTE ${s.inPostFte[team]} but workers sum to ${fte[team]}`);
    if (Math.abs(agency[team] - s.agencyFte[team]) > EPS) errors.push(`team ${team} agency FTE ${s.agencyFte[team]} but workers sum to ${agency[team]}`);
    if (s.noticeFte[team] < -EPS || s.agencyNoticeFte[team] < -EPS) errors.push(`team ${team} negative notice FTE`);
    if (s.recruiting[team] < 0 || s.agencyRequests[team] < 0) errors.push(`team ${team} negative recruitment or agency requests`);
  }
  if (s.agencyPool < 0) errors.push(`agency pool negative: ${s.agencyPool}`);

  let queued = 0;
  for (let q = 0; q < s.structure.caseTeams * PRIORITIES; q++) {
    for (let c = s.queueHead[q]; c !== NONE; c = nextCase(cs, c)) {
      queued++;
      if (cs.worker[c] !== NONE) errors.push(`queued case ${c} has worker ${cs.worker[c]}`);
      if (cs.team[c] * PRIORITIES + priorityOf(cs.stage[c]) !== q) errors.push(`case ${c} is on the wrong queue`);
      if (queued > cs.used) break;
    }
  }
  if (queued !== s.queued) errors.push(`queue count ${s.queued} but ${queued} cases on queues`);

  for (let team = 0; team < s.structure.caseTeams; team++) {
    const h = s.heaps[team];
    for (let i = 0; i < h.size; i++) {
      const w = h.items[i];
      if (ws.heapPos[w] !== i) errors.push(`heap ${team} position of worker ${w} is ${ws.heapPos[w]}, not ${i}`);
      const parent = (i - 1) >> 1;
      if (h.keys[i] !== loadKey(ws.load, ws.capUnits, w)) errors.push(`heap ${team} keeps key ${h.keys[i]} for worker ${w}, whose load / cap is ${loadKey(ws.load, ws.capUnits, w)}`);
      if (i > 0 && loadKey(ws.load, ws.capUnits, h.items[parent]) > loadKey(ws.load, ws.capUnits, w) + EPS) errors.push(`heap ${team} out of order at ${i}`);
    }
  }
  // Settling only recounts what is due by now (idempotent), so the check does not change any output.
  settleTally(s);
  const swept = sweepCounts(s);
  const t = s.tally;
  const same = (a: Int32Array, b: Int32Array): boolean => a.every((v, i) => v === b[i]);
  if (!same(swept.byStage, t.byStage) || !same(swept.changes26, t.changes26) || !same(swept.lacChanges52, t.lacChanges52) || swept.threePlusWorkers !== t.threePlusWorkers)
    errors.push(`continuity tally ${JSON.stringify([...t.byStage, ...t.changes26, ...t.lacChanges52, t.threePlusWorkers])} ≠ sweep ${JSON.stringify([...swept.byStage, ...swept.changes26, ...swept.lacChanges52, swept.threePlusWorkers])}`);
  let sinceSum = 0;
  for (let q = 0; q < s.structure.caseTeams * PRIORITIES; q++) for (let c = s.queueHead[q]; c !== NONE && sinceSum < Infinity; c = nextCase(cs, c)) sinceSum += queuedSince(cs, c);
  if (sinceSum !== s.queuedSinceSum) errors.push(`queuedSinceSum ${s.queuedSinceSum} but queued cases sum to ${sinceSum}`);
  return errors;
}
