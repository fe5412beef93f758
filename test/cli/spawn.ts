/** Runs the real command, `node bin/handover.js …`, as a user would (build/ is compiled by test/setup/build-cli.ts). */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/handover.js', import.meta.url));

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `timeout` (ms) kills a command that would hang, which then has status null. */
export function handover(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}): Ran {
  const env = { ...process.env, HANDOVER_DEBUG: '', ...options.env };
  const ran = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024, timeout: options.timeout });
  return { status: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

/**
 * handover() without blocking the test worker: a long command (a calibration) run with spawnSync keeps
 * the worker from answering vitest, which on a loaded machine ends the run with an RPC timeout.
 */
export function handoverAsync(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Ran> {
  return finished(spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, HANDOVER_DEBUG: '', ...options.env } }));
}

/** A spawned process's exit status and whole output, once it has closed. */
export function finished(child: ChildProcessWithoutNullStreams): Promise<Ran> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** No line of a stack trace ("    at f (file.js:1:2)") anywhere in the text. */
export const STACK_LINE = /^\s+at /m;

/** Refused as a user should see it: exit 2, one line on stderr matching `pattern`, no stack trace. */
export function refused(ran: Ran, pattern: RegExp): void {
  expect(ran.status).toBe(2);
  expect(ran.stderr).toMatch(pattern);
  expect(ran.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(ran.stderr).not.toMatch(STACK_LINE);
}
