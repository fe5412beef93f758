/**
 * calibrate's evaluations kept in its checkpoint (checkpoint.ts): DIR/checkpoint/evaluation-NNNN.json
 * holds the parameter values of evaluation NNNN and each target's value in every replication, which
 * is all the search needs to score it again. Values that cannot be JSON (NaN, a run with no value for
 * a target) are kept as null and read back as NaN.
 */
import type { EvaluationJournal } from '../calibrate/calibrate.js';
import { isPlainObject } from '../scenario/schema.js';
import { CheckpointError, type Checkpoint } from './checkpoint.js';

const pieceName = (index: number): string => `evaluation-${String(index).padStart(4, '0')}`;

function readValues(doc: unknown, targets: number, replications: number): number[][] | undefined {
  if (!Array.isArray(doc) || doc.length !== targets) return undefined;
  const rows: number[][] = [];
  for (const row of doc) {
    if (!Array.isArray(row) || row.length !== replications || !row.every((v) => v === null || typeof v === 'number')) return undefined;
    rows.push(row.map((v: number | null) => (v === null ? NaN : v)));
  }
  return rows;
}

export function evaluationJournal(checkpoint: Checkpoint, targets: number, replications: number): EvaluationJournal {
  return {
    recorded(index, values) {
      const name = pieceName(index);
      const doc = checkpoint.pieces.get(name);
      if (doc === undefined) return undefined;
      const file = `${checkpoint.folder}/${name}.json`;
      const rows = isPlainObject(doc) && doc.index === index && isPlainObject(doc.values) ? readValues(doc.targets, targets, replications) : undefined;
      if (!rows || !isPlainObject(doc)) throw new CheckpointError(`${file}: not an evaluation of this search (its index, values or targets are missing or the wrong size); remove it and run again to redo that evaluation`);
      if (JSON.stringify(doc.values) !== JSON.stringify(values)) {
        throw new CheckpointError(`${file}: made at ${JSON.stringify(doc.values)}, but the search now asks for ${JSON.stringify(values)}; the checkpoint is not this search's — remove ${checkpoint.folder} to start afresh`);
      }
      return rows;
    },
    record: (index, values, rows) => checkpoint.save(pieceName(index), { index, values, targets: rows.map((row) => row.map((v) => (Number.isFinite(v) ? v : null))) }),
  };
}
