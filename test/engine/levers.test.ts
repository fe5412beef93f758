/**
 * Each lever of docs/model.md §D6 moves the outputs it acts on, in the documented direction, in the
 * default authority: first the mechanical effects (one seed, one reporting year after a one-year
 * warm-up, same seed with and without), then the effects the evidence describes, as means over
 * replications with common seeds (each preset file against default.json, three reporting years after
 * the default warm-up, seeds 1–8).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import type { Summary } from '../../src/metrics/fields.js';
import type { Scenario } from '../../src/scenario/types.js';
import { loadDefault } from '../helpers/scenarios.js';
import { eachSeed } from '../helpers/replicate.js';
import { loadScenarioFile } from '../../src/node/loadScenarioFile.js';

function run(change: (p: Scenario) => void = () => {}): Summary {
  const p = loadDefault();
  p.run = { seed: 4, years: 1, warmupWeeks: 52 };
  change(p);
  return runScenario(p).summary;
}

describe('levers', () => {
  const base = run();

  it('no agency use means no agency workers, no agency cost and no agency-end changes', () => {
    const none = run((p) => (p.agency.allowed = false));
    expect(base.agencyFte).toBeGreaterThan(0);
    expect([none.agencyFte, none.agencyCostPerYear, none.changesAgencyEndShare]).toEqual([0, 0, 0]);
  });

  it('an overtime ban means no excessive hours', () => {
    const ban = run((p) => (p.overtime.policy = 'none'));
    expect(base.shareExcessiveHours).toBeGreaterThan(0);
    expect(ban.shareExcessiveHours).toBe(0);
  });

  it('paid overtime costs money; unpaid overtime does not', () => {
    expect(base.overtimeCostPerYear).toBe(0);
    expect(run((p) => (p.overtime.policy = 'paid')).overtimeCostPerYear).toBeGreaterThan(0);
  });

  // Flexible working's effect on stress: the rule in test/rules/stress.test.ts, the authority-level
  // effect over replications below (one seed and one year are too few: stress is still near zero).

  it('the agency pay cap lowers agency cost', () => {
    expect(run((p) => (p.agency.payCap.enabled = true)).agencyCostPerYear).toBeLessThan(base.agencyCostPerYear * 0.95);
  });

  it('a demand surge raises referrals and caseloads (the front door tightens and absorbs part of it); a recruitment drive raises FTE in post', () => {
    const surge = run((p) => (p.interventions = [{ week: 1, surge: { extraContactsPerWeek: 60, durationWeeks: 52 } }]));
    expect(surge.referralsPerYear).toBeGreaterThan(base.referralsPerYear * 1.05);
    expect(surge.meanCaseload).toBeGreaterThan(base.meanCaseload + 0.5);
    const open = run((p) => ((p.demand.caseloadResponse = 0), (p.interventions = [{ week: 1, surge: { extraContactsPerWeek: 60, durationWeeks: 52 } }])));
    expect(open.referralsPerYear).toBeGreaterThan(surge.referralsPerYear * 1.1);
    const drive = run((p) => (p.interventions = [{ week: 1, recruitmentDrive: { hires: 20, leadWeeks: 4 } }]));
    expect(drive.inPostFte).toBeGreaterThan(base.inPostFte + 5);
  });

  it('continuity-first gives more returning children their last worker back (fewer re-referral changes)', () => {
    expect(run((p) => (p.allocation.policy = 'continuity-first')).changesReReferralShare).toBeLessThan(base.changesReReferralShare);
  });
});

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
/** For an effect too small for eight seeds to resolve (seeds 1, 2, … n). */
const seedsUpTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/** Mean summary of a preset file over `seeds`, `years` reporting years after its warm-up. */
async function replicated(file: string, years = 3, seeds = SEEDS): Promise<Summary> {
  const { scenario } = loadScenarioFile(fileURLToPath(new URL(`../../scenarios/${file}`, import.meta.url)));
  if (!scenario) throw new Error(`cannot load ${file}`);
  const summaries = await eachSeed(seeds, (seed) => runScenario(scenario, { seed, years }).summary);
  const sums = {} as Record<keyof Summary, number>;
  for (const summary of summaries) {
    for (const key of Object.keys(summary) as (keyof Summary)[]) sums[key] = (sums[key] ?? 0) + summary[key] / seeds.length;
  }
  return sums;
}

