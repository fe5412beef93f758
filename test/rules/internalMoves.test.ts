import { describe, expect, it } from 'vitest';
import { NONE, Stage } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { checkInvariants } from '../../src/state/invariants.js';
import { viewWorker } from '../../src/state/views.js';
import { addCase, casesOf, changesByCause, runWeek, tinyState } from '../helpers/fixtures.js';

describe('applyInternalMoves', () => {
  it('a worker moves to the team with most vacant posts in her drawn week and her cases change worker (internalMove)', () => {
    // internalMovesPerYear 1: every worker's next move is next week.
    const s = tinyState({ workforce: { internalMovesPerYear: 1 } });
    expect([0, 1, 2].map((w) => s.workers.nextMoveWeek[w])).toEqual([1, 1, 1]);
    s.establishment[Team.longTerm] = 2;
    const a = addCase(s, Stage.assessment, { worker: 0 });
    const b = addCase(s, Stage.assessment, { worker: 1 });
    runWeek(s);
    expect(changesByCause(s)).toEqual({});
    runWeek(s);
    // Workers 0 and 1 fill the two long-term posts; worker 2 finds no team with a vacancy and stays.
    expect([0, 1, 2].map((w) => viewWorker(s, w).team)).toEqual(['longTerm', 'longTerm', 'assessment']);
    expect(Array.from(s.inPostFte.subarray(0, 2))).toEqual([1, 2]);
    expect(changesByCause(s)).toEqual({ internalMove: 2 });
    expect(casesOf(s, 2)).toEqual([a, b]);
    expect(s.workers.nextMoveWeek[2]).toBeGreaterThan(1);
    expect(checkInvariants(s)).toEqual([]);
  });

  it('no internal moves with internalMovesPerYear 0', () => {
    const s = tinyState();
    expect([0, 1, 2].map((w) => s.workers.nextMoveWeek[w])).toEqual([NONE, NONE, NONE]);
  });
});
