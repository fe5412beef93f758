/**
 * Messages between a page or a batch runner and an engine worker (Web Worker or Node worker_threads).
 * One discriminated union each way. Series rows travel packed in one Float64Array, whose buffer is
 * transferred: a typed array per field (76 of them) cost more to send than the rows themselves — in
 * Chromium 0.34 ms a message against 0.01 ms packed, 9% of a decade's time in its Web Worker while rows
 * streamed every 13 weeks (docs/performance.md, "Browser: press Run to drawn").
 */
import { SERIES_FIELD_NAMES, type RunResult, type Series } from '../metrics/fields.js';
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
  /**
   * Instead of streamEveryWeeks: send the new rows after the first chunk of weeks, then whenever this
   * many milliseconds have passed since the last message (and at the end), however fast the run goes.
   */
  streamEveryMs?: number;
}

export type ToWorker =
  | { type: 'run'; id: number; scenario: Scenario; options: RunRequestOptions }
  | { type: 'cancel'; id: number };

/** A run's result as it travels: its series packed into one array (packRows), in the same place. */
export type PackedResult = Omit<RunResult, 'series'> & { series: Float64Array };

export type FromWorker =
  /** `rows`: the series' weeks from `from` on, packed (packRows). */
  | { type: 'progress'; id: number; done: number; total: number; from: number; rows: Float64Array }
  | { type: 'result'; id: number; result: PackedResult }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

/** Both ends of a worker channel, whatever the platform (see src/workers/browser.ts, node.ts). */
export interface Port {
  post(message: FromWorker | ToWorker, transfer?: ArrayBuffer[]): void;
  listen(handler: (message: unknown) => void): void;
}

/** Weeks `from` to `to` of every series field in one array, field after field in SERIES_FIELD_NAMES order. */
export function packRows(series: Series, from: number, to: number): Float64Array<ArrayBuffer> {
  const n = to - from;
  const packed = new Float64Array(SERIES_FIELD_NAMES.length * n);
  SERIES_FIELD_NAMES.forEach((field, k) => packed.set(series[field].subarray(from, to), k * n));
  return packed;
}

/** The series of packed rows: every field a view into the one array, nothing copied. */
export function unpackRows(packed: Float64Array): Series {
  const n = packed.length / SERIES_FIELD_NAMES.length;
  const series = {} as Series;
  SERIES_FIELD_NAMES.forEach((field, k) => {
    series[field] = packed.subarray(k * n, (k + 1) * n);
  });
  return series;
}

/** The result with its series unpacked; the keys keep the order they had in the worker. */
export function unpackResult(result: PackedResult): RunResult {
  return { ...result, series: unpackRows(result.series) };
}
