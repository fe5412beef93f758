/**
 * Design points of a sweep. A grid is every combination of the parameters' values, the first
 * parameter in the file varying slowest (as nested loops read). A Latin hypercube places `points`
 * points so that each parameter's range, cut into `points` equal strata, has exactly one point in each
 * (McKay, Beckman & Conover 1979); its randomness is a seeded stream of the sweep's seed, so the design
 * is part of the sweep file, not of the machine. Values are rounded to 6 significant digits (the CSV's
 * precision) so that the value in runs.csv is the value that ran; integer parameters are rounded to
 * whole numbers.
 */
import seedrandom from 'seedrandom';
import { schemaAt } from '../scenario/schema.js';
import type { ParameterSpec, ParameterValue, Sweep } from './sweep.js';

export interface DesignPoint {
  index: number;
  values: Record<string, ParameterValue>;
}

export interface Design {
  /** The varied parameters, in the sweep file's order: the design columns of every output. */
  parameters: string[];
  points: DesignPoint[];
}

function tidy(name: string, x: number): number {
  if (schemaAt(name.split('.'))?.type === 'integer') return Math.round(x);
  return Number(x.toPrecision(6));
}

function gridValues(name: string, spec: ParameterSpec): ParameterValue[] {
  if (spec.values) return spec.values;
  const { from = 0, to = 0, steps = 2 } = spec;
  return Array.from({ length: steps }, (_, i) => tidy(name, from + ((to - from) * i) / (steps - 1)));
}

function grid(parameters: string[], specs: Record<string, ParameterSpec>): Record<string, ParameterValue>[] {
  let rows: Record<string, ParameterValue>[] = [{}];
  for (const name of parameters) {
    const values = gridValues(name, specs[name]);
    rows = rows.flatMap((row) => values.map((v) => ({ ...row, [name]: v })));
  }
  return rows;
}

/** `n` points in the unit cube, one per stratum of every dimension; `random` gives numbers in [0, 1). */
export function latinHypercube(n: number, dimensions: number, random: () => number): number[][] {
  const points = Array.from({ length: n }, () => new Array<number>(dimensions));
  for (let d = 0; d < dimensions; d++) {
    const strata = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [strata[i], strata[j]] = [strata[j], strata[i]];
    }
    for (let i = 0; i < n; i++) points[i][d] = (strata[i] + random()) / n;
  }
  return points;
}

/** The design points of a valid sweep (see validateSweep), numbered from 0. */
export function expandDesign(sweep: Sweep): Design {
  const parameters = Object.keys(sweep.parameters);
  let rows: Record<string, ParameterValue>[];
  if ((sweep.design ?? 'grid') === 'grid') rows = grid(parameters, sweep.parameters);
  else {
    const random = seedrandom.alea(`handover:${sweep.seed ?? 1}:latinHypercube`);
    rows = latinHypercube(sweep.points ?? 1, parameters.length, random).map((unit) => {
      const row: Record<string, ParameterValue> = {};
      parameters.forEach((name, d) => {
        const { min = 0, max = 1 } = sweep.parameters[name];
        row[name] = tidy(name, min + unit[d] * (max - min));
      });
      return row;
    });
  }
  return { parameters, points: rows.map((values, index) => ({ index, values })) };
}
