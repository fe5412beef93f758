/**
 * Who holds which child. The only code that links cases to workers and queues, keeps each worker's
 * weighted load and heap position right, and counts changes of worker (docs/model.md §D3): a change is
 * counted when a child who had a worker gets a different one, with the cause recorded when her
 * previous worker let her go. A team manager holding a queued case counts as a worker, so a
 * holding allocation costs the child two changes instead of one.
 */
import { CHANGE_CAUSE_NAMES, ChangeCause } from './events.js';
import { LINK_WIDTH, Link, freeCase, queuedSince, recordChangeWeek } from './cases.js';
import { NONE, PRIORITIES, Stage, WorkerStatus, priorityOf } from './codes.js';
import { heapInsert, heapRemove, heapUpdate } from './loadHeap.js';
import { uniform } from './rng.js';
import { isReporting, logsEvents, type State } from './state.js';
import { markChanged, remindAfterChange } from './tally.js';

export function caseWeight(s: State, stage: number): number {
  const w = s.p.pathway.caseWeights;
  switch (stage) {
    case Stage.assessment:
      return w.assessment;
    case Stage.childInNeed:
      return w.childInNeed;
    case Stage.childProtection:
      return w.childProtection;
    case Stage.lookedAfter:
      return w.lookedAfter;
    default:
      return 0;
  }
}

/**
 * Every change costs the plan progress: a relationship to rebuild, a file to read (docs/model.md §D3).
 * Progress may go below zero: a change at the very start of a plan still has to be made up.
 */
function countChange(s: State, c: number, cause: number, from: number, to: number): void {
  const lost = s.p.pathway.progressLostPerChangeWeeks;
  const loss = uniform(s.rng.casework, lost.min, lost.max);
  s.cases.progress[c] -= loss;
  recordChangeWeek(s.cases, c, s.t, cause);
  remindAfterChange(s, c);
  s.week.changes[cause]++;
  if (logsEvents(s))
    s.events.push({ week: s.t - s.warmupWeeks + 1, kind: 'change', caseId: s.cases.childId[c], workerId: to, fromWorker: from, cause: CHANGE_CAUSE_NAMES[cause], progressLostWeeks: loss });
}

/** Allocates a case (not on any list) to worker w, counting the change of worker if there is one. */
export function assignCase(s: State, c: number, w: number): void {
  const cs = s.cases;
  const ws = s.workers;
  const L = cs.link;
  const b = c * LINK_WIDTH;
  const last = cs.lastWorker[c];
  const pending = L[b + Link.pendingCause];
  let changed = false;
  if (cs.held[c]) {
    countChange(s, c, ChangeCause.holding, NONE, w);
    changed = true;
  } else if (pending !== NONE && w !== last) {
    countChange(s, c, pending, last, w);
    changed = true;
  }
  if (cs.workers[c] === 0 || (changed && w !== last)) cs.workers[c]++;
  cs.held[c] = 0;
  L[b + Link.pendingCause] = NONE;
  L[b + Link.queuedSince] = NONE;
  if (cs.firstAllocWeek[c] === NONE) {
    cs.firstAllocWeek[c] = s.t;
    if (isReporting(s)) {
      s.window.firstAllocations++;
      s.window.weeksToAllocationSum += s.t - cs.referralWeek[c];
    }
  }
  cs.worker[c] = w;
  const head = ws.head[w];
  L[b + Link.prev] = NONE;
  L[b + Link.next] = head;
  if (head !== NONE) L[head * LINK_WIDTH + Link.prev] = c;
  ws.head[w] = c;
  ws.cases[w]++;
  ws.load[w] += caseWeight(s, cs.stage[c]);
  heapUpdate(s.heaps[ws.team[w]], ws.heapPos, ws.load, ws.capUnits, w);
  markChanged(s, c);
  if (logsEvents(s))
    s.events.push({ week: s.t - s.warmupWeeks + 1, kind: 'allocated', caseId: cs.childId[c], workerId: w });
}

/** Takes a case from its worker; `cause` is counted when the child next gets a different worker. */
export function releaseCase(s: State, c: number, cause: number): void {
  const cs = s.cases;
  const ws = s.workers;
  const w = cs.worker[c];
  if (w === NONE) return;
  const L = cs.link;
  const b = c * LINK_WIDTH;
  const n = L[b + Link.next];
  const p = L[b + Link.prev];
  if (p !== NONE) L[p * LINK_WIDTH + Link.next] = n;
  else ws.head[w] = n;
  if (n !== NONE) L[n * LINK_WIDTH + Link.prev] = p;
  L[b + Link.next] = NONE;
  L[b + Link.prev] = NONE;
  L[b + Link.pendingCause] = cause;
  cs.worker[c] = NONE;
  cs.lastWorker[c] = w;
  ws.cases[w]--;
  ws.load[w] -= caseWeight(s, cs.stage[c]);
  if (ws.cases[w] === 0) ws.load[w] = 0; // no float dust on an empty caseload
  heapUpdate(s.heaps[ws.team[w]], ws.heapPos, ws.load, ws.capUnits, w);
}

/**
 * Takes a closed case off its worker (remembering her for a return: no change is pending until then)
 * or off its queue, and out of the manager's hands.
 */
