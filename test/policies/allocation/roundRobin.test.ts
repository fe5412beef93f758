import { describe, expect, it } from 'vitest';
import { assignCase, dequeueCase } from '../../../src/state/caseload.js';
import { NONE, Stage } from '../../../src/state/codes.js';
import { Team } from '../../helpers/teams.js';
import { resign } from '../../../src/state/staffing.js';
import type { State } from '../../../src/state/state.js';
import { ChangeCause } from '../../../src/state/events.js';
import { roundRobin } from '../../../src/policies/allocation/roundRobin.js';
import { addCase, tinyState } from '../../helpers/fixtures.js';

function allocateOneByOne(s: State, n: number, stage: number = Stage.assessment): number[] {
  const picks: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = addCase(s, stage, { team: Team.assessment });
    const w = roundRobin(s, c);
    picks.push(w);
    if (w === NONE) continue;
    dequeueCase(s, c);
    assignCase(s, c, w);
  }
  return picks;
}

describe('roundRobin', () => {
  it('roundRobin cycles through the team by worker id, whatever their loads', () => {
    const s = tinyState();
    for (let i = 0; i < 4; i++) addCase(s, Stage.childProtection, { worker: 0 });
    expect(allocateOneByOne(s, 7)).toEqual([0, 1, 2, 0, 1, 2, 0]);
  });

  it('roundRobin skips a worker at her cap and one on notice', () => {
    const s = tinyState({ allocation: { caseloadCap: 2 } });
    addCase(s, Stage.childProtection, { worker: 1, team: Team.assessment }); // 1.3: one more assessment takes her to 2.1
    resign(s, 2, ChangeCause.leaver);
    // Worker 1 is full after one case, worker 2 is on notice; worker 0 takes cases until 2.4 > 2.
    expect(allocateOneByOne(s, 5)).toEqual([0, 1, 0, 0, NONE]);
  });

  it('roundRobin keeps a separate turn for each team', () => {
    const s = tinyState();
    expect(allocateOneByOne(s, 2)).toEqual([0, 1]);
    expect(s.roundRobinNext[Team.assessment]).toBe(1);
    expect(s.roundRobinNext[Team.longTerm]).toBe(NONE);
  });
});
