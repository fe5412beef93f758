import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADULT_WEEKS, careLikelihoodAtAge, drawAgeAtReferralWeeks, meanPlanWeeks } from '../../src/rules/age.js';
import { progressCases } from '../../src/rules/casework.js';
import { completeStage } from '../../src/rules/pathway.js';
import { receiveReferrals } from '../../src/rules/referrals.js';
import { BIRTH_UNKNOWN } from '../../src/state/cases.js';
import { Stage } from '../../src/state/codes.js';
import { drawDuration } from '../../src/state/durations.js';
import { createStreams } from '../../src/state/rng.js';
import { takeCensus, Census, LAC_AGE_GROUPS } from '../../src/metrics/census.js';
import { addCase, stateOf, tinyState } from '../helpers/fixtures.js';
import { loadDefault } from '../helpers/scenarios.js';

const bands = fc
  .array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 })
  .map((shares) => [1, 5, 10, 16, 18].map((underYears, i) => ({ underYears, share: shares[i] })));

describe('age at referral', () => {
  it('receiveReferrals gives every new child an age from pathway.ageAtReferral', () => {
    const s = tinyState({ demand: { contactsPerWeek: 200, referralShareOfContacts: 1 }, pathway: { ageAtReferral: [{ underYears: 10, share: 0 }, { underYears: 12, share: 1 }] } });
    s.t = 300;
    receiveReferrals(s);
    let seen = 0;
    for (let c = 0; c < s.cases.used; c++) {
      if (s.cases.stage[c] === Stage.free || s.cases.referralWeek[c] !== s.t) continue;
      seen++;
      const age = s.t - s.cases.bornWeek[c];
      expect(age).toBeGreaterThanOrEqual(10 * 52);
      expect(age).toBeLessThan(12 * 52);
    }
    expect(seen).toBeGreaterThan(100);
  });

  it('careLikelihoodAtAge averages 1 over the ages at referral, so the share of assessments leading to care is kept', () => {
    fc.assert(
      fc.property(bands, bands, (atReferral, startingCare) => {
        const s = tinyState({ pathway: { ageAtReferral: atReferral, ageStartingCare: startingCare } });
        const total = atReferral.reduce((a, b) => a + b.share, 0);
        let mean = 0;
        let from = 0;
        for (const b of atReferral) {
          mean += (b.share / total) * careLikelihoodAtAge(s, Math.floor(((from + b.underYears) / 2) * 52));
          from = b.underYears;
        }
        expect(mean).toBeCloseTo(1, 9);
      }),
      { numRuns: 100 },
    );
  });

  it('completeStage sends children to care at DfE\'s ages on starting care, from ages at referral that differ', () => {
    const s = tinyState({
      pathway: {
        assessmentOutcomes: { notInNeed: 0.3, childInNeed: 0.4, childProtection: 0.1, lookedAfter: 0.2 },
        ageAtReferral: [{ underYears: 1, share: 0.1 }, { underYears: 5, share: 0.2 }, { underYears: 10, share: 0.2 }, { underYears: 16, share: 0.3 }, { underYears: 18, share: 0.2 }],
        ageStartingCare: [{ underYears: 1, share: 0.16 }, { underYears: 5, share: 0.15 }, { underYears: 10, share: 0.15 }, { underYears: 16, share: 0.26 }, { underYears: 18, share: 0.28 }],
      },
    });
    s.t = 2000;
    const started = [0, 0, 0, 0, 0];
    let assessed = 0;
    let care = 0;
    for (let i = 0; i < 20000; i++) {
      const c = addCase(s, Stage.assessment);
      s.cases.bornWeek[c] = s.t - drawAgeAtReferralWeeks(s);
      const age = s.t - s.cases.bornWeek[c];
      completeStage(s, c);
      assessed++;
      if (s.cases.stage[c] === Stage.lookedAfter) {
        care++;
        started[[52, 260, 520, 832, Infinity].findIndex((w) => age < w)]++;
      }
    }
    expect(care / assessed).toBeGreaterThan(0.19);
    expect(care / assessed).toBeLessThan(0.21);
    [0.16, 0.15, 0.15, 0.26, 0.28].forEach((expected, band) => expect(Math.abs(started[band] / care - expected)).toBeLessThan(0.02));
  });
});

describe('children reaching 18', () => {
  it('progressCases closes a child in need or on a protection plan on her 18th birthday, whatever her plan\'s work', () => {
    const s = tinyState({ reReferral: { baseProbability: 1, noServiceProbability: 1 } });
    s.t = 1500;
    const cin = addCase(s, Stage.childInNeed, { workNeeded: 500 });
    const cp = addCase(s, Stage.childProtection, { workNeeded: 500 });
    const assessing = addCase(s, Stage.assessment, { workNeeded: 500 });
    const younger = addCase(s, Stage.childInNeed, { workNeeded: 500 });
    for (const c of [cin, cp, assessing]) s.cases.bornWeek[c] = s.t - ADULT_WEEKS;
    s.cases.bornWeek[younger] = s.t - ADULT_WEEKS + 1;
    progressCases(s);
    for (const c of [cin, cp, assessing]) expect(s.cases.stage[c]).toBe(Stage.free);
    expect(s.cases.stage[younger]).toBe(Stage.childInNeed);
  });

  it('a child with no age (made outside the referral rule) is never closed as an adult', () => {
    const s = tinyState();
    s.t = 5000;
    const c = addCase(s, Stage.childInNeed, { workNeeded: 500 });
    expect(s.cases.bornWeek[c]).toBe(BIRTH_UNKNOWN);
    progressCases(s);
    expect(s.cases.stage[c]).toBe(Stage.childInNeed);
  });

  it('meanPlanWeeks is the mean length of plans ended by the 18th birthday (against a direct draw)', () => {
    const s = stateOf(loadDefault());
    const rng = createStreams(3).initial;
    const sampler = s.samplers.childProtection;
    let sum = 0;
    const n = 40000;
    for (let i = 0; i < n; i++) {
      const age = drawAgeAtReferralWeeks(s, rng);
      sum += Math.min(1.5 * drawDuration(sampler, rng), ADULT_WEEKS - age);
    }
    const expected = meanPlanWeeks(s.p.pathway.ageAtReferral, sampler, 1.5);
    expect(Math.abs(sum / n - expected) / expected).toBeLessThan(0.02);
  });

  it('the seeded authority has an age for every open child, all under 18, and the 31 March age groups add up to every child in need', () => {
    const s = stateOf(loadDefault());
    const cs = s.cases;
    let open = 0;
    for (let c = 0; c < cs.used; c++) {
      if (cs.stage[c] < Stage.assessment || cs.stage[c] > Stage.lookedAfter) continue;
      open++;
      expect(s.t - cs.bornWeek[c]).toBeLessThan(ADULT_WEEKS);
      // A looked-after child may have been referred before she was born (a pre-birth referral).
      if (cs.stage[c] !== Stage.lookedAfter) expect(cs.bornWeek[c]).toBeLessThanOrEqual(cs.referralWeek[c]);
    }
    const census = new Float64Array(s.window.census.length);
    takeCensus(s, census);
    let byAge = 0;
    for (let i = 0; i < LAC_AGE_GROUPS.length; i++) byAge += census[Census.cinAges + i];
    expect(byAge).toBe(open);
    expect(census[Census.cin]).toBe(open);
  });
});
