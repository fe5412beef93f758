/**
 * Cold start: `handover --version` and `--help` load only the dispatcher's few modules (src/cli/main.ts
 * imports each command's modules when it runs), so they parse no engine, scenario or batch code; a
 * command runs from the CLI bundled as one script with its code cache (src/node/cliBundle.ts).
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

/** The project's own modules a command loads, as paths under build/ ("cli/main.js"), sorted. */
function loaded(args: string[]): { status: number | null; modules: string[] } {
  const record = join(dir, `${args.join('_').replace(/\W/g, '')}.txt`);
  const ran = spawnSync(process.execPath, ['--import', RECORDER, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, HANDOVER_LOAD_RECORD: record } });
  const build = new URL('../../build/', import.meta.url).href;
  const urls = readFileSync(record, 'utf8').split('\n').filter((u) => u.startsWith(build));
  return { status: ran.status, modules: urls.map((u) => u.slice(build.length)).sort() };
}

describe('modules loaded per command', () => {
  it('--version loads the dispatcher and the version reader only', () => {
    const { status, modules } = loaded(['--version']);
    expect(status).toBe(0);
    expect(modules).toEqual(['cli/errors.js', 'cli/io.js', 'cli/main.js', 'cli/version.js', 'node/fsErrors.js']);
  });

  it('--help loads no engine, batch, calibration or scenario-checking code', () => {
    const { status, modules } = loaded(['--help']);
    expect(status).toBe(0);
    expect(modules.filter((m) => /^(engine|state|rules|policies|metrics|batch|calibrate|workers|outputs)\//.test(m) || m.startsWith('scenario/validate'))).toEqual([]);
  });

  it('validate and run come from the bundled CLI, not the separate modules', () => {
    for (const args of [['validate', 'scenarios/default.json'], ['run', 'scenarios/default.json', '--years', '1', '--quiet', '--summary-only', '--format', 'json']]) {
      const { status, modules } = loaded(args);
      expect(status).toBe(0);
      expect(modules).toEqual(['node/cliBundle.js']);
    }
  });
});
