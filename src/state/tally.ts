/**
 * The continuity counts of the weekly series, kept up to date as cases change instead of by a sweep
 * over every case each week: open cases by stage, by changes of worker in the last 26 weeks (0, 1,
 * 2, 3+), looked-after children by changes in the last 52 weeks (0, 1, 2+), and cases with 3+
 * workers. A case is recounted whenever something it is counted by changes (opening, closing, stage,
 * workers, a change of worker) and again 26 and 52 weeks after each change, when that change leaves
 * the windows. Recounting is idempotent, so a stale reminder for a reused slot is harmless. The
 * recount of a changed case waits for the end of the week (markChanged, settleTally): the counts are
 * only read then, and a case queued, allocated and moved on in one week is recounted once.
 * `checkInvariants` compares these counts with a full recount.
 */
import { record } from './record.js';
import { NONE, Stage } from './codes.js';
import { TALLY_26, TALLY_3_WORKERS, TALLY_52, TALLY_STAGE, TALLY_WIDTH } from './cases.js';
import { grown } from './growable.js';
import type { State } from './state.js';

export const REMINDER_RING = 53;

export interface ContinuityTally {
  byStage: Int32Array;
  changes26: Int32Array;
  lacChanges52: Int32Array;
  threePlusWorkers: number;
  /**
   * Slots to recount in week t: the first reminderCounts[t % REMINDER_RING] entries of
   * reminders[t % REMINDER_RING]. Each list keeps its storage between the weeks it serves (emptying
   * it with `length = 0` would free it, and the next week's pushes allocate it again).
   */
  reminders: number[][];
  reminderCounts: Int32Array;
  /** Slots changed this week, to recount at its end: the first changedCount entries (storage kept, as above). */
  changed: number[];
  changedCount: number;
  /**
   * Bit c % 32 of word c >> 5 is set while slot c is on `changed`. A bit per slot (64 KB for England's
   * half a million slots) stays in the CPU's cache, where a flag in the slot's own record cost a cache
   * miss at every change: most changes touch a slot the tally will not read again until the week ends.
   */
  pending: Int32Array;
  /** Reminders of every week up to this one have been processed. */
  settledThrough: number;
}

export function createTally(): ContinuityTally {
  return record({
    byStage: new Int32Array(6),
    changes26: new Int32Array(4),
    lacChanges52: new Int32Array(3),
    threePlusWorkers: 0,
    reminders: Array.from({ length: REMINDER_RING }, () => []),
    reminderCounts: new Int32Array(REMINDER_RING),
    changed: [],
    changedCount: 0,
    pending: new Int32Array(0),
    settledThrough: -1,
  });
}

/** Changes of worker recorded for slot c in the `window` weeks up to and including week t. */
function recentChanges(s: State, c: number, window: number): number {
  const weeks = s.cases.changeWeeks;
  const from = s.t - window;
  const b = c * 4;
  return (weeks[b] > from ? 1 : 0) + (weeks[b + 1] > from ? 1 : 0) + (weeks[b + 2] > from ? 1 : 0) + (weeks[b + 3] > from ? 1 : 0);
}

