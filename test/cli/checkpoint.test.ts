/**
 * calibrate and sensitivity keep their progress in DIR/checkpoint as they go: a command killed part-way
 * (SIGKILL, as a crash or a cluster's time limit would) and run again finishes with output identical to
 * the byte to a run never interrupted, and a checkpoint of other inputs is refused naming what differs.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handoverAsync, refused, ROOT } from './spawn.js';

const tmp = mkdtempSync(join(tmpdir(), 'handover-checkpoint-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const BIN = join(ROOT, 'bin', 'handover.js');

const pieces = (dir: string): string[] => (existsSync(join(dir, 'checkpoint')) ? readdirSync(join(dir, 'checkpoint')).filter((n) => n !== 'inputs.json' && n.endsWith('.json')) : []);

/** Starts the command and kills it with SIGKILL once `atLeast` pieces of work are in its checkpoint; resolves with whether it was still running. */
function killPartWay(args: readonly string[], out: string, atLeast: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, HANDOVER_DEBUG: '' } });
    let exited = false;
    const watch = setInterval(() => {
      if (!exited && pieces(out).length >= atLeast) {
        clearInterval(watch);
        child.kill('SIGKILL');
      }
    }, 10);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      exited = true;
      clearInterval(watch);
      resolve(signal === 'SIGKILL' && code === null);
    });
  });
}

function sameFiles(a: string, b: string, names: readonly string[]): void {
  for (const name of names) expect(readFileSync(join(a, name), 'utf8'), name).toBe(readFileSync(join(b, name), 'utf8'));
}

const CALIBRATE = ['calibrate', 'scenarios/default.json', '--targets', 'scenarios/targets/example-authority.json', '--param', 'turnover.baseAnnualRate=0.05:0.4', '--replications', '2', '--years', '1', '--max-evaluations', '10', '--restarts', '1', '--quiet'];
const SENSITIVITY = ['sensitivity', 'scenarios/default.json', '--vary', 'turnover.baseAnnualRate,allocation.caseloadCap', '--replications', '3', '--years', '1', '--jobs', '2', '--quiet'];

describe('calibrate resumes from its checkpoint', () => {
  it('killed after 3 evaluations and run again, it writes the same bytes as one uninterrupted run', async () => {
    const once = join(tmp, 'calibrate-once');
    const ran = await handoverAsync([...CALIBRATE, '--out', once]);
    expect(ran.status, ran.stderr).toBe(0);
    const total = pieces(once).length;
    expect(total).toBeGreaterThan(5); // the base, the search's 10 and the check of the best values

    const resumed = join(tmp, 'calibrate-resumed');
    expect(await killPartWay([...CALIBRATE, '--out', resumed], resumed, 3)).toBe(true);
    const kept = pieces(resumed).length;
    expect(kept).toBeGreaterThanOrEqual(3);
    expect(kept).toBeLessThan(total);
    expect(existsSync(join(resumed, 'report.json'))).toBe(false);
    const again = await handoverAsync([...CALIBRATE.filter((a) => a !== '--quiet'), '--out', resumed]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`resuming with ${kept} evaluation\\(s\\) from `));
    sameFiles(once, resumed, ['calibrated.json', 'report.md', 'report.json']);
    expect(pieces(resumed)).toEqual(pieces(once));
  }, 300_000);

  it('a checkpoint of other inputs is refused naming each difference, and nothing in the folder changes', async () => {
    const other = join(tmp, 'calibrate-other');
    cpSync(join(tmp, 'calibrate-once'), other, { recursive: true });
    const before = readFileSync(join(other, 'report.json'), 'utf8');
    const changed = CALIBRATE.map((a) => (a === 'turnover.baseAnnualRate=0.05:0.4' ? 'turnover.baseAnnualRate=0.05:0.3' : a));
    const ran = await handoverAsync([...changed, '--seed', '2', '--out', other]);
    refused(ran, /checkpoint\/inputs\.json: the checkpoint was made with other inputs \(parameters\.0\.max: was 0\.4, now 0\.3; seed: was 1, now 2\); .*remove .*checkpoint/);
    expect(readFileSync(join(other, 'report.json'), 'utf8')).toBe(before);
    // Another base scenario is named by its SHA-256.
    refused(await handoverAsync([...CALIBRATE.map((a) => (a === 'scenarios/default.json' ? 'scenarios/high-turnover.json' : a)), '--out', other]), /scenarioSha256: was "[0-9a-f]+…?", now "[0-9a-f]+/);
  });

  it('a damaged piece is refused naming its file', async () => {
    const damaged = join(tmp, 'calibrate-damaged');
    cpSync(join(tmp, 'calibrate-once'), damaged, { recursive: true });
    const piece = join(damaged, 'checkpoint', 'evaluation-0002.json');
    rmSync(piece);
    cpSync(join(damaged, 'checkpoint', 'inputs.json'), piece);
    refused(await handoverAsync([...CALIBRATE, '--out', damaged]), /checkpoint\/evaluation-0002\.json: not an evaluation of this search/);
  });
});

describe('sensitivity resumes from its checkpoint', () => {
  it('killed after 4 runs and run again, it writes the same bytes as one uninterrupted run', async () => {
    const once = join(tmp, 'sensitivity-once');
    const ran = await handoverAsync([...SENSITIVITY, '--out', once]);
    expect(ran.status, ran.stderr).toBe(0);
    expect(pieces(once)).toHaveLength(5 * 3);

    const resumed = join(tmp, 'sensitivity-resumed');
    expect(await killPartWay([...SENSITIVITY, '--out', resumed], resumed, 4)).toBe(true);
    const kept = pieces(resumed).length;
    expect(kept).toBeLessThan(15);
    const again = await handoverAsync([...SENSITIVITY.filter((a) => a !== '--quiet'), '--out', resumed]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`resuming with ${kept} of 15 runs`));
    sameFiles(once, resumed, ['sensitivity.csv', 'sensitivity.json']);
  }, 300_000);

  it('a checkpoint of another --delta is refused naming it', async () => {
    refused(await handoverAsync([...SENSITIVITY, '--delta', '0.1', '--out', join(tmp, 'sensitivity-once')]), /the checkpoint was made with other inputs \(delta: was 0\.2, now 0\.1\)/);
  });
});
