/**
 * Cold start: `handover --version` loads the bundled start-up script alone (bin/handover.js prints its
 * version text); every other command line runs from the CLI bundled as one script with its code cache
 * (src/node/cliBundle.ts), reached through the start-up script without Node's ES-module loader
 * (src/cli/start.ts). Without the bundle, each command loads only its own modules
 * (test/cli/cliBundle.test.ts, "the start-up script").
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it, expect, afterAll } from 'vitest';
import { ROOT } from './spawn.js';

const BIN = fileURLToPath(new URL('../../bin/handover.js', import.meta.url));
const RECORDER = fileURLToPath(new URL('./recordLoads.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'handover-loads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The project's own modules a command loads, as paths under build/ ("cli/main.js"), sorted, once each. */
function loaded(args: string[]): { status: number | null; modules: string[] } {
  const record = join(dir, `${args.join('_').replace(/\W/g, '')}.txt`);
  const ran = spawnSync(process.execPath, ['--import', RECORDER, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, HANDOVER_LOAD_RECORD: record } });
  const build = new URL('../../build/', import.meta.url).href;
  const urls = readFileSync(record, 'utf8').split('\n').filter((u) => u.startsWith(build));
  return { status: ran.status, modules: [...new Set(urls.map((u) => u.slice(build.length)))].sort() };
}

describe('modules loaded per command', () => {
  it('--version and -V load the start-up script only', () => {
    for (const flag of ['--version', '-V']) {
      const { status, modules } = loaded([flag]);
      expect(status).toBe(0);
      expect(modules).toEqual(['bundle/start.cjs']);
    }
  });

  it('--help, validate and run come from the bundled CLI, not the separate modules', () => {
    for (const args of [['--help'], ['help', 'run'], ['validate', 'scenarios/default.json'], ['run', 'scenarios/default.json', '--years', '1', '--quiet', '--summary-only', '--format', 'json']]) {
      const { status, modules } = loaded(args);
      expect(status).toBe(0);
      expect(modules).toEqual(['bundle/start.cjs']);
    }
  });
});
