/**
 * A sweep's size before its design is expanded, so that a design of 10^8 points is refused rather than
 * built: the number of design points (a grid's product of value counts, or a latinHypercube's
 * `points`), the parameter to blame, and the base scenario with every varied parameter at its largest
 * value, whose run estimate bounds every point's.
 */
import { applyParameterPath } from '../scenario/paths.js';
import type { Scenario } from '../scenario/types.js';
import type { SweepShape } from './limits.js';
import type { ParameterSpec, Sweep } from './sweep.js';

function count(spec: ParameterSpec): number {
  return spec.values?.length ?? spec.steps ?? 1;
}

function largest(spec: ParameterSpec): number | undefined {
  const numbers = [...(spec.values ?? []), spec.from, spec.to, spec.max].filter((v): v is number => typeof v === 'number');
  return numbers.length > 0 ? Math.max(...numbers) : undefined;
}

export function sweepShape(sweep: Sweep): SweepShape {
  const names = Object.keys(sweep.parameters);
  if ((sweep.design ?? 'grid') === 'latinHypercube') return { points: sweep.points ?? 1, replications: sweep.replications, field: 'points' };
  const points = names.reduce((product, name) => product * count(sweep.parameters[name]), 1);
  const most = names.reduce((best, name) => (count(sweep.parameters[name]) > count(sweep.parameters[best]) ? name : best), names[0]);
  return { points, replications: sweep.replications, field: `parameters[${JSON.stringify(most)}]` };
}

/** The base scenario (with the sweep's years and warm-up) with every numeric varied parameter at its largest value. */
export function largestPoint(base: Scenario, sweep: Sweep): Scenario {
  let s = base;
  for (const [name, spec] of Object.entries(sweep.parameters)) {
    const value = largest(spec);
    if (value !== undefined) s = applyParameterPath(s, name, value);
  }
  return s;
}
