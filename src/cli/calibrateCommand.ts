/**
 * `handover calibrate <base scenario> --targets FILE (--params FILE | --param PATH=MIN:MAX …)`: fit the
 * free parameters to the targets with src/calibrate (Nelder–Mead with random restarts, the same seeds
 * for every evaluation), printing progress, then write to --out DIR the calibrated scenario (it
 * `extends` the base and sets only the fitted values) and a report (Markdown and JSON) of target vs
 * simulated mean and 95% interval. Parsing, printing and files only: the search is src/calibrate's.
 */
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import seedrandom from 'seedrandom';
import { boundsProblems, calibrate, checkParameters, checkTargets, readParametersDoc, targetTable, writtenValue, type FreeParameter, type TargetFit, type TargetsFile } from '../calibrate/index.js';
import { validateScenario } from '../scenario/validate.js';
import { parseJson } from '../node/parseJson.js';
import { readInputFile } from '../node/readInputFile.js';
import { writeFileAtomic } from '../node/writeFileAtomic.js';
import { describeFsError, isFsError } from '../node/fsErrors.js';
import { applyParameterPath } from '../scenario/paths.js';
import { parseCommandArgs } from './args.js';
import { calibrateAuthoritiesCommand } from './calibrateAuthorities.js';
import { createNodePool, poolRunner } from '../node/enginePool.js';
import { EXIT, UserError } from './errors.js';
import type { Io } from './io.js';
import { checkRunsFit, MAX_MEMORY_OPTION, maxMemoryFlag } from './memory.js';
import { asUserError, openCommandCheckpoint, prepareOutDir } from './outputs.js';
import { evaluationJournal } from '../node/evaluationJournal.js';
import { sha256 } from '../node/loadSweepFile.js';
import { packageVersion } from './version.js';
import { loadOrReport, scenarioArgument } from './scenarioFile.js';

const OPTIONS = {
  targets: { type: 'string' },
  params: { type: 'string' },
  param: { type: 'string', multiple: true },
  replications: { type: 'string' },
  years: { type: 'string' },
  'max-evaluations': { type: 'string' },
  restarts: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  quiet: { type: 'boolean' },
  ...MAX_MEMORY_OPTION,
  help: { type: 'boolean', short: 'h' },
} as const;

export const CALIBRATE_HELP = `Usage: handover calibrate <base-scenario.json> --targets FILE (--params FILE | --param PATH=MIN:MAX ...) --out DIR [options]

Searches the parameters you allow to move, within their bounds, for the values whose simulated means
over replications come closest to the targets (objective: mean of ((simulated − target) / tolerance)²
over targets; 1 or less means every target is within tolerance on average). Nelder–Mead with random
restarts; every evaluation runs the same seeds, the base scenario's run.seed + 0…N−1 (common random
numbers, the seeds of the browser's and a sweep's replications), so the objective changes only because
the parameters did. Runs use one engine worker per core.

Writes to DIR: calibrated.json (extends the base scenario, sets only the fitted values, cites the
targets in "sources"), report.md (target, source, simulated mean, 95% interval, within tolerance) and
report.json. Each evaluation is kept in DIR/checkpoint as it is made: run the same command again after
an interruption and it resumes, with the same result as a run never interrupted (a checkpoint of other
inputs is refused, naming what differs; docs/limits.md).

Options:
  --targets FILE          Targets file (format: scenarios/targets/targets.schema.json).
  --params FILE           JSON: {"parameters": [{"path": "turnover.baseAnnualRate", "min": 0.02, "max": 0.2}]}
                          ("integer": true rounds the value, e.g. for posts).
  --param PATH=MIN:MAX    A parameter and its bounds; repeat for several (PATH=MIN:MAX:int rounds).
  --replications N        Seeds per evaluation (default 20).
  --years N               Reporting years per run (default 5; warm-up as in the scenario).
  --max-evaluations N     Objective evaluations over all restarts (default 60).
  --restarts N            Random restarts after the first search from the base values (default 1).
  --seed N                Seed of the restart points (default 1).
  --out DIR               Where to write the results (created if missing).
  --max-memory SIZE       Memory the runs may use (default 2GB), e.g. 16GB; see docs/limits.md.
  --quiet                 No progress lines.
  -h, --help              Show this help.

Every English authority at once: handover calibrate --authorities all --out DIR (see
handover calibrate --authorities all --help).

Example:
  handover calibrate scenarios/default.json --targets scenarios/targets/example-authority.json \\
    --param turnover.baseAnnualRate=0.05:0.4 --param recruitment.successProbability=0.04:0.3 --out fit/
`;

