/**
 * A pool of engine workers on Node worker_threads, running the compiled entry build/workers/node.js
 * (this module sits in build/node/, beside build/workers/). A worker that crashes outright (not an
 * engine error, which comes back as a rejected run) is reported through onCrash.
 */
import { Worker } from 'node:worker_threads';
import { createPool, type Pool, type WorkerHandle } from '../workers/pool.js';

export const WORKER_ENTRY = new URL('../workers/node.js', import.meta.url);

/** One engine worker as a pool handle; it reports an uncaught error or an unexpected exit as a failure. */
export function nodeWorker(entry: URL = WORKER_ENTRY): WorkerHandle {
  const worker = new Worker(entry);
  // terminate() makes the thread exit with code 1: that is a close, not a failure.
  let closing = false;
  return {
    post: (message, transfer) => worker.postMessage(message, transfer ?? []),
    listen: (handler) => worker.on('message', handler),
    terminate: () => {
      closing = true;
      void worker.terminate();
    },
    onFailure: (handler) => {
      worker.on('error', (error) => {
        if (!closing) handler(error);
      });
      worker.on('exit', (code) => {
        if (!closing && code !== 0) handler(new Error(`the worker exited with code ${code}`));
      });
    },
  };
}

export function createNodePool(size: number, onCrash: (error: Error) => void): Pool {
  const handles: WorkerHandle[] = [];
  for (let i = 0; i < size; i++) {
    const handle = nodeWorker();
    handle.onFailure?.(onCrash);
    handles.push(handle);
  }
  return createPool(handles);
}
