/**
 * `handover calibrate --authorities all|CODE,… --out DIR`: fits every named authority to its published
 * rates (src/authorities/fit.ts) and writes DIR/<code>.json as each finishes, atomically, so a run
 * stopped part-way resumes where it was. Authorities are fitted several at once on the engine worker
 * pool; `--shard K/N` (or a Slurm array) takes every N-th authority, and since a fit depends only on
 * the authority, the data and the settings, shards write the same files as one process. `npm run
 * authorities` then folds the fits into scenarios/authorities/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { authorityScenario, authorityTargets, deriveAuthorityTable, fitAuthority, fitBounds, startValues, type AuthorityFit, type AuthorityRecord, type FitSettings } from '../authorities/index.js';
import type { Target } from '../calibrate/targets.js';
import { readAuthorityFit, readDefaultScenario, readDfeTables, readReference, resolveAuthorityDocument } from '../node/authorityFiles.js';
import { parseJson } from '../node/parseJson.js';
import { writeFileAtomic } from '../node/writeFileAtomic.js';
import { parseCommandArgs } from './args.js';
import { engineRunner, jobsFlag, outDirFlag, shardFlag } from './batchArgs.js';
import { EXIT, UserError } from './errors.js';
import type { Io } from './io.js';

const OPTIONS = {
  authorities: { type: 'string' },
  out: { type: 'string' },
  shard: { type: 'string' },
  jobs: { type: 'string' },
  replications: { type: 'string' },
  'check-replications': { type: 'string' },
  years: { type: 'string' },
  'max-evaluations': { type: 'string' },
  'start-from': { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const CALIBRATE_AUTHORITIES_HELP = `Usage: handover calibrate --authorities all|CODE,CODE,... --out DIR [options]

Fits each English authority's scenario (scenarios/authorities/) to its published turnover, vacancy
and agency rates, caseload and re-referral rate. One parameter per figure (turnover.baseAnnualRate,
recruitment.successProbability, agency.supplyPerWeek, the case-holding posts, reReferral.baseProbability)
moves by a joint Newton step in logs, the figures' couplings corrected after each step (Broyden), with
the same seeds at every evaluation. The start is checked over --check-replications seeds at once, and
so is any point the search's seeds put within tolerance; the search stops when a check is within
tolerance on every figure, or after --max-evaluations with the best values checked. Writes
DIR/<code>.json for each authority as it finishes; run again with the same --out to resume. Then
npm run authorities -- --fits DIR writes the fitted values into the authority files.

Options:
  --authorities LIST      "all", or ONS codes separated by commas.
  --out DIR               Where to write the fits (created if missing).
  --shard K/N             Fit only every N-th authority from the K-th (default: from Slurm's array variables).
  --jobs N                Engine workers (default: the available cores).
  --replications N        Seeds per search evaluation (default 3).
  --check-replications N  Seeds of a check, the first of them the search's own (default 10).
  --years N               Reporting years per run, after the scenario's warm-up (default 2).
  --max-evaluations N     Search evaluations per authority at most (default 6).
  --start-from DIR        Start each authority from its fitted values in DIR (an earlier run) where
                          there is one, instead of the default's values scaled by its published rates:
                          a second pass, or a recalibration after a small change to the model.
  --quiet                 No progress lines.
  -h, --help              Show this help.

Examples:
  handover calibrate --authorities all --out scenarios/authorities/fits
  handover calibrate --authorities all --out fits/ --shard 2/8 --jobs 4
`;

function whole(flag: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!(Number.isSafeInteger(value) && value >= min && value <= max)) throw new UserError(`--${flag}: expected a whole number from ${min} to ${max}, found "${text}"`);
  return value;
}

function selectAuthorities(text: string, table: readonly AuthorityRecord[]): AuthorityRecord[] {
  if (text.trim().toLowerCase() === 'all') return [...table];
  const byCode = new Map(table.map((r) => [r.code, r]));
  return text.split(',').map((raw) => {
    const code = raw.trim().toUpperCase();
    const record = byCode.get(code);
    if (!record) throw new UserError(`--authorities: "${raw.trim()}" is not the ONS code of a current authority (see handover authorities)`);
    return record;
  });
}

/** A finished fit with the same settings, to skip; a file that is not one is refused rather than overwritten. */
function finished(file: string, code: string, settings: FitSettings): boolean {
  if (!existsSync(file)) return false;
  const parsed = parseJson(readFileSync(file, 'utf8'));
  const fit = parsed.ok ? (parsed.value as Partial<AuthorityFit>) : undefined;
  if (fit?.code !== code || typeof fit.settings !== 'object') throw new UserError(`${file} is not a fit of ${code}; move it away or choose another --out (it is never overwritten)`);
  if (JSON.stringify(fit.settings) !== JSON.stringify(settings)) throw new UserError(`${file} was fitted with other settings (${JSON.stringify(fit.settings)}); use the same options to resume, or another --out`);
  return true;
}


