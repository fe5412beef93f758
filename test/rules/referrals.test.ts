import { describe, expect, it } from 'vitest';
import { Stage } from '../../src/state/codes.js';
import { checkInvariants } from '../../src/state/invariants.js';
import { viewCase } from '../../src/state/views.js';
import { contactsMean, receiveReferrals } from '../../src/rules/referrals.js';
import { addCase, changesByCause, queuedCases, runWeek, runWeeks, tinyState } from '../helpers/fixtures.js';

describe('contactsMean', () => {
  it('contactsMean peaks at seasonalPeakWeek and dips half a year later', () => {
    const s = tinyState({ demand: { contactsPerWeek: 100, seasonalAmplitude: 0.1, seasonalPeakWeek: 10 } });
    s.t = 10;
    expect(contactsMean(s)).toBeCloseTo(110, 10);
    s.t = 36;
    expect(contactsMean(s)).toBeCloseTo(90, 10);
    s.t = 62;
    expect(contactsMean(s)).toBeCloseTo(110, 10);
  });

  it('contactsMean adds a surge\'s extra contacts from its first week up to (not including) its end', () => {
    const s = tinyState({ demand: { contactsPerWeek: 100 } });
    s.surges.push({ fromWeek: 5, untilWeek: 8, extraContactsPerWeek: 40 });
    expect([4, 5, 7, 8].map((t) => ((s.t = t), contactsMean(s)))).toEqual([100, 140, 140, 100]);
  });
});

describe('receiveReferrals', () => {
  it('receiveReferrals splits contacts into referrals and screened-out contacts in the referral share', () => {
    const s = tinyState({ demand: { referralShareOfContacts: 0.25 }, pathway: { noFurtherActionShare: 0 } });
    s.p.demand.contactsPerWeek = 200; // after createState, which would seed a caseload for this demand
    let contacts = 0;
    let referrals = 0;
    for (let t = 0; t < 52; t++) {
      s.t = t;
      s.week.contacts = s.week.referrals = s.week.screenedOut = 0;
      receiveReferrals(s);
      expect(s.week.contacts).toBe(s.week.referrals + s.week.screenedOut);
      contacts += s.week.contacts;
      referrals += s.week.referrals;
    }
    expect(contacts / 52).toBeGreaterThan(200 - 4 * Math.sqrt(200 / 52));
    expect(contacts / 52).toBeLessThan(200 + 4 * Math.sqrt(200 / 52));
    expect(Math.abs(referrals / contacts - 0.25)).toBeLessThan(0.02);
    expect([s.openCases, s.queued]).toEqual([referrals, referrals]);
    expect(checkInvariants(s)).toEqual([]);
  });

  it('receiveReferrals closes every referral at the door with noFurtherActionShare 1', () => {
    const s = tinyState({ pathway: { noFurtherActionShare: 1 }, reReferral: { noServiceProbability: 0 } });
    s.p.demand.contactsPerWeek = 50;
    receiveReferrals(s);
    expect(s.week.referrals).toBeGreaterThan(0);
    expect([s.openCases, s.queued, s.totals.closures]).toEqual([0, 0, s.week.referrals]);
  });
});

describe('re-referral', () => {
  /** Worker 2 assesses a child not in need in week 0; she is sure to come back one week later. */
  const comesBack = {
    pathway: { noFurtherActionShare: 0, assessmentOutcomes: { notInNeed: 1, childInNeed: 0, childProtection: 0, lookedAfter: 0 } },
    reReferral: { noServiceProbability: 1, meanDelayWeeks: 1 },
  };

  it('a closed child re-referred within 12 months comes back through the door and counts as a re-referral', () => {
    const s = tinyState(comesBack);
    const c = addCase(s, Stage.assessment, { worker: 2, workNeeded: 1 });
    runWeek(s);
    expect([s.week.closures, viewCase(s, c).stage]).toEqual([1, 'awaitingReturn']);
    runWeek(s);
    expect([s.week.contacts, s.week.referrals, s.week.reReferrals12m, s.openCases]).toEqual([1, 1, 1, 1]);
    expect(viewCase(s, c)).toMatchObject({ stage: 'assessment', referralWeek: 1 });
    expect(s.cases.prevReferralWeek[c]).toBe(0);
  });

  it('under least-loaded the returning child meets a new worker: one change with cause reReferral', () => {
    const s = tinyState(comesBack);
    const c = addCase(s, Stage.assessment, { worker: 2, workNeeded: 1 });
    runWeeks(s, 2);
    expect(changesByCause(s)).toEqual({ reReferral: 1 });
    expect(viewCase(s, c)).toMatchObject({ worker: 0, workers: 1, changesLast26Weeks: 1 });
  });

  it('under continuity-first the returning child gets her last worker back and no change is counted', () => {
    const s = tinyState({ ...comesBack, allocation: { policy: 'continuity-first' } });
    const c = addCase(s, Stage.assessment, { worker: 2, workNeeded: 1 });
    runWeeks(s, 2);
    expect(changesByCause(s)).toEqual({});
    expect(viewCase(s, c)).toMatchObject({ worker: 2, workers: 1, changesLast26Weeks: 0 });
  });

  it('a child never allocated before (closed at the door) returns with no change pending', () => {
    const s = tinyState({ pathway: { noFurtherActionShare: 1 }, reReferral: { noServiceProbability: 1, meanDelayWeeks: 1 } });
    s.p.demand.contactsPerWeek = 20;
    runWeek(s);
    const first = s.week.referrals;
    expect(first).toBeGreaterThan(0);
    s.p.demand.contactsPerWeek = 0;
    s.p.pathway.noFurtherActionShare = 0;
    runWeek(s);
    expect(s.week.referrals).toBe(first);
    expect(queuedCases(s).length + s.workers.cases[0] + s.workers.cases[1] + s.workers.cases[2]).toBe(first);
    expect(changesByCause(s)).toEqual({});
  });
});
