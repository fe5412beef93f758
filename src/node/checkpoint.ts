/**
 * A long command's progress kept as it goes, so that a failure part-way loses nothing: DIR/checkpoint/
 * holds inputs.json (what the command was asked: the inputs' SHA-256 and every setting that changes a
 * result) and one file per finished piece of work, each written atomically the moment it is done —
 * the idea that makes a sweep resume (sweepDir.ts), for `calibrate` (one file per evaluation) and
 * `sensitivity` (one per run). Run again with the same inputs, the command reads the pieces back
 * instead of simulating them again; with other inputs it is refused, naming what differs, because
 * results of two different studies must never be mixed. Nothing in the folder is overwritten.
 */
import { mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isPlainObject } from '../scenario/schema.js';
import { parseJson } from './parseJson.js';
import { readInputFile } from './readInputFile.js';
import { list, TEMP } from './sweepDir.js';
import { writeFileAtomic } from './writeFileAtomic.js';

export const CHECKPOINT_FORMAT = 'handover-checkpoint/1';
export const CHECKPOINT_FOLDER = 'checkpoint';
const INPUTS = 'inputs.json';
const PIECE = /^[a-z0-9-]+\.json$/;

export class CheckpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckpointError';
  }
}

export interface Checkpoint {
  /** DIR/checkpoint */
  folder: string;
  /** The pieces already there, by name (without .json), as parsed JSON. */
  pieces: Map<string, unknown>;
  /** Writes one finished piece atomically. */
  save(name: string, doc: unknown): Promise<void>;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 80 ? `${text.slice(0, 76)}…` : text;
}

/** Where two input records first differ, leaf by leaf: "seed: was 1, now 2". */
export function differences(was: unknown, now: unknown, path = ''): string[] {
  const within = (key: string | number): string => (path ? `${path}.${key}` : String(key));
  if (isPlainObject(was) && isPlainObject(now)) {
    const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])];
    return keys.flatMap((key) => differences(was[key], now[key], within(key)));
  }
  if (Array.isArray(was) && Array.isArray(now) && was.length === now.length) return was.flatMap((item, i) => differences(item, now[i], within(i)));
  if (JSON.stringify(was) === JSON.stringify(now)) return [];
  return [`${path || 'inputs'}: was ${show(was)}, now ${show(now)}`];
}

/**
 * Opens DIR/checkpoint for a command with these inputs: creates it, or reads back what an earlier run
 * with the same inputs finished. Throws CheckpointError if it belongs to other inputs or holds a file
 * that is not one of its pieces.
 */
export async function openCheckpoint(dir: string, command: string, inputs: Record<string, unknown>): Promise<Checkpoint> {
  const folder = join(dir, CHECKPOINT_FOLDER);
  const names = (await list(folder)) ?? [];
  const where = `${folder}/${INPUTS}`;
  const afresh = `run the same command with the same inputs to resume, or remove ${folder} (or choose another --out) to start afresh`;
  const pieces = new Map<string, unknown>();
  if (names.length > 0) {
    const read = readInputFile(join(folder, INPUTS));
    if (!read.ok) throw new CheckpointError(`${where}: cannot read it: ${read.reason}; ${afresh}`);
    const parsed = parseJson(read.text);
    const doc = parsed.ok ? parsed.value : undefined;
    if (!isPlainObject(doc) || doc.format !== CHECKPOINT_FORMAT) throw new CheckpointError(`${where}: not a Handover checkpoint (no "format": "${CHECKPOINT_FORMAT}"); ${afresh}`);
    if (doc.command !== command) throw new CheckpointError(`${where}: the checkpoint of a handover ${String(doc.command)}, not of handover ${command}; ${afresh}`);
    const changed = differences(doc.inputs, inputs);
    if (changed.length > 0) throw new CheckpointError(`${where}: the checkpoint was made with other inputs (${changed.slice(0, 3).join('; ')}${changed.length > 3 ? `; and ${changed.length - 3} more` : ''}); ${afresh}`);
    for (const name of names) {
      if (name === INPUTS) continue;
      if (TEMP.test(name)) {
        // Left by a write the process did not live to finish: that piece is simply not done.
        await unlink(join(folder, name)).catch(() => undefined);
        continue;
      }
      if (!PIECE.test(name)) throw new CheckpointError(`${folder}/${name}: not part of a checkpoint; move it away (nothing in ${folder} is overwritten)`);
      const piece = readInputFile(join(folder, name));
      const json = piece.ok ? parseJson(piece.text) : undefined;
      if (!json?.ok) throw new CheckpointError(`${folder}/${name}: ${piece.ok ? 'damaged (not valid JSON)' : `cannot read it: ${piece.reason}`}; remove it and run again to redo that piece`);
      pieces.set(name.slice(0, -'.json'.length), json.value);
    }
  } else {
    await mkdir(folder, { recursive: true });
    await writeFileAtomic(join(folder, INPUTS), `${JSON.stringify({ format: CHECKPOINT_FORMAT, command, inputs }, null, 2)}\n`);
  }
  return {
    folder,
    pieces,
    save: (name, doc) => writeFileAtomic(join(folder, `${name}.json`), `${JSON.stringify(doc)}\n`),
  };
}