describe('lever presets against the default, means over replications (the evidence in docs/model.md §D4–§D6)', () => {
  // One default run of the seeds, shared by the tests below.
  const defaultRuns = replicated('default.json');

  it('no-agency.json: vacancies go uncovered, so caseloads rise and the front door turns more children away', async () => {
    const base = await defaultRuns;
    const none = await replicated('no-agency.json');
    expect(none.agencyFte).toBe(0);
    expect(none.meanCaseload).toBeGreaterThan(base.meanCaseload);
    expect(none.referralsPerYear).toBeLessThan(base.referralsPerYear * 0.95);
  });

  it('overtime-ban.json: lower stress and turnover, but plans slow down (more drift)', async () => {
    const base = await defaultRuns;
    const ban = await replicated('overtime-ban.json');
    expect(ban.meanStress).toBeLessThan(base.meanStress * 0.9);
    expect(ban.turnoverRate).toBeLessThan(base.turnoverRate);
    expect(ban.meanDriftWeeks).toBeGreaterThan(base.meanDriftWeeks * 1.2);
  });

  // The default's 12-hour limit binds only in heavy weeks (src/rules/workload.ts); without it, workers go
  // on to about 56 hours, where another hour adds nothing (src/rules/hoursOutput.ts). More hours, more
  // stress, more leavers: the effect builds, so it is measured over six years.
  // The stress raises each worker's leaving hazard, but the extra hours also finish plans sooner, so
  // caseloads ease: turnover rises by under a point (docs/calibration.md, 20 replications), too little to
  // test at this size (+0.1 point over seeds 1–8, 6 years).
  it('unlimited-unpaid-overtime.json: longer hours and more stress, and plans drift less', async () => {
    const unlimited = await replicated('unlimited-unpaid-overtime.json', 6);
    const base6 = await replicated('default.json', 6);
    expect(unlimited.meanHoursWorked).toBeGreaterThan(base6.meanHoursWorked + 0.3);
    expect(unlimited.meanStress).toBeGreaterThan(base6.meanStress * 1.05);
    expect(unlimited.meanDriftWeeks).toBeLessThan(base6.meanDriftWeeks - 0.1);
  });

  // The queue forms where cases wait for a long-term or in-care worker after assessment, so it shows in
  // the unallocated count and in children's plans drifting, not in the time to first allocation. The cap
  // binds the busiest workers, not the mean: managers move cases off workers above the lower cap
  // (src/rules/rebalancing.ts), so more changes are for managing caseloads; the queue is under 1% of
  // open cases and the front door's response to caseloads (demand.caseloadResponse) holds the mean near
  // its reference, so the mean caseload hardly moves: about 0.15 cases per FTE (1%) in the long run
  // (seeds 1–40, from a settled start: +0.07 to +0.22 in each reporting year; a start not yet settled
  // showed +0.02 in the first four years only because the capped caseload was still climbing).
  it('caseload-cap.json: a queue of unallocated children forms, managers move more cases to keep under the cap, and plans drift; the mean caseload hardly moves', async () => {
    const base = await defaultRuns;
    const capped = await replicated('caseload-cap.json');
    expect(capped.unallocatedCases).toBeGreaterThan(base.unallocatedCases + 5);
    expect(capped.newWorkerManagingCaseloadsShare).toBeGreaterThan(base.newWorkerManagingCaseloadsShare * 1.3);
    expect(Math.abs(capped.meanCaseload - base.meanCaseload)).toBeLessThan(0.25);
    expect(capped.meanDriftWeeks).toBeGreaterThan(base.meanDriftWeeks);
  });

  // The 2024 rules act on people (src/rules/destinations.ts): fewer permanent leavers reach the region's
  // agency market (barred under 3 years' experience, or put off by the cool-off), some barred leavers
  // stay, and more locums take permanent posts; so the market gets less supply and agency use falls.
  // Leavers to other authorities rise by about five points (seeds 1–48: +4.8 ± 1.0), but one run's share
  // moves by about seven points with its ~45 leavers in three years, so eight seeds cannot resolve it
  // (seeds 1–8: −0.5 points): the whole comparison runs on 24 seeds (a standard error of about 1.4).
  it('agency-rules-2024.json: permanent leavers turn from local agency work, some stay, more locums convert, and agency use falls', async () => {
    const seeds = seedsUpTo(24);
    const rules = await replicated('agency-rules-2024.json', 3, seeds);
    const base = await replicated('default.json', 3, seeds);
    expect(base.resignationsWithdrawnPerYear).toBe(0);
    expect(base.leaversToAgencyElsewhereShare).toBe(0);
    expect(rules.leaversToAgencyInRegionShare).toBeLessThan(base.leaversToAgencyInRegionShare * 0.5);
    expect(rules.leaversToOtherAuthorityShare).toBeGreaterThan(base.leaversToOtherAuthorityShare);
    expect(rules.leaversToAgencyElsewhereShare).toBeGreaterThan(0);
    expect(rules.resignationsWithdrawnPerYear).toBeGreaterThan(0);
    expect(rules.agencyPoolJoinersPerYear).toBeLessThan(base.agencyPoolJoinersPerYear * 0.5);
    expect(rules.agencyConversionsPerYear).toBeGreaterThan(base.agencyConversionsPerYear);
    expect(rules.agencyRate).toBeLessThan(base.agencyRate);
  });

  it('agency-pay-cap.json: cheaper agency cover, but fewer locums, so fewer agency workers and more posts uncovered', async () => {
    const base = await defaultRuns;
    const capped = await replicated('agency-pay-cap.json');
    expect(capped.agencyCostPerYear).toBeLessThan(base.agencyCostPerYear * 0.8);
    expect(capped.agencyRate).toBeLessThan(base.agencyRate * 0.8);
    // Uncovered posts as staff short, not as heavier caseloads: the front door holds the caseload near
    // its reference (docs/model.md, Balancing loops), so the caseload moves by less than the noise.
    expect(capped.inPostFte + capped.agencyFte).toBeLessThan(base.inPostFte + base.agencyFte - 2);
  });

  it('flexible-working.json: lower stress and lower turnover', async () => {
    const base = await defaultRuns;
    const flexible = await replicated('flexible-working.json');
    expect(flexible.meanStress).toBeLessThan(base.meanStress);
    expect(flexible.turnoverRate).toBeLessThan(base.turnoverRate);
  });

  it('high-turnover.json: turnover above 30% a year, high vacancy and agency rates, and worse continuity', async () => {
    const base = await defaultRuns;
    const high = await replicated('high-turnover.json');
    expect(high.turnoverRate).toBeGreaterThan(0.3);
    expect(high.vacancyRate).toBeGreaterThan(0.3);
    expect(high.agencyRate).toBeGreaterThan(0.3);
    expect(high.lacShare3PlusWorkers52w).toBeGreaterThan(base.lacShare3PlusWorkers52w);
  });
});