function whole(flag: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(Number.isSafeInteger(value) && value >= min && value <= max)) throw new UserError(`--${flag}: expected a whole number from ${min} to ${max}, found "${text}"`);
  return value;
}

function readJson(file: string, what: string): unknown {
  const read = readInputFile(file);
  if (!read.ok) throw new UserError(`cannot read the ${what} ${file}: ${read.reason}`);
  const parsed = parseJson(read.text);
  if (!parsed.ok) throw new UserError(`${file}: not valid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.reason}`);
  return parsed.value;
}

/** `path=min:max[:int]` */
export function parseParamFlag(text: string): FreeParameter {
  const match = /^([^=]+)=([^:]+):([^:]+)(:int)?$/.exec(text.trim());
  if (!match) throw new UserError(`--param: expected PATH=MIN:MAX (e.g. turnover.baseAnnualRate=0.02:0.2), found "${text}"`);
  return { path: match[1], min: Number(match[2]), max: Number(match[3]), ...(match[4] ? { integer: true } : {}) };
}

function readParams(file: string): FreeParameter[] {
  const { parameters, errors } = readParametersDoc(readJson(file, 'parameters file'));
  if (errors.length > 0) throw new UserError(`${file}: ${errors.slice(0, 5).join('; ')}${errors.length > 5 ? `; and ${errors.length - 5} more` : ''}`);
  return parameters;
}

function readTargets(file: string): TargetsFile {
  const doc = readJson(file, 'targets file');
  const errors = checkTargets(doc);
  if (errors.length > 0) throw new UserError(`${file}: ${errors.join('; ')}`);
  return doc as TargetsFile;
}

function progressLine(index: number, value: number, best: number, fits: readonly TargetFit[]): string {
  const met = fits.filter((f) => f.within).length;
  return `evaluation ${String(index + 1).padStart(3)}: objective ${value.toFixed(3)} (best ${best.toFixed(3)}), ${met}/${fits.length} targets within tolerance\n`;
}

