import { describe, expect, it } from 'vitest';
import { enqueueCase, refreshAvailability, releaseCase } from '../../../src/state/caseload.js';
import { Stage } from '../../../src/state/codes.js';
import { Team } from '../../helpers/teams.js';
import { ChangeCause } from '../../../src/state/events.js';
import { continuityFirst } from '../../../src/policies/allocation/continuityFirst.js';
import { allocationPolicy } from '../../../src/policies/allocation/index.js';
import { allocateWaitingCases } from '../../../src/rules/allocation.js';
import { addCase, addWorker, changesByCause, tinyState } from '../../helpers/fixtures.js';

/** Worker 2 holds the child plus two others; workers 0 and 1 are empty. */
function knownToWorker2(overrides = {}) {
  const s = tinyState(overrides);
  const c = addCase(s, Stage.assessment, { worker: 2 });
  addCase(s, Stage.assessment, { worker: 2 });
  addCase(s, Stage.assessment, { worker: 2 });
  releaseCase(s, c, ChangeCause.rebalance);
  return { s, c };
}

describe('continuityFirst', () => {
  it('continuityFirst gives a reallocated child her last worker when she can take her, though others are lighter', () => {
    const { s, c } = knownToWorker2();
    expect(continuityFirst(s, c)).toBe(2);
    expect(allocationPolicy('least-loaded')(s, c)).toBe(0);
  });

  it('continuityFirst allocation back to the known worker counts no change of worker', () => {
    const { s, c } = knownToWorker2({ allocation: { policy: 'continuity-first' } });
    enqueueCase(s, c);
    allocateWaitingCases(s);
    expect([s.cases.worker[c], s.cases.workers[c]]).toEqual([2, 1]);
    expect(changesByCause(s)).toEqual({});
  });

  it('continuityFirst falls back to least-loaded when the known worker is at her cap or absent', () => {
    const full = knownToWorker2({ allocation: { caseloadCap: 1.6 } });
    expect(continuityFirst(full.s, full.c)).toBe(0);
    const away = knownToWorker2();
    away.s.workers.absentFrom[2] = 0;
    refreshAvailability(away.s, 2);
    expect(continuityFirst(away.s, away.c)).toBe(0);
  });

  it('continuityFirst keeps a known worker only in the case\'s team', () => {
    const s = tinyState();
    const lt = addWorker(s, Team.longTerm);
    const c = addCase(s, Stage.childInNeed, { worker: lt });
    releaseCase(s, c, ChangeCause.rebalance);
    s.cases.team[c] = Team.assessment;
    expect(continuityFirst(s, c)).toBe(0);
  });

  it('allocationPolicy names the field and the choices for an unknown keyword', () => {
    expect(() => allocationPolicy('random')).toThrow(/allocation\.policy.*least-loaded, round-robin, continuity-first.*"random"/);
  });
});
