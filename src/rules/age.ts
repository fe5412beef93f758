/**
 * A child's age (docs/model.md §D2, "Age and leaving care"): drawn when she is first referred, from the
 * ages at referral (pathway.ageAtReferral), and kept for her later episodes. The share of assessments
 * that lead to care depends on her age, so that the children starting care have DfE's ages on starting
 * (pathway.ageStartingCare). She is an adult on her 18th birthday: a plan is at most the time left until
 * then, and a case still open on that day closes (a looked-after child leaves care at 18).
 */
import { next, type Rng } from '../state/rng.js';
import { drawDuration, type DurationSampler } from '../state/durations.js';
import type { State } from '../state/state.js';
import type { AgeBand } from '../scenario/types.js';

/** Care ends on the 18th birthday (Children Act 1989 s.105: a child is a person under 18). */
export const ADULT_WEEKS = 18 * 52;

/** The bands' shares added left to right from 0, as `reduce` would, without a callback per band. */
function sharesTotal(bands: AgeBand[]): number {
  let sum = 0;
  for (let i = 0; i < bands.length; i++) sum += bands[i].share;
  return sum;
}

/** An age in weeks drawn from `bands`: a band by its share, then uniformly within it. */
function drawAgeWeeks(bands: AgeBand[], rng: Rng): number {
  const total = sharesTotal(bands);
  let u = next(rng) * total;
  let from = 0;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i];
    if (u < b.share) return Math.floor((from + (b.underYears - from) * (u / b.share)) * 52);
    u -= b.share;
    from = b.underYears;
  }
  return Math.floor(from * 52);
}

/** The child's age on starting to be looked after, in weeks, from the scenario's age bands. */
export function drawAgeStartingCareWeeks(s: State, rng: Rng = s.rng.structure): number {
  return drawAgeWeeks(s.p.pathway.ageStartingCare, rng);
}

/** The child's age at her first referral, in weeks. */
export function drawAgeAtReferralWeeks(s: State, rng: Rng = s.rng.age): number {
  return drawAgeWeeks(s.p.pathway.ageAtReferral, rng);
}

/** Share per year of age of the band holding `ageWeeks` (0 outside every band). */
function density(bands: AgeBand[], ageWeeks: number): number {
  const total = sharesTotal(bands);
  let from = 0;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i];
    if (ageWeeks < b.underYears * 52) return b.underYears > from ? b.share / total / (b.underYears - from) : 0;
    from = b.underYears;
  }
  return 0;
}

/**
 * How much likelier than average an assessment of a child this age is to lead to care: DfE's ages on
 * starting care over the ages at referral (Bayes' rule, P(care | age) = P(care) × f(age | care) / f(age)).
 * Averaged over the ages at referral it is 1, so the share of assessments leading to care is kept.
 */
export function careLikelihoodAtAge(s: State, ageWeeks: number): number {
  const atReferral = density(s.p.pathway.ageAtReferral, ageWeeks);
  return atReferral > 0 ? density(s.p.pathway.ageStartingCare, ageWeeks) / atReferral : 1;
}

/** Weeks from `week` to the 18th birthday of a child born in `bornWeek` (never below one). */
export function weeksTo18(bornWeek: number, week: number): number {
  return Math.max(1, bornWeek + ADULT_WEEKS - week);
}

/** The 18th birthday of a child born in `bornWeek`: her case closes, and care ends, by then. */
export const leavesCareWeek = (bornWeek: number): number => bornWeek + ADULT_WEEKS;

/** Mean of min(stretch × D, cap) for D uniform on [a, b]. */
function meanCapped(a: number, b: number, stretch: number, cap: number): number {
  const x = cap / stretch;
  if (x >= b) return (stretch * (a + b)) / 2;
  if (x <= a) return cap;
  return ((stretch * (x * x - a * a)) / 2 + cap * (b - x)) / (b - a);
}

/**
 * Mean calendar weeks of a plan that runs `stretch` times its planned work, ended by the 18th birthday,
 * for children whose ages at the plan's start follow `bands`: averaged over the bands (a week of age at
 * a time) and the duration histogram's bins. The seeded caseload is starts × this.
 */
export function meanPlanWeeks(bands: AgeBand[], sampler: DurationSampler, stretch: number): number {
  const key = planMeanKey(bands, sampler, stretch);
  for (const kept of keptPlanMeans) if (sameValues(kept.key, key)) return kept.mean;
  const mean = planMeanOf(bands, sampler, stretch);
  if (keptPlanMeans.length === PLAN_MEANS_KEPT) keptPlanMeans.shift();
  keptPlanMeans.push({ key, mean });
  return mean;
}

/**
 * meanPlanWeeks' last answers, by every value they were worked out from. The seeding's bisection asks
 * about a hundred times a run, a third of them for periods of care whose stretch has stopped at the
 * care overrun limit, and each run of a scenario asks the same again: nearly a fifth of setting up a
 * run went to this sum (docs/performance.md).
 */
const PLAN_MEANS_KEPT = 8;
const keptPlanMeans: { key: Float64Array; mean: number }[] = [];

function planMeanKey(bands: AgeBand[], sampler: DurationSampler, stretch: number): Float64Array {
  const { lower, upper, cumulative } = sampler;
  const key = new Float64Array(2 + 2 * bands.length + 3 * lower.length);
  key[0] = stretch;
  key[1] = bands.length;
  let k = 2;
  for (let i = 0; i < bands.length; i++) {
    key[k++] = bands[i].underYears;
    key[k++] = bands[i].share;
  }
  key.set(lower, k);
  key.set(upper, k + lower.length);
  key.set(cumulative, k + 2 * lower.length);
  return key;
}

/** Equal element by element, telling -0 from 0 as the sums would. */
function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] || (a[i] === 0 && 1 / a[i] !== 1 / b[i])) return false;
  return true;
}

function planMeanOf(bands: AgeBand[], sampler: DurationSampler, stretch: number): number {
  const total = sharesTotal(bands);
  const { lower, upper, cumulative } = sampler;
  const binTotal = cumulative[cumulative.length - 1];
  const shares = new Float64Array(lower.length);
  let longest = 0;
  for (let i = 0; i < lower.length; i++) {
    shares[i] = (cumulative[i] - (i === 0 ? 0 : cumulative[i - 1])) / binTotal;
    longest = Math.max(longest, upper[i]);
  }
  // At an age where even the longest bin ends before the 18th birthday, no bin is capped and the mean is
  // the same for every such week: it is worked out once (NaN until then), by the same sum as any other week.
  let uncapped = NaN;
  let mean = 0;
  let from = 0;
  for (const b of bands) {
    const weeks = Math.max(1, Math.round((b.underYears - from) * 52));
    for (let k = 0; k < weeks; k++) {
      const cap = Math.max(0, ADULT_WEEKS - (from * 52 + k + 0.5));
      let m: number;
      if (cap / stretch >= longest && uncapped === uncapped) m = uncapped;
      else {
        m = 0;
        for (let i = 0; i < lower.length; i++) m += shares[i] * meanCapped(lower[i], upper[i], stretch, cap);
        if (cap / stretch >= longest) uncapped = m;
      }
      mean += (b.share / total / weeks) * m;
    }
    from = b.underYears;
  }
  return mean;
}

/** Mean calendar weeks of a period of care (children start care at DfE's ages on starting). */
export const meanCareWeeks = (s: State, sampler: DurationSampler, stretch: number): number => meanPlanWeeks(s.p.pathway.ageStartingCare, sampler, stretch);

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
    if (next(rng) * longest < length) return { ageWeeks, work, elapsed: Math.floor(length * next(rng)) };
  }
}
