import { describe, expect, it } from 'vitest';
import { Stage } from '../../src/state/codes.js';
import { checkInvariants } from '../../src/state/invariants.js';
import { applyRequestedChanges } from '../../src/rules/requests.js';
import { runScenario } from '../../src/engine/run.js';
import { Team } from '../helpers/teams.js';
import { addCase, casesOf, changesByCause, tinyState } from '../helpers/fixtures.js';
import { loadDefault } from '../helpers/scenarios.js';

/** Worker 0 holds a looked-after child and a child in need; workers 1 and 2 hold nothing. */
function twoCases(childRequestPerYear: number, withdrawnPerYear: number) {
  const s = tinyState({ allocation: { childRequestPerYear, withdrawnPerYear } });
  const lac = addCase(s, Stage.lookedAfter, { worker: 0, team: Team.assessment });
  const cin = addCase(s, Stage.childInNeed, { worker: 0, team: Team.assessment });
  return { s, lac, cin };
}

describe('applyRequestedChanges', () => {
  it("applyRequestedChanges gives a looked-after child who asks a colleague as her worker, cause childRequest; a child in need is not asked", () => {
    const { s, lac, cin } = twoCases(1, 0);
    applyRequestedChanges(s);
    expect(changesByCause(s)).toEqual({ childRequest: 1 });
    expect(casesOf(s, 0)).toEqual([cin]);
    expect(s.cases.worker[lac]).not.toBe(0);
    expect(checkInvariants(s)).toEqual([]);
  });

  it('applyRequestedChanges withdraws the worker from any case, cause withdrawn', () => {
    const { s } = twoCases(0, 1);
    applyRequestedChanges(s);
    expect(changesByCause(s)).toEqual({ withdrawn: 2 });
    expect(casesOf(s, 0)).toEqual([]);
    expect(checkInvariants(s)).toEqual([]);
  });

  it('applyRequestedChanges leaves the case with its worker when no colleague has room', () => {
    const { s, lac, cin } = twoCases(1, 1);
    s.p.allocation.caseloadCap = 1;
    for (const w of [1, 2]) s.workers.capUnits[w] = 0;
    applyRequestedChanges(s);
    expect(changesByCause(s)).toEqual({});
    expect(casesOf(s, 0)).toEqual([lac, cin].sort((a, b) => a - b));
  });

  it('applyRequestedChanges does nothing at rates of 0', () => {
    const { s } = twoCases(0, 0);
    applyRequestedChanges(s);
    expect(changesByCause(s)).toEqual({});
  });

  it("the default gives some looked-after children a new worker at their request and withdraws some workers, each counted in DfE's category", () => {
    const { summary } = runScenario(loadDefault(), { seed: 3, years: 3 });
    expect(summary.changesChildRequestShare).toBeGreaterThan(0);
    expect(summary.changesWithdrawnShare).toBeGreaterThan(0);
    expect(summary.lacNewWorkerChildRequestShare).toBeGreaterThan(0);
    expect(summary.lacNewWorkerChildRequestShare).toBeLessThan(0.01);
    expect(summary.lacNewWorkerOtherShare).toBeGreaterThan(0);
    expect(summary.newWorkerOtherShare).toBeGreaterThan(0);
  });
});