export async function calibrateAuthoritiesCommand(args: readonly string[], io: Io, env: Record<string, string | undefined> = process.env): Promise<number> {
  const { values, positionals } = parseCommandArgs('calibrate', args, OPTIONS);
  if (values.help) {
    await io.out(CALIBRATE_AUTHORITIES_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UserError(`handover calibrate --authorities takes no scenario file, found ${positionals.join(' ')}`);
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const out = outDirFlag('calibrate --authorities all', text('out'));
  const settings: FitSettings = {
    replications: whole('replications', text('replications'), 3, 1, 1000),
    checkReplications: whole('check-replications', text('check-replications'), 10, 2, 1000),
    years: whole('years', text('years'), 2, 1, 20),
    maxEvaluations: whole('max-evaluations', text('max-evaluations'), 6, 1, 1000),
    ...(text('start-from') ? { startFrom: text('start-from') } : {}),
  };
  if (settings.checkReplications < settings.replications) throw new UserError(`--check-replications: expected at least --replications (${settings.replications}), since a check extends the search's own seeds, found ${settings.checkReplications}`);
  const jobs = jobsFlag(text('jobs'));
  const shard = shardFlag(text('shard'), env);
  const table = deriveAuthorityTable(readDfeTables());
  const chosen = selectAuthorities(text('authorities') ?? '', table).filter((_, i) => shard === undefined || i % shard.count === shard.index - 1);
  const base = readDefaultScenario();
  const ref = readReference();
  mkdirSync(out, { recursive: true });
  const todo = chosen.filter((r) => !finished(join(out, `${r.code}.json`), r.code, settings));
  const quiet = values.quiet === true;
  if (!quiet) await io.err(`calibrating ${todo.length} of ${chosen.length} authorities${shard ? ` (shard ${shard.index}/${shard.count})` : ''} into ${out} on ${jobs} worker(s): at most ${settings.maxEvaluations} evaluations × ${settings.replications} replications, checked over ${settings.checkReplications}, ${settings.years} years each\n`);

  let crashed: Error | undefined;
  const engine = engineRunner(jobs, (error) => (crashed = error));
  const fits: AuthorityFit[] = [];
  let done = 0;
  const fitOne = async (record: AuthorityRecord): Promise<void> => {
    const targets = authorityTargets(record).targets as Target[];
    const fit = await fitAuthority({
      code: record.code,
      name: record.name,
      start: (settings.startFrom ? readAuthorityFit(settings.startFrom, record.code)?.values : undefined) ?? startValues(record, base, ref),
      bounds: fitBounds(record),
      targets,
      build: (v) => resolveAuthorityDocument(record.code, authorityScenario(record, base, ref, v)),
      runner: (scenario, seed) => {
        if (crashed) throw new UserError(`an engine worker stopped: ${crashed.message}; the fits already written are kept for a resume`);
        return engine.run(scenario, seed);
      },
      settings,
    });
    await writeFileAtomic(join(out, `${record.code}.json`), `${JSON.stringify(fit, null, 2)}\n`);
    fits.push(fit);
    done++;
    if (!quiet) await io.err(`${String(done).padStart(3)}/${todo.length} ${record.code} ${record.name}: ${fit.within}/${fit.of} within tolerance after ${fit.evaluations} evaluations\n`);
  };
  try {
    // A few authorities at once keep every worker busy while one authority waits for its slowest run.
    const lanes = Math.max(1, jobs);
    const queue = [...todo];
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await fitOne(next);
      }),
    );
  } finally {
    engine.close();
  }
  const all = chosen.map((r) => JSON.parse(readFileSync(join(out, `${r.code}.json`), 'utf8')) as AuthorityFit);
  const met = all.filter((f) => f.within === f.of).length;
  await io.out(`${all.length} authorities fitted in ${out} (${todo.length} now, ${all.length - todo.length} before): ${met} meet every published rate within tolerance.\nWrite them into the authority files with: npm run authorities -- --fits ${out}\n`);
  return EXIT.ok;
}
