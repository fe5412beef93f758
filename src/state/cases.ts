/**
 * The children (cases) as struct-of-arrays with a free list: a tick over 400,000 cases touches a few
 * typed arrays and allocates nothing. A slot is reused after the child's history is no longer needed
 * (closed with no re-referral due); `childId` is never reused, so events and "follow a child" stay exact.
 * A slot's life, stage, team and links change only through this module and src/state/caseload.ts
 * (docs/engine.md, "The stores own their writes").
 */
import { record } from './record.js';
import { allocateColumns, growColumns, resetSlot, slotReset, type Column, type Columns, type SlotReset } from './columns.js';
import { NONE, Stage } from './codes.js';
import { ChangeCause } from './events.js';

/** Weeks of the last CHANGE_SLOTS changes of worker are kept: enough for "3+ changes in 26/52 weeks". */
export const CHANGE_SLOTS = 4;
/** An empty slot of the change ring: a week before any run. */
export const LONG_AGO = -1_000_000;
/** bornWeek of a child who has never been looked after (her age is drawn when she first starts care). */
export const BIRTH_UNKNOWN = 0x7fffffff;
/**
 * The fields an allocation, a hand-over or a move on a queue reads and writes together, side by side in
 * the column `link` (a slot's four at c × LINK_WIDTH + field), so each touches one cache line of the
 * case rather than four: at England's size every column is megabytes long and each touch of a slot a
 * cache miss (docs/performance.md). `next` and `prev` link the case into its worker's caseload or its
 * team's queue; `queuedSince` is the week it started waiting (NONE when not waiting); `pendingCause`
 * is the cause of the change still to be counted when it is next allocated (NONE: none).
 */
export const Link = { next: 0, prev: 1, queuedSince: 2, pendingCause: 3 } as const;
export const LINK_WIDTH = 4;

/** The fields of `tallied`, one slot's values at c × TALLY_WIDTH + field. */
export const TALLY_STAGE = 0;
export const TALLY_26 = 1;
export const TALLY_52 = 2;
export const TALLY_3_WORKERS = 3;
/** Four bytes, so a slot's record never straddles two cache lines. */
export const TALLY_WIDTH = 4;

interface CaseColumn extends Column {
  /**
   * When the slot's value goes back to `empty`: `child` when a new child takes the slot, `episode` at
   * every referral (a new child's or a returning child's), `kept` never (the free list, and what the
   * continuity tally last counted, which the tally itself compares with).
   */
  reset: 'child' | 'episode' | 'kept';
}

/** Every field of a case, once. */
export const CASE_COLUMNS = {
  free: { kind: Int32Array, empty: 0, reset: 'kept' },
  stage: { kind: Uint8Array, empty: Stage.free, reset: 'episode' },
  team: { kind: Uint8Array, empty: 0, reset: 'episode' },
  worker: { kind: Int32Array, empty: NONE, reset: 'episode' },
  /** The links of the caseload or queue the case is on, its wait and its pending change: the fields of Link. */
  link: { kind: Int32Array, empty: NONE, width: LINK_WIDTH, reset: 'episode' },
  /** The worker before the current one, or the last worker after closure: continuity-first and returns. */
  lastWorker: { kind: Int32Array, empty: NONE, reset: 'child' },
  childId: { kind: Int32Array, empty: 0, reset: 'child' },
  referralWeek: { kind: Int32Array, empty: 0, reset: 'episode' },
  prevReferralWeek: { kind: Int32Array, empty: LONG_AGO, reset: 'child' },
  firstAllocWeek: { kind: Int32Array, empty: NONE, reset: 'episode' },
  planStart: { kind: Int32Array, empty: 0, reset: 'episode' },
  escalateWeek: { kind: Int32Array, empty: NONE, reset: 'episode' },
  /** Week of birth, drawn when the child first starts to be looked after and kept for her later episodes (leaving care at 18, transfers at an age). */
  bornWeek: { kind: Int32Array, empty: BIRTH_UNKNOWN, reset: 'child' },
  /** Week of the case's next transfer between teams inside its stage, or NONE; and its rule (index into structure.transfers). */
  transferWeek: { kind: Int32Array, empty: NONE, reset: 'episode' },
  transferRule: { kind: Int32Array, empty: NONE, reset: 'episode' },
  workNeeded: { kind: Float64Array, empty: 0, reset: 'episode' },
  progress: { kind: Float64Array, empty: 0, reset: 'episode' },
  /** Drift (actual − planned weeks) summed over the plans of this episode. */
  episodeDrift: { kind: Float64Array, empty: 0, reset: 'episode' },
  /** Distinct workers during this episode (a manager holding the case counts as one). */
  workers: { kind: Uint16Array, empty: 0, reset: 'episode' },
  /** 1 while a queued case is held by the team manager (docs/model.md §D3, holding allocation). */
  held: { kind: Uint8Array, empty: 0, reset: 'episode' },
  changeWeeks: { kind: Int32Array, empty: LONG_AGO, width: CHANGE_SLOTS, reset: 'child' },
  /** Cause (ChangeCause) of each change in changeWeeks, slot for slot: the DfE reason for each new worker. */
  changeCauses: { kind: Uint8Array, empty: 0, width: CHANGE_SLOTS, reset: 'child' },
  changeNext: { kind: Uint8Array, empty: 0, reset: 'child' },
  /**
   * What the continuity tally (src/state/tally.ts) last counted for this slot, side by side so a recount
   * touches one cache line for them (TALLY_STAGE, TALLY_26, TALLY_52, TALLY_3_WORKERS); -1 = nothing.
   */
  tallied: { kind: Int8Array, empty: NONE, width: TALLY_WIDTH, reset: 'kept' },
} as const satisfies Record<string, CaseColumn>;

