import { describe, expect, it } from 'vitest';
import { Stage, Team } from '../../src/state/codes.js';
import { viewCase } from '../../src/state/views.js';
import { rebalanceCaseloads } from '../../src/rules/rebalancing.js';
import { addCase, addWorker, casesOf, changesByCause, tinyState } from '../helpers/fixtures.js';

/** Cap 2, overload threshold 1.1 × 2 = 2.2: worker 0 holds four CIN cases (load 4), workers 1 and 2 one each. */
function overloaded(maxMovesPerWeek = 10) {
  const s = tinyState({ allocation: { caseloadCap: 2, rebalancing: { enabled: true, overloadThreshold: 1.1, maxMovesPerWeek } } });
  const mine = [0, 0, 0, 0].map((w) => addCase(s, Stage.childInNeed, { worker: w, team: Team.assessment }));
  addCase(s, Stage.childInNeed, { worker: 1, team: Team.assessment });
  addCase(s, Stage.childInNeed, { worker: 2, team: Team.assessment });
  return { s, mine };
}

describe('rebalanceCaseloads', () => {
  it('rebalanceCaseloads moves the newest cases of an overloaded worker to the least-loaded colleagues until she is under the threshold', () => {
    const { s, mine } = overloaded();
    rebalanceCaseloads(s);
    // Newest (slot 3) to worker 1, then slot 2 to worker 2: load 2 ≤ 2.2.
    expect([casesOf(s, 0), casesOf(s, 1), casesOf(s, 2)]).toEqual([[mine[0], mine[1]], [mine[3], 4], [mine[2], 5]]);
    expect(changesByCause(s)).toEqual({ rebalance: 2 });
    expect(viewCase(s, mine[3]).workers).toBe(2);
  });

  it('rebalanceCaseloads stops at maxMovesPerWeek per team', () => {
    const { s } = overloaded(1);
    rebalanceCaseloads(s);
    expect(changesByCause(s)).toEqual({ rebalance: 1 });
    expect(s.workers.cases[0]).toBe(3);
  });

  it('rebalanceCaseloads does nothing when disabled or when nobody has room', () => {
    const off = overloaded();
    off.s.p.allocation.rebalancing.enabled = false;
    rebalanceCaseloads(off.s);
    expect(changesByCause(off.s)).toEqual({});
    const full = overloaded();
    addCase(full.s, Stage.childInNeed, { worker: 1, team: Team.assessment });
    addCase(full.s, Stage.childInNeed, { worker: 2, team: Team.assessment });
    rebalanceCaseloads(full.s);
    expect(changesByCause(full.s)).toEqual({});
  });

  it('rebalanceCaseloads gives a new starter a caseload', () => {
    const { s } = overloaded();
    addCase(s, Stage.childInNeed, { worker: 1, team: Team.assessment });
    addCase(s, Stage.childInNeed, { worker: 2, team: Team.assessment });
    const w = addWorker(s, Team.assessment);
    rebalanceCaseloads(s);
    expect(s.workers.cases[w]).toBe(2);
  });
});
