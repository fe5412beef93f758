import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADULT_WEEKS, drawAgeStartingCareWeeks, drawSeededCare, meanCareWeeks, meanPlanWeeks } from '../../src/rules/age.js';
import { progressCases } from '../../src/rules/casework.js';
import { closeCase } from '../../src/rules/closure.js';
import { startPlan } from '../../src/rules/pathway.js';
import { BIRTH_UNKNOWN } from '../../src/state/cases.js';
import { Stage } from '../../src/state/codes.js';
import { drawDuration, durationSampler } from '../../src/state/durations.js';
import { createStreams } from '../../src/state/rng.js';
import { addCase, stateOf, tinyState } from '../helpers/fixtures.js';
import { loadDefault } from '../helpers/scenarios.js';

describe('age on starting care', () => {
  it('ages on starting care follow the scenario bands', () => {
    const s = tinyState({ pathway: { ageStartingCare: [{ underYears: 1, share: 0.5 }, { underYears: 16, share: 0 }, { underYears: 18, share: 0.5 }] } });
    const ages = Array.from({ length: 2000 }, () => drawAgeStartingCareWeeks(s) / 52);
    expect(ages.every((a) => a < 1 || (a >= 16 && a < 18))).toBe(true);
    const young = ages.filter((a) => a < 1).length / ages.length;
    expect(young).toBeGreaterThan(0.45);
    expect(young).toBeLessThan(0.55);
  });

  it('startPlan draws a child\'s age once, on her first period of care, and plans no care past her 18th birthday', () => {
    const s = tinyState({ pathway: { ageStartingCare: [{ underYears: 17, share: 0 }, { underYears: 18, share: 1 }] } });
    s.t = 500;
    const c = addCase(s, Stage.childProtection);
    expect(s.cases.bornWeek[c]).toBe(BIRTH_UNKNOWN);
    startPlan(s, c, Stage.lookedAfter);
    const born = s.cases.bornWeek[c];
    expect(s.t - born).toBeGreaterThanOrEqual(17 * 52);
    expect(s.t + s.cases.workNeeded[c]).toBeLessThanOrEqual(born + ADULT_WEEKS);
    startPlan(s, c, Stage.childProtection);
    s.t += 10;
    startPlan(s, c, Stage.lookedAfter);
    expect(s.cases.bornWeek[c]).toBe(born);
  });

  it('progressCases ends a period of care on the 18th birthday however little work is done', () => {
    const s = tinyState({ pathway: { careOverrunLimit: 10 } });
    s.t = 1000;
    const adult = addCase(s, Stage.lookedAfter, { workNeeded: 500 });
    const younger = addCase(s, Stage.lookedAfter, { workNeeded: 500 });
    s.cases.bornWeek[adult] = s.t - ADULT_WEEKS;
    s.cases.bornWeek[younger] = s.t - ADULT_WEEKS + 1;
    progressCases(s);
    expect(s.cases.stage[adult]).not.toBe(Stage.lookedAfter);
    expect(s.cases.stage[younger]).toBe(Stage.lookedAfter);
  });

  it('closeCase never schedules the return of a young person who would be 18 by then', () => {
    const s = tinyState({ reReferral: { baseProbability: 1, noServiceProbability: 1, meanDelayWeeks: 1 } });
    s.t = 2000;
    let returning = 0;
    for (let i = 0; i < 50; i++) {
      const young = addCase(s, Stage.lookedAfter);
      s.cases.bornWeek[young] = s.t - 5 * 52;
      closeCase(s, young, true);
      if (s.cases.stage[young] === Stage.awaitingReturn) returning++;
      const leaving = addCase(s, Stage.lookedAfter);
      s.cases.bornWeek[leaving] = s.t - ADULT_WEEKS;
      closeCase(s, leaving, true);
      expect(s.cases.stage[leaving]).not.toBe(Stage.awaitingReturn);
    }
    expect(returning).toBeGreaterThan(40);
  });
});

