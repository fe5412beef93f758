/** The commands' output paths, checked before any simulation starts (src/node/outputPaths.ts). */
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
