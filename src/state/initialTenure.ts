/**
 * Tenures, and propensities to leave, of the workforce already in post when a run starts. In a
 * workforce that has been replacing its leavers for years, the time each current worker has served
 * follows the renewal process's stationary age distribution: density ∝ S(a), the share of starters
 * still in post after a weeks.
 *
 * S comes from the model's own leaving: a hazard λ·m in the first T weeks of service (the early-tenure
 * multiplier m) and λ after, times each worker's propensity to leave, which varies between people as a
 * Gamma with mean 1 and variance v (turnover.propensitySpread); nobody serves past the longest career.
 * With a Gamma propensity the share still in post is S(a) = (1 + v·H(a))^(−1/v), H the cumulative
 * hazard: the movers go early, and the stayers are left. λ is chosen so that the workforce's turnover
 * (1 / mean completed tenure) equals the given annual rate. The survivors are not a random draw of
 * propensities: after a weeks a worker's propensity is Gamma(1/v, rate 1/v + H(a)), lower the longer
 * she has stayed.
 *
 * Drawing from this instead of a geometric at the base rate matters: the base rate is low (stress and
 * morale multiply it in the run), so a geometric at that rate seeds a far too senior workforce whose
 * long-serving staff still dominate the leavers years later.
 */
import { gamma, type Rng } from './rng.js';

export interface TenureShape {
  /** Weekly hazard in the first `earlyWeeks` of service, for a propensity of 1. */
  early: number;
  /** Weekly hazard after that. */
  late: number;
  earlyWeeks: number;
  /** Variance of the propensity to leave (0: everyone alike). */
  spread: number;
  /** Nobody serves longer (whole weeks). */
  maxWeeks: number;
  /** cumulative[k]: ∫₀ᵏ S(a) da, for k = 0 … maxWeeks; its last entry is the mean completed tenure. */
  cumulative: Float64Array;
}

/** Below this variance everyone counts as alike (and (1 + v·H)^(−1/v) would be 1^∞ in floating point). */
export function propensitiesVary(spread: number): boolean {
  return spread > 1e-6;
}

/**
 * An antiderivative of S with respect to H: ∫ S da over a stretch where H rises at rate r is
 * (G(H₁) − G(H₀)) / r, so whole tables cost one power per entry instead of a numerical integral.
 */
function antiderivative(spread: number, H: number): number {
  if (!propensitiesVary(spread)) return -Math.exp(-H);
  if (Math.abs(spread - 1) < 1e-9) return Math.log1p(H);
  return Math.pow(1 + spread * H, 1 - 1 / spread) / (spread - 1);
}

function stillInPost(spread: number, H: number): number {
  return propensitiesVary(spread) ? Math.pow(1 + spread * H, -1 / spread) : Math.exp(-H);
}

/** ∫₀ᵃ S: the hazard rises at λ·m for the first T weeks and at λ after. */
function servedBy(lambda: number, m: number, T: number, spread: number, a: number): number {
  const segment = (H0: number, rate: number, length: number): number =>
    length <= 0 ? 0 : rate * length < 1e-12 ? length * stillInPost(spread, H0) : (antiderivative(spread, H0 + rate * length) - antiderivative(spread, H0)) / rate;
  const early = Math.min(a, T);
  return segment(0, lambda * m, early) + segment(lambda * m * early, lambda, a - early);
}

/** ∫₀ᵏ S for each whole week k = 0 … maxWeeks. */
function integrate(lambda: number, m: number, T: number, spread: number, maxWeeks: number): Float64Array {
  const out = new Float64Array(maxWeeks + 1);
  for (let k = 1; k <= maxWeeks; k++) out[k] = servedBy(lambda, m, T, spread, k);
  return out;
}

export function tenureShape(annualTurnover: number, earlyMultiplier: number, earlyWeeks: number, spread = 0, maxWeeks = 40 * 52): TenureShape {
  const weeks = Math.max(1, Math.round(maxWeeks));
  const target = 52 / annualTurnover; // mean completed tenure in weeks
  // Mean tenure falls as λ rises: bisect on a log scale between hazards of once in 10,000 years and weekly.
  // A target beyond the longest career cannot be met; λ then goes to the lower end and everyone stays.
  let lo = 1e-6;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = Math.sqrt(lo * hi);
    const mean = servedBy(mid, earlyMultiplier, earlyWeeks, spread, weeks);
    if (mean > target) lo = mid;
    else hi = mid;
  }
  const late = Math.sqrt(lo * hi);
  return { early: earlyMultiplier * late, late, earlyWeeks, spread, maxWeeks: weeks, cumulative: integrate(late, earlyMultiplier, earlyWeeks, spread, weeks) };
}

/** Share of the workforce in post still in its first `earlyWeeks` of service. */
export function shareEarly(shape: TenureShape): number {
  const c = shape.cumulative;
  return c[Math.min(shape.earlyWeeks, shape.maxWeeks)] / c[shape.maxWeeks];
}

/** Weeks served so far by one worker in post, drawn from the stationary distribution (two draws). */
export function drawTenureWeeks(rng: Rng, shape: TenureShape): number {
  const c = shape.cumulative;
  const target = rng() * c[shape.maxWeeks];
  // The week whose mass holds the draw, then a uniform point within it (S hardly changes in a week).
  let lo = 0;
  let hi = shape.maxWeeks;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (c[mid] <= target) lo = mid;
    else hi = mid;
  }
  return lo + rng();
}

/** The propensity to leave of a worker who has already stayed `weeks`: Gamma(1/v, rate 1/v + H). */
export function propensityAfter(rng: Rng, shape: TenureShape, weeks: number): number {
  if (!propensitiesVary(shape.spread)) return 1;
  const k = 1 / shape.spread;
  const hazard = shape.early * Math.min(weeks, shape.earlyWeeks) + shape.late * Math.max(0, weeks - shape.earlyWeeks);
  return gamma(rng, k) / (k + hazard);
}
