/**
 * `--max-memory` above Node's own heap limit. The memory budget (src/batch/limits.ts) is Handover's
 * check, but V8 stops a process whose heap passes its limit (about 4 GB on a 64-bit machine with
 * enough memory, less on a small one) however high the budget. So a command asking for more than the
 * heap allows is started again, once, as a child with `--max-old-space-size` at the budget: the flag
 * is process-wide, so the engine's worker threads get it too. The child inherits the terminal, and its
 * exit code and any signal it dies of are passed on.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { parseMemory } from '../batch/limits.js';
import { maxMemoryArgument } from './maxMemoryOption.js';

/** Set in the child, so it never starts another. */
export const RELAUNCHED = 'HANDOVER_HEAP_RAISED';

/**
 * The `--max-old-space-size` (in MB) a budget of `bytes` needs, or undefined when the heap limit
 * already allows it. Only ever raised: a budget below the limit leaves Node's own.
 */
export function heapFlagFor(bytes: number, heapLimitBytes: number): string | undefined {
  if (!(bytes > heapLimitBytes)) return undefined;
  return `--max-old-space-size=${Math.ceil(bytes / 1024 ** 2)}`;
}

/**
 * Starts the command again with a heap large enough for its --max-memory and resolves with its exit
 * code; undefined when no relaunch is needed (no flag, a flag main will refuse, a limit already high
 * enough, or this is the relaunched child), and the command runs in this process.
 */
export function relaunchForHeap(script: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> | undefined {
  if (env[RELAUNCHED] === '1') return undefined;
  const text = maxMemoryArgument(args);
  const bytes = text === undefined ? undefined : parseMemory(text);
  if (typeof bytes !== 'number') return undefined;
  const flag = heapFlagFor(bytes, getHeapStatistics().heap_size_limit);
  if (flag === undefined) return undefined;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, flag, script, ...args], { stdio: 'inherit', env: { ...env, [RELAUNCHED]: '1' } });
    // Ctrl-C reaches both through the terminal; a signal sent to this process alone is passed on.
    const forward = (signal: NodeJS.Signals): void => {
      child.kill(signal);
    };
    const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT', 'SIGHUP'];
    for (const signal of signals) process.on(signal, forward);
    child.on('error', (error) => {
      process.stderr.write(`handover: cannot start Node again with a larger heap (${error.message}); run it as node ${flag} …\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      for (const s of signals) process.off(s, forward);
      // A child killed by a signal: the shell's 128 + its number.
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}
