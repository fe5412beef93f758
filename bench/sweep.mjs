// The sweep workload: `handover sweep` as a user runs it (all cores, writing every run's files), timed
// from outside. `node bench/sweep.mjs [replications]` prints one JSON line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './scenarios.mjs';

const replications = Number(process.argv[2] ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'handover-bench-sweep-'));
try {
  const sweep = JSON.parse(readFileSync(join(root, 'bench', 'sweep-1000.json'), 'utf8'));
  sweep.replications = replications;
  sweep.scenario = join(root, 'scenarios', 'default.json');
  const file = join(dir, 'sweep.json');
  writeFileSync(file, JSON.stringify(sweep));
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [join(root, 'bin', 'handover.js'), 'sweep', file, '--out', join(dir, 'out'), '--quiet'], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (child.status !== 0) throw new Error(`handover sweep failed (${child.status}):\n${child.stderr}`);
  const runs = readFileSync(join(dir, 'out', 'runs.csv'), 'utf8').trim().split('\n').length - 1;
  console.log(JSON.stringify({ ms, runs }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
