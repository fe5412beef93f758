import { describe, expect, it } from 'vitest';
import { Stage, WorkerType } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { viewCase } from '../../src/state/views.js';
import { rebalanceCaseloads } from '../../src/rules/rebalancing.js';
import { addCase, addWorker, casesOf, changesByCause, tinyState } from '../helpers/fixtures.js';

/**
 * Cap 2: worker 0 holds four CIN cases (load 4, twice her cap), workers 1 and 2 one each (half their cap);
 * the team's mean is 6 / 6 = 1, so an overload threshold of 1.2 means above 1.2 × the cap.
 */
function overloaded(maxMovesPerWeek = 10) {
  const s = tinyState({ allocation: { caseloadCap: 2, rebalancing: { enabled: true, overloadThreshold: 1.2, maxMovesPerWeek } } });
  const mine = [0, 0, 0, 0].map((w) => addCase(s, Stage.childInNeed, { worker: w, team: Team.assessment }));
  addCase(s, Stage.childInNeed, { worker: 1, team: Team.assessment });
  addCase(s, Stage.childInNeed, { worker: 2, team: Team.assessment });
  return { s, mine };
}

describe('rebalanceCaseloads', () => {
  it('rebalanceCaseloads moves the newest cases of an overloaded worker to the least-loaded colleagues until she is under the threshold', () => {
    const { s, mine } = overloaded();
    rebalanceCaseloads(s);
    // Newest (slot 3) to worker 1, then slot 2 to worker 2: load 2 ≤ 1.2 × the team's mean of 1 × cap 2.
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

  it('rebalanceCaseloads gives a new starter, when her induction ends, cases from the colleagues above the team mean, one from each in turn', () => {
    const { s, mine } = overloaded();
    s.p.allocation.rebalancing.overloadThreshold = 5;
    s.p.allocation.rebalancing.newStarterShare = 1;
    addCase(s, Stage.childInNeed, { worker: 1, team: Team.assessment });
    addCase(s, Stage.childInNeed, { worker: 1, team: Team.assessment });
    const w = addWorker(s, Team.assessment);
    s.workers.inductionUntil[w] = s.t;
    // Loads 4, 3, 1, 0 over caps of 2: the team's mean is 8 / 8 = 1, so she is given cases up to load 2.
    rebalanceCaseloads(s);
    expect(casesOf(s, w)).toEqual([mine[3], 7]);
    expect(changesByCause(s)).toEqual({ newStarter: 2 });
    expect([s.workers.cases[0], s.workers.cases[1], s.workers.cases[2]]).toEqual([3, 2, 1]);
  });

  it('rebalanceCaseloads gives an agency worker, when her induction ends, cases up to agencyStarterShare of the team mean, cause newStarter', () => {
    const given = (agencyStarterShare: number): number[] => {
      const { s } = overloaded();
      s.p.allocation.rebalancing.overloadThreshold = 5;
      s.p.allocation.rebalancing.newStarterShare = 0;
      s.p.allocation.rebalancing.agencyStarterShare = agencyStarterShare;
      addCase(s, Stage.childInNeed, { worker: 1, team: Team.assessment });
      addCase(s, Stage.childInNeed, { worker: 1, team: Team.assessment });
      const w = addWorker(s, Team.assessment, WorkerType.agency);
      s.workers.inductionUntil[w] = s.t;
      rebalanceCaseloads(s);
      expect(changesByCause(s)).toEqual(agencyStarterShare > 0 ? { newStarter: s.workers.cases[w] } : {});
      return [s.workers.cases[w]];
    };
    // As for the employed starter above: a share of 1 fills her to the team's mean (load 2); a half to load 1.
    expect([given(1), given(0.5), given(0)]).toEqual([[2], [1], [0]]);
  });

  it('rebalanceCaseloads gives nothing to a worker whose induction ended earlier or has not ended', () => {
    const { s } = overloaded();
    s.p.allocation.rebalancing.overloadThreshold = 5;
    s.p.allocation.rebalancing.newStarterShare = 1;
    const w = addWorker(s, Team.assessment);
    s.workers.inductionUntil[w] = s.t - 1;
    rebalanceCaseloads(s);
    expect(changesByCause(s)).toEqual({});
  });

  it('rebalanceCaseloads evens out caseloads above the review tolerance only in a review week', () => {
    const { s } = overloaded();
    s.p.allocation.rebalancing.overloadThreshold = 5;
    s.p.allocation.rebalancing.reviewEveryWeeks = 13;
    s.p.allocation.rebalancing.reviewTolerance = 1.2;
    s.t = 12;
    rebalanceCaseloads(s);
    expect(changesByCause(s)).toEqual({});
    s.t = 13;
    rebalanceCaseloads(s);
    expect(changesByCause(s)).toEqual({ caseReview: 2 });
    expect(s.workers.cases[0]).toBe(2);
  });
});
