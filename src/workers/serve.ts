/**
 * The body of every engine worker: runs scenarios on request, streams new series rows as weeks
 * complete, and stops between chunks of weeks when asked to cancel. Imports only the engine, so the
 * browser entry (`serve(browserPort(self))`) and the Node entry (`serve(nodePort(parentPort))`) are
 * the only platform-specific lines.
 */
import { createSimulation } from '../engine/run.js';
import { packRows, type Port, type ToWorker } from './protocol.js';

/** Weeks run between looks at the message queue: small enough to cancel promptly, large enough to be cheap. */
const CHUNK_WEEKS = 13;

/**
 * Lets queued messages (a cancel) in between chunks, without the timer clamp: setTimeout(0) waits at
 * least 1 ms in Node and 4 ms in a browser once nested, which cost more than the simulation itself
 * for short runs. Node has setImmediate, which runs after pending I/O such as the parent's messages.
 * Browsers get a MessageChannel round trip, a task that interleaves fairly with the worker's own
 * messages (in Node such a port drains its whole queue first, so it could starve a cancel). Waiters
 * are served in order, so several runs in one worker share the channel.
 */
type Immediate = (callback: () => void) => unknown;
const immediate = (globalThis as { setImmediate?: Immediate }).setImmediate;
const waiters: (() => void)[] = [];
const channel = immediate === undefined && typeof MessageChannel === 'function' ? new MessageChannel() : undefined;
if (channel) (channel.port1 as unknown as { onmessage: () => void }).onmessage = () => waiters.shift()?.();

function yieldToMessages(): Promise<void> {
  if (immediate) return new Promise((resolve) => void immediate(resolve));
  if (!channel) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    waiters.push(resolve);
    channel.port2.postMessage(0);
  });
}

export function serve(port: Port): void {
  const cancelled = new Set<number>();
  port.listen((raw) => {
    const message = raw as ToWorker;
    if (message.type === 'cancel') cancelled.add(message.id);
    else if (message.type === 'run') void run(message);
  });

  async function run(request: Extract<ToWorker, { type: 'run' }>): Promise<void> {
    const { id, scenario, options } = request;
    try {
      const sim = createSimulation(scenario, options);
      const total = (options.years ?? scenario.run.years) * 52;
      const every = Math.max(1, options.streamEveryWeeks ?? 26);
      const everyMs = options.streamEveryMs;
      // A batch asks for no rows before the end (every past the run's weeks): the result alone carries
      // them, rather than a last progress message copying the whole series again.
      const streaming = everyMs !== undefined || every <= total;
      let sent = 0;
      let sentAt = -Infinity;
      while (!sim.done) {
        for (let i = 0; i < CHUNK_WEEKS && !sim.done; i++) sim.step();
        const due = everyMs === undefined ? sim.recorded - sent >= every : performance.now() - sentAt >= everyMs;
        if (streaming && (due || sim.done)) {
          const rows = packRows(sim.series, sent, sim.recorded);
          port.post({ type: 'progress', id, done: sim.recorded, total, from: sent, rows }, [rows.buffer]);
          sent = sim.recorded;
          if (everyMs !== undefined) sentAt = performance.now();
        }
        await yieldToMessages();
        if (cancelled.delete(id)) {
          port.post({ type: 'cancelled', id });
          return;
        }
      }
      const result = sim.result();
      const series = packRows(result.series, 0, result.weeks);
      port.post({ type: 'result', id, result: { ...result, series } }, [series.buffer]);
    } catch (error) {
      port.post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    }
  }
}
