/** The commands' output paths, checked before any simulation starts (src/node/outputPaths.ts). */
import { join } from 'node:path';
import { CHECKPOINT_FOLDER, CheckpointError, openCheckpoint, type Checkpoint } from '../node/checkpoint.js';
import { describeFsError, isFsError } from '../node/fsErrors.js';
import { outputDirProblem, outputFileProblem } from '../node/outputPaths.js';
import { UserError } from './errors.js';

/** Creates DIR if needed and proves a file can be written in it; otherwise a UserError with the reason. */
export async function prepareOutDir(dir: string): Promise<void> {
  const problem = await outputDirProblem(dir);
  if (problem !== undefined) throw new UserError(`cannot write to ${dir}: ${problem}; nothing was run`);
}

/** Proves `--out FILE` can be replaced (a regular file or a link to one, in a writable folder). */
export async function checkOutFile(path: string): Promise<void> {
  const problem = await outputFileProblem(path);
  if (problem === undefined) return;
  const stdout = /not a regular file$/.test(problem) ? ' (use --out - to write to stdout)' : '';
  throw new UserError(`cannot write ${path}: ${problem}${stdout}; nothing was run`);
}

/**
 * DIR/checkpoint for a command with these inputs (src/node/checkpoint.ts). A checkpoint of other
 * inputs, or a save that fails (a full disk), is the user's to fix: a UserError saying so, with what
 * was finished kept for the resume.
 */
export async function openCommandCheckpoint(dir: string, command: string, inputs: Record<string, unknown>): Promise<Checkpoint> {
  const checkpoint = await openCheckpoint(dir, command, inputs).catch((thrown: unknown) => {
    if (isFsError(thrown)) throw new UserError(`cannot write to ${join(dir, CHECKPOINT_FOLDER)}: ${describeFsError(thrown)}; nothing was run`);
    throw asUserError(thrown);
  });
  const save: Checkpoint['save'] = (name, doc) =>
    checkpoint.save(name, doc).catch((thrown: unknown) => {
      if (!isFsError(thrown)) throw thrown;
      throw new UserError(`cannot write to ${checkpoint.folder}: ${describeFsError(thrown, checkpoint.folder)}; what was finished is kept there, and the same command resumes from it`);
    });
  return { ...checkpoint, save };
}

/** A CheckpointError (a checkpoint of other inputs, a damaged piece) as the UserError it is. */
export function asUserError(thrown: unknown): unknown {
  return thrown instanceof CheckpointError ? new UserError(thrown.message) : thrown;
}
