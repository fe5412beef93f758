/**
 * Outputs never destroy anything, and are checked before any simulation: the real command against
 * links, devices, FIFOs, files where folders belong and folders it may not write.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handover, ROOT, refused, type Ran } from './spawn.js';

let dir: string;
const at = (...parts: string[]): string => join(dir, ...parts);
const isRoot = process.getuid?.() === 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handover-outputs-'));
  chmodSync(dir, 0o755);
  writeFileSync(at('sweep.json'), JSON.stringify({ scenario: join(ROOT, 'scenarios/default.json'), parameters: { 'agency.premium': { values: [0.3] } }, replications: 2, years: 1, warmupWeeks: 0 }));
});
afterAll(() => {
  chmodSync(at(), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A folder this process's command may not write. As root, the command keeps its user (so it can still
 * read a checkout that only root may enter, as in a private temporary folder) but runs without the
 * capabilities that override file permissions (util-linux setpriv), so the folder's mode applies.
 */
function asOutsider(args: readonly string[]): Ran {
  const bin = fileURLToPath(new URL('../../bin/handover.js', import.meta.url));
  const command = [process.execPath, bin, ...args];
  const [file, ...argv] = isRoot ? ['setpriv', '--inh-caps=-dac_override,-dac_read_search', '--bounding-set=-dac_override,-dac_read_search', ...command] : command;
  const ran = spawnSync(file, argv, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, HANDOVER_DEBUG: '' }, timeout: 60_000 });
  return { status: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

const run = (out: string): Ran => handover(['run', 'scenarios/default.json', '--years', '1', '--quiet', '--out', out], { timeout: 60_000 });

describe('run --out', () => {
  it('through a symbolic link writes the file it points to and keeps the link', () => {
    writeFileSync(at('real.csv'), 'old\n');
    symlinkSync('real.csv', at('link.csv'));
    expect(run(at('link.csv')).status).toBe(0);
    expect(lstatSync(at('link.csv')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(at('link.csv'))).toBe('real.csv');
    expect(readFileSync(at('real.csv'), 'utf8').split('\n')[0]).toMatch(/^week,/);
  });

  it('refuses a link to stdout, a device node and a FIFO before running, and leaves each as it was', () => {
    mkdirSync(at('d'));
    symlinkSync('/proc/self/fd/1', at('d', 'stdout'));
    execFileSync('mkfifo', [at('d', 'pipe')]);
    refused(run(at('d', 'stdout')), /cannot write .*d\/stdout: it is a symbolic link to .*, not a regular file \(use --out - to write to stdout\); nothing was run/);
    refused(run(at('d', 'pipe')), /d\/pipe: it is a named pipe \(FIFO\), not a regular file/);
    refused(run('/dev/full'), /cannot write \/dev\/full: it is a character device, not a regular file/);
    if (isRoot) {
      execFileSync('mknod', [at('d', 'null'), 'c', '1', '3']);
      refused(run(at('d', 'null')), /d\/null: it is a character device/);
      expect(statSync(at('d', 'null')).isCharacterDevice()).toBe(true);
    }
    expect(lstatSync(at('d', 'stdout')).isSymbolicLink()).toBe(true);
    expect(statSync(at('d', 'pipe')).isFIFO()).toBe(true);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    expect(readdirSync(at('d')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('refuses a folder, and a path under a file', () => {
    refused(run(at('d')), /d: it is a directory/);
    refused(run(at('real.csv', 'x.csv')), /cannot write .*real\.csv\/x\.csv: .*real\.csv is a file, not a folder/);
  });

  it('- means stdout: the data there, nothing written', () => {
    const ran = handover(['run', join(ROOT, 'scenarios/default.json'), '--years', '1', '--out', '-'], { cwd: at() });
    expect(ran.status).toBe(0);
    expect(ran.stdout.split('\n')[0]).toMatch(/^week,/);
    expect(ran.stdout.trimEnd().split('\n')).toHaveLength(53);
    expect(existsSync(at('-'))).toBe(false);
  });
});

describe('output folders are checked before any simulation', () => {
  it('a file where the folder should be is named as such, for every batch command', () => {
    writeFileSync(at('taken'), 'mine\n');
    const outs = [
      ['sweep', at('sweep.json'), '--out', at('taken')],
      ['sensitivity', 'scenarios/default.json', '--years', '1', '--replications', '2', '--vary', 'agency.premium', '--out', at('taken')],
      ['calibrate', 'scenarios/default.json', '--targets', 'scenarios/targets/example-authority.json', '--param', 'turnover.baseAnnualRate=0.1:0.2', '--out', at('taken')],
      ['sweep', at('sweep.json'), '--out', at('taken', 'sub')],
    ];
    for (const args of outs) refused(handover(args, { timeout: 60_000 }), /cannot write to .*taken(\/sub)?: .*taken is a file, not a folder; nothing was run/);
    expect(readFileSync(at('taken'), 'utf8')).toBe('mine\n');
    refused(handover(['calibrate', 'scenarios/default.json', '--targets', 'scenarios/targets/example-authority.json', '--param', 'turnover.baseAnnualRate=0.1:0.2', '--out', '/etc/passwd'], { timeout: 60_000 }), /cannot write to \/etc\/passwd: \/etc\/passwd is a file, not a folder; nothing was run/);
  });

  it('a folder that may not be written is reported as such, not as missing, by sweep, sensitivity, calibrate and merge', () => {
    mkdirSync(at('locked'));
    chmodSync(at('locked'), 0o555);
    const sweep = asOutsider(['sweep', at('sweep.json'), '--out', at('locked', 'results'), '--jobs', '1']);
    refused(sweep, /cannot write to .*locked\/results: cannot create it in .*locked: permission denied; nothing was run/);
    refused(asOutsider(['sensitivity', 'scenarios/default.json', '--years', '1', '--replications', '2', '--vary', 'agency.premium', '--out', at('locked')]), /cannot write to .*locked: permission denied; nothing was run/);
    refused(asOutsider(['calibrate', 'scenarios/default.json', '--targets', 'scenarios/targets/example-authority.json', '--param', 'turnover.baseAnnualRate=0.1:0.2', '--out', at('locked', 'fit')]), /locked\/fit: cannot create it in .*locked: permission denied/);
    expect(handover(['sweep', at('sweep.json'), '--out', at('done'), '--jobs', '1', '--quiet']).status).toBe(0);
    refused(asOutsider(['merge', at('done'), '--out', at('locked', 'merged')]), /cannot write to .*locked\/merged: cannot create it in .*locked: permission denied/);
    expect(readdirSync(at('locked'))).toEqual([]);
  });
});
