/**
 * A looked-after child's age (docs/model.md §D2, "Age and leaving care"): drawn when she first starts to
 * be looked after, from the published ages of children starting care (pathway.ageStartingCare), and kept
 * for her later episodes. Care ends by her 18th birthday: the planned length of a period of care is at
 * most the time left until then, and a plan still running on that day ends (leaving care at 18).
 */
import type { Rng } from '../state/rng.js';
import { drawDuration, type DurationSampler } from '../state/durations.js';
import type { State } from '../state/state.js';

/** Care ends on the 18th birthday (Children Act 1989 s.105: a child is a person under 18). */
export const ADULT_WEEKS = 18 * 52;

/** The child's age on starting to be looked after, in weeks, from the scenario's age bands. */
export function drawAgeStartingCareWeeks(s: State, rng: Rng = s.rng.structure): number {
  const bands = s.p.pathway.ageStartingCare;
  let total = 0;
  for (const b of bands) total += b.share;
  let u = rng() * total;
  let from = 0;
  for (const b of bands) {
    if (u < b.share) return Math.floor((from + (b.underYears - from) * (u / b.share)) * 52);
    u -= b.share;
    from = b.underYears;
  }
  return Math.floor(from * 52);
}

/** Weeks from `week` to the 18th birthday of a child born in `bornWeek` (never below one). */
export function weeksTo18(bornWeek: number, week: number): number {
  return Math.max(1, bornWeek + ADULT_WEEKS - week);
}

/** The week a looked-after child born in `bornWeek` leaves care at the latest. */
export const leavesCareWeek = (bornWeek: number): number => bornWeek + ADULT_WEEKS;

/** Mean of min(stretch × D, cap) for D uniform on [a, b]. */
function meanCapped(a: number, b: number, stretch: number, cap: number): number {
  const x = cap / stretch;
  if (x >= b) return (stretch * (a + b)) / 2;
  if (x <= a) return cap;
  return ((stretch * (x * x - a * a)) / 2 + cap * (b - x)) / (b - a);
}

/**
 * Mean calendar weeks of a period of care that runs `stretch` times its planned work, ended by the
 * 18th birthday: averaged over the age bands (a week at a time) and the duration histogram's bins.
 * The seeded looked-after stock is starts × this.
 */
export function meanCareWeeks(s: State, sampler: DurationSampler, stretch: number): number {
  const bands = s.p.pathway.ageStartingCare;
  let total = 0;
  for (const b of bands) total += b.share;
  const binTotal = sampler.cumulative[sampler.cumulative.length - 1];
  let mean = 0;
  let from = 0;
  for (const b of bands) {
    const weeks = Math.max(1, Math.round((b.underYears - from) * 52));
    for (let k = 0; k < weeks; k++) {
      const cap = ADULT_WEEKS - (from * 52 + k + 0.5);
      let m = 0;
      for (let i = 0; i < sampler.lower.length; i++) {
        const share = (sampler.cumulative[i] - (i === 0 ? 0 : sampler.cumulative[i - 1])) / binTotal;
        m += share * meanCapped(sampler.lower[i], sampler.upper[i], stretch, Math.max(0, cap));
      }
      mean += (b.share / total / weeks) * m;
    }
    from = b.underYears;
  }
  return mean;
}

/**
 * A period of care open on the day the run starts: her age on starting care and its planned work are
 * drawn together in proportion to the period's calendar length (a case open on a given day is more
 * likely a long one), and the weeks it has already run are uniform over that length.
 */
export function drawSeededCare(s: State, sampler: DurationSampler, stretch: number, rng: Rng): { ageWeeks: number; work: number; elapsed: number } {
  const longest = stretch * sampler.upper[sampler.upper.length - 1];
  for (;;) {
    const ageWeeks = drawAgeStartingCareWeeks(s, rng);
    const work = Math.min(drawDuration(sampler, rng), weeksTo18(-ageWeeks, 0));
    const length = Math.min(stretch * work, ADULT_WEEKS - ageWeeks);
    if (rng() * longest < length) return { ageWeeks, work, elapsed: Math.floor(length * rng()) };
  }
}
