import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADULT_WEEKS, drawAgeStartingCareWeeks, drawSeededCare, meanCareWeeks } from '../../src/rules/age.js';
import { progressCases } from '../../src/rules/casework.js';
import { closeCase } from '../../src/rules/closure.js';
import { startPlan } from '../../src/rules/pathway.js';
import { BIRTH_UNKNOWN } from '../../src/state/cases.js';
import { Stage } from '../../src/state/codes.js';
import { drawDuration } from '../../src/state/durations.js';
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
