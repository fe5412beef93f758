/**
 * Which Chromium the browser tests drive: HANDOVER_CHROME if set, else Debian's /usr/bin/chromium.
 * Without one the browser tests are skipped (a fresh machine need not have a browser), unless
 * HANDOVER_REQUIRE_BROWSER=1, which .ci/run sets so that CI can never skip them.
 */
import { accessSync, constants, statSync } from 'node:fs';

export const DEFAULT_CHROME = '/usr/bin/chromium';

export function chromePath(env: Record<string, string | undefined> = process.env): string {
  return env.HANDOVER_CHROME || DEFAULT_CHROME;
}

/** True when the path is an executable file. */
export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Undefined when the browser tests can run; otherwise the line to print when skipping them. Throws when
 * HANDOVER_REQUIRE_BROWSER=1 and no browser is found.
 */
export function browserSkipReason(env: Record<string, string | undefined> = process.env): string | undefined {
  const path = chromePath(env);
  if (isExecutable(path)) return undefined;
  const missing = `no Chromium at ${path}${env.HANDOVER_CHROME ? ' (HANDOVER_CHROME)' : ''}`;
  if (env.HANDOVER_REQUIRE_BROWSER === '1') throw new Error(`HANDOVER_REQUIRE_BROWSER=1 but ${missing}: install chromium or set HANDOVER_CHROME to a Chromium executable`);
  return `browser tests (test/browser/) skipped: ${missing}; install chromium (apt-get install chromium) or set HANDOVER_CHROME=/path/to/chromium to run them`;
}