type CaseColumnName = keyof typeof CASE_COLUMNS;
const namesReset = (when: CaseColumn['reset']) => (Object.keys(CASE_COLUMNS) as CaseColumnName[]).filter((name) => CASE_COLUMNS[name].reset === when);
const CHILD_COLUMNS = namesReset('child');
const EPISODE_COLUMNS = namesReset('episode');

export type CaseStore = Columns<typeof CASE_COLUMNS> & {
  capacity: number;
  /** Slots in use or on the free list: loops run over [0, used). */
  used: number;
  freeCount: number;
  nextChildId: number;
  resetChild: SlotReset;
  resetEpisode: SlotReset;
};

export function createCaseStore(capacity = 1024): CaseStore {
  const columns = allocateColumns(CASE_COLUMNS, capacity);
  return record({
    capacity,
    used: 0,
    freeCount: 0,
    nextChildId: 0,
    resetChild: slotReset(columns, CASE_COLUMNS, CHILD_COLUMNS),
    resetEpisode: slotReset(columns, CASE_COLUMNS, EPISODE_COLUMNS),
    ...columns,
  });
}

function grow(s: CaseStore): void {
  s.capacity *= 2;
  growColumns(s, CASE_COLUMNS, s.capacity);
  s.resetChild = slotReset(s, CASE_COLUMNS, CHILD_COLUMNS);
  s.resetEpisode = slotReset(s, CASE_COLUMNS, EPISODE_COLUMNS);
}

/** A new episode starts in slot c: every episode field empty, then the referral's stage, team and week. */
function startEpisode(s: CaseStore, c: number, stage: number, team: number, week: number): void {
  resetSlot(s.resetEpisode, c);
  s.stage[c] = stage;
  s.team[c] = team;
  s.referralWeek[c] = week;
  s.planStart[c] = week;
}

/** A fresh slot for a newly referred child. Lowest-numbered free slots are not required: reuse is LIFO, deterministic. */
export function newCase(s: CaseStore, stage: number, team: number, week: number): number {
  let c: number;
  if (s.freeCount > 0) c = s.free[--s.freeCount];
  else {
    if (s.used === s.capacity) grow(s);
    c = s.used++;
  }
  resetSlot(s.resetChild, c);
  s.childId[c] = s.nextChildId++;
  startEpisode(s, c, stage, team, week);
  return c;
}

/**
 * A closed child referred again: a new episode in her kept slot, with her history (last worker,
 * changes of worker, the date of her previous referral) carried over. The caller counts her into the
 * tally and the queues.
 */
export function reopenCase(s: CaseStore, c: number, stage: number, team: number, week: number): void {
  const previous = s.referralWeek[c];
  startEpisode(s, c, stage, team, week);
  s.prevReferralWeek[c] = previous;
  // She meets a new worker unless she gets her last one back (docs/model.md §D3, cause 8).
  s.link[c * LINK_WIDTH + Link.pendingCause] = s.lastWorker[c] !== NONE ? ChangeCause.reReferral : NONE;
}

/** The case after c on her worker's caseload or her team's queue, or NONE. */
export function nextCase(s: CaseStore, c: number): number {
  return s.link[c * LINK_WIDTH + Link.next];
}

/** The week case c started waiting for a worker, or NONE. */
export function queuedSince(s: CaseStore, c: number): number {
  return s.link[c * LINK_WIDTH + Link.queuedSince];
}

/** The cause of the change of worker case c will count when next allocated, or NONE. */
export function pendingCause(s: CaseStore, c: number): number {
  return s.link[c * LINK_WIDTH + Link.pendingCause];
}

export function freeCase(s: CaseStore, c: number): void {
  s.stage[c] = 0;
  s.worker[c] = NONE;
  s.free[s.freeCount++] = c;
}

export function recordChangeWeek(s: CaseStore, c: number, week: number, cause: number): void {
  const slot = s.changeNext[c];
  s.changeWeeks[c * CHANGE_SLOTS + slot] = week;
  s.changeCauses[c * CHANGE_SLOTS + slot] = cause;
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
