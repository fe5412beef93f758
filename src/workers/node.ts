/** The Node worker_threads entry: the same engine body as the browser's, on a Node MessagePort. */
import { parentPort } from 'node:worker_threads';
import type { Port } from './protocol.js';
import { serve } from './serve.js';

export function nodePort(port: NonNullable<typeof parentPort>): Port {
  return {
    post: (message, transfer) => port.postMessage(message, transfer ?? []),
    listen: (handler) => port.on('message', handler),
  };
}

if (parentPort) serve(nodePort(parentPort));
