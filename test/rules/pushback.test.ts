import { describe, expect, it } from 'vitest';
import { Stage, WorkerType } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { finishLeaving, resign } from '../../src/state/staffing.js';
import { ChangeCause } from '../../src/state/events.js';
import { progressCases } from '../../src/rules/casework.js';
import { successProbability } from '../../src/rules/recruitment.js';
import { acceptanceShare, caseloadPerFte } from '../../src/rules/referrals.js';
import { addCase, addWorker, tinyState } from '../helpers/fixtures.js';

describe('acceptanceShare (front-door threshold response)', () => {
  it('acceptanceShare is the referral share while nobody waits, and falls with the share of open cases unallocated', () => {
    const s = tinyState({ demand: { referralShareOfContacts: 0.5, thresholdResponse: 1 } });
    addCase(s, Stage.assessment, { worker: 0 });
    addCase(s, Stage.assessment, { worker: 1 });
    expect(acceptanceShare(s)).toBe(0.5);
    s.p.allocation.caseloadCap = 0;
    addCase(s, Stage.assessment);
    addCase(s, Stage.assessment);
    // 2 of 4 open cases wait: 0.5 × (1 − 1 × 0.5)
    expect(s.queued).toBe(2);
    expect(acceptanceShare(s)).toBe(0.25);
    s.p.demand.thresholdResponse = 0;
    expect(acceptanceShare(s)).toBe(0.5);
    s.p.demand.thresholdResponse = 5;
    expect(acceptanceShare(s)).toBe(0);
  });
});

describe('progressCases with held cases', () => {
  it('progressCases gives a case held by the manager heldCaseProgress a week and a merely waiting case nothing', () => {
    const s = tinyState({ allocation: { heldCaseProgress: 0.25 } });
    const held = addCase(s, Stage.childInNeed, { team: Team.assessment });
    const waiting = addCase(s, Stage.childInNeed, { team: Team.assessment });
    s.cases.held[held] = 1;
    progressCases(s);
    expect([s.cases.progress[held], s.cases.progress[waiting]]).toEqual([0.25, 0]);
  });
});

describe('successProbability with flexible working', () => {
  it('successProbability rises by flexibleWorkingBonus only when flexible working is on', () => {
    const s = tinyState({ recruitment: { successProbability: 0.2, attractiveness: 1, flexibleWorkingBonus: 0.5 } });
    expect(successProbability(s)).toBeCloseTo(0.2, 12);
    s.p.stress.flexibleWorking = true;
    expect(successProbability(s)).toBeCloseTo(0.3, 12);
  });
});

describe('agency workers returning to the regional market', () => {
  function poolAfterAgencyLeavers(payCap: boolean): number {
    const s = tinyState({ agency: { payCap: { enabled: payCap, premium: 0.3, supplyFactor: 0.5 } } });
    const start = s.agencyPool;
    for (let i = 0; i < 200; i++) {
      const w = addWorker(s, Team.assessment, WorkerType.agency);
      resign(s, w, ChangeCause.agencyEnd);
      finishLeaving(s, w);
    }
    return s.agencyPool - start;
  }

  it('finishLeaving returns every ended agency worker to the pool without a cap, and about supplyFactor of them with one', () => {
    expect(poolAfterAgencyLeavers(false)).toBe(200);
    const capped = poolAfterAgencyLeavers(true);
    expect(capped).toBeGreaterThan(70);
    expect(capped).toBeLessThan(130);
  });
});

describe('acceptanceShare (caseload response)', () => {
  it('acceptanceShare falls by caseloadResponse × the share by which the caseload runs over referenceCaseload, and not below it', () => {
    const s = tinyState({ demand: { referralShareOfContacts: 0.5, caseloadResponse: 1, referenceCaseload: 2 } });
    for (let i = 0; i < 6; i++) addCase(s, Stage.childInNeed, { worker: i % 3 });
    // 6 cases on 3 FTE: exactly the reference.
    expect(caseloadPerFte(s)).toBe(2);
    expect(acceptanceShare(s)).toBe(0.5);
    for (let i = 0; i < 3; i++) addCase(s, Stage.childInNeed, { worker: i });
    // 9 cases on 3 FTE: 50% over, 0.5 × (1 − 1 × 0.5)
    expect(acceptanceShare(s)).toBe(0.25);
    s.p.demand.caseloadResponse = 0;
    expect(acceptanceShare(s)).toBe(0.5);
    s.p.demand.caseloadResponse = 3;
    expect(acceptanceShare(s)).toBe(0);
    s.p.demand.referenceCaseload = 4;
    expect(acceptanceShare(s)).toBe(0.5);
  });
});

describe('progressCases: care ends on its calendar', () => {
  it('progressCases ends a period of care at planned length × (1 + careOverrunLimit) however little work is done; other plans wait for their work', () => {
    const s = tinyState({ pathway: { careOverrunLimit: 0.5 } });
    s.t = 100;
    const due = addCase(s, Stage.lookedAfter, { workNeeded: 10 });
    const early = addCase(s, Stage.lookedAfter, { workNeeded: 10 });
    const plan = addCase(s, Stage.childProtection, { workNeeded: 10 });
    s.cases.planStart[due] = 85;
    s.cases.planStart[early] = 86;
    s.cases.planStart[plan] = 50;
    progressCases(s);
    expect(s.cases.stage[due]).not.toBe(Stage.lookedAfter);
    expect([s.cases.stage[early], s.cases.stage[plan]]).toEqual([Stage.lookedAfter, Stage.childProtection]);
  });
});
