/**
 * The official workforce definitions (DfE children's social work workforce census, docs/model.md §D9), one
 * function each, used by the weekly series and the run summary alike. Zero denominators give 0.
 */

const ratio = (num: number, den: number): number => (den > 0 ? num / den : 0);

/** FTE leavers in a year / FTE in post. Agency workers are not in either figure. */
export function turnoverRate(leaversFte: number, inPostFte: number): number {
  return ratio(leaversFte, inPostFte);
}

/** Vacancies / (vacancies + FTE in post): a post covered by an agency worker is still vacant. */
export function vacancyRate(vacancyFte: number, inPostFte: number): number {
  return ratio(vacancyFte, vacancyFte + inPostFte);
}

/** Agency FTE / (agency FTE + FTE in post). */
export function agencyRate(agencyFte: number, inPostFte: number): number {
  return ratio(agencyFte, agencyFte + inPostFte);
}

/** Cases held / FTE of case-holding social workers. */
export function caseload(casesHeld: number, caseHoldingFte: number): number {
  return ratio(casesHeld, caseHoldingFte);
}

/** Referrals within 12 months of the child's previous referral / all referrals (CIN census). */
export function reReferralRate(reReferrals12m: number, referrals: number): number {
  return ratio(reReferrals12m, referrals);
}

export function share(part: number, whole: number): number {
  return ratio(part, whole);
}

/** The q-quantile (0–1) of an ascending-sorted array, by linear interpolation; 0 when empty. */
export function quantileSorted(sorted: Float64Array, n: number, q: number): number {
  if (n === 0) return 0;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
