/** The package version, read from package.json two folders up (the same from src/cli and build/cli). */
import { readFileSync } from 'node:fs';

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

/** What `handover --version` prints; bin/handover.js prints it without loading the dispatcher. */
export function versionText(): string {
  return `handover ${packageVersion()}\n`;
}
