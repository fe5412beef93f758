/**
 * Summary statistics of replications: mean, sample standard deviation and the 95% confidence interval
 * of the mean from Student's t (replications are independent runs, usually few, so not the normal
 * 1.96). Values that are not finite (an output undefined in that run, e.g. no leavers to share) are
 * left out and `n` says how many remained.
 */

/** t(0.975, df) for df = 1…30 (standard tables). */
const T975 = [
  12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157, 2.228139,
  2.200985, 2.178813, 2.160369, 2.144787, 2.13145, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963,
  2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.04523, 2.042272,
];
const Z975 = 1.959963984540054;

/** The 97.5% quantile of Student's t with `df` degrees of freedom (Cornish–Fisher expansion past 30, error < 1e-5). */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) return NaN;
  if (df <= 30 && Number.isInteger(df)) return T975[df - 1];
  const z = Z975;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3);
}

export interface Interval {
  n: number;
  mean: number;
  sd: number;
  ci95Low: number;
  ci95High: number;
}

/** Mean, sd and 95% CI of the finite values; NaN where undefined (no values, or sd and CI of one value). */
export function describe(values: readonly number[]): Interval {
  const finite = values.filter((v) => Number.isFinite(v));
  const n = finite.length;
  if (n === 0) return { n, mean: NaN, sd: NaN, ci95Low: NaN, ci95High: NaN };
  let sum = 0;
  for (const v of finite) sum += v;
  const mean = sum / n;
  if (n === 1) return { n, mean, sd: NaN, ci95Low: NaN, ci95High: NaN };
  let squares = 0;
  for (const v of finite) squares += (v - mean) ** 2;
  const sd = Math.sqrt(squares / (n - 1));
  const half = tQuantile975(n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, ci95Low: mean - half, ci95High: mean + half };
}
