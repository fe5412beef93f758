import { describe, expect, it } from 'vitest';
import { Stage, WorkerType } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { viewWorker } from '../../src/state/views.js';
import { agencySupplyPerWeek, updateAgencyMarket } from '../../src/rules/agency.js';
import { decideToLeave } from '../../src/rules/destinations.js';
import { addCase, addWorker, casesOf, changesByCause, runWeek, runWeeks, tinyState } from '../helpers/fixtures.js';

const agencyOn = (extra: Record<string, unknown> = {}) => ({ agency: { allowed: true, ...extra } });

/** Six funded assessment posts, three filled: agency may cover floor(0.8 × 3) = 2 of the vacancies. */
function threeVacancies(extra: Record<string, unknown> = {}) {
  const s = tinyState(agencyOn(extra));
  s.establishment[Team.assessment] = 6;
  return s;
}

describe('agency cover', () => {
  it('requestAgencyCover asks for maxShareOfVacancies of the vacancies, filled from the pool after fillDelayWeeks', () => {
    const s = threeVacancies();
    runWeek(s);
    expect(s.agencyRequests[Team.assessment]).toBe(2);
    runWeek(s);
    expect(s.agencyFte[Team.assessment]).toBe(0);
    runWeek(s);
    expect([s.agencyFte[Team.assessment], s.agencyRequests[Team.assessment]]).toEqual([2, 0]);
    expect([3, 4].map((w) => viewWorker(s, w).type)).toEqual(['agency', 'agency']);
    runWeeks(s, 3);
    expect(s.agencyFte[Team.assessment]).toBe(2);
  });

  it('requestAgencyCover with fillDelayWeeks 0 brings agency cover by the next week', () => {
    const s = threeVacancies({ fillDelayWeeks: 0 });
    runWeeks(s, 3);
    expect(s.agencyFte[Team.assessment]).toBe(2);
  });

  it('an empty pool fills nothing', () => {
    const s = threeVacancies({ supplyPerWeek: 0 });
    runWeeks(s, 5);
    expect([s.agencyPool, s.agencyFte[Team.assessment]]).toEqual([0, 0]);
  });

  it('the pay cap and the experience rule lower supply; the pay cap lowers the premium of new assignments', () => {
    const s = threeVacancies({ payCap: { enabled: true, premium: 0.3, supplyFactor: 0.7 }, rules2024: { requireExperience: true, experienceSupplyFactor: 0.85 } });
    expect(agencySupplyPerWeek(s)).toBeCloseTo(1.5 * 0.7 * 0.85, 15);
    runWeeks(s, 3);
    expect(Array.from(s.workers.premium.subarray(3, 5))).toEqual([0.3, 0.3]);
    expect(agencySupplyPerWeek(threeVacancies())).toBe(1.5);
  });

  it('updateAgencyMarket adds supply and scheduled inflows, then loses poolLeavingPerWeek of the pool', () => {
    const s = tinyState(agencyOn({ supplyPerWeek: 0, poolLeavingPerWeek: 0.5 }));
    s.agencyPool = 10;
    s.poolInflows.set(0, 2);
    updateAgencyMarket(s);
    expect([s.agencyPool, s.poolInflows.size]).toEqual([6, 0]);
  });

  it('a permanent leaver turning agency joins the regional pool (noLocalLocumWeeks 0, the default)', () => {
    const s = tinyState({ ...agencyOn({ supplyPerWeek: 0, poolLeavingPerWeek: 0 }), turnover: { noticeWeeks: 0, destinations: { otherAuthority: 0, agency: 1, outOfSector: 0 } } });
    decideToLeave(s, 0, false);
    runWeeks(s, 3);
    expect(s.agencyPool).toBe(1);
  });
});

describe('agency assignments', () => {
  /** One vacancy (4 posts, 3 in post) covered by agency worker 3 holding two cases; her assignment ends in week 3. */
  function covered(extra: Record<string, unknown> = {}) {
    const s = tinyState(agencyOn({ assignmentWeeks: { min: 3, max: 3 }, renewalProbability: 0, conversionProbability: 0, supplyPerWeek: 0, ...extra }));
    s.establishment[Team.assessment] = 4;
    const a = addWorker(s, Team.assessment, WorkerType.agency, 0);
    const cases = [addCase(s, Stage.assessment, { worker: a }), addCase(s, Stage.assessment, { worker: a })];
    return { s, a, cases };
  }

  it('an assignment that ends unrenewed passes the caseload on after the agency notice, cause agencyEnd', () => {
    const { s, a, cases } = covered();
    runWeeks(s, 3);
    expect(viewWorker(s, a).status).toBe('active');
    runWeek(s);
    expect(viewWorker(s, a).status).toBe('notice');
    expect(changesByCause(s)).toEqual({});
    runWeek(s);
    expect(viewWorker(s, a).status).toBe('left');
    expect(changesByCause(s)).toEqual({ agencyEnd: 2 });
    expect(s.week.agencyEnds).toBe(1);
    expect([...casesOf(s, 0), ...casesOf(s, 1), ...casesOf(s, 2)].sort()).toEqual(cases);
  });

  it('alignNoticeWithPermanent makes an agency worker serve the permanent notice', () => {
    const { s, a } = covered({ rules2024: { alignNoticeWithPermanent: true } });
    runWeeks(s, 4);
    expect(s.workers.noticeEnd[a]).toBe(3 + 4);
  });

  it('a renewed assignment runs on; a conversion makes her permanent with her cases', () => {
    const renewed = covered({ renewalProbability: 1 });
    runWeeks(renewed.s, 6);
    expect(viewWorker(renewed.s, renewed.a).status).toBe('active');
    expect(renewed.s.workers.assignmentEnd[renewed.a]).toBe(6);
    const converted = covered({ conversionProbability: 1 });
    runWeeks(converted.s, 4);
    expect(viewWorker(converted.s, converted.a)).toMatchObject({ type: 'permanent', status: 'active', caseSlots: converted.cases });
    expect([converted.s.agencyFte[Team.assessment], converted.s.inPostFte[Team.assessment]]).toEqual([0, 4]);
  });

  it('surplus agency cover is released when a permanent worker fills the vacancy: her cases pass on, cause agencyEnd', () => {
    const { s, a } = covered({ assignmentWeeks: { min: 30, max: 30 } });
    runWeek(s);
    expect(viewWorker(s, a).status).toBe('active');
    addWorker(s, Team.assessment);
    runWeek(s);
    expect(viewWorker(s, a).status).toBe('notice');
    runWeek(s);
    expect(changesByCause(s)).toEqual({ agencyEnd: 2 });
  });

  it('above 1, maxShareOfVacancies takes agency workers beyond the vacant posts and keeps them while the vacancies last', () => {
    // Three vacancies, 1.5 agency workers per vacancy: floor(4.5) = 4 agency workers, one more than the vacancies.
    const s = threeVacancies({ maxShareOfVacancies: 1.5, supplyPerWeek: 20 });
    runWeeks(s, 6);
    expect([s.agencyFte[Team.assessment], s.inPostFte[Team.assessment]]).toEqual([4, 3]);
    // A permanent arrival leaves two vacancies, room for three agency workers: one is let go.
    addWorker(s, Team.assessment);
    runWeek(s);
    expect(s.agencyFte[Team.assessment] - s.agencyNoticeFte[Team.assessment]).toBe(3);
  });

  it('with agency not allowed, every assignment ends at its end date', () => {
    const { s, a } = covered({ renewalProbability: 1 });
    s.p.agency.allowed = false;
    runWeeks(s, 4);
    expect(viewWorker(s, a).status).toBe('notice');
  });
});
