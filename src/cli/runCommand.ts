/**
 * `handover run <scenario>`: load and check the scenario, run it, and write the series or summary
 * (CSV or JSON) to --out atomically or to stdout, with the human summary beside it. Parsing and
 * printing only: the work is done by the engine and the pure output builders.
 */
import { runScenario } from '../engine/run.js';
import type { RunResult } from '../metrics/fields.js';
import { formatSummary, resultToJson, seriesToCsv, summaryToCsv } from '../outputs/index.js';
import { describeFsError, isFsError } from '../node/fsErrors.js';
import { writeFileAtomic } from '../node/writeFileAtomic.js';
import { authorityScenarioPath, isAuthorityCode } from './authorityArgument.js';
import { choiceFlag, parseCommandArgs, runSetting, wholeNumberFlag } from './args.js';
import { EXIT, UserError } from './errors.js';
import { runHelp } from './help.js';
import type { Io } from './io.js';
import { checkRunsFit, MAX_MEMORY_OPTION, maxMemoryFlag } from './memory.js';
import { checkOutFile } from './outputs.js';
import { loadOrReport, scenarioArgument } from './scenarioFile.js';

const FORMATS = ['csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

const OPTIONS = {
  seed: { type: 'string' },
  years: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'summary-only': { type: 'boolean' },
  quiet: { type: 'boolean' },
  authority: { type: 'string' },
  ...MAX_MEMORY_OPTION,
  help: { type: 'boolean', short: 'h' },
} as const;

export interface RunRequest {
  file: string;
  seed?: number;
  years?: number;
  /** Undefined: no data output unless --out is given. */
  format?: Format;
  /** A file; undefined for none or for stdout (`--out -`, which sets format). */
  out?: string;
  summaryOnly: boolean;
  quiet: boolean;
  maxMemory: number;
}

/** The scenario file: a path, an authority's ONS code, or --authority NAME. */
function runScenarioFile(positionals: readonly string[], authority: string | undefined): string {
  if (authority !== undefined) {
    if (positionals.length > 0) throw new UserError(`give a scenario file or --authority, not both (found ${positionals.join(' ')} and --authority "${authority}")`);
    return authorityScenarioPath(authority);
  }
  const file = scenarioArgument('run', positionals);
  return isAuthorityCode(file) ? authorityScenarioPath(file) : file;
}

/** Checks every flag before the (possibly long) run starts. */
export function parseRunRequest(positionals: readonly string[], values: Record<string, string | boolean | undefined>): RunRequest {
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const out = text('out');
  if (out === '') throw new UserError('--out: expected a file path, or - for stdout, found nothing');
  const format = choiceFlag('format', text('format'), FORMATS);
  return {
    file: runScenarioFile(positionals, text('authority')),
    seed: wholeNumberFlag('seed', text('seed'), runSetting('seed')),
    years: wholeNumberFlag('years', text('years'), runSetting('years')),
    // `--out -` is stdout: the data there and the summary on stderr, as with --format alone.
    format: out === '-' ? (format ?? 'csv') : format,
    out: out === '-' ? undefined : out,
    summaryOnly: values['summary-only'] === true,
    quiet: values.quiet === true,
    maxMemory: maxMemoryFlag(text('max-memory')),
  };
}

export function renderOutput(result: RunResult, format: Format, summaryOnly: boolean): string {
  if (format === 'json') return resultToJson(result, { includeSeries: !summaryOnly });
  return summaryOnly ? summaryToCsv(result) : seriesToCsv(result);
}

/** Progress on a terminal only, a few times a year of simulated time; cleared before the summary. */
function progress(io: Io, quiet: boolean): { onProgress?: (done: number, total: number) => void; clear: () => Promise<void> } {
  if (quiet || !io.errIsTty) return { clear: async () => undefined };
  let shown = false;
  return {
    onProgress: (done, total) => {
      if (done % 13 !== 0 && done !== total) return;
      shown = true;
      io.err(`\rweek ${done} of ${total}`).catch(() => undefined);
    },
    clear: async () => {
      if (shown) await io.err('\r\x1b[K');
    },
  };
}

async function writeOut(path: string, data: string): Promise<void> {
  try {
    await writeFileAtomic(path, data);
  } catch (thrown) {
    if (isFsError(thrown)) throw new UserError(`cannot write ${path}: ${describeFsError(thrown, path)}`);
    throw thrown;
  }
}

export async function runCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('run', args, OPTIONS);
  if (values.help) {
    await io.out(runHelp());
    return EXIT.ok;
  }
  const request = parseRunRequest(positionals, values);
  const scenario = await loadOrReport(request.file, io);
  if (!scenario) return EXIT.usage;
  const years = request.years ?? scenario.run.years;
  checkRunsFit(request.file, [{ ...scenario, run: { ...scenario.run, years } }], request.maxMemory);
  if (request.out !== undefined) await checkOutFile(request.out);

  const shown = progress(io, request.quiet);
  const result = runScenario(scenario, { seed: request.seed, years: request.years, onProgress: shown.onProgress });
  await shown.clear();

  const format = request.format ?? (request.out?.toLowerCase().endsWith('.json') ? 'json' : 'csv');
  const summary = formatSummary(result);
  if (request.out !== undefined) {
    await writeOut(request.out, renderOutput(result, format, request.summaryOnly));
    const what = request.summaryOnly ? 'summary' : `${result.weeks} weeks`;
    if (!request.quiet) await io.out(`${summary}Wrote ${what} to ${request.out} (${format})\n`);
  } else if (request.format !== undefined) {
    await io.out(renderOutput(result, format, request.summaryOnly));
    if (!request.quiet) await io.err(summary);
  } else if (!request.quiet) {
    await io.out(summary);
  }
  return EXIT.ok;
}
