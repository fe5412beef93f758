// Whole-process cold figures: `handover --version`, `validate` and a ten-year `run`, each started as a
// fresh `node bin/handover.js` the way a user starts it, repeated, and beside them the floor, `node -e 0`
// (Node's own start in the same environment: NODE_EXTRA_CA_CERTS, for one, makes every Node 20 process
// parse the certificates at start-up; docs/performance.md). Prints one JSON line: for each the median
// wall time and the mean CPU time (user + system, of the process and its threads, read from the shell's
// `times` in 10 ms ticks, so the mean of several runs is the finer figure). On a shared machine the
// CPU time is the steadier of the two. Where NODE_EXTRA_CA_CERTS is set, the floor, `--version` and
// `validate` are measured again without it (`withoutExtraCerts`), as on a machine that does not set it.
// `node bench/cold.mjs <repeats> [repo root]`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root as here } from './scenarios.mjs';

const [repeatsText, rootArg] = process.argv.slice(2);
const repeats = Number(repeatsText ?? 5);
const root = rootArg ?? here;
const bin = join(root, 'bin', 'handover.js');
const scenario = join(root, 'scenarios', 'default.json');

/** What follows `node`: the floor, then the commands as a user types them. */
export const COMMANDS = {
  node: ['-e', '0'],
  version: [bin, '--version'],
  validate: [bin, 'validate', scenario],
  run: [bin, 'run', scenario, '--seed', '1', '--years', '10', '--quiet'],
};

const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
const seconds = (text) => {
  const [, m, s] = /(\d+)m([\d.]+)s/.exec(text);
  return Number(m) * 60 + Number(s);
};

function once(argv, env = process.env) {
  const command = [process.execPath, ...argv].map(quote).join(' ');
  const t0 = performance.now();
  const out = spawnSync('sh', ['-c', `${command} >/dev/null || exit 1; times`], { encoding: 'utf8', env });
  const wallMs = performance.now() - t0;
  if (out.status !== 0) throw new Error(`bench: ${argv.join(' ')} failed:\n${out.stderr}`);
  const children = out.stdout.trim().split('\n').at(-1).split(/\s+/);
  return { wallMs, cpuMs: 1000 * (seconds(children[0]) + seconds(children[1])) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(argv, env) {
  once(argv, env); // the file-system cache warm, as for a user's second command
  const runs = Array.from({ length: repeats }, () => once(argv, env));
  return { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: runs.reduce((a, r) => a + r.cpuMs, 0) / runs.length };
}

const result = {};
for (const [name, argv] of Object.entries(COMMANDS)) result[name] = measure(argv);
if (process.env.NODE_EXTRA_CA_CERTS) {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  result.withoutExtraCerts = {};
  for (const name of ['node', 'version', 'validate']) result.withoutExtraCerts[name] = measure(COMMANDS[name], env);
}
console.log(JSON.stringify(result));
