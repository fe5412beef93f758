/**
 * Help texts. The run settings' meaning and bounds come from the scenario schema (run.seed, run.years),
 * where they are documented once.
 */
import { describeExpected } from '../scenario/schema.js';
import { runSetting } from './args.js';

const WIDTH = 100;

/** Word-wraps `text` to WIDTH, every line after the first indented to `indent` columns. */
function wrap(text: string, indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > WIDTH - indent) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

function option(flag: string, text: string): string {
  const column = 24;
  return `  ${flag.padEnd(column - 2)}${wrap(text, column)}`;
}

/** The first sentence of a schema description: its meaning without the unit and source. */
function meaning(name: 'seed' | 'years'): string {
  const schema = runSetting(name);
  const first = (schema.description ?? '').split(/(?<=\.)\s/)[0];
  return `${first} Overrides run.${name}; ${describeExpected(schema)}.`;
}

export const TOP_HELP = `handover — simulate social-worker turnover and children's continuity of care

Usage:
  handover run <scenario.json> [options]   run a scenario and report what happens to staff and children
  handover validate <scenario.json>        check a scenario file without running it
  handover calibrate <scenario.json> --targets FILE --param PATH=MIN:MAX --out DIR
                                           fit parameters to published figures (docs/calibration.md)
  handover sweep <sweep.json> --out DIR    run a parameter sweep with replications on all cores
  handover merge DIR... --out DIR          combine the shards of a sweep run on several machines
  handover sensitivity <scenario> --out DIR  rank the parameters that move children's continuity most
  handover authorities [--region NAME]     list England's authorities, each a ready scenario
  handover help [command]                  show the help of a command
  handover --version                       print the version

Examples:
  handover run scenarios/default.json --seed 1 --years 10
  handover run scenarios/high-turnover.json --out high-turnover.csv
  handover run E10000013 --years 5          (an authority by ONS code; or --authority Gloucestershire)
  handover validate my-authority.json
  handover sweep scenarios/sweeps/agency-and-caseload.json --out results/

Scenario files are described in scenarios/README.md, outputs in docs/outputs.md, cluster runs in
docs/cluster.md.
Exit codes: 0 done; 2 a problem with the command, a file or the scenario; 1 an internal error.
`;

export function runHelp(): string {
  return `Usage: handover run <scenario.json | authority code> [options]
       handover run --authority NAME [options]

Runs the scenario and prints a short summary. With --out, the per-week series is written to the file
(replaced in one step, so it is never left half written); with --format and no --out, it goes to
stdout and the summary to stderr.

Options:
${option('--seed N', meaning('seed'))}
${option('--years N', meaning('years'))}
${option('--format csv|json', 'csv: the per-week series, one row per week. json: the summary and the series. Default: json if --out ends in .json, else csv.')}
${option('--out FILE', 'Write the output to FILE instead of stdout (- means stdout). A symbolic link is written through to its file; a folder, device or FIFO is refused. Checked before the run starts.')}
${option('--summary-only', 'Write the run summary (one row, or JSON without the series) instead of the series.')}
${option('--max-memory SIZE', 'Memory the command may use (default 2GB), e.g. 16GB; a run estimated to need more is refused before it starts (docs/limits.md).')}
${option('--quiet', 'Do not print the summary or progress.')}
${option('--authority NAME', 'Run an English authority\'s scenario (scenarios/authorities/), named by its ONS code or by its name or a part of it; a part that matches several lists them. handover authorities lists them all.')}
${option('-h, --help', 'Show this help.')}

Examples:
  handover run scenarios/default.json --seed 1 --years 10
  handover run E10000013 --years 5
  handover run --authority Gloucestershire
  handover run scenarios/no-agency.json --years 5 --out no-agency.csv
  handover run scenarios/default.json --format json --summary-only > summary.json
`;
}

