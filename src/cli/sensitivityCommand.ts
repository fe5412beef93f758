/**
 * `handover sensitivity <scenario> --out DIR`: one-at-a-time screening of which parameters move the
 * children's continuity outputs most (src/batch/sensitivity.ts), on all cores; writes
 * DIR/sensitivity.csv (tidy, one row per output and parameter) and DIR/sensitivity.json (per output,
 * the bars of a tornado chart in rank order).
 */
import { join } from 'node:path';
import { summaryFromJson, summaryToJson } from '../batch/records.js';
import { replicationSeed } from '../batch/seeds.js';
import { DEFAULT_SENSITIVITY_PARAMS, oatLevels, rankOat, sensitivityCsv, sensitivityJson, sensitivityParamError, type OatResults } from '../batch/sensitivity.js';
import type { Summary } from '../metrics/fields.js';
import { describeFsError, isFsError } from '../node/fsErrors.js';
import { sha256 } from '../node/loadSweepFile.js';
import { writeFileAtomic } from '../node/writeFileAtomic.js';
import { applyParameterPath, getPath } from '../scenario/paths.js';
import type { Scenario } from '../scenario/types.js';
import { parseCommandArgs, runSetting, wholeNumberFlag } from './args.js';
import { engineRunner, jobsFlag, outDirFlag } from './batchArgs.js';
import { EXIT, UserError } from './errors.js';
import { sensitivityHelp } from './help.js';
import type { Io } from './io.js';
import { checkRunsFit, MAX_MEMORY_OPTION, maxMemoryFlag } from './memory.js';
import { openCommandCheckpoint, prepareOutDir } from './outputs.js';
import { packageVersion } from './version.js';
import { batchProgress } from './progress.js';
import { loadOrReport, scenarioArgument } from './scenarioFile.js';

const OPTIONS = {
  out: { type: 'string' },
  vary: { type: 'string' },
  // Only to refuse it clearly: --params is calibrate's JSON file of free parameters.
  params: { type: 'string' },
  delta: { type: 'string' },
  replications: { type: 'string' },
  years: { type: 'string' },
  seed: { type: 'string' },
  jobs: { type: 'string' },
  quiet: { type: 'boolean' },
  ...MAX_MEMORY_OPTION,
  help: { type: 'boolean', short: 'h' },
} as const;

function deltaFlag(text: string | undefined): number {
  if (text === undefined) return 0.2;
  const x = Number(text);
  if (!(x > 0 && x < 1)) throw new UserError(`--delta: expected a share between 0 and 1 (exclusive), e.g. 0.2 for ±20%, found "${text}"`);
  return x;
}

