/**
 * Messages between a page or a batch runner and an engine worker (Web Worker or Node worker_threads).
 * One discriminated union each way; results travel as columnar typed arrays in the transfer list.
 */
import type { RunResult, Series } from '../metrics/fields.js';
import type { Scenario } from '../scenario/types.js';

export interface RunRequestOptions {
  seed?: number;
  years?: number;
  recordEvents?: boolean;
  /**
   * Send a progress message with the new series rows every this many reporting weeks (default 26), and
   * one with the last rows at the end; more than the run's weeks: no progress messages, only the result.
   */
  streamEveryWeeks?: number;
}

export type ToWorker =
  | { type: 'run'; id: number; scenario: Scenario; options: RunRequestOptions }
  | { type: 'cancel'; id: number };

export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number; from: number; rows: Partial<Series> }
  | { type: 'result'; id: number; result: RunResult }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

/** Both ends of a worker channel, whatever the platform (see src/workers/browser.ts, node.ts). */
export interface Port {
  post(message: FromWorker | ToWorker, transfer?: ArrayBuffer[]): void;
  listen(handler: (message: unknown) => void): void;
}

/** Every ArrayBuffer in a result's series, for the transfer list. */
export function seriesBuffers(series: Partial<Series>): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const column of Object.values(series)) if (column) out.push(column.buffer as ArrayBuffer);
  return out;
}
