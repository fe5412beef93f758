/**
 * Progress of a batch of runs. On a terminal: one bar redrawn in place at most ten times a second
 * (runs done, rate, time left). Elsewhere (a cluster log, a pipe): a plain line at most every
 * 10 seconds and at the end, so a log stays readable. A few lines of our own rather than a package:
 * the bar needs no colours, multi-bars or terminal detection beyond isTTY.
 */
import type { Io } from './io.js';

const BAR = 24;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Clears the bar (terminal) so the next message starts on a clean line. */
  end(): Promise<void>;
}

export function batchProgress(io: Io, label: string, quiet: boolean, now: () => number = () => performance.now()): Progress {
  if (quiet) return { update: () => undefined, end: async () => undefined };
  const start = now();
  let last = -Infinity;
  let shown = false;
  const say = (text: string): void => void io.err(text).catch(() => undefined);
  return {
    update(done, total) {
      const t = now();
      const final = done === total;
      if (!final && t - last < (io.errIsTty ? 100 : 10_000)) return;
      if (total === 0 || (!io.errIsTty && done === 0)) return;
      last = t;
      const seconds = (t - start) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const left = rate > 0 ? (total - done) / rate : NaN;
      const stats = `${done}/${total} runs  ${rate.toFixed(1)} runs/s  ${final ? `in ${duration(seconds)}` : `ETA ${duration(left)}`}`;
      if (io.errIsTty) {
        const filled = Math.round((BAR * done) / total);
        shown = true;
        say(`\r\x1b[K${label} [${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${stats}`);
      } else say(`${label}: ${stats}\n`);
    },
    async end() {
      if (shown) await io.err('\r\x1b[K');
    },
  };
}