export async function sensitivityCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('sensitivity', args, OPTIONS);
  if (values.help) {
    await io.out(sensitivityHelp());
    return EXIT.ok;
  }
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const file = scenarioArgument('sensitivity', positionals);
  const dir = outDirFlag('sensitivity', text('out'));
  const delta = deltaFlag(text('delta'));
  const replications = wholeNumberFlag('replications', text('replications'), { type: 'integer', minimum: 2, maximum: 10000 }) ?? 5;
  const years = wholeNumberFlag('years', text('years'), runSetting('years'));
  const seedFlag = wholeNumberFlag('seed', text('seed'), runSetting('seed'));
  const jobs = jobsFlag(text('jobs'));
  const quiet = values.quiet === true;
  const maxBytes = maxMemoryFlag(text('max-memory'));
  if (text('params') !== undefined) throw new UserError(`--params: handover sensitivity takes the parameters to screen as --vary a,b,... (--params is handover calibrate's JSON file of free parameters), found --params ${text('params')}`);
  const params = text('vary') === undefined ? DEFAULT_SENSITIVITY_PARAMS : (text('vary') as string).split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (params.length === 0) throw new UserError(`--vary: expected parameter paths separated by commas, e.g. --vary turnover.baseAnnualRate,allocation.caseloadCap, found "${text('vary')}"`);

  const loaded = await loadOrReport(file, io);
  if (!loaded) return EXIT.usage;
  const base = years === undefined ? loaded : applyParameterPath(loaded, 'run.years', years);
  const problems = params.map((p) => sensitivityParamError(p, getPath(base, p))).filter((e): e is string => e !== undefined);
  if (problems.length > 0) throw new UserError(`--vary: ${problems.join('; ')}`);
  const seed = seedFlag ?? base.run.seed;
  const levels = params.map((p) => oatLevels(p, getPath(base, p) as number, delta));

  // Design points: the base, then each parameter low and high. Replication r has the same seed everywhere.
  const scenarios: Scenario[] = [base, ...levels.flatMap((l) => [applyParameterPath(base, l.parameter, l.lowValue), applyParameterPath(base, l.parameter, l.highValue)])];
  checkRunsFit(file, scenarios, maxBytes, Math.min(jobs, scenarios.length * replications));
  await prepareOutDir(dir);
  // Each run is kept in DIR/checkpoint as it finishes; the same command run again reads them back.
  const checkpoint = await openCommandCheckpoint(dir, 'sensitivity', { handoverVersion: packageVersion(), scenarioSha256: sha256(JSON.stringify(base)), vary: params, delta, replications, seed });
  const pieceName = (point: number, r: number): string => `run-${point}-${r}`;
  const summaries: Summary[][] = scenarios.map(() => []);
  const jobsList = scenarios
    .flatMap((scenario, point) => Array.from({ length: replications }, (_, r) => ({ point, r, scenario })))
    .filter((job) => {
      const name = pieceName(job.point, job.r);
      const piece = checkpoint.pieces.get(name);
      if (piece === undefined) return true;
      const summary = summaryFromJson((piece as { summary?: unknown } | null)?.summary);
      if (typeof summary === 'string') throw new UserError(`${checkpoint.folder}/${name}.json: ${summary}; remove it and run again to redo that run`);
      summaries[job.point][job.r] = summary;
      return false;
    });
  const total = scenarios.length * replications;
  if (!quiet && jobsList.length < total) await io.err(`sensitivity: resuming with ${total - jobsList.length} of ${total} runs from ${checkpoint.folder}\n`);

  let crashed: ((error: Error) => void) | undefined;
  const crash = new Promise<never>((_, reject) => (crashed = reject));
  const runner = engineRunner(jobs, (error) => crashed?.(error));
  const progress = batchProgress(io, 'sensitivity', quiet);
  let next = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    while (next < jobsList.length) {
      const job = jobsList[next++];
      const kept = summaryToJson((await runner.run(job.scenario, replicationSeed(seed, job.r))).summary);
      await checkpoint.save(pieceName(job.point, job.r), { point: job.point, replication: job.r, summary: kept });
      // The summary as the checkpoint keeps it, so a resumed study ranks exactly the same numbers.
      summaries[job.point][job.r] = summaryFromJson(kept) as Summary;
      progress.update(++done, jobsList.length);
    }
  };
  try {
    await Promise.race([Promise.all(Array.from({ length: Math.min(runner.lanes, jobsList.length) }, lane)), crash]);
  } finally {
    runner.close();
    await progress.end();
  }

  const results: OatResults = { base: summaries[0], low: levels.map((_, i) => summaries[1 + 2 * i]), high: levels.map((_, i) => summaries[2 + 2 * i]) };
  const bars = rankOat(levels, results);
  const meta = { scenario: base.name, method: 'one-at-a-time' as const, delta, replications, seed, years: base.run.years };
  try {
    await writeFileAtomic(join(dir, 'sensitivity.csv'), sensitivityCsv(bars));
    await writeFileAtomic(join(dir, 'sensitivity.json'), sensitivityJson(meta, bars));
  } catch (thrown) {
    if (isFsError(thrown)) throw new UserError(`cannot write to ${dir}: ${describeFsError(thrown, dir)}; every run is kept in ${checkpoint.folder}, and the same command writes the results from it`);
    throw thrown;
  }
  if (!quiet) {
    const top = [...new Set(bars.map((b) => b.output))].map((output) => `  ${output}: ${bars.filter((b) => b.output === output).slice(0, 3).map((b) => b.parameter).join(', ')}\n`);
    await io.out(`${total} runs. Parameters that move each output most:\n${top.join('')}Wrote ${dir}/sensitivity.csv and ${dir}/sensitivity.json\n`);
  }
  return EXIT.ok;
}