export async function calibrateCommand(args: readonly string[], io: Io): Promise<number> {
  if (args.some((a) => a === '--authorities' || a.startsWith('--authorities='))) return calibrateAuthoritiesCommand(args, io);
  const { values, positionals } = parseCommandArgs('calibrate', args, OPTIONS);
  if (values.help) {
    await io.out(CALIBRATE_HELP);
    return EXIT.ok;
  }
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const file = scenarioArgument('calibrate', positionals);
  const targetsFile = text('targets');
  if (!targetsFile) throw new UserError('missing --targets FILE (see handover calibrate --help)');
  const out = text('out');
  if (!out) throw new UserError('missing --out DIR (see handover calibrate --help)');
  const paramFlags = (values.param as unknown as string[] | undefined) ?? [];
  const parameters = [...(text('params') ? readParams(text('params') as string) : []), ...paramFlags.map(parseParamFlag)];
  const problems = [...checkParameters(parameters), ...parameters.flatMap(boundsProblems)];
  if (problems.length > 0) throw new UserError(problems.join('; '));
  const replications = whole('replications', text('replications'), 20, 2, 1000);
  const years = whole('years', text('years'), 5, 1, 20);
  const maxEvaluations = whole('max-evaluations', text('max-evaluations'), 60, parameters.length + 1, 100000);
  const restarts = whole('restarts', text('restarts'), 1, 0, 1000);
  const seed = whole('seed', text('seed'), 1, 0, 2 ** 31);
  const maxBytes = maxMemoryFlag(text('max-memory'));
  const targets = readTargets(targetsFile);
  const base = await loadOrReport(file, io);
  if (!base) return EXIT.usage;
  // Every parameter at its upper bound bounds the memory of any evaluation's runs.
  const highest = parameters.reduce((s, p) => applyParameterPath(s, p.path, p.max), { ...base, run: { ...base.run, years } });
  checkRunsFit(file, [highest], maxBytes, availableParallelism());
  await prepareOutDir(out);
  // Everything that changes an evaluation or the order of the search; the checkpoint of other inputs is refused.
  const checkpoint = await openCommandCheckpoint(out, 'calibrate', {
    handoverVersion: packageVersion(),
    scenarioSha256: sha256(JSON.stringify(base)),
    targetsSha256: sha256(JSON.stringify(targets)),
    parameters,
    replications,
    years,
    maxEvaluations,
    restarts,
    seed,
  });

  const pool = createNodePool();
  const quiet = values.quiet === true;
  try {
    const runner = poolRunner(pool, years);
    const kept = checkpoint.pieces.size;
    if (!quiet) await io.err(`calibrating ${parameters.length} parameter(s) to ${targets.targets.length} targets (${targets.name}), ${replications} replications × ${years} years per evaluation${kept > 0 ? `; resuming with ${kept} evaluation(s) from ${checkpoint.folder}` : ''}\n`);
    let best = Infinity;
    const result = await calibrate({
      base,
      targets: targets.targets,
      parameters,
      replications,
      maxEvaluations,
      restarts,
      random: seedrandom(`calibrate:${seed}`),
      runner,
      journal: evaluationJournal(checkpoint, targets.targets.length, replications),
      onEvaluation: (evaluation, fits) => {
        best = Math.min(best, evaluation.value);
        if (!quiet) io.err(progressLine(evaluation.index, evaluation.value, best, fits)).catch(() => undefined);
      },
    }).catch((thrown: unknown) => {
      throw asUserError(thrown);
    });
    const before = result.before;

    const write = (path: string, data: string): Promise<void> =>
      writeFileAtomic(path, data).catch((thrown: unknown) => {
        if (!isFsError(thrown)) throw thrown;
        throw new UserError(`cannot write ${path}: ${describeFsError(thrown, path)}; every evaluation is kept in ${checkpoint.folder}, and the same command writes the results from it`);
      });
    const calibratedPath = join(out, 'calibrated.json');
    const extendsPath = relative(resolve(out), resolve(file)).split('\\').join('/');
    const written = parameters.map((p) => [p.path, writtenValue(p, result.values[p.path])] as const);
    const overrides = written.reduce<Record<string, unknown>>((doc, [path, value]) => applyParameterPath(doc, path, value), {});
    // The file must pass handover validate: a combination the schema's cross-field rules reject is reported, not written.
    const invalid = validateScenario(written.reduce((s, [path, value]) => applyParameterPath(s, path, value), base));
    if (invalid.length > 0) throw new UserError(`the fitted values (${written.map(([path, value]) => `${path} = ${value}`).join(', ')}) make an invalid scenario: ${invalid[0].message}; calibrated.json was not written — narrow the bounds`);
    const sources = Object.fromEntries(Object.keys(result.values).map((path) => [path, `calibrated to ${targets.name} (${targetsFile}) by handover calibrate, ${replications} replications`]));
    const calibrated = { extends: extendsPath, name: `${base.name} (calibrated to ${targets.name})`, description: `${base.description ?? base.name} Calibrated by handover calibrate.`, ...overrides, sources };
    await write(calibratedPath, `${JSON.stringify(calibrated, null, 2)}\n`);
    const md = [`# Calibration to ${targets.name}`, '', `Base scenario: \`${file}\`. ${replications} replications × ${years} reporting years; ${result.evaluations} evaluations. Objective before ${before.length ? (before.reduce((a, f) => a + f.z * f.z, 0) / before.length).toFixed(3) : '–'}, after ${result.objective.toFixed(3)}.`, '', '## Fitted values', '', '| parameter | value | bounds |', '|---|---|---|', ...parameters.map((p) => `| \`${p.path}\` | ${Number(result.values[p.path].toPrecision(4))} | ${p.min} – ${p.max} |`), '', '## Targets (calibrated)', '', targetTable(result.fits), '', '## Targets (base scenario, before)', '', targetTable(before), ''].join('\n');
    await write(join(out, 'report.md'), md);
    const json = { targets: targets.name, base: file, replications, years, evaluations: result.evaluations, objective: result.objective, values: result.values, fits: result.fits.map((f) => ({ id: f.target.id, field: f.target.field, target: f.target.value, tolerance: f.target.tolerance, n: f.n, mean: f.mean, ci95Low: f.ci95Low, ci95High: f.ci95High, within: f.within })) };
    await write(join(out, 'report.json'), `${JSON.stringify(json, null, 2)}\n`);
    const met = result.fits.filter((f) => f.within).length;
    await io.out(`${targetTable(result.fits)}\n\n${met} of ${result.fits.length} targets within tolerance; objective ${result.objective.toFixed(3)}.\nWrote ${calibratedPath}, ${join(out, 'report.md')} and ${join(out, 'report.json')} (in ${dirname(calibratedPath)}).\n`);
    return EXIT.ok;
  } finally {
    pool.close();
  }
}
