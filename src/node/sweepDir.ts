/**
 * A sweep's output folder: DIR/manifest.json, DIR/runs/<key>.json (one per finished run, written
 * atomically as it finishes), DIR/series/<key>.csv.gz (with --series) and the aggregate DIR/runs.csv
 * and DIR/summary.csv, rebuilt from the per-run files. Scanning the folder is what makes a re-run
 * resume: a run whose files are present and check out is done. Anything else in the folder — a file
 * from another sweep, a damaged run file, an unknown name — is a problem to report, never to overwrite.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { checkManifest, manifestToJson, type Manifest } from '../batch/manifest.js';
import { checkRecord, recordToJson, type RunRecord } from '../batch/records.js';
import type { PlannedRun } from '../batch/runs.js';
import type { Design } from '../batch/design.js';
import { runsCsv, summaryCsv } from '../batch/tables.js';
import { errorCode } from './fsErrors.js';
import { parseJson } from './parseJson.js';
import { readInputFile } from './readInputFile.js';
import { writeFileAtomic } from './writeFileAtomic.js';

export interface SweepIdentity {
  sweepSha256: string;
  scenarioSha256: string;
  design: Design;
  runs: PlannedRun[];
}

export interface DirScan {
  /** Runs whose per-run file checks out, by key. */
  records: Map<string, RunRecord>;
  /** Keys with a series file. */
  series: Set<string>;
  /** Existing manifest, if any. */
  manifest?: Manifest;
  problems: string[];
}

const TOP_LEVEL = new Set(['manifest.json', 'runs.csv', 'summary.csv', 'runs', 'series']);
/** The temporary files writeFileAtomic leaves if the process is killed mid-write. */
export const TEMP = /^\.[^/]+\.\d+\.[0-9a-f]{12}\.tmp$/;

/** The names in `dir`, sorted, or undefined if it does not exist. */
export async function list(dir: string): Promise<string[] | undefined> {
  try {
    return (await readdir(dir)).sort();
  } catch (thrown) {
    if (errorCode(thrown) === 'ENOENT') return undefined;
    throw thrown;
  }
}

/** Reads DIR (which may not exist yet). Stale temporary files of an interrupted write are removed. */
export async function scanSweepDir(dir: string, id: SweepIdentity): Promise<DirScan> {
  const scan: DirScan = { records: new Map(), series: new Set(), problems: [] };
  const top = await list(dir);
  if (top === undefined) return scan;
  const byKey = new Map(id.runs.map((r) => [r.key, r]));
  for (const name of top) {
    if (TEMP.test(name)) await unlink(join(dir, name)).catch(() => undefined);
    else if (!TOP_LEVEL.has(name)) scan.problems.push(`${name}: not part of a sweep's output`);
  }
  if (top.includes('manifest.json')) {
    const read = readInputFile(join(dir, 'manifest.json'));
    const parsed = read.ok ? parseJson(read.text) : undefined;
    const manifest = !read.ok ? `cannot read it: ${read.reason}` : parsed?.ok ? checkManifest(parsed.value) : 'not valid JSON';
    if (typeof manifest === 'string') scan.problems.push(`manifest.json: ${manifest}`);
    else if (manifest.sweepSha256 !== id.sweepSha256 || manifest.scenarioSha256 !== id.scenarioSha256) {
      scan.problems.push(`manifest.json: the folder holds another sweep (${manifest.sweepFile}, sweep SHA-256 ${manifest.sweepSha256.slice(0, 12)}…)`);
    } else scan.manifest = manifest;
  }
  for (const name of (await list(join(dir, 'runs'))) ?? []) {
    if (TEMP.test(name)) {
      await unlink(join(dir, 'runs', name)).catch(() => undefined);
      continue;
    }
    const run = name.endsWith('.json') ? byKey.get(name.slice(0, -5)) : undefined;
    if (!run) {
      scan.problems.push(`runs/${name}: not a run of this sweep`);
      continue;
    }
    const read = readInputFile(join(dir, 'runs', name));
    if (!read.ok) {
      scan.problems.push(`runs/${name}: cannot read it: ${read.reason}`);
      continue;
    }
    const parsed = parseJson(read.text);
    const record = parsed.ok ? checkRecord(parsed.value, id.sweepSha256, run, id.design.points[run.point]) : `damaged (not valid JSON at line ${parsed.line})`;
    if (typeof record === 'string') scan.problems.push(`runs/${name}: ${record}`);
    else scan.records.set(run.key, record);
  }
  for (const name of (await list(join(dir, 'series'))) ?? []) {
    if (TEMP.test(name)) {
      await unlink(join(dir, 'series', name)).catch(() => undefined);
      continue;
    }
    const key = name.endsWith('.csv.gz') ? name.slice(0, -7) : undefined;
    if (key === undefined || !byKey.has(key)) {
      scan.problems.push(`series/${name}: not a series of this sweep`);
      continue;
    }
    const read = readInputFile(join(dir, 'series', name), { binary: true });
    if (!read.ok) {
      scan.problems.push(`series/${name}: cannot read it: ${read.reason}`);
      continue;
    }
    try {
      if (!gunzipSync(read.bytes).toString('utf8').startsWith('week,')) throw new Error('no header');
      scan.series.add(key);
    } catch {
      scan.problems.push(`series/${name}: damaged (not a gzip-compressed series CSV)`);
    }
  }
  return scan;
}

export async function prepareSweepDir(dir: string, series: boolean): Promise<void> {
  await mkdir(join(dir, 'runs'), { recursive: true });
  if (series) await mkdir(join(dir, 'series'), { recursive: true });
}

/**
 * gzip of the series CSV. Deterministic: Node's gzip header carries no file name or time, so the same
 * CSV always compresses to the same bytes on the same zlib.
 */
export function compressSeries(csv: string): Uint8Array {
  return gzipSync(csv, { level: 6 });
}

/** Writes one finished run: the series first, then the run file, whose presence marks the run done. */
export async function writeRun(dir: string, record: RunRecord, seriesGz?: Uint8Array): Promise<void> {
  if (seriesGz) await writeFileAtomic(join(dir, 'series', `${record.key}.csv.gz`), seriesGz);
  await writeFileAtomic(join(dir, 'runs', `${record.key}.json`), recordToJson(record));
}

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await writeFileAtomic(join(dir, 'manifest.json'), manifestToJson(manifest));
}

/** runs.csv and summary.csv from the per-run records, in run-key order. */
export async function writeAggregates(dir: string, design: Design, runs: readonly PlannedRun[], records: Map<string, RunRecord>): Promise<void> {
  const ordered = runs.map((r) => records.get(r.key)).filter((r): r is RunRecord => r !== undefined);
  await writeFileAtomic(join(dir, 'runs.csv'), runsCsv(design, ordered));
  await writeFileAtomic(join(dir, 'summary.csv'), summaryCsv(design, ordered));
}