export function detachClosedCase(s: State, c: number): void {
  const cs = s.cases;
  if (cs.worker[c] !== NONE) releaseCase(s, c, ChangeCause.reReferral);
  else if (isQueued(s, c)) {
    dequeueCase(s, c);
    cs.link[c * LINK_WIDTH + Link.queuedSince] = NONE;
  }
  cs.held[c] = 0;
}

/** A closed child whose history is no longer needed: her slot goes back on the free list and out of the counts. */
export function freeClosedCase(s: State, c: number): void {
  freeCase(s.cases, c);
  markChanged(s, c);
}

export function enqueueCase(s: State, c: number): void {
  const cs = s.cases;
  const L = cs.link;
  const b = c * LINK_WIDTH;
  const q = cs.team[c] * PRIORITIES + priorityOf(cs.stage[c]);
  const tail = s.queueTail[q];
  L[b + Link.next] = NONE;
  L[b + Link.prev] = tail;
  if (tail !== NONE) L[tail * LINK_WIDTH + Link.next] = c;
  else s.queueHead[q] = c;
  s.queueTail[q] = c;
  if (L[b + Link.queuedSince] === NONE) L[b + Link.queuedSince] = s.t;
  s.queued++;
  s.queuedSinceSum += L[b + Link.queuedSince];
  markChanged(s, c);
}

export function dequeueCase(s: State, c: number): void {
  const cs = s.cases;
  const L = cs.link;
  const b = c * LINK_WIDTH;
  const q = cs.team[c] * PRIORITIES + priorityOf(cs.stage[c]);
  const n = L[b + Link.next];
  const p = L[b + Link.prev];
  if (p !== NONE) L[p * LINK_WIDTH + Link.next] = n;
  else s.queueHead[q] = n;
  if (n !== NONE) L[n * LINK_WIDTH + Link.prev] = p;
  else s.queueTail[q] = p;
  L[b + Link.next] = NONE;
  L[b + Link.prev] = NONE;
  s.queued--;
  s.queuedSinceSum -= L[b + Link.queuedSince];
}

export function isQueued(s: State, c: number): boolean {
  return s.cases.worker[c] === NONE && queuedSince(s.cases, c) !== NONE;
}

/** Changes a case's stage, keeping its worker's load and its queue position right. */
export function setStage(s: State, c: number, stage: number): void {
  const cs = s.cases;
  const w = cs.worker[c];
  const queued = isQueued(s, c);
  if (queued) dequeueCase(s, c);
  if (w !== NONE) {
    const ws = s.workers;
    ws.load[w] += caseWeight(s, stage) - caseWeight(s, cs.stage[c]);
    heapUpdate(s.heaps[ws.team[w]], ws.heapPos, ws.load, ws.capUnits, w);
  }
  cs.stage[c] = stage;
  // Back on the queue of its new priority, keeping the week it started waiting.
  if (queued) enqueueCase(s, c);
  markChanged(s, c);
}

/** Moves a case to another team, keeping its place in the waiting order if it is queued. */
export function setTeam(s: State, c: number, team: number): void {
  const queued = isQueued(s, c);
  if (queued) dequeueCase(s, c);
  s.cases.team[c] = team;
  if (queued) enqueueCase(s, c);
}

/** Cases still waiting at the end of the week are held by the team manager (if the policy says so). */
export function holdWaitingCases(s: State): void {
  if (!s.p.allocation.heldByManager || s.queued === 0) return;
  const cs = s.cases;
  const L = cs.link;
  for (let q = 0; q < s.structure.caseTeams * PRIORITIES; q++) {
    for (let c = s.queueHead[q]; c !== NONE; c = L[c * LINK_WIDTH + Link.next]) {
      if (cs.held[c]) continue;
      const pending = L[c * LINK_WIDTH + Link.pendingCause];
      if (pending !== NONE) {
        countChange(s, c, pending, cs.lastWorker[c], NONE);
        cs.workers[c]++;
      } else if (cs.workers[c] === 0) cs.workers[c] = 1;
      L[c * LINK_WIDTH + Link.pendingCause] = NONE;
      cs.held[c] = 1;
      markChanged(s, c);
    }
  }
}

/** Whether a worker may be given new cases: working, case-holding, not on notice or absent. */
export function canTakeCases(s: State, w: number): boolean {
  const ws = s.workers;
  return ws.status[w] === WorkerStatus.active && ws.team[w] < s.structure.caseTeams && ws.absentFrom[w] === NONE && ws.capUnits[w] > 0;
}

/** Puts the worker in or out of her team's allocation heap after any change of status, absence or cap. */
export function refreshAvailability(s: State, w: number): void {
  const ws = s.workers;
  const team = ws.team[w];
  if (team >= s.structure.caseTeams) return;
  const heap = s.heaps[team];
  if (canTakeCases(s, w)) {
    if (ws.heapPos[w] === NONE) heapInsert(heap, ws.heapPos, ws.load, ws.capUnits, w);
    else heapUpdate(heap, ws.heapPos, ws.load, ws.capUnits, w);
  } else heapRemove(heap, ws.heapPos, w);
}

/** Releases all of a worker's cases onto their teams' queues with the given cause. */
export function releaseAllCases(s: State, w: number, cause: number): number {
  const ws = s.workers;
  let n = 0;
  while (ws.head[w] !== NONE) {
    const c = ws.head[w];
    releaseCase(s, c, cause);
    enqueueCase(s, c);
    n++;
  }
  return n;
}