describe('periods of care open at the start', () => {
  const s = stateOf(loadDefault());
  const sampler = s.samplers.lookedAfter;

  it('drawSeededCare never seeds a child already 18, nor plans care past her 18th birthday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.double({ min: 1, max: 3, noNaN: true }), (seed, stretch) => {
        const rng = createStreams(seed).initial;
        for (let i = 0; i < 20; i++) {
          const care = drawSeededCare(s, sampler, stretch, rng);
          expect(care.ageWeeks + care.elapsed).toBeLessThan(ADULT_WEEKS);
          expect(care.ageWeeks + care.work).toBeLessThanOrEqual(ADULT_WEEKS);
          expect(care.elapsed).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('meanCareWeeks is the mean length of care ended by the 18th birthday (against a direct draw)', () => {
    const rng = createStreams(7).initial;
    for (const stretch of [1, 1.25]) {
      let sum = 0;
      const n = 40000;
      for (let i = 0; i < n; i++) {
        const age = drawAgeStartingCareWeeks(s, rng);
        sum += Math.min(stretch * drawDuration(sampler, rng), ADULT_WEEKS - age);
      }
      const expected = meanCareWeeks(s, sampler, stretch);
      expect(Math.abs(sum / n - expected) / expected).toBeLessThan(0.02);
      expect(expected).toBeLessThan(stretch * sampler.mean);
    }
  });

  it('meanPlanWeeks is, to the last bit, the week-by-week average of each bin\'s capped mean over the bands', () => {
    // Its definition written out: every week of age, every bin, min(stretch × D, weeks to 18) averaged.
    const direct = (bands: { underYears: number; share: number }[], bins: { upToWeeks: number; share: number }[], stretch: number): number => {
      const total = bands.reduce((sum, b) => sum + b.share, 0);
      const binTotal = bins.reduce((sum, b) => sum + b.share, 0);
      let mean = 0;
      let from = 0;
      for (const b of bands) {
        const weeks = Math.max(1, Math.round((b.underYears - from) * 52));
        for (let k = 0; k < weeks; k++) {
          const cap = Math.max(0, ADULT_WEEKS - (from * 52 + k + 0.5));
          let m = 0;
          let cumulative = 0;
          for (let i = 0; i < bins.length; i++) {
            const before = cumulative;
            cumulative += bins[i].share;
            const lo = i === 0 ? 0 : bins[i - 1].upToWeeks;
            const hi = bins[i].upToWeeks;
            const x = cap / stretch;
            const capped = x >= hi ? (stretch * (lo + hi)) / 2 : x <= lo ? cap : ((stretch * (x * x - lo * lo)) / 2 + cap * (hi - x)) / (hi - lo);
            m += ((cumulative - before) / binTotal) * capped;
          }
          mean += (b.share / total / weeks) * m;
        }
        from = b.underYears;
      }
      return mean;
    };
    const bands = fc.uniqueArray(fc.integer({ min: 1, max: 18 }), { minLength: 1, maxLength: 5 }).chain((ends) =>
      fc.tuple(...[...ends].sort((a, b) => a - b).map((underYears) => fc.record({ underYears: fc.constant(underYears), share: fc.double({ min: 0.01, max: 1, noNaN: true }) }))),
    );
    const bins = fc.uniqueArray(fc.integer({ min: 1, max: 1200 }), { minLength: 1, maxLength: 8 }).chain((ends) =>
      fc.tuple(...[...ends].sort((a, b) => a - b).map((upToWeeks) => fc.record({ upToWeeks: fc.constant(upToWeeks), share: fc.double({ min: 0.01, max: 1, noNaN: true }) }))),
    );
    fc.assert(
      fc.property(bands, bins, fc.double({ min: 0.2, max: 4, noNaN: true }), (b, d, stretch) => {
        expect(meanPlanWeeks(b, durationSampler(d), stretch)).toBe(direct(b, d, stretch));
      }),
      { numRuns: 200 },
    );
  });

  it('meanPlanWeeks answers again from the values it is given, the same lists changed in place included', () => {
    const bands = [{ underYears: 10, share: 0.5 }, { underYears: 18, share: 0.5 }];
    const sampler = durationSampler([{ upToWeeks: 52, share: 0.5 }, { upToWeeks: 600, share: 0.5 }]);
    const first = meanPlanWeeks(bands, sampler, 1.2);
    expect(meanPlanWeeks(bands, sampler, 1.2)).toBe(first);
    bands[1].share = 2;
    const moved = meanPlanWeeks(bands, sampler, 1.2);
    expect(moved).not.toBe(first);
    expect(moved).toBe(meanPlanWeeks([{ underYears: 10, share: 0.5 }, { underYears: 18, share: 2 }], sampler, 1.2));
    sampler.upper[1] = 700;
    expect(meanPlanWeeks(bands, sampler, 1.2)).not.toBe(moved);
    expect(meanPlanWeeks(bands, sampler, 1.3)).not.toBe(meanPlanWeeks(bands, sampler, 1.2));
  });

  it('the seeded authority has no looked-after child aged 18 or over', () => {
    const cs = s.cases;
    let lac = 0;
    for (let c = 0; c < cs.used; c++) {
      if (cs.stage[c] !== Stage.lookedAfter) continue;
      lac++;
      expect(s.t - cs.bornWeek[c]).toBeLessThan(ADULT_WEEKS);
      expect(s.t - cs.bornWeek[c]).toBeGreaterThanOrEqual(0);
    }
    expect(lac).toBeGreaterThan(300);
  });
});