export function recount(s: State, c: number): void {
  const cs = s.cases;
  const T = s.tally;
  const tallied = cs.tallied;
  const b = c * TALLY_WIDTH;
  const st = cs.stage[c];
  const open = st >= Stage.assessment && st <= Stage.lookedAfter;
  const stage = open ? st : NONE;
  const wasStage = tallied[b + TALLY_STAGE];
  if (stage !== wasStage) {
    if (wasStage !== NONE) T.byStage[wasStage]--;
    if (stage !== NONE) T.byStage[stage]++;
    tallied[b + TALLY_STAGE] = stage;
  }
  const b26 = open ? Math.min(3, recentChanges(s, c, 26)) : NONE;
  const was26 = tallied[b + TALLY_26];
  if (b26 !== was26) {
    if (was26 !== NONE) T.changes26[was26]--;
    if (b26 !== NONE) T.changes26[b26]++;
    tallied[b + TALLY_26] = b26;
  }
  const b52 = st === Stage.lookedAfter ? Math.min(2, recentChanges(s, c, 52)) : NONE;
  const was52 = tallied[b + TALLY_52];
  if (b52 !== was52) {
    if (was52 !== NONE) T.lacChanges52[was52]--;
    if (b52 !== NONE) T.lacChanges52[b52]++;
    tallied[b + TALLY_52] = b52;
  }
  // Stored as 1 or NONE (the column's empty value), counted as 1 or 0.
  const three = open && cs.workers[c] >= 3 ? 1 : 0;
  const wasThree = tallied[b + TALLY_3_WORKERS] === 1 ? 1 : 0;
  if (three !== wasThree) {
    T.threePlusWorkers += three - wasThree;
    tallied[b + TALLY_3_WORKERS] = three === 1 ? 1 : NONE;
  }
}

/** Something slot c is counted by has changed: it is recounted when the week settles. */
export function markChanged(s: State, c: number): void {
  const T = s.tally;
  const word = c >> 5;
  const bit = 1 << (c & 31);
  if (word >= T.pending.length) T.pending = grown(T.pending, Math.max(word + 1, T.pending.length * 2));
  if ((T.pending[word] & bit) !== 0) return;
  T.pending[word] |= bit;
  T.changed[T.changedCount++] = c;
}

/** A change of worker at week t leaves the 26- and 52-week windows at t + 26 and t + 52. */
export function remindAfterChange(s: State, c: number): void {
  remind(s.tally, (s.t + 26) % REMINDER_RING, c);
  remind(s.tally, (s.t + 52) % REMINDER_RING, c);
}

function remind(T: ContinuityTally, slot: number, c: number): void {
  T.reminders[slot][T.reminderCounts[slot]++] = c;
}

/**
 * Brings the tally to week s.t: recounts the cases changed since it last ran and those whose changes
 * leave a window by now. Runs at the
 * end of every week (warm-up included) and before any comparison with a sweep; a case's counts only
 * move at its reminder weeks, so settling early in a week gives the same counts as settling late.
 */
export function settleTally(s: State): void {
  const T = s.tally;
  const pending = T.pending;
  for (let i = 0; i < T.changedCount; i++) {
    const c = T.changed[i];
    pending[c >> 5] &= ~(1 << (c & 31));
    recount(s, c);
  }
  T.changedCount = 0;
  for (let week = Math.max(T.settledThrough + 1, s.t - REMINDER_RING + 1); week <= s.t; week++) {
    const slot = week % REMINDER_RING;
    const list = T.reminders[slot];
    for (let i = 0; i < T.reminderCounts[slot]; i++) recount(s, list[i]);
    T.reminderCounts[slot] = 0;
  }
  T.settledThrough = s.t;
}

/** The same counts by a full sweep over every case: the reference `checkInvariants` compares with. */
export function sweepCounts(s: State): Omit<ContinuityTally, 'reminders' | 'reminderCounts' | 'changed' | 'changedCount' | 'pending' | 'settledThrough'> {
  const out = { byStage: new Int32Array(6), changes26: new Int32Array(4), lacChanges52: new Int32Array(3), threePlusWorkers: 0 };
  const cs = s.cases;
  for (let c = 0; c < cs.used; c++) {
    const st = cs.stage[c];
    if (st < Stage.assessment || st > Stage.lookedAfter) continue;
    out.byStage[st]++;
    out.changes26[Math.min(3, recentChanges(s, c, 26))]++;
    if (st === Stage.lookedAfter) out.lacChanges52[Math.min(2, recentChanges(s, c, 52))]++;
    if (cs.workers[c] >= 3) out.threePlusWorkers++;
  }
  return out;
}

/** Recounts every slot: for states written by hand (tests) rather than through the store functions. */
export function rebuildTally(s: State): void {
  for (let c = 0; c < s.cases.used; c++) recount(s, c);
  settleTally(s);
}
