/**
 * Nelder–Mead simplex minimisation in a box, with random restarts. The search runs in unit
 * coordinates (each parameter scaled to [0, 1] between its bounds) and clamps every trial point to the
 * box, so a parameter never leaves the bounds the user gave. Coefficients are the standard ones
 * (reflection 1, expansion 2, contraction ½, shrink ½; Nelder & Mead 1965, Lagarias et al. 1998).
 * Restarts begin at points drawn from `random` (passed in, so a search repeats exactly).
 * The objective may be async: each evaluation of a calibration runs simulations on a worker pool.
 */

export interface Bounds {
  min: number;
  max: number;
}

export interface NelderMeadOptions {
  /** Starting point in parameter units; restarts after the first begin at random points. */
  start: readonly number[];
  bounds: readonly Bounds[];
  /** Total evaluations over all restarts. */
  maxEvaluations: number;
  /** Random restarts after the first search (0 = a single search). */
  restarts: number;
  /** Uniform random numbers in [0, 1), for the restart points. */
  random: () => number;
  /** Initial simplex edge, as a share of each parameter's range (default 0.15). */
  initialStep?: number;
  /** A search stops when its simplex spans less than this in unit coordinates and in value (default 1e-3). */
  tolerance?: number;
  onEvaluation?: (evaluation: Evaluation) => void;
}

export interface Evaluation {
  index: number;
  restart: number;
  x: number[];
  value: number;
}

export interface MinimiseResult {
  x: number[];
  value: number;
  evaluations: number;
  history: Evaluation[];
}

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

export async function nelderMead(f: (x: number[]) => Promise<number> | number, options: NelderMeadOptions): Promise<MinimiseResult> {
  const { bounds, maxEvaluations, restarts, random } = options;
  const n = bounds.length;
  const step = options.initialStep ?? 0.15;
  const tol = options.tolerance ?? 1e-3;
  const toParams = (u: readonly number[]): number[] => u.map((v, i) => bounds[i].min + clamp01(v) * (bounds[i].max - bounds[i].min));
  const toUnit = (x: readonly number[]): number[] => x.map((v, i) => (bounds[i].max > bounds[i].min ? clamp01((v - bounds[i].min) / (bounds[i].max - bounds[i].min)) : 0));
  const history: Evaluation[] = [];
  let best: Evaluation | undefined;
  let restart = 0;

  const evaluate = async (u: number[]): Promise<number> => {
    const x = toParams(u);
    const value = await f(x);
    const evaluation = { index: history.length, restart, x, value: Number.isFinite(value) ? value : Infinity };
    history.push(evaluation);
    if (!best || evaluation.value < best.value) best = evaluation;
    options.onEvaluation?.(evaluation);
    return evaluation.value;
  };

  for (; restart <= restarts && history.length < maxEvaluations; restart++) {
    const origin = restart === 0 ? toUnit(options.start) : bounds.map(() => random());
    // The initial simplex steps inward from a bound so that no vertex is clamped onto another.
    const simplex = [origin, ...origin.map((v, i) => origin.map((w, j) => (j === i ? (v + step <= 1 ? v + step : v - step) : w)))];
    const values: number[] = [];
    for (const vertex of simplex) {
      if (history.length >= maxEvaluations) break;
      values.push(await evaluate(vertex.map(clamp01)));
    }
    if (values.length < simplex.length) break;

    while (history.length < maxEvaluations) {
      const order = simplex.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
      const sorted = order.map((i) => simplex[i]);
      const sortedValues = order.map((i) => values[i]);
      simplex.splice(0, simplex.length, ...sorted);
      values.splice(0, values.length, ...sortedValues);
      const size = Math.max(...simplex.slice(1).map((v) => Math.max(...v.map((c, j) => Math.abs(c - simplex[0][j])))));
      if (size < tol && values[n] - values[0] <= tol * Math.max(1, Math.abs(values[0]))) break;

      const centroid = Array.from({ length: n }, (_, j) => simplex.slice(0, n).reduce((sum, v) => sum + v[j], 0) / n);
      const along = (t: number): number[] => centroid.map((c, j) => clamp01(c + t * (simplex[n][j] - c)));
      const reflected = along(-1);
      const fr = await evaluate(reflected);
      if (fr < values[0]) {
        const expanded = along(-2);
        const fe = history.length < maxEvaluations ? await evaluate(expanded) : Infinity;
        [simplex[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
      } else if (fr < values[n - 1]) {
        [simplex[n], values[n]] = [reflected, fr];
      } else {
        const contracted = fr < values[n] ? along(-0.5) : along(0.5);
        const fc = history.length < maxEvaluations ? await evaluate(contracted) : Infinity;
        if (fc < Math.min(fr, values[n])) {
          [simplex[n], values[n]] = [contracted, fc];
        } else {
          for (let i = 1; i <= n && history.length < maxEvaluations; i++) {
            simplex[i] = simplex[i].map((c, j) => simplex[0][j] + 0.5 * (c - simplex[0][j]));
            values[i] = await evaluate(simplex[i]);
          }
        }
      }
    }
  }
  if (!best) throw new Error('nelderMead: no evaluation was made (maxEvaluations must be at least the number of parameters + 1)');
  return { x: best.x, value: best.value, evaluations: history.length, history };
}
