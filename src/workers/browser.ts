/** The Web Worker entry: the same engine body as Node's, on the worker's global scope. */
import type { Port } from './protocol.js';
import { serve } from './serve.js';

interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export function browserPort(scope: WorkerScope): Port {
  return {
    post: (message, transfer) => scope.postMessage(message, transfer ?? []),
    listen: (handler) => scope.addEventListener('message', (event) => handler(event.data)),
  };
}

serve(browserPort(self as unknown as WorkerScope));
