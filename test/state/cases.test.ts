import { describe, expect, it } from 'vitest';
import { CHANGE_SLOTS, changesSince, createCaseStore, freeCase, newCase, recordChangeWeek } from '../../src/state/cases.js';
import { NONE, Stage } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';

describe('case store', () => {
  it('newCase reuses freed slots last-in first-out but never reuses a child id', () => {
    const s = createCaseStore(4);
    const slots = [0, 1, 2].map(() => newCase(s, Stage.assessment, Team.assessment, 0));
    freeCase(s, 0);
    freeCase(s, 2);
    const again = [newCase(s, Stage.assessment, Team.assessment, 5), newCase(s, Stage.assessment, Team.assessment, 5), newCase(s, Stage.assessment, Team.assessment, 5)];
    expect(slots).toEqual([0, 1, 2]);
    expect(again).toEqual([2, 0, 3]);
    expect(again.map((c) => s.childId[c])).toEqual([3, 4, 5]);
    expect(s.used).toBe(4);
  });

  it('newCase on a reused slot clears the previous child\'s history', () => {
    const s = createCaseStore(4);
    const c = newCase(s, Stage.childProtection, Team.longTerm, 0);
    s.workers[c] = 3;
    s.lastWorker[c] = 9;
    s.progress[c] = 12;
    recordChangeWeek(s, c, 3, 0);
    freeCase(s, c);
    const d = newCase(s, Stage.assessment, Team.assessment, 10);
    expect(d).toBe(c);
    expect([s.workers[d], s.lastWorker[d], s.progress[d], s.worker[d], s.referralWeek[d], changesSince(s, d, 10, 52)]).toEqual([0, NONE, 0, NONE, 10, 0]);
  });

  it('newCase grows the store past its capacity and keeps every slot\'s values', () => {
    const s = createCaseStore(2);
    for (let i = 0; i < 9; i++) {
      const c = newCase(s, Stage.childInNeed, Team.longTerm, i);
      s.progress[c] = i * 10;
      recordChangeWeek(s, c, i, 0);
    }
    expect(s.capacity).toBe(16);
    expect(Array.from(s.referralWeek.subarray(0, 9))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(Array.from(s.progress.subarray(0, 9))).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80]);
    expect(Array.from(s.worker.subarray(9, 16))).toEqual(new Array(7).fill(NONE));
    expect(changesSince(s, 8, 8, 1)).toBe(1);
    expect(changesSince(s, 12, 8, 52)).toBe(0);
  });
});

describe('changesSince', () => {
  it('changesSince counts changes in the window weeks up to and including the week', () => {
    const s = createCaseStore(2);
    const c = newCase(s, Stage.lookedAfter, Team.inCare, 0);
    recordChangeWeek(s, c, 4, 0);
    recordChangeWeek(s, c, 5, 0);
    recordChangeWeek(s, c, 30, 0);
    // At week 30 the 26-week window is weeks 5..30.
    expect([changesSince(s, c, 30, 26), changesSince(s, c, 30, 25), changesSince(s, c, 30, 52), changesSince(s, c, 30, 0)]).toEqual([2, 1, 3, 0]);
  });

  it(`changesSince keeps the last ${CHANGE_SLOTS} changes, so counts are capped at ${CHANGE_SLOTS}`, () => {
    const s = createCaseStore(2);
    const c = newCase(s, Stage.lookedAfter, Team.inCare, 0);
    for (const week of [1, 2, 3, 4, 5, 6]) recordChangeWeek(s, c, week, 0);
    expect(changesSince(s, c, 6, 52)).toBe(CHANGE_SLOTS);
    // The oldest (weeks 1, 2) were overwritten: a window starting after week 2 still sees 4.
    expect(changesSince(s, c, 6, 4)).toBe(4);
    expect(changesSince(s, c, 6, 2)).toBe(2);
  });
});
