/**
 * Cold start: each command loads only the modules it needs (src/cli/main.ts imports them per command),
 * so `handover --version` and `--help` parse no engine, scenario or batch code, and `validate` no engine.
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

  it('validate loads the scenario checks but no engine, batch or calibration code', () => {
    const { status, modules } = loaded(['validate', 'scenarios/default.json']);
    expect(status).toBe(0);
    expect(modules).toContain('scenario/scenarioValidator.generated.js');
    expect(modules.filter((m) => /^(engine|state|rules|batch|calibrate|workers)\//.test(m))).toEqual([]);
  });

  it('run loads the engine (the recorder sees what a command needs)', () => {
    const { status, modules } = loaded(['run', 'scenarios/default.json', '--years', '1', '--quiet', '--summary-only', '--format', 'json']);
    expect(status).toBe(0);
    expect(modules.some((m) => m.startsWith('engine/'))).toBe(true);
  });
});
