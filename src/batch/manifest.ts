/**
 * manifest.json: what produced an output folder — the Handover and Node versions, the command line,
 * the sweep file's SHA-256 and the expanded design — so a folder can be traced to its sweep, resumed,
 * and merged with its sibling shards (which must share the sweep hash). It is the one file whose bytes
 * differ between a single run and merged shards (the command line and shard differ); runs.csv,
 * summary.csv and every per-run file are identical.
 */
import { isPlainObject } from '../scenario/schema.js';
import type { Design } from './design.js';
import type { Shard } from './runs.js';

export const MANIFEST_FORMAT = 'handover-sweep-manifest/1';

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  handoverVersion: string;
  nodeVersion: string;
  command: string[];
  sweepFile: string;
  sweepSha256: string;
  /** SHA-256 of the resolved base scenario (after extends and the sweep's years/warmupWeeks), as canonical JSON. */
  scenarioSha256: string;
  name: string;
  seed: number;
  replications: number;
  runs: number;
  series: boolean;
  shard: Shard | null;
  mergedFrom?: string[];
  design: Design;
}

export function manifestToJson(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The parsed manifest if it is one of ours, else why not. Only the fields merge and resume rely on are checked. */
export function checkManifest(doc: unknown): Manifest | string {
  if (!isPlainObject(doc) || doc.format !== MANIFEST_FORMAT) return `not a Handover sweep manifest (no "format": "${MANIFEST_FORMAT}")`;
  for (const key of ['sweepSha256', 'scenarioSha256'] as const) if (typeof doc[key] !== 'string') return `no ${key}`;
  for (const key of ['seed', 'replications', 'runs'] as const) if (!Number.isSafeInteger(doc[key])) return `no ${key}`;
  const design = doc.design;
  if (!isPlainObject(design) || !Array.isArray(design.parameters) || !Array.isArray(design.points)) return 'no design';
  if (typeof doc.series !== 'boolean') return 'no series flag';
  return doc as unknown as Manifest;
}
