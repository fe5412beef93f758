/**
 * Tenures of the workforce already in post when a run starts. In a workforce that has been replacing
 * its leavers for years, the time each current worker has served follows the renewal process's
 * stationary age distribution: density ∝ survival S(a). With the model's leaving hazard — λ₁ = m·λ₂
 * in the first T weeks of service (the early-tenure multiplier), λ₂ after — that is a mixture of an
 * exponential truncated to [0, T) and T plus an exponential at λ₂. λ₂ is chosen so that the
 * workforce's turnover (1 / mean completed tenure) equals the given annual rate.
 *
 * Drawing from this instead of a geometric at the base rate matters: the base rate is low (stress and
 * morale multiply it in the run), so a geometric at that rate seeds a far too senior workforce whose
 * long-serving staff still dominate the leavers years later.
 */
import type { Rng } from './rng.js';

export interface TenureShape {
  /** Weekly hazard in the first `earlyWeeks` of service. */
  early: number;
  /** Weekly hazard after that. */
  late: number;
  earlyWeeks: number;
  /** Probability that a current worker is still in her first `earlyWeeks`. */
  shareEarly: number;
}

/** Mean completed tenure in weeks for hazards (m·λ, λ) with the switch at T weeks. */
function meanTenure(lambda: number, m: number, T: number): number {
  const l1 = m * lambda;
  const stay = Math.exp(-l1 * T);
  return (1 - stay) / l1 + stay / lambda;
}

export function tenureShape(annualTurnover: number, earlyMultiplier: number, earlyWeeks: number): TenureShape {
  const target = 52 / annualTurnover; // mean completed tenure in weeks
  // meanTenure falls as λ rises: bisect on a log scale between hazards of once in 10,000 years and weekly.
  let lo = 1e-6;
  let hi = 1;
  for (let i = 0; i < 80; i++) {
    const mid = Math.sqrt(lo * hi);
    if (meanTenure(mid, earlyMultiplier, earlyWeeks) > target) lo = mid;
    else hi = mid;
  }
  const late = Math.sqrt(lo * hi);
  const early = earlyMultiplier * late;
  const stay = Math.exp(-early * earlyWeeks);
  const earlyMass = (1 - stay) / early;
  return { early, late, earlyWeeks, shareEarly: earlyMass / (earlyMass + stay / late) };
}

/** Weeks served so far by one worker in post, drawn from the stationary distribution (two draws). */
export function drawTenureWeeks(rng: Rng, shape: TenureShape): number {
  const pick = rng();
  const u = rng();
  if (pick < shape.shareEarly) {
    // Exponential at `early` truncated to [0, earlyWeeks): inverse transform on the truncated CDF.
    const stay = Math.exp(-shape.early * shape.earlyWeeks);
    return -Math.log(1 - u * (1 - stay)) / shape.early;
  }
  return shape.earlyWeeks - Math.log(1 - u) / shape.late;
}
