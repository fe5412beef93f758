import { describe, expect, it } from 'vitest';
import { assignCase, dequeueCase, refreshAvailability } from '../../../src/state/caseload.js';
import { NONE, Stage, WorkerType } from '../../../src/state/codes.js';
import { Team } from '../../helpers/teams.js';
import { resign } from '../../../src/state/staffing.js';
import type { State } from '../../../src/state/state.js';
import { ChangeCause } from '../../../src/state/events.js';
import { leastLoaded } from '../../../src/policies/allocation/leastLoaded.js';
import { addCase, addWorker, tinyState } from '../../helpers/fixtures.js';

/** Refers `n` assessments one at a time, each allocated to whoever leastLoaded picks; returns the picks. */
function allocateOneByOne(s: State, n: number): number[] {
  const picks: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = addCase(s, Stage.assessment);
    const w = leastLoaded(s, c);
    picks.push(w);
    dequeueCase(s, c);
    assignCase(s, c, w);
  }
  return picks;
}

describe('leastLoaded', () => {
  it('leastLoaded picks the lowest load / cap, ties to the lower worker id', () => {
    const s = tinyState();
    // Worker 3: newly qualified, 10 weeks in, cap 22 × 0.85 = 18.7.
    const nq = addWorker(s, Team.assessment, WorkerType.newlyQualified, 10);
    expect([nq, s.workers.capUnits[nq]]).toEqual([3, 22 * 0.85]);
    for (const w of [0, 0, 1, 2, 3]) addCase(s, Stage.assessment, { worker: w });
    // Keys 1.6/22, 0.8/22, 0.8/22, 0.8/18.7: then 1, 2 (tie, lower id first), 3, 0 (tie of three), 1.
    expect(allocateOneByOne(s, 5)).toEqual([1, 2, 3, 0, 1]);
  });

  it('leastLoaded returns NONE when the least-loaded worker is at her cap', () => {
    const s = tinyState({ allocation: { caseloadCap: 0.8 } });
    for (const w of [0, 1]) addCase(s, Stage.assessment, { worker: w });
    const c = addCase(s, Stage.assessment);
    expect(leastLoaded(s, c)).toBe(2);
    addCase(s, Stage.assessment, { worker: 2 });
    expect(leastLoaded(s, c)).toBe(NONE);
  });

  it('leastLoaded looks only in the case\'s team, however light another team\'s workers', () => {
    const s = tinyState();
    for (const w of [0, 1, 2]) addCase(s, Stage.assessment, { worker: w });
    const lt = addWorker(s, Team.longTerm);
    const c = addCase(s, Stage.assessment);
    expect(leastLoaded(s, c)).toBe(0);
    expect(s.workers.load[lt]).toBe(0);
  });

  it('leastLoaded skips a worker on notice and an absent worker, however light their caseloads', () => {
    const s = tinyState();
    addCase(s, Stage.assessment, { worker: 2 });
    resign(s, 0, ChangeCause.leaver);
    s.workers.absentFrom[1] = 0;
    refreshAvailability(s, 1);
    const c = addCase(s, Stage.assessment);
    expect(leastLoaded(s, c)).toBe(2);
  });
});
