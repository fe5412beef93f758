/**
 * A full disk and a read-only file system, made for real: each case runs in a mount namespace of its
 * own (`unshare -m`) with a small tmpfs mounted there, so nothing outside the test sees it. Where the
 * machine cannot make one (not root, no unshare), the file is skipped with the reason.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, STACK_LINE, finished, type Ran } from './spawn.js';

const tmp = mkdtempSync(join(tmpdir(), 'handover-disk-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const BIN = join(ROOT, 'bin', 'handover.js');

const shell = (script: string): [string, string[], { cwd: string; env: NodeJS.ProcessEnv }] => [
  'unshare',
  ['-m', 'sh', '-c', `set -e\n${script.replaceAll('$HANDOVER', '"$NODE" "$BIN"')}`],
  { cwd: ROOT, env: { ...process.env, HANDOVER_DEBUG: '', NODE: process.execPath, BIN, M: join(tmp, 'm') } },
];

/**
 * Runs a shell script in a private mount namespace; $HANDOVER runs the command, $M is the mount point.
 * Asynchronous, so a calibration in it does not keep the test worker from answering vitest.
 */
function inNamespace(script: string): Promise<Ran> {
  return finished(spawn(...shell(script)));
}

function mountProblem(): string | undefined {
  const [command, args, options] = shell('mkdir -p "$M" && mount -t tmpfs -o size=64k tmpfs "$M" && touch "$M/x"');
  const ran = spawnSync(command, args, { ...options, encoding: 'utf8' });
  const why = (ran.stderr ?? '').trim().split('\n')[0] || String(ran.error?.message ?? `exit ${ran.status}`);
  return ran.status === 0 ? undefined : `full-disk and read-only tests skipped: cannot mount a tmpfs in a private mount namespace here (${why}); they run as root with util-linux's unshare`;
}

const skip = mountProblem();
if (skip !== undefined) console.warn(skip);

const TINY_RUN = 'run scenarios/default.json --years 1 --seed 1';
const CALIBRATE = 'calibrate scenarios/default.json --targets scenarios/targets/example-authority.json --param turnover.baseAnnualRate=0.05:0.4 --replications 2 --years 1 --max-evaluations 10 --restarts 0';

describe.skipIf(skip !== undefined)('a full disk and a read-only file system', () => {
  it('a read-only mount is named as such, for a new folder and for one that exists, and nothing runs', async () => {
    const ran = await inNamespace(`mkdir -p "$M" && mount -t tmpfs -o size=64k tmpfs "$M" && mkdir "$M/there" && mount -o remount,ro "$M"
$HANDOVER sensitivity scenarios/default.json --out "$M/new" 2>&1 || echo "exit $?"
$HANDOVER sweep scenarios/sweeps/agency-and-caseload.json --out "$M/there" 2>&1 || echo "exit $?"
$HANDOVER ${TINY_RUN} --out "$M/run.json" 2>&1 || echo "exit $?"`);
    expect(ran.status, ran.stderr).toBe(0);
    const m = join(tmp, 'm');
    expect(ran.stdout).not.toMatch(STACK_LINE);
    expect(ran.stdout.trim().split('\n')).toEqual([
      `handover: cannot write to ${m}/new: cannot create it in ${m}: ${m} is on a read-only file system; nothing was run`,
      'exit 2',
      `handover: cannot write to ${m}/there: ${m}/there is on a read-only file system; nothing was run`,
      'exit 2',
      `handover: cannot write ${m}/run.json: ${m} is on a read-only file system; nothing was run`,
      'exit 2',
    ]);
  });

  it('a disk already full is reported as no space on the folder\'s file system before anything runs', async () => {
    const ran = await inNamespace(`mkdir -p "$M" && mount -t tmpfs -o size=16k tmpfs "$M" && mkdir "$M/out"
dd if=/dev/zero of="$M/filler" bs=4096 2>/dev/null || true
$HANDOVER ${CALIBRATE} --out "$M/out" 2>&1 || echo "exit $?"
ls -A "$M/out"`);
    expect(ran.status, ran.stderr).toBe(0);
    const m = join(tmp, 'm');
    expect(ran.stdout.trim().split('\n')).toEqual([`handover: cannot write to ${m}/out: no space left on the file system that holds ${m}/out; nothing was run`, 'exit 2']);
  });

  it('calibrate meeting a full disk part-way stops with one line, keeps what it finished, and resumes once there is room', async () => {
    const kept = join(tmp, 'kept');
    const ran = await inNamespace(`mkdir -p "$M" && mount -t tmpfs -o size=24k tmpfs "$M"
$HANDOVER ${CALIBRATE} --quiet --out "$M/fit" 2>&1 || echo "exit $?"
cp -r "$M/fit/checkpoint" "${kept}"
mount -o remount,size=1m "$M"
$HANDOVER ${CALIBRATE} --out "$M/fit" 2>&1 >/dev/null | head -1
ls "$M/fit"`);
    expect(ran.status, ran.stderr).toBe(0);
    const m = join(tmp, 'm');
    const lines = ran.stdout.trim().split('\n');
    expect(lines[0]).toBe(`handover: cannot write to ${m}/fit/checkpoint: no space left on the file system that holds ${m}/fit/checkpoint; what was finished is kept there, and the same command resumes from it`);
    expect(lines[1]).toBe('exit 2');
    const evaluations = readdirSync(kept).filter((n) => n.startsWith('evaluation-'));
    expect(evaluations.length).toBeGreaterThan(0);
    expect(lines[2]).toContain(`resuming with ${evaluations.length} evaluation(s) from ${m}/fit/checkpoint`);
    expect(lines.slice(3)).toEqual(['calibrated.json', 'checkpoint', 'report.json', 'report.md']);
  });
});
