/**
 * `handover sweep <sweep.json> --out DIR`: check the sweep file and every design point, then run the
 * sweep (or its shard) on all cores into DIR, resuming whatever DIR already holds. Parsing and
 * printing only: the work is in src/batch (pure) and src/node (files and threads).
 */
import { displayPath } from '../node/loadScenarioFile.js';
import { loadSweepFile } from '../node/loadSweepFile.js';
import { runSweep, SweepDirError } from '../node/runSweep.js';
import { describeFsError, isFsError } from '../node/fsErrors.js';
import { engineRunner, jobsFlag, outDirFlag, shardFlag } from './batchArgs.js';
import { parseCommandArgs } from './args.js';
import { clip, EXIT, UserError } from './errors.js';
import { sweepHelp } from './help.js';
import type { Io } from './io.js';
import { MAX_MEMORY_OPTION, maxMemoryFlag } from './memory.js';
import { prepareOutDir } from './outputs.js';
import { batchProgress } from './progress.js';
import { packageVersion } from './version.js';

const OPTIONS = {
  out: { type: 'string' },
  jobs: { type: 'string' },
  shard: { type: 'string' },
  series: { type: 'boolean' },
  quiet: { type: 'boolean' },
  ...MAX_MEMORY_OPTION,
  help: { type: 'boolean', short: 'h' },
} as const;

/** A folder's problems, one per line, and what to do about them. */
export async function reportDirProblems(io: Io, error: SweepDirError): Promise<number> {
  const shown = error.problems.slice(0, 20).map((p) => `${clip(`${error.dir}/${p}`)}\n`).join('');
  const more = error.problems.length > 20 ? `… and ${error.problems.length - 20} more\n` : '';
  await io.err(`${shown}${more}handover: ${error.dir} holds files that are not this sweep's results; nothing was overwritten. Move them away, or choose another --out.\n`);
  return EXIT.usage;
}

export async function sweepCommand(args: readonly string[], io: Io, env: Record<string, string | undefined> = process.env): Promise<number> {
  const { values, positionals } = parseCommandArgs('sweep', args, OPTIONS);
  if (values.help) {
    await io.out(sweepHelp());
    return EXIT.ok;
  }
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  if (positionals.length !== 1) throw new UserError(`handover sweep takes one sweep file, e.g. handover sweep scenarios/sweeps/agency-and-caseload.json --out results/ (found ${positionals.length})`);
  const dir = outDirFlag('sweep', text('out'));
  const jobs = jobsFlag(text('jobs'));
  const shard = shardFlag(text('shard'), env);
  const quiet = values.quiet === true;
  const series = values.series === true;
  const maxBytes = maxMemoryFlag(text('max-memory'));

  const file = positionals[0];
  const { prepared, errors } = loadSweepFile(file, { maxBytes, jobs });
  if (!prepared) {
    await io.err(errors.map((e) => `${clip(`${file}: ${e.path}: ${e.message}`)}\n`).join(''));
    return EXIT.usage;
  }
  await prepareOutDir(dir);

  let crashed: ((error: Error) => void) | undefined;
  const crash = new Promise<never>((_, reject) => (crashed = reject));
  const runner = engineRunner(jobs, (error) => crashed?.(error));
  const label = shard ? `shard ${shard.index}/${shard.count}` : 'sweep';
  const progress = batchProgress(io, label, quiet);
  try {
    const report = await Promise.race([
      runSweep(prepared, {
        dir,
        shard,
        series,
        runner: runner.run,
        lanes: runner.lanes,
        invocation: { handoverVersion: packageVersion(), nodeVersion: process.version, command: ['handover', 'sweep', ...args], sweepFile: displayPath(prepared.file) },
        onProgress: (done, todo) => progress.update(done, todo),
      }),
      crash,
    ]);
    await progress.end();
    if (!quiet) {
      const did = `ran ${report.ran}${report.skipped > 0 ? `, skipped ${report.skipped} already done` : ''}`;
      if (report.complete) await io.out(`${prepared.runs.length} runs (${did}): ${dir}/runs.csv, ${dir}/summary.csv\n`);
      else await io.out(`${label}: ${report.inShard} runs (${did}) in ${dir}/runs/; combine the shards with handover merge\n`);
    }
    return EXIT.ok;
  } catch (thrown) {
    await progress.end();
    if (thrown instanceof SweepDirError) return reportDirProblems(io, thrown);
    if (isFsError(thrown)) throw new UserError(`cannot write to ${dir}: ${describeFsError(thrown, dir)}`);
    throw thrown;
  } finally {
    runner.close();
  }
}
