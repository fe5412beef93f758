/**
 * Each lever of MODEL.md §6 moves the outputs it acts on, in the documented direction, in the
 * default authority (one reporting year after a one-year warm-up, same seed with and without).
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import type { Summary } from '../../src/metrics/fields.js';
import type { Scenario } from '../../src/scenario/types.js';
import { loadDefault } from '../helpers/scenarios.js';

function run(change: (p: Scenario) => void = () => {}): Summary {
  const p = loadDefault();
  p.run = { seed: 4, years: 1, warmupWeeks: 52 };
  change(p);
  return runScenario(p).summary;
}

describe('levers', () => {
  const base = run();

  it('the single-worker structure nearly removes handover changes and lowers the share of children with a recent change', () => {
    const single = run((p) => (p.allocation.handover = 'single-worker'));
    expect(base.changesHandoverShare).toBeGreaterThan(0.3);
    expect(single.changesHandoverShare).toBeLessThan(0.1);
    expect(single.shareChanged26w).toBeLessThan(base.shareChanged26w * 0.8);
  });

  it('no agency use means no agency workers, no agency cost and no agency-end changes', () => {
    const none = run((p) => (p.agency.allowed = false));
    expect(base.agencyFte).toBeGreaterThan(0);
    expect([none.agencyFte, none.agencyCostPerYear, none.changesAgencyEndShare]).toEqual([0, 0, 0]);
  });

  it('an overtime ban means no excessive hours and slower plans (more drift)', () => {
    const ban = run((p) => (p.overtime.policy = 'none'));
    expect(base.shareExcessiveHours).toBeGreaterThan(0);
    expect(ban.shareExcessiveHours).toBe(0);
    expect(ban.meanDriftWeeks).toBeGreaterThan(base.meanDriftWeeks);
  });

  it('paid overtime costs money; unpaid overtime does not', () => {
    expect(base.overtimeCostPerYear).toBe(0);
    expect(run((p) => (p.overtime.policy = 'paid')).overtimeCostPerYear).toBeGreaterThan(0);
  });

  it('flexible working lowers mean stress', () => {
    expect(run((p) => (p.stress.flexibleWorking = true)).meanStress).toBeLessThan(base.meanStress);
  });

  it('the agency pay cap lowers agency cost', () => {
    expect(run((p) => (p.agency.payCap.enabled = true)).agencyCostPerYear).toBeLessThan(base.agencyCostPerYear * 0.95);
  });

  it('a demand surge raises referrals; a recruitment drive raises FTE in post', () => {
    const surge = run((p) => (p.interventions = [{ week: 1, surge: { extraContactsPerWeek: 60, durationWeeks: 52 } }]));
    expect(surge.referralsPerYear).toBeGreaterThan(base.referralsPerYear * 1.2);
    const drive = run((p) => (p.interventions = [{ week: 1, recruitmentDrive: { hires: 20, leadWeeks: 4 } }]));
    expect(drive.inPostFte).toBeGreaterThan(base.inPostFte + 5);
  });

  it('continuity-first gives more returning children their last worker back (fewer re-referral changes)', () => {
    expect(run((p) => (p.allocation.policy = 'continuity-first')).changesReReferralShare).toBeLessThan(base.changesReReferralShare);
  });
});
