/**
 * The scenario of each design point: the base scenario with the sweep's run settings and the point's
 * parameter values set, each checked against the scenario schema before anything runs, so a value out
 * of range is reported with the sweep field that produced it rather than failing hours into a sweep.
 */
import { applyParameterPath } from '../scenario/paths.js';
import type { Scenario } from '../scenario/types.js';
import { validateScenario } from '../scenario/validate.js';
import type { Design } from './design.js';
import type { Sweep, SweepError } from './sweep.js';

/** The base scenario with the sweep's years and warm-up (seeds are set per run). */
export function sweepBase(base: Scenario, sweep: Sweep): Scenario {
  let s = base;
  if (sweep.years !== undefined) s = applyParameterPath(s, 'run.years', sweep.years);
  if (sweep.warmupWeeks !== undefined) s = applyParameterPath(s, 'run.warmupWeeks', sweep.warmupWeeks);
  return s;
}

/** One scenario per design point, or the problems (at most a few per parameter, to keep the report short). */
export function pointScenarios(base: Scenario, design: Design): { scenarios: Scenario[]; errors: SweepError[] } {
  const scenarios: Scenario[] = [];
  const errors: SweepError[] = [];
  const reported = new Map<string, number>();
  for (const point of design.points) {
    let s = base;
    for (const name of design.parameters) s = applyParameterPath(s, name, point.values[name]);
    for (const e of validateScenario(s)) {
      const name = design.parameters.find((p) => e.path === p || e.path.startsWith(`${p}.`)) ?? design.parameters.find((p) => e.message.includes(p));
      const path = name === undefined ? 'parameters' : `parameters[${JSON.stringify(name)}]`;
      const count = reported.get(path) ?? 0;
      reported.set(path, count + 1);
      if (count < 3) errors.push({ path, message: `design point ${point.index} (${design.parameters.map((p) => `${p} = ${String(point.values[p])}`).join(', ')}) makes an invalid scenario: ${e.message}` });
    }
    scenarios.push(s);
  }
  return { scenarios, errors };
}
