import { describe, expect, it } from 'vitest';
import { NONE, Stage, WorkerType } from '../../src/state/codes.js';
import { ALL_TEAMS } from '../helpers/teams.js';
import { createState } from '../../src/engine/init.js';
import { checkInvariants } from '../../src/state/invariants.js';
import { CHANGE_CAUSE_NAMES } from '../../src/state/events.js';
import { openCaseSlots } from '../../src/state/views.js';
import { loadDefault } from '../helpers/scenarios.js';
import { queuedSince } from '../../src/state/cases.js';

const defaultState = (change: (p: ReturnType<typeof loadDefault>) => void = () => {}) => {
  const p = loadDefault();
  change(p);
  return createState(p, 1, 1, false);
};

describe('createState', () => {
  it('createState fills each team to establishment × (1 − initialVacancyRate), to within one worker', () => {
    const s = defaultState();
    const e = s.establishment;
    for (let team = 0; team < ALL_TEAMS; team++) {
      const target = e[team] * (1 - s.p.workforce.initialVacancyRate);
      expect(s.inPostFte[team]).toBeGreaterThanOrEqual(target - 0.3);
      expect(s.inPostFte[team]).toBeLessThan(target + 1);
    }
  });

  it('createState covers floor(maxShareOfVacancies × vacancies) of each team with agency workers, none when agency is off', () => {
    const s = defaultState();
    for (let team = 0; team < ALL_TEAMS; team++) {
      const vacancies = Math.max(0, s.establishment[team] - s.inPostFte[team]);
      expect(s.agencyFte[team]).toBe(Math.floor(s.p.agency.maxShareOfVacancies * vacancies + 1e-9));
    }
    const off = defaultState((p) => (p.agency.allowed = false));
    expect(Array.from(off.agencyFte)).toEqual([0, 0, 0, 0]);
    expect(Array.from(off.workers.type.subarray(0, off.workers.count)).includes(WorkerType.agency)).toBe(false);
  });

  it('createState seeds an open caseload at every stage, each case allocated or waiting, part-way through its plan', () => {
    const s = defaultState();
    const open = openCaseSlots(s);
    expect(open.length).toBe(s.openCases);
    const stages = new Set(open.map((c) => s.cases.stage[c]));
    expect([...stages].sort()).toEqual([Stage.assessment, Stage.childInNeed, Stage.childProtection, Stage.lookedAfter]);
    for (const c of open) {
      expect(s.cases.referralWeek[c]).toBeLessThanOrEqual(0);
      expect(s.cases.progress[c]).toBeLessThan(s.cases.workNeeded[c]);
      expect(s.cases.worker[c] !== NONE || queuedSince(s.cases, c) !== NONE).toBe(true);
    }
    expect(checkInvariants(s)).toEqual([]);
  });

  it('createState seeds the caseload the front door holds (referenceCaseload per case-holding FTE), and planned lengths alone without the response', () => {
    const perFte = (s: ReturnType<typeof defaultState>) => s.openCases / [0, 1, 2].reduce((sum, team) => sum + s.inPostFte[team] + s.agencyFte[team], 0);
    const s = defaultState();
    expect(perFte(s)).toBeGreaterThan(s.p.demand.referenceCaseload * 0.95);
    expect(perFte(s)).toBeLessThan(s.p.demand.referenceCaseload * 1.05);
    expect(perFte(defaultState((p) => (p.demand.caseloadResponse = 0)))).toBeLessThan(s.p.demand.referenceCaseload * 0.95);
  });

  it('createState starts with empty week counters and no change of worker recorded', () => {
    const s = defaultState();
    expect(Array.from(s.week.changes)).toEqual(CHANGE_CAUSE_NAMES.map(() => 0));
    expect([s.week.contacts, s.week.referrals, s.week.startersFte, s.week.leaversFte]).toEqual([0, 0, 0, 0]);
  });

  it('createState is deterministic: the same seed gives the same workforce and caseload', () => {
    const a = defaultState();
    const b = defaultState();
    expect(Array.from(a.workers.startWeek.subarray(0, a.workers.count))).toEqual(Array.from(b.workers.startWeek.subarray(0, b.workers.count)));
    expect(Array.from(a.cases.workNeeded.subarray(0, a.cases.used))).toEqual(Array.from(b.cases.workNeeded.subarray(0, b.cases.used)));
  });

  it('createState with warmupWeeks 0 has counted no first allocations in the reporting window yet', () => {
    const s = defaultState((p) => (p.run.warmupWeeks = 0));
    expect([s.window.firstAllocations, s.window.weeksToAllocationSum]).toEqual([0, 0]);
  });
});
