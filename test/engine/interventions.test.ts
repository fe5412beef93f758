import { describe, expect, it } from 'vitest';
import { WorkerType } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { viewWorker } from '../../src/state/views.js';
import type { Intervention } from '../../src/scenario/types.js';
import { contactsMean } from '../../src/rules/referrals.js';
import { addWorker, runWeek, runWeeks, tinyState } from '../helpers/fixtures.js';

/** The tiny authority with a 2-week warm-up, so reporting week w is absolute week w + 1. */
const withInterventions = (interventions: Intervention[], overrides = {}) => tinyState({ run: { warmupWeeks: 2 }, interventions, ...overrides });

describe('interventions', () => {
  it('set changes a parameter at the start of the given reporting week, not before', () => {
    const s = withInterventions([{ week: 3, set: { 'allocation.caseloadCap': 5 } }]);
    runWeeks(s, 4);
    expect([s.p.allocation.caseloadCap, s.workers.capUnits[0]]).toEqual([22, 22]);
    runWeek(s);
    expect([s.p.allocation.caseloadCap, s.workers.capUnits[0]]).toEqual([5, 5]);
    expect(s.p.interventions).toHaveLength(1);
  });

  it('set of an establishment changes the funded posts the rules read', () => {
    const s = withInterventions([{ week: 1, set: { 'workforce.establishment.longTerm': 7 } }]);
    runWeeks(s, 3);
    expect(s.establishment[Team.longTerm]).toBe(7);
  });

  it('leave makes N case-holding employed workers resign that week', () => {
    const s = withInterventions([{ week: 1, leave: { count: 2 } }]);
    s.establishment[Team.assessment] = 4; // a vacancy for the agency worker to cover
    const agency = addWorker(s, Team.assessment, WorkerType.agency, 0);
    runWeeks(s, 2);
    expect(s.noticeFte[Team.assessment]).toBe(0);
    runWeek(s);
    expect([0, 1, 2].filter((w) => viewWorker(s, w).status === 'notice')).toHaveLength(2);
    expect(viewWorker(s, agency).status).toBe('active');
  });

  it('leave in a named team takes only that team\'s workers, and no more than there are', () => {
    const s = withInterventions([{ week: 1, leave: { count: 5, team: 'longTerm' } }]);
    const lt = addWorker(s, Team.longTerm);
    runWeeks(s, 3);
    expect([0, 1, 2, lt].map((w) => viewWorker(s, w).status)).toEqual(['active', 'active', 'active', 'notice']);
  });

  it('surge raises the contacts mean for durationWeeks from its week', () => {
    const s = withInterventions([{ week: 2, surge: { extraContactsPerWeek: 40, durationWeeks: 3 } }]);
    runWeeks(s, 3);
    expect(s.surges).toEqual([]);
    runWeek(s);
    expect(s.surges).toEqual([{ fromWeek: 3, untilWeek: 6, extraContactsPerWeek: 40 }]);
    expect([2, 3, 5, 6].map((t) => ((s.t = t), contactsMean(s)))).toEqual([0, 40, 40, 0]);
  });

  it('recruitmentDrive hires after leadWeeks, even with recruitment off and no chance of success', () => {
    const s = withInterventions([{ week: 1, recruitmentDrive: { hires: 2, leadWeeks: 3, route: 'newly-qualified' } }], { recruitment: { successProbability: 0 } });
    s.establishment[Team.longTerm] = 2;
    runWeeks(s, 5);
    expect(s.workers.count).toBe(3);
    runWeek(s);
    expect([3, 4].map((w) => [viewWorker(s, w).team, viewWorker(s, w).type, viewWorker(s, w).startWeek])).toEqual([
      ['longTerm', 'newly-qualified', 5],
      ['longTerm', 'newly-qualified', 5],
    ]);
  });

  it('set leaves the scenario the run was given alone', () => {
    const s = withInterventions([{ week: 1, set: { 'agency.payCap.enabled': true } }]);
    const given = s.p;
    runWeeks(s, 3);
    expect([given.agency.payCap.enabled, s.p.agency.payCap.enabled]).toEqual([false, true]);
  });
});
