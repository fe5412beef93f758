/**
 * Schedules runs over a fixed set of engine workers, whatever the platform: the browser passes Web
 * Workers, the batch runner Node worker_threads. Each run resolves with its RunResult; which worker
 * ran it never changes the result (seeds come with the request).
 */
import type { RunResult, Series } from '../metrics/fields.js';
import type { Scenario } from '../scenario/types.js';
import { unpackResult, unpackRows, type FromWorker, type Port, type RunRequestOptions } from './protocol.js';

export interface WorkerHandle extends Port {
  terminate(): void;
  /** Registers a handler for the worker dying (an uncaught error, running out of memory, exiting). */
  onFailure?(handler: (error: Error) => void): void;
}

export interface RunProgress {
  done: number;
  total: number;
  from: number;
  rows: Partial<Series>;
}

export interface PoolRun {
  scenario: Scenario;
  options: RunRequestOptions;
  onProgress?: (progress: RunProgress) => void;
  signal?: AbortSignal;
}

export class CancelledError extends Error {
  constructor() {
    super('run cancelled');
    this.name = 'CancelledError';
  }
}

interface Pending extends PoolRun {
  id: number;
  resolve: (result: RunResult) => void;
  reject: (error: Error) => void;
}

export interface Pool {
  run(request: PoolRun): Promise<RunResult>;
  readonly size: number;
  close(): void;
}

export function createPool(workers: WorkerHandle[]): Pool {
  let nextId = 1;
  const queue: Pending[] = [];
  const busy = new Map<WorkerHandle, Pending>();
  const idle: WorkerHandle[] = [...workers];
  const alive = new Set(workers);

  /** A dead worker is dropped: its run fails with the reason, and when none is left the queue fails too. */
  function fail(worker: WorkerHandle, error: Error): void {
    if (!alive.delete(worker)) return;
    const reason = new Error(`an engine worker stopped (${error.message}); its run did not finish`);
    const job = busy.get(worker);
    busy.delete(worker);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    worker.terminate();
    job?.reject(reason);
    if (alive.size === 0) for (const queued of queue.splice(0)) queued.reject(reason);
  }

  for (const worker of workers) {
    worker.onFailure?.((error) => fail(worker, error));
    worker.listen((raw) => {
      const message = raw as FromWorker;
      const job = busy.get(worker);
      if (!job || job.id !== message.id) return;
      if (message.type === 'progress') {
        job.onProgress?.({ done: message.done, total: message.total, from: message.from, rows: unpackRows(message.rows) });
        return;
      }
      busy.delete(worker);
      idle.push(worker);
      if (message.type === 'result') job.resolve(unpackResult(message.result));
      else if (message.type === 'cancelled') job.reject(new CancelledError());
      else job.reject(new Error(message.message));
      dispatch();
    });
  }

  function dispatch(): void {
    while (idle.length > 0 && queue.length > 0) {
      const job = queue.shift() as Pending;
      if (job.signal?.aborted) {
        job.reject(new CancelledError());
        continue;
      }
      const worker = idle.shift() as WorkerHandle;
      busy.set(worker, job);
      job.signal?.addEventListener('abort', () => worker.post({ type: 'cancel', id: job.id }), { once: true });
      worker.post({ type: 'run', id: job.id, scenario: job.scenario, options: job.options });
    }
  }

  return {
    size: workers.length,
    run(request) {
      return new Promise<RunResult>((resolve, reject) => {
        if (alive.size === 0) {
          reject(new Error('no engine worker is left to run this'));
          return;
        }
        queue.push({ ...request, id: nextId++, resolve, reject });
        dispatch();
      });
    },
    close() {
      const open = [...alive];
      alive.clear(); // closing is not a failure
      for (const worker of open) worker.terminate();
      for (const job of queue.splice(0)) job.reject(new CancelledError());
    },
  };
}
