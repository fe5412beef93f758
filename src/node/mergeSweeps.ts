/**
 * Merging shard folders of one sweep into the folder a single-machine run writes. Every input must be
 * an output folder of the same sweep file and base scenario (by SHA-256), every run must be present in
 * one of them, and a run found in two folders must have identical files; otherwise nothing is written
 * and every reason is returned. The per-run files are copied byte for byte and the aggregates rebuilt
 * from them, so the result equals a single run's folder except for manifest.json's command line.
 */
import { join } from 'node:path';
import { splitLine } from '../authorities/csv.js';
import type { Design } from '../batch/design.js';
import { checkManifest, type Manifest } from '../batch/manifest.js';
import type { RunRecord } from '../batch/records.js';
import { planRuns, type PlannedRun } from '../batch/runs.js';
import { runsCsv, summaryCsv } from '../batch/tables.js';
import { parseJson } from './parseJson.js';
import { readInputFile } from './readInputFile.js';
import { prepareSweepDir, scanSweepDir, writeAggregates, writeManifest, type DirScan } from './sweepDir.js';
import { writeFileAtomic } from './writeFileAtomic.js';

export class MergeError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'MergeError';
  }
}

async function readManifest(dir: string): Promise<Manifest | string> {
  const read = readInputFile(join(dir, 'manifest.json'));
  if (!read.ok) return read.code === 'ENOENT' ? 'no manifest.json: not the output folder of handover sweep' : `cannot read manifest.json: ${read.reason}`;
  const parsed = parseJson(read.text);
  return parsed.ok ? checkManifest(parsed.value) : `manifest.json is not valid JSON (line ${parsed.line})`;
}

/** Where an aggregate on disk differs from the one its run files give: the row (by its first cells), the column and both values. */
export function aggregateDifference(name: string, onDisk: string, fromRuns: string): string | undefined {
  if (onDisk === fromRuns) return undefined;
  const disk = onDisk.split('\n');
  const runs = fromRuns.split('\n');
  const header = splitLine(runs[0]);
  const at = runs.findIndex((line, i) => line !== disk[i]);
  if (at <= 0) return `${name}: its header or its number of rows differs from the one its run files give`;
  const [want, found] = [splitLine(runs[at]), splitLine(disk[at] ?? '')];
  const column = want.findIndex((cell, i) => cell !== found[i]);
  const row = name === 'summary.csv' ? `point ${want[0]}, output ${want[header.indexOf('output')]}` : `run ${want[0]}`;
  if (column < 0 || found.length !== want.length) return `${name}: the row of ${row} differs from the one its run files give`;
  return `${name}: ${row}, ${header[column]} is ${found[column] === '' ? 'empty' : found[column]}, but its run files give ${want[column] === '' ? 'nothing' : want[column]}`;
}

/**
 * A folder that holds every run also holds runs.csv and summary.csv, written from its run files. The
 * merge rebuilds both from the run files, so an aggregate edited by hand (or a run file edited after
 * them) would pass unseen: the two must agree.
 */
function aggregateProblems(dir: string, design: Design, runs: readonly PlannedRun[], records: Map<string, RunRecord>): string[] {
  if (!runs.every((r) => records.has(r.key))) return [];
  const ordered = runs.map((r) => records.get(r.key) as RunRecord);
  const problems: string[] = [];
  for (const [name, build] of [['runs.csv', runsCsv], ['summary.csv', summaryCsv]] as const) {
    const read = readInputFile(join(dir, name));
    if (!read.ok) {
      if (read.code !== 'ENOENT') problems.push(`${dir}/${name}: cannot read it: ${read.reason}`);
      continue;
    }
    const difference = aggregateDifference(name, read.text, build(design, ordered));
    if (difference !== undefined) problems.push(`${dir}/${difference}; one of them was changed after the sweep wrote it (run the sweep again into a new folder)`);
  }
  return problems;
}

const shardName = (m: Manifest): string => (m.shard ? `${m.shard.index}/${m.shard.count}` : 'all');

