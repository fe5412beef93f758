/**
 * The children (cases) as struct-of-arrays with a free list: a tick over 400,000 cases touches a few
 * typed arrays and allocates nothing. A slot is reused after the child's history is no longer needed
 * (closed with no re-referral due); `childId` is never reused, so events and "follow a child" stay exact.
 * Only this module and src/state/caseload.ts write these arrays.
 */
import { NONE } from './codes.js';
import { grown } from './growable.js';

/** Weeks of the last CHANGE_SLOTS changes of worker are kept: enough for "3+ changes in 26/52 weeks". */
export const CHANGE_SLOTS = 4;
const LONG_AGO = -1_000_000;

export interface CaseStore {
  capacity: number;
  /** Slots in use or on the free list: loops run over [0, used). */
  used: number;
  free: Int32Array;
  freeCount: number;
  nextChildId: number;
  stage: Uint8Array;
  team: Uint8Array;
  worker: Int32Array;
  next: Int32Array;
  prev: Int32Array;
  /** The worker before the current one, or the last worker after closure: continuity-first and returns. */
  lastWorker: Int32Array;
  childId: Int32Array;
  referralWeek: Int32Array;
  prevReferralWeek: Int32Array;
  firstAllocWeek: Int32Array;
  queuedSince: Int32Array;
  planStart: Int32Array;
  escalateWeek: Int32Array;
  /** Week of birth, set when the child starts to be looked after (age-triggered transfers). */
  bornWeek: Int32Array;
  /** Week of the case's next transfer between teams inside its stage, or NONE; and the rule (index into structure.transfers). */
  transferWeek: Int32Array;
  transferRule: Int16Array;
  workNeeded: Float64Array;
  progress: Float64Array;
  /** Drift (actual − planned weeks) summed over the plans of this episode. */
  episodeDrift: Float64Array;
  /** Distinct workers during this episode (a manager holding the case counts as one). */
  workers: Uint16Array;
  /** Cause of the change still to be counted when the case is next allocated; -1 = none. */
  pendingCause: Int8Array;
  /** 1 while a queued case is held by the team manager (docs/model.md §D3, holding allocation). */
  held: Uint8Array;
  changeWeeks: Int32Array;
  changeNext: Uint8Array;
  /** What the continuity tally (src/state/tally.ts) last counted for this slot; -1 = nothing. */
  tallyStage: Int8Array;
  tally26: Int8Array;
  tally52: Int8Array;
  tally3Workers: Uint8Array;
}

export function createCaseStore(capacity = 1024): CaseStore {
  const s: CaseStore = {
    capacity,
    used: 0,
    free: new Int32Array(capacity),
    freeCount: 0,
    nextChildId: 0,
    stage: new Uint8Array(capacity),
    team: new Uint8Array(capacity),
    worker: new Int32Array(capacity).fill(NONE),
    next: new Int32Array(capacity).fill(NONE),
    prev: new Int32Array(capacity).fill(NONE),
    lastWorker: new Int32Array(capacity).fill(NONE),
    childId: new Int32Array(capacity),
    referralWeek: new Int32Array(capacity),
    prevReferralWeek: new Int32Array(capacity).fill(LONG_AGO),
    firstAllocWeek: new Int32Array(capacity).fill(NONE),
    queuedSince: new Int32Array(capacity).fill(NONE),
    planStart: new Int32Array(capacity),
    escalateWeek: new Int32Array(capacity).fill(NONE),
    bornWeek: new Int32Array(capacity),
    transferWeek: new Int32Array(capacity).fill(NONE),
    transferRule: new Int16Array(capacity).fill(NONE),
    workNeeded: new Float64Array(capacity),
    progress: new Float64Array(capacity),
    episodeDrift: new Float64Array(capacity),
    workers: new Uint16Array(capacity),
    pendingCause: new Int8Array(capacity).fill(NONE),
    held: new Uint8Array(capacity),
    changeWeeks: new Int32Array(capacity * CHANGE_SLOTS).fill(LONG_AGO),
    changeNext: new Uint8Array(capacity),
    tallyStage: new Int8Array(capacity).fill(NONE),
    tally26: new Int8Array(capacity).fill(NONE),
    tally52: new Int8Array(capacity).fill(NONE),
    tally3Workers: new Uint8Array(capacity),
  };
  return s;
}

