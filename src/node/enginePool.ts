/**
 * A pool of engine workers on Node worker_threads, running the compiled entry build/workers/node.js
 * (this module sits in build/node/, beside build/workers/). A worker that crashes outright (not an
 * engine error, which comes back as a rejected run) is reported through onCrash.
 */
import { Worker } from 'node:worker_threads';
import { createPool, type Pool, type WorkerHandle } from '../workers/pool.js';

export const WORKER_ENTRY = new URL('../workers/node.js', import.meta.url);

export function createNodePool(size: number, onCrash: (error: Error) => void): Pool {
  const handles: WorkerHandle[] = [];
  for (let i = 0; i < size; i++) {
    const worker = new Worker(WORKER_ENTRY);
    worker.on('error', onCrash);
    handles.push({
      post: (message, transfer) => worker.postMessage(message, transfer ?? []),
      listen: (handler) => worker.on('message', handler),
      terminate: () => void worker.terminate(),
    });
  }
  return createPool(handles);
}
