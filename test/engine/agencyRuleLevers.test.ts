/**
 * Each of the 2024 agency rules (agency.rules2024, src/rules/destinations.ts, src/rules/agency.ts,
 * src/state/staffing.ts) switched on alone in the default authority, against the default, as means over
 * replications with common seeds (seeds 1–8, three reporting years after the default warm-up): each
 * acts on the people it was written for, in its own direction. agency-rules-2024.json, all of them
 * together, is in test/engine/levers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import type { Summary } from '../../src/metrics/fields.js';
import type { Scenario } from '../../src/scenario/types.js';
import { loadDefault } from '../helpers/scenarios.js';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

function replicated(change: (p: Scenario) => void = () => {}): Summary {
  const sums = {} as Record<keyof Summary, number>;
  for (const seed of SEEDS) {
    const p = loadDefault();
    change(p);
    const summary = runScenario(p, { seed, years: 3 }).summary;
    for (const key of Object.keys(summary) as (keyof Summary)[]) sums[key] = (sums[key] ?? 0) + summary[key] / SEEDS.length;
  }
  return sums;
}

describe('each 2024 agency rule alone, means over replications', () => {
  const base = replicated();

  it('requireExperience: leavers under 3 years\' experience cannot go to agency work, so some stay, fewer join the region\'s pool, more locums convert and agency use falls', () => {
    const rule = replicated((p) => (p.agency.rules2024.requireExperience = true));
    expect(base.resignationsWithdrawnPerYear).toBe(0);
    expect(rule.resignationsWithdrawnPerYear).toBeGreaterThan(0.2);
    expect(rule.leaversToAgencyInRegionShare).toBeLessThan(base.leaversToAgencyInRegionShare * 0.85);
    expect(rule.agencyPoolJoinersPerYear).toBeLessThan(base.agencyPoolJoinersPerYear * 0.85);
    expect(rule.agencyConversionsPerYear).toBeGreaterThan(base.agencyConversionsPerYear);
    expect(rule.agencyRate).toBeLessThan(base.agencyRate - 0.015);
  });

  it('noLocalLocumWeeks (13): leavers wanting local agency work wait, go further afield or take a permanent post, so fewer join the region\'s pool and more locums convert', () => {
    const rule = replicated((p) => (p.agency.rules2024.noLocalLocumWeeks = 13));
    expect(base.leaversToAgencyElsewhereShare).toBe(0);
    expect(rule.leaversToAgencyElsewhereShare).toBeGreaterThan(0.01);
    expect(rule.leaversToAgencyInRegionShare).toBeLessThan(base.leaversToAgencyInRegionShare * 0.75);
    expect(rule.leaversToOtherAuthorityShare).toBeGreaterThan(base.leaversToOtherAuthorityShare);
    expect(rule.agencyPoolJoinersPerYear).toBeLessThan(base.agencyPoolJoinersPerYear * 0.75);
    expect(rule.agencyConversionsPerYear).toBeGreaterThan(base.agencyConversionsPerYear);
    expect(rule.agencyRate).toBeLessThan(base.agencyRate);
  });

  it('alignNoticeWithPermanent: a leaving locum works four weeks\' notice instead of one, so more agency cover is in post and fewer children wait unallocated', () => {
    const rule = replicated((p) => (p.agency.rules2024.alignNoticeWithPermanent = true));
    expect(rule.agencyFte).toBeGreaterThan(base.agencyFte * 1.03);
    expect(rule.unallocatedCases).toBeLessThanOrEqual(base.unallocatedCases);
    expect(rule.leaversToAgencyElsewhereShare).toBe(0);
    expect(rule.resignationsWithdrawnPerYear).toBe(0);
  });
});
