import { describe, expect, it } from 'vitest';
import { NONE, Stage } from '../../src/state/codes.js';
import { allocateWaitingCases } from '../../src/rules/allocation.js';
import { startPlan } from '../../src/rules/pathway.js';
import { applyTransfers, scheduleTransfer } from '../../src/rules/transfers.js';
import type { TransferPoint } from '../../src/scenario/types.js';
import { addCase, addWorker, changesByCause, tinyState } from '../helpers/fixtures.js';
import { pendingCause } from '../../src/state/cases.js';

/** Teams: 0 front door, 1 long-term, 2 court (CP and care), 3 in care, 4 permanence; one worker in each of 1–4. */
const TEAMS = { frontDoor: 0, longTerm: 1, court: 2, inCare: 3, permanence: 4 };

function courtDesign(transfers: TransferPoint[]) {
  const s = tinyState({
    structure: {
      design: 'court and permanence',
      teams: [
        { name: 'frontDoor', label: 'F', holds: ['assessment'] },
        { name: 'longTerm', label: 'L', holds: ['childInNeed', 'childProtection'] },
        { name: 'court', label: 'C', holds: ['childProtection', 'lookedAfter'] },
        { name: 'inCare', label: 'I', holds: ['lookedAfter'] },
        { name: 'permanence', label: 'P', holds: ['lookedAfter'] },
      ],
      transfers,
    },
    workforce: { establishment: { assessment: 0, longTerm: 0, inCare: 0, frontDoor: 0, court: 0, permanence: 0, nonCaseHolding: 0 } },
  });
  const workers = [TEAMS.longTerm, TEAMS.court, TEAMS.inCare, TEAMS.permanence].map((team) => addWorker(s, team));
  return { s, workers };
}

const point = (change: Partial<TransferPoint>): TransferPoint => ({ from: 'inCare', to: 'permanence', stage: 'lookedAfter', afterWeeks: 3, probability: 1, workerFollows: 0, cause: 'permanence', ...change });

describe('transfers between teams', () => {
  it('a looked-after child moves to the permanence team at the set week, a change of worker recorded as permanence', () => {
    const { s, workers } = courtDesign([point({})]);
    const c = addCase(s, Stage.lookedAfter, { worker: workers[2], team: TEAMS.inCare });
    scheduleTransfer(s, c);
    expect(s.cases.transferWeek[c]).toBe(s.t + 3);
    s.t += 2;
    applyTransfers(s);
    expect(s.cases.team[c]).toBe(TEAMS.inCare);
    s.t += 1;
    applyTransfers(s);
    allocateWaitingCases(s);
    expect([s.cases.team[c], s.cases.worker[c]]).toEqual([TEAMS.permanence, workers[3]]);
    expect(changesByCause(s)).toEqual({ permanence: 1 });
  });

  it('the worker keeps the child when the transfer point says she follows', () => {
    const { s, workers } = courtDesign([point({ workerFollows: 1 })]);
    const c = addCase(s, Stage.lookedAfter, { worker: workers[2], team: TEAMS.inCare });
    scheduleTransfer(s, c);
    s.t += 3;
    applyTransfers(s);
    expect([s.cases.team[c], s.cases.worker[c]]).toEqual([TEAMS.permanence, workers[2]]);
    expect(changesByCause(s)).toEqual({});
  });

  it('a transfer at an age fires on the birthday; one that never fires leaves no transfer due', () => {
    const { s, workers } = courtDesign([point({ afterWeeks: undefined, atAge: 16, cause: 'leavingCare' })]);
    const c = addCase(s, Stage.lookedAfter, { worker: workers[2], team: TEAMS.inCare });
    s.cases.bornWeek[c] = s.t + 5 - 16 * 52;
    scheduleTransfer(s, c);
    expect(s.cases.transferWeek[c]).toBe(s.t + 5);
    const never = courtDesign([point({ probability: 0 })]);
    const d = addCase(never.s, Stage.lookedAfter, { worker: never.workers[2], team: TEAMS.inCare });
    scheduleTransfer(never.s, d);
    expect(never.s.cases.transferWeek[d]).toBe(NONE);
  });

  it('of two points the earlier that fires wins; a case that left the stage meanwhile does not move', () => {
    const { s, workers } = courtDesign([
      { from: 'longTerm', to: 'court', stage: 'childProtection', afterWeeks: 26, probability: 1, workerFollows: 0, cause: 'court' },
      point({ from: 'court', afterWeeks: 45 }),
      point({ from: 'court', to: 'inCare', afterWeeks: 40, cause: 'teamTransfer' }),
    ]);
    const c = addCase(s, Stage.lookedAfter, { worker: workers[1], team: TEAMS.court });
    scheduleTransfer(s, c);
    expect([s.cases.transferWeek[c], s.cases.transferRule[c]]).toEqual([s.t + 40, 2]);
    const cp = addCase(s, Stage.childProtection, { worker: workers[0], team: TEAMS.longTerm });
    scheduleTransfer(s, cp);
    startPlan(s, cp, Stage.childInNeed);
    s.t += 26;
    applyTransfers(s);
    expect(s.cases.team[cp]).toBe(TEAMS.longTerm);
  });

  it('a change of stage stays with the team when it holds the new stage, and otherwise goes to the first team that does', () => {
    const { s, workers } = courtDesign([]);
    const c = addCase(s, Stage.childProtection, { worker: workers[1], team: TEAMS.court });
    startPlan(s, c, Stage.lookedAfter);
    expect([s.cases.team[c], s.cases.worker[c]]).toEqual([TEAMS.court, workers[1]]);
    startPlan(s, c, Stage.childInNeed);
    expect([s.cases.team[c], s.cases.worker[c], pendingCause(s.cases, c)]).toEqual([TEAMS.longTerm, NONE, 2]);
    const fromCin = addCase(s, Stage.childInNeed, { worker: workers[0], team: TEAMS.longTerm });
    startPlan(s, fromCin, Stage.lookedAfter);
    expect(s.cases.team[fromCin]).toBe(TEAMS.court);
  });
});
