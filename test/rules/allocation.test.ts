import { describe, expect, it } from 'vitest';
import { Stage } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { checkInvariants } from '../../src/state/invariants.js';
import { viewCase } from '../../src/state/views.js';
import { allocateWaitingCases } from '../../src/rules/allocation.js';
import { closeCase } from '../../src/rules/closure.js';
import { addCase, casesOf, changesByCause, queueOrder, tinyState } from '../helpers/fixtures.js';

/** Cap 0.8: every worker is full after one case of any stage. Slots 0..5 wait in the assessment team. */
function sixWaiting(overrides = {}) {
  const s = tinyState({ allocation: { caseloadCap: 0.8 }, ...overrides });
  const stages = [Stage.assessment, Stage.childInNeed, Stage.lookedAfter, Stage.childProtection, Stage.assessment, Stage.childProtection];
  for (const st of stages) addCase(s, st, { team: Team.assessment });
  return s;
}

describe('allocateWaitingCases', () => {
  it('allocateWaitingCases serves CP, then LAC, then CIN, then assessment, and the rest wait when everyone is at the cap', () => {
    const s = sixWaiting();
    allocateWaitingCases(s);
    expect([casesOf(s, 0), casesOf(s, 1), casesOf(s, 2)]).toEqual([[3], [5], [2]]);
    expect(queueOrder(s)).toEqual([1, 0, 4]);
    expect(s.queued).toBe(3);
    expect(checkInvariants(s)).toEqual([]);
  });

  it('a freed place goes to the highest-priority waiting case (CIN before the earlier assessment)', () => {
    const s = sixWaiting({ reReferral: { baseProbability: 0 } });
    allocateWaitingCases(s);
    closeCase(s, 5, false);
    allocateWaitingCases(s);
    expect(casesOf(s, 1)).toEqual([1]);
    expect(queueOrder(s)).toEqual([0, 4]);
  });

  it('allocateWaitingCases gives a new child her first worker without counting a change', () => {
    const s = tinyState();
    const c = addCase(s, Stage.assessment);
    allocateWaitingCases(s);
    expect(viewCase(s, c)).toMatchObject({ worker: 0, workers: 1, changesLast26Weeks: 0, queued: false });
    expect(changesByCause(s)).toEqual({});
  });

  it('a team with nobody below the cap leaves every waiting case of that team queued, while other teams allocate', () => {
    const s = tinyState({ allocation: { caseloadCap: 0.8 } });
    for (const w of [0, 1, 2]) addCase(s, Stage.assessment, { worker: w });
    const waiting = addCase(s, Stage.assessment);
    const cin = addCase(s, Stage.childInNeed);
    allocateWaitingCases(s);
    expect(queueOrder(s)).toEqual([waiting, cin]);
    expect(s.cases.team[cin]).toBe(Team.longTerm);
  });
});