function grow(s: CaseStore): void {
  const cap = s.capacity * 2;
  s.free = grown(s.free, cap);
  s.stage = grown(s.stage, cap);
  s.team = grown(s.team, cap);
  s.worker = grown(s.worker, cap, NONE);
  s.next = grown(s.next, cap, NONE);
  s.prev = grown(s.prev, cap, NONE);
  s.lastWorker = grown(s.lastWorker, cap, NONE);
  s.childId = grown(s.childId, cap);
  s.referralWeek = grown(s.referralWeek, cap);
  s.prevReferralWeek = grown(s.prevReferralWeek, cap, LONG_AGO);
  s.firstAllocWeek = grown(s.firstAllocWeek, cap, NONE);
  s.queuedSince = grown(s.queuedSince, cap, NONE);
  s.planStart = grown(s.planStart, cap);
  s.escalateWeek = grown(s.escalateWeek, cap, NONE);
  s.bornWeek = grown(s.bornWeek, cap);
  s.transferWeek = grown(s.transferWeek, cap, NONE);
  s.transferRule = grown(s.transferRule, cap, NONE);
  s.workNeeded = grown(s.workNeeded, cap);
  s.progress = grown(s.progress, cap);
  s.episodeDrift = grown(s.episodeDrift, cap);
  s.workers = grown(s.workers, cap);
  s.pendingCause = grown(s.pendingCause, cap, NONE);
  s.held = grown(s.held, cap);
  s.changeWeeks = grown(s.changeWeeks, cap * CHANGE_SLOTS, LONG_AGO);
  s.changeNext = grown(s.changeNext, cap);
  s.tallyStage = grown(s.tallyStage, cap, NONE);
  s.tally26 = grown(s.tally26, cap, NONE);
  s.tally52 = grown(s.tally52, cap, NONE);
  s.tally3Workers = grown(s.tally3Workers, cap);
  s.capacity = cap;
}

/** A fresh slot for a newly referred child. Lowest-numbered free slots are not required: reuse is LIFO, deterministic. */
export function newCase(s: CaseStore, stage: number, team: number, week: number): number {
  let c: number;
  if (s.freeCount > 0) c = s.free[--s.freeCount];
  else {
    if (s.used === s.capacity) grow(s);
    c = s.used++;
  }
  s.stage[c] = stage;
  s.team[c] = team;
  s.worker[c] = NONE;
  s.next[c] = NONE;
  s.prev[c] = NONE;
  s.lastWorker[c] = NONE;
  s.childId[c] = s.nextChildId++;
  s.referralWeek[c] = week;
  s.prevReferralWeek[c] = LONG_AGO;
  s.firstAllocWeek[c] = NONE;
  s.queuedSince[c] = NONE;
  s.planStart[c] = week;
  s.escalateWeek[c] = NONE;
  s.bornWeek[c] = 0;
  s.transferWeek[c] = NONE;
  s.transferRule[c] = NONE;
  s.workNeeded[c] = 0;
  s.progress[c] = 0;
  s.episodeDrift[c] = 0;
  s.workers[c] = 0;
  s.pendingCause[c] = NONE;
  s.held[c] = 0;
  s.changeWeeks.fill(LONG_AGO, c * CHANGE_SLOTS, c * CHANGE_SLOTS + CHANGE_SLOTS);
  s.changeNext[c] = 0;
  return c;
}

export function freeCase(s: CaseStore, c: number): void {
  s.stage[c] = 0;
  s.worker[c] = NONE;
  s.free[s.freeCount++] = c;
}

export function recordChangeWeek(s: CaseStore, c: number, week: number): void {
  const slot = s.changeNext[c];
  s.changeWeeks[c * CHANGE_SLOTS + slot] = week;
  s.changeNext[c] = (slot + 1) % CHANGE_SLOTS;
}

/** Changes of worker in the `window` weeks up to and including `week` (capped at CHANGE_SLOTS). */
export function changesSince(s: CaseStore, c: number, week: number, window: number): number {
  const from = week - window;
  const base = c * CHANGE_SLOTS;
  let n = 0;
  for (let i = 0; i < CHANGE_SLOTS; i++) if (s.changeWeeks[base + i] > from) n++;
  return n;
}
