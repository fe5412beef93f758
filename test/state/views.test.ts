import { describe, expect, it } from 'vitest';
import { Stage } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { resign } from '../../src/state/staffing.js';
import { openCaseSlots, viewCase, viewWorker } from '../../src/state/views.js';
import { ChangeCause } from '../../src/state/events.js';
import { closeCase } from '../../src/rules/closure.js';
import { addCase, addWorker, tinyState } from '../helpers/fixtures.js';

describe('views', () => {
  it('viewWorker returns a plain object with her case slots ascending', () => {
    const s = tinyState();
    const lt = addWorker(s, Team.longTerm);
    const a = addCase(s, Stage.childInNeed, { worker: lt });
    const b = addCase(s, Stage.lookedAfter, { worker: lt, team: Team.longTerm });
    resign(s, lt, ChangeCause.leaver);
    expect(viewWorker(s, lt)).toEqual({
      id: lt,
      team: 'longTerm',
      type: 'permanent',
      status: 'notice',
      fte: 1,
      cases: 2,
      load: 2.1,
      cap: 22,
      stress: 0,
      hours: 0,
      overtime: 0,
      absent: false,
      startWeek: -520,
      caseSlots: [a, b],
    });
  });

  it('viewCase reports stage, team, worker, workers so far and queue state', () => {
    const s = tinyState();
    const c = addCase(s, Stage.childProtection, { team: Team.assessment, progress: 2, workNeeded: 30 });
    expect(viewCase(s, c)).toEqual({
      slot: c,
      childId: 0,
      stage: 'childProtection',
      team: 'assessment',
      worker: -1,
      lastWorker: -1,
      workers: 0,
      changesLast26Weeks: 0,
      changesLast52Weeks: 0,
      progress: 2,
      workNeeded: 30,
      referralWeek: 0,
      queued: true,
      held: false,
    });
  });

  it('openCaseSlots lists open cases ascending, leaving out closed and awaiting-return slots', () => {
    const s = tinyState({ reReferral: { baseProbability: 0 } });
    const slots = [0, 1, 2, 3].map(() => addCase(s, Stage.assessment, { worker: 0 }));
    closeCase(s, slots[1], false);
    s.cases.stage[slots[2]] = Stage.awaitingReturn;
    expect(openCaseSlots(s)).toEqual([slots[0], slots[3]]);
  });
});
