import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handover, ROOT, STACK_LINE } from './spawn.js';

const tmp = mkdtempSync(join(tmpdir(), 'handover-sweep-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const BIN = join(ROOT, 'bin/handover.js');
const DEFAULT = join(ROOT, 'scenarios/default.json');

/** A tiny sweep: 2 points × `replications` × 1 year with a short warm-up. */
function sweepFile(name: string, extra: Record<string, unknown> = {}): string {
  const file = join(tmp, `${name}.json`);
  const doc = { scenario: DEFAULT, parameters: { 'agency.premium': { values: [0.3, 0.53] } }, replications: 2, seed: 3, years: 1, warmupWeeks: 26, ...extra };
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

/** Every file under dir except manifest.json (whose command line differs by design), as path → bytes. */
function contents(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = sub === '' ? name : `${sub}/${name}`;
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else if (rel !== 'manifest.json') out.set(rel, readFileSync(join(dir, rel)).toString('base64'));
    }
  };
  walk('');
  return out;
}

const ok = (args: string[]) => {
  const ran = handover(args);
  expect(ran.stderr).not.toMatch(STACK_LINE);
  expect(ran.status, ran.stderr).toBe(0);
  return ran;
};

describe('handover sweep and merge', () => {
  const file = sweepFile('tiny');
  const single = join(tmp, 'single');
  ok(['sweep', file, '--out', single, '--jobs', '1', '--series', '--quiet']);

  it('writes runs.csv (one row per run), summary.csv (per point and output), runs/, series/ and a manifest', () => {
    const runs = readFileSync(join(single, 'runs.csv'), 'utf8').trim().split('\n');
    expect(runs[0]).toMatch(/^key,point,replication,seed,agency\.premium,reportingWeeks,/);
    expect(runs.slice(1).map((l) => l.split(',')[0])).toEqual(['p0000-r0000', 'p0000-r0001', 'p0001-r0000', 'p0001-r0001']);
    const summary = readFileSync(join(single, 'summary.csv'), 'utf8').trim().split('\n');
    expect(summary[0]).toBe('point,agency.premium,output,n,mean,sd,ci95Low,ci95High');
    expect(summary.find((l) => l.startsWith('1,0.53,shareChanged26w,2,'))).toBeDefined();
    expect(readdirSync(join(single, 'series'))).toHaveLength(4);
    const manifest = JSON.parse(readFileSync(join(single, 'manifest.json'), 'utf8'));
    expect(manifest.sweepSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.nodeVersion).toBe(process.version);
    expect(manifest.command.slice(0, 2)).toEqual(['handover', 'sweep']);
  });

  it('one thread, --jobs 2 and 4 merged shards give byte-identical files', () => {
    const threads = join(tmp, 'threads');
    ok(['sweep', file, '--out', threads, '--jobs', '2', '--series', '--quiet']);
    const shards = [1, 2, 3, 4].map((k) => join(tmp, `shard-${k}`));
    shards.forEach((dir, i) => ok(['sweep', file, '--out', dir, '--shard', `${i + 1}/4`, '--jobs', '1', '--series', '--quiet']));
    const merged = join(tmp, 'merged');
    ok(['merge', ...shards, '--out', merged]);
    expect(contents(threads)).toEqual(contents(single));
    expect(contents(merged)).toEqual(contents(single));
  });

  it('a shard comes from SLURM_ARRAY_TASK_ID minus SLURM_ARRAY_TASK_MIN', () => {
    const dir = join(tmp, 'slurm');
    const ran = handover(['sweep', file, '--out', dir, '--jobs', '1'], { env: { SLURM_ARRAY_TASK_ID: '7', SLURM_ARRAY_TASK_MIN: '6', SLURM_ARRAY_TASK_MAX: '7', SLURM_ARRAY_TASK_COUNT: '2' } });
    expect(ran.status, ran.stderr).toBe(0);
    expect(readdirSync(join(dir, 'runs')).sort()).toEqual(['p0000-r0001.json', 'p0001-r0001.json']);
  });

  it('resumes a partial folder: the missing runs are run, the others are neither repeated nor changed', () => {
    const dir = join(tmp, 'partial');
    cpSync(single, dir, { recursive: true });
    for (const f of ['runs/p0000-r0001.json', 'runs/p0001-r0000.json', 'series/p0001-r0000.csv.gz', 'runs.csv', 'summary.csv']) unlinkSync(join(dir, f));
    writeFileSync(join(dir, 'runs', '.p0000-r0001.json.12345.0123456789ab.tmp'), '{"half');
    const kept = statSync(join(dir, 'runs/p0000-r0000.json')).mtimeMs;
    const ran = ok(['sweep', file, '--out', dir, '--jobs', '1', '--series']);
    expect(ran.stdout).toMatch(/ran 2, skipped 2 already done/);
    expect(statSync(join(dir, 'runs/p0000-r0000.json')).mtimeMs).toBe(kept);
    expect(contents(dir)).toEqual(contents(single));
  });

  it('resumes after the process is killed mid-sweep and ends with the same bytes as an uninterrupted run', async () => {
    const big = sweepFile('big', { replications: 8 });
    const whole = join(tmp, 'big-whole');
    ok(['sweep', big, '--out', whole, '--jobs', '1', '--quiet']);
    const dir = join(tmp, 'big-killed');
    const child = spawn(process.execPath, [BIN, 'sweep', big, '--out', dir, '--jobs', '1', '--quiet'], { stdio: 'ignore' });
    const runsDir = join(dir, 'runs');
    const count = () => (existsSync(runsDir) ? readdirSync(runsDir).filter((n) => n.endsWith('.json')).length : 0);
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (count() >= 3) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
      child.on('exit', () => {
        clearInterval(timer);
        reject(new Error('the sweep finished before it could be killed'));
      });
    });
    const done = count();
    expect(done).toBeLessThan(16);
    const ran = ok(['sweep', big, '--out', dir, '--jobs', '1']);
    const [, again, skipped] = /ran (\d+), skipped (\d+)/.exec(ran.stdout) ?? [];
    expect(Number(again) + Number(skipped)).toBe(16);
    expect(Number(skipped)).toBeGreaterThanOrEqual(done - 1);
    expect(contents(dir)).toEqual(contents(whole));
  });

  it('a damaged run file or a foreign file in --out is reported with exit 2 and left as it was', () => {
    const dir = join(tmp, 'damaged');
    cpSync(single, dir, { recursive: true });
    writeFileSync(join(dir, 'runs/p0000-r0000.json'), '{"not": "a run"');
    const ran = handover(['sweep', file, '--out', dir, '--jobs', '1', '--series']);
    expect(ran.status).toBe(2);
    expect(ran.stderr).toMatch(/runs\/p0000-r0000\.json: damaged/);
    expect(ran.stderr).toMatch(/nothing was overwritten/);
    expect(readFileSync(join(dir, 'runs/p0000-r0000.json'), 'utf8')).toBe('{"not": "a run"');

    const foreign = join(tmp, 'foreign');
    cpSync(single, foreign, { recursive: true });
    writeFileSync(join(foreign, 'thesis.docx'), 'mine');
    const other = handover(['sweep', sweepFile('other', { seed: 4 }), '--out', foreign, '--jobs', '1']);
    expect(other.status).toBe(2);
    expect(other.stderr).toMatch(/thesis\.docx: not part of a sweep's output/);
    expect(other.stderr).toMatch(/manifest\.json: the folder holds another sweep/);
    expect(other.stderr).toMatch(/runs\/p0000-r0000\.json: a run of another sweep/);
  });

  it('a bad sweep file is refused naming the field, before anything runs', () => {
    const bad = sweepFile('bad', { replications: 0, parameters: { 'agency.premium': { values: [7] } } });
    const ran = handover(['sweep', bad, '--out', join(tmp, 'never'), '--jobs', '1']);
    expect(ran.status).toBe(2);
    expect(ran.stderr).toMatch(/bad\.json: replications: /);
    const outOfRange = handover(['sweep', sweepFile('range', { parameters: { 'agency.premium': { values: [0.3, 7] } } }), '--out', join(tmp, 'never'), '--jobs', '1']);
    expect(outOfRange.status).toBe(2);
    expect(outOfRange.stderr).toMatch(/parameters\["agency\.premium"\]: design point 1 \(agency\.premium = 7\)/);
    expect(existsSync(join(tmp, 'never'))).toBe(false);
    expect(handover(['sweep', file, '--jobs', '1']).stderr).toMatch(/missing --out DIR/);
    expect(handover(['sweep', file, '--out', join(tmp, 'x'), '--shard', '5/4']).stderr).toMatch(/--shard: expected K\/N/);
  });

  it('merge refuses incomplete shards, shards of another sweep, and folders that are not sweep outputs', () => {
    const shards = [1, 2, 3, 4].map((k) => join(tmp, `shard-${k}`));
    const incomplete = handover(['merge', shards[0], shards[1], shards[3], '--out', join(tmp, 'm1')]);
    expect(incomplete.status).toBe(2);
    expect(incomplete.stderr).toMatch(/incomplete: 1 of 4 runs are missing \(p0001-r0000/);
    expect(incomplete.stderr).toMatch(/not given: 3\/4/);
    expect(existsSync(join(tmp, 'm1'))).toBe(false);

    const otherShard = join(tmp, 'other-shard');
    ok(['sweep', sweepFile('other2', { seed: 9 }), '--out', otherShard, '--shard', '3/4', '--jobs', '1', '--series', '--quiet']);
    const mismatched = handover(['merge', shards[0], shards[1], otherShard, shards[3], '--out', join(tmp, 'm2')]);
    expect(mismatched.status).toBe(2);
    expect(mismatched.stderr).toMatch(/is a different sweep from/);

    const notSweep = handover(['merge', tmp, '--out', join(tmp, 'm3')]);
    expect(notSweep.status).toBe(2);
    expect(notSweep.stderr).toMatch(/no manifest\.json/);
  });

  it('merge refuses a whole sweep whose summary.csv or runs.csv disagrees with its run files, naming the file, row and field', () => {
    const edited = join(tmp, 'edited-summary');
    cpSync(single, edited, { recursive: true });
    const summary = readFileSync(join(edited, 'summary.csv'), 'utf8').split('\n');
    const at = summary.findIndex((l) => l.startsWith('1,0.53,turnoverRate,2,'));
    const cellsOf = summary[at].split(',');
    const truth = cellsOf[4];
    cellsOf[4] = '0.999';
    summary[at] = cellsOf.join(',');
    writeFileSync(join(edited, 'summary.csv'), summary.join('\n'));
    const ran = handover(['merge', edited, '--out', join(tmp, 'm4')]);
    expect(ran.status).toBe(2);
    expect(ran.stderr).not.toMatch(STACK_LINE);
    expect(ran.stderr).toContain(`${edited}/summary.csv: point 1, output turnoverRate, mean is 0.999, but its run files give ${truth}`);
    expect(existsSync(join(tmp, 'm4'))).toBe(false);

    // A run file edited after the sweep wrote runs.csv: the two disagree on that run's field.
    const editedRun = join(tmp, 'edited-run');
    cpSync(single, editedRun, { recursive: true });
    const runFile = join(editedRun, 'runs', 'p0000-r0001.json');
    const record = JSON.parse(readFileSync(runFile, 'utf8'));
    record.summary.vacancyRate = 0.5;
    writeFileSync(runFile, `${JSON.stringify(record, null, 1)}\n`);
    const ranRun = handover(['merge', editedRun, '--out', join(tmp, 'm5')]);
    expect(ranRun.status).toBe(2);
    expect(ranRun.stderr).toMatch(/edited-run\/runs\.csv: run p0000-r0001, vacancyRate is [0-9.]+, but its run files give 0\.5/);
    expect(existsSync(join(tmp, 'm5'))).toBe(false);

    // Untouched, the same folder merges.
    ok(['merge', single, '--out', join(tmp, 'm6'), '--quiet']);
  });
});
