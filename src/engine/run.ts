/**
 * Running a scenario, the engine's public surface (the CLI, the Web Worker and Node worker body, trainer
 * mode and the benchmarks call it): create the state, step through warm-up and the reporting weeks,
 * record the series and summarise. `createSimulation` exposes the same loop one week at a time for the
 * browser (trainer mode, streaming charts); `runScenario` runs it to the end.
 */
import type { Scenario } from '../scenario/types.js';
import type { RunResult, Series } from '../metrics/fields.js';
import { summarise } from '../metrics/summary.js';
import { createSeries, createWeekScratch, recordWeek, updateRings } from '../metrics/weekly.js';
import { createState } from './init.js';
import { isReporting, type State } from '../state/state.js';
import { step } from './step.js';

export interface RunOptions {
  /** Overrides scenario.run.seed. */
  seed?: number;
  /** Overrides scenario.run.years. */
  years?: number;
  /**
   * Keep the event log (every referral, allocation, change of worker, leaver); off by default because it
   * is large. true: the reporting weeks only. 'withWarmup': the warm-up weeks too (weeks 0 and below),
   * so trainer mode can tell the whole story of a child who is already open when the demonstration starts.
   */
  recordEvents?: boolean | 'withWarmup';
  /** Called after each reporting week with (weeks done, weeks in total). */
  onProgress?: (done: number, total: number) => void;
}

export interface Simulation {
  state: State;
  series: Series;
  /** Reporting weeks recorded so far. */
  readonly recorded: number;
  readonly done: boolean;
  /** Advances one week (warm-up weeks are run silently before the first reporting week). */
  step(): void;
  result(): RunResult;
}

export function createSimulation(scenario: Scenario, options: RunOptions = {}): Simulation {
  const seed = options.seed ?? scenario.run.seed;
  const years = options.years ?? scenario.run.years;
  const s = createState(scenario, seed, years, (options.recordEvents ?? false) !== false);
  s.eventsInWarmup = options.recordEvents === 'withWarmup';
  const weeks = years * 52;
  const series = createSeries(weeks);
  const scratch = createWeekScratch();
  let recorded = 0;
  const advance = (): void => {
    step(s);
    updateRings(s);
    if (isReporting(s)) recordWeek(s, series, recorded++, scratch);
    s.t++;
  };
  return {
    state: s,
    series,
    get recorded() {
      return recorded;
    },
    get done() {
      return s.t >= s.totalWeeks;
    },
    step() {
      if (s.t >= s.totalWeeks) return;
      while (s.t < s.warmupWeeks) advance();
      advance();
    },
    result(): RunResult {
      const partial = recorded < weeks ? sliceSeries(series, recorded) : series;
      return {
        scenarioName: scenario.name,
        seed,
        warmupWeeks: s.warmupWeeks,
        weeks: recorded,
        series: partial,
        summary: summarise(partial, s.window),
        ...(s.events ? { events: s.events } : {}),
      };
    },
  };
}

function sliceSeries(series: Series, n: number): Series {
  const out = {} as Series;
  for (const key of Object.keys(series) as (keyof Series)[]) out[key] = series[key].slice(0, n);
  return out;
}

export function runScenario(scenario: Scenario, options: RunOptions = {}): RunResult {
  const sim = createSimulation(scenario, options);
  const total = (options.years ?? scenario.run.years) * 52;
  while (!sim.done) {
    sim.step();
    options.onProgress?.(sim.recorded, total);
  }
  return sim.result();
}
