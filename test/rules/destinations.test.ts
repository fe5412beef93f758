import { describe, expect, it } from 'vitest';
import { WorkerStatus, WorkerType } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { Destination } from '../../src/state/events.js';
import { chooseDestination, decideToLeave, experienceYears } from '../../src/rules/destinations.js';
import { addWorker, tinyState } from '../helpers/fixtures.js';

/** Destinations of 4,000 draws for worker w, as counts by Destination code. */
function tally(s: ReturnType<typeof tinyState>, w: number, mayStay: boolean): number[] {
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < 4000; i++) counts[chooseDestination(s, w, mayStay)]++;
  return counts;
}

const everyoneToAgency = { turnover: { destinations: { otherAuthority: 0, agency: 1, outOfSector: 0 } } };

describe('chooseDestination (the 2024 agency rules acting on leavers)', () => {
  it('experienceYears counts from the week she qualified: a newly qualified starter has none, an experienced one her prior years', () => {
    const s = tinyState({ recruitment: { priorExperienceYears: { min: 4, max: 4 } } });
    s.t = 100;
    const hire = addWorker(s, Team.assessment, WorkerType.permanent, 52);
    expect(experienceYears(s, hire)).toBe(5);
    const nq = addWorker(s, Team.assessment, WorkerType.newlyQualified, 26);
    expect(experienceYears(s, nq)).toBe(0.5);
  });

  it('without the rules, a leaver for agency work joins the region', () => {
    const s = tinyState(everyoneToAgency);
    expect(tally(s, 0, true)[Destination.agencyInRegion]).toBe(4000);
  });

  it('the experience bar sends a worker under 3 years to stay, another authority or out of the sector, in barredChoice shares; an experienced one is not barred', () => {
    const s = tinyState({
      ...everyoneToAgency,
      recruitment: { priorExperienceYears: { min: 0, max: 0 } },
      agency: { rules2024: { requireExperience: true, experienceYears: 3, barredChoice: { stay: 0.5, otherAuthority: 0.25, outOfSector: 0.25 } } },
    });
    s.t = 200;
    const junior = addWorker(s, Team.assessment, 0, 52);
    const senior = addWorker(s, Team.assessment, 0, 200);
    const [other, inRegion, , out, stays] = tally(s, junior, true);
    expect(inRegion).toBe(0);
    expect(stays / 4000).toBeCloseTo(0.5, 1);
    expect(other / 4000).toBeCloseTo(0.25, 1);
    expect(out / 4000).toBeCloseTo(0.25, 1);
    // In a wave of resignations she cannot stay: the same odds between the other two.
    const wave = tally(s, junior, false);
    expect(wave[Destination.stays]).toBe(0);
    expect(wave[Destination.otherAuthority] / 4000).toBeCloseTo(0.5, 1);
    expect(tally(s, senior, true)[Destination.agencyInRegion]).toBe(4000);
  });

  it('the regional cool-off sends a leaver for agency work to wait, further afield or a permanent post, in coolOffChoice shares', () => {
    const s = tinyState({ ...everyoneToAgency, agency: { rules2024: { noLocalLocumWeeks: 13, coolOffChoice: { wait: 0.5, furtherAfield: 0.3, permanentPost: 0.2 } } } });
    const [other, inRegion, elsewhere] = tally(s, 0, true);
    expect(inRegion / 4000).toBeCloseTo(0.5, 1);
    expect(elsewhere / 4000).toBeCloseTo(0.3, 1);
    expect(other / 4000).toBeCloseTo(0.2, 1);
  });

  it('decideToLeave: a barred worker who stays keeps her post; one who waits out the cool-off joins the market after notice + cool-off', () => {
    const stay = tinyState({ ...everyoneToAgency, recruitment: { priorExperienceYears: { min: 0, max: 0 } }, agency: { rules2024: { requireExperience: true, barredChoice: { stay: 1, otherAuthority: 0, outOfSector: 0 } } } });
    const w = addWorker(stay, Team.assessment, 0, 10);
    decideToLeave(stay, w, false);
    expect(stay.workers.status[w]).toBe(WorkerStatus.active);
    const wait = tinyState({ ...everyoneToAgency, agency: { rules2024: { noLocalLocumWeeks: 13, coolOffChoice: { wait: 1, furtherAfield: 0, permanentPost: 0 } } } });
    decideToLeave(wait, 0, false);
    expect([...wait.poolInflows.entries()]).toEqual([[wait.workers.noticeEnd[0] + 13, 1]]);
  });
});