export const VALIDATE_HELP = `Usage: handover validate <scenario.json>

Reads the scenario (following "extends"), checks every value against the schema
(src/scenario/scenario.schema.json) and prints "ok: <file> (<scenario name>)", or every problem, one
per line: file, field path, what was expected, what was found. Exits with 0 if valid, 2 if not.

Options:
${option('-h, --help', 'Show this help.')}
`;

export function sweepHelp(): string {
  return `Usage: handover sweep <sweep.json> --out DIR [options]

Runs every design point × replication of a sweep file (src/batch/sweep.schema.json) into DIR:
runs/<key>.json for each run as it finishes, then runs.csv (one row per run) and summary.csv (mean,
sd and 95% CI per design point and output). Run again with the same --out to resume: finished runs
are skipped. A file in DIR that is not this sweep's is reported and never overwritten.

Options:
${option('--out DIR', 'The output folder (created if missing).')}
${option('--jobs N', 'Runs at once, on worker threads. Default: the number of available cores. 1 runs in this thread.')}
${option('--shard K/N', 'Run only shard K of N (every run whose number is K−1 modulo N). Default: from SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_COUNT in a Slurm array job. Combine the shards with handover merge.')}
${option('--series', 'Also write each run\'s weekly series to series/<key>.csv.gz (gzip CSV).')}
${option('--max-memory SIZE', 'Memory the command may use (default 2GB), e.g. 16GB; a run estimated to need more is refused before it starts (docs/limits.md).')}
${option('--quiet', 'Do not print progress or the closing line.')}
${option('-h, --help', 'Show this help.')}

Examples:
  handover sweep scenarios/sweeps/agency-and-caseload.json --out results/
  handover sweep my-sweep.json --out shard-2/ --shard 2/4 --jobs 8
`;
}

export function mergeHelp(): string {
  return `Usage: handover merge DIR... --out DIR

Combines the output folders of the shards of one sweep into the files a single-machine run writes
(runs/, series/, runs.csv, summary.csv, manifest.json). Refuses folders of different sweeps (their
sweep file's SHA-256 differs) and an incomplete set of shards, naming what is missing.

Options:
${option('--out DIR', 'The merged output folder (created if missing).')}
${option('--quiet', 'Do not print the closing line.')}
${option('-h, --help', 'Show this help.')}

Example:
  handover merge shards/1 shards/2 shards/3 shards/4 --out results/
`;
}

export function sensitivityHelp(): string {
  return `Usage: handover sensitivity <scenario.json> --out DIR [options]

One-at-a-time screening: moves each parameter down and up by --delta of its value (inside its schema
range), the others at the scenario's values, and ranks the parameters by how far each of the
children's continuity outputs moves (shareChanged26w, shareWith3PlusWorkers, reReferralRate12m,
lacShare3PlusWorkers52w). Replication r uses the same seed at every level, so differences are paired.
Writes DIR/sensitivity.csv (one row per output and parameter) and DIR/sensitivity.json (tornado-chart
bars per output, in rank order). Each run is kept in DIR/checkpoint as it finishes: run the same
command again after an interruption and it resumes (other inputs are refused; docs/limits.md).

Options:
${option('--out DIR', 'The output folder (created if missing).')}
${option('--vary a,b,...', 'Parameter paths to screen, separated by commas. Default: fourteen workforce, demand and management parameters (see src/batch/sensitivity.ts).')}
${option('--delta X', 'Relative change, low and high: 0.2 (default) is ±20%.')}
${option('--replications N', 'Runs per level (default 5, at least 2).')}
${option('--years N', meaning('years'))}
${option('--seed N', 'Base seed of the runs; default run.seed of the scenario.')}
${option('--jobs N', 'Runs at once, on worker threads. Default: the number of available cores.')}
${option('--max-memory SIZE', 'Memory the command may use (default 2GB), e.g. 16GB; a run estimated to need more is refused before it starts (docs/limits.md).')}
${option('--quiet', 'Do not print progress or the ranking.')}
${option('-h, --help', 'Show this help.')}

Example:
  handover sensitivity scenarios/default.json --years 3 --out sensitivity/
`;
}
