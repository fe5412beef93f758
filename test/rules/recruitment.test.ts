import { describe, expect, it } from 'vitest';
import { Team } from '../helpers/teams.js';
import { viewWorker } from '../../src/state/views.js';
import { newlyQualifiedIntake, successProbability } from '../../src/rules/recruitment.js';
import { runWeek, runWeeks, tinyState } from '../helpers/fixtures.js';
import { merge } from '../helpers/scenarios.js';

/** Five funded assessment posts, three filled: two vacancies, recruitment on with a 5-week time to hire. */
function twoVacancies(successProbability: number, overrides = {}) {
  const s = tinyState(merge({ recruitment: { enabled: true, timeToHireWeeks: { min: 5, max: 5 }, successProbability } }, overrides));
  s.establishment[Team.assessment] = 5;
  return s;
}

describe('recruitment processes', () => {
  it('openRecruitment opens one process per post to fill, once', () => {
    const s = twoVacancies(1);
    runWeek(s);
    expect(s.recruiting[Team.assessment]).toBe(2);
    expect(s.hires.get(5)).toHaveLength(2);
    runWeeks(s, 4);
    expect(s.recruiting[Team.assessment]).toBe(2);
    expect(s.workers.count).toBe(3);
  });

  it('a successful process hires after its time to hire: a starter in induction, at the recruitment cost', () => {
    const s = twoVacancies(1);
    runWeeks(s, 5);
    expect(s.workers.count).toBe(3);
    runWeek(s);
    expect(s.workers.count).toBe(5);
    expect([s.week.startersFte, s.week.costRecruitment, s.inPostFte[Team.assessment], s.recruiting[Team.assessment]]).toEqual([2, 12000, 5, 0]);
    expect(viewWorker(s, 3)).toMatchObject({ team: 'assessment', type: 'permanent', startWeek: 5, cap: 11 });
  });

  it('a failed process hires nobody and the post is advertised again', () => {
    const s = twoVacancies(0);
    runWeeks(s, 6);
    expect(s.workers.count).toBe(3);
    expect(s.recruiting[Team.assessment]).toBe(2);
    expect(s.hires.get(10)).toHaveLength(2);
  });

  it('no processes while recruitment is disabled', () => {
    const s = twoVacancies(1, { recruitment: { enabled: false } });
    runWeeks(s, 20);
    expect([s.recruiting[Team.assessment], s.workers.count]).toEqual([0, 3]);
  });

  it('overseas recruits take overseasLeadWeeks, a longer induction and the overseas cost', () => {
    const s = twoVacancies(1, { recruitment: { overseasShare: 1, overseasLeadWeeks: { min: 8, max: 8 }, overseasInductionWeeks: 12 } });
    runWeeks(s, 9);
    expect(s.workers.count).toBe(5);
    expect(s.week.costRecruitment).toBe(24000);
    expect(s.workers.inductionUntil[3]).toBe(8 + 12);
  });

  it('successProbability scales with attractiveness and halves after an inadequate rating, within [0, 1]', () => {
    expect(successProbability(tinyState({ recruitment: { attractiveness: 1.5 } }))).toBeCloseTo(0.3, 15);
    expect(successProbability(tinyState({ recruitment: { inadequateRating: true } }))).toBeCloseTo(0.1, 15);
    expect(successProbability(tinyState({ recruitment: { attractiveness: 5, successProbability: 0.9 } }))).toBe(1);
  });
});

describe('newlyQualifiedIntake', () => {
  it('newlyQualifiedIntake hires the cohort at nqIntakeWeek (and a year later) into the neediest case-holding team', () => {
    const s = tinyState({ recruitment: { enabled: true, nqIntakeWeek: 3, nqIntakePerYear: 2 } });
    s.establishment[Team.longTerm] = 2;
    runWeeks(s, 3);
    expect(s.workers.count).toBe(3);
    runWeek(s);
    expect([3, 4].map((w) => [viewWorker(s, w).team, viewWorker(s, w).type])).toEqual([
      ['longTerm', 'newly-qualified'],
      ['longTerm', 'newly-qualified'],
    ]);
    expect(s.workers.capUnits[3]).toBeCloseTo(22 * 0.85 * 0.5, 12);
    runWeeks(s, 51);
    expect(s.workers.count).toBe(5);
    runWeek(s);
    expect(s.workers.count).toBe(7);
  });

  it('newlyQualifiedIntake with a fractional cohort hires the whole part and the rest with that chance', () => {
    let total = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const s = tinyState({ recruitment: { enabled: true, nqIntakeWeek: 0, nqIntakePerYear: 1.25 } }, seed);
      newlyQualifiedIntake(s);
      const hired = s.workers.count - 3;
      expect([1, 2]).toContain(hired);
      total += hired;
    }
    expect(Math.abs(total / 200 - 1.25)).toBeLessThan(0.1);
  });
});
