/**
 * The engine's public surface: what the CLI, batch runner, Web Worker and tests call.
 * Implemented in src/engine/run.ts.
 */
import type { RunResult } from '../metrics/fields.js';

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

export type { RunResult };