/** `prepareOut` is called once the inputs have checked out, before anything is read from or written to `out`. */
export async function mergeSweeps(inputs: readonly string[], out: string, invocation: Pick<Manifest, 'handoverVersion' | 'nodeVersion' | 'command'>, prepareOut: () => Promise<void> = async () => undefined): Promise<{ runs: number }> {
  const manifests: Manifest[] = [];
  const problems: string[] = [];
  for (const dir of inputs) {
    const m = await readManifest(dir);
    if (typeof m === 'string') problems.push(`${dir}: ${m}`);
    else manifests.push(m);
  }
  if (problems.length > 0) throw new MergeError(problems);
  const first = manifests[0];
  manifests.forEach((m, i) => {
    if (m.sweepSha256 !== first.sweepSha256 || m.scenarioSha256 !== first.scenarioSha256) {
      problems.push(`${inputs[i]} is a different sweep from ${inputs[0]} (${m.sweepFile}, sweep SHA-256 ${m.sweepSha256.slice(0, 12)}… against ${first.sweepFile}, ${first.sweepSha256.slice(0, 12)}…${m.sweepSha256 === first.sweepSha256 ? '; same sweep file but a different base scenario' : ''})`);
    }
  });
  const series = manifests.every((m) => m.series);
  if (!series && manifests.some((m) => m.series)) problems.push(`some folders were run with --series and some without (${inputs.filter((_, i) => !manifests[i].series).join(', ')} without); run those again with --series, or merge without series`);
  if (problems.length > 0) throw new MergeError(problems);

  const runs = planRuns(first.design.points.length, first.replications, first.seed);
  const id = { sweepSha256: first.sweepSha256, scenarioSha256: first.scenarioSha256, design: first.design, runs };
  const scans: DirScan[] = [];
  for (const dir of inputs) {
    const scan = await scanSweepDir(dir, id);
    problems.push(...scan.problems.map((p) => `${dir}/${p}`));
    if (scan.problems.length === 0) problems.push(...aggregateProblems(dir, first.design, runs, scan.records));
    scans.push(scan);
  }
  if (problems.length > 0) throw new MergeError(problems);

  const source = new Map<string, number>();
  const texts = new Map<string, string>();
  for (const run of runs) {
    for (let i = 0; i < inputs.length; i++) {
      if (!scans[i].records.has(run.key) || (series && !scans[i].series.has(run.key))) continue;
      const read = readInputFile(join(inputs[i], 'runs', `${run.key}.json`));
      if (!read.ok) {
        problems.push(`${inputs[i]}/runs/${run.key}.json: cannot read it: ${read.reason}`);
        continue;
      }
      const text = read.text;
      const seen = texts.get(run.key);
      if (seen === undefined) {
        source.set(run.key, i);
        texts.set(run.key, text);
      } else if (seen !== text) problems.push(`runs/${run.key}.json differs between ${inputs[source.get(run.key) as number]} and ${inputs[i]}`);
    }
  }
  const missing = runs.filter((r) => !source.has(r.key));
  if (missing.length > 0) {
    const count = manifests.find((m) => m.shard)?.shard?.count;
    const found = new Set(manifests.map(shardName));
    const absent = count === undefined ? [] : Array.from({ length: count }, (_, k) => `${k + 1}/${count}`).filter((s) => !found.has(s));
    problems.push(
      `incomplete: ${missing.length} of ${runs.length} runs are missing (${missing.slice(0, 5).map((r) => r.key).join(', ')}${missing.length > 5 ? ', …' : ''}${series ? ', with their series' : ''}). ` +
        `Shards given: ${[...found].join(', ')}${absent.length > 0 ? `; not given: ${absent.join(', ')}` : '; finish the unfinished shard (run it again with the same --out) and merge again'}`,
    );
  }
  if (problems.length > 0) throw new MergeError(problems);

  await prepareOut();
  const outScan = await scanSweepDir(out, id);
  if (outScan.problems.length > 0) throw new MergeError(outScan.problems.map((p) => `${out}/${p}: not this sweep's; nothing was overwritten, choose another --out`));
  await prepareSweepDir(out, series);
  await writeManifest(out, { ...first, ...invocation, series, shard: null, mergedFrom: [...inputs] });
  const records = new Map<string, RunRecord>();
  for (const run of runs) {
    const i = source.get(run.key) as number;
    if (series) {
      const read = readInputFile(join(inputs[i], 'series', `${run.key}.csv.gz`), { binary: true });
      if (!read.ok) throw new MergeError([`${inputs[i]}/series/${run.key}.csv.gz: cannot read it: ${read.reason}`]);
      await writeFileAtomic(join(out, 'series', `${run.key}.csv.gz`), read.bytes);
    }
    await writeFileAtomic(join(out, 'runs', `${run.key}.json`), texts.get(run.key) as string);
    records.set(run.key, scans[i].records.get(run.key) as RunRecord);
  }
  await writeAggregates(out, first.design, runs, records);
  return { runs: runs.length };
}
