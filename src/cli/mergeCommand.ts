/** `handover merge DIR... --out DIR`: combine the shard folders of one sweep, or say exactly why not. */
import { mergeSweeps, MergeError } from '../node/mergeSweeps.js';
import { describeFsError, isFsError } from '../node/fsErrors.js';
import { parseCommandArgs } from './args.js';
import { outDirFlag } from './batchArgs.js';
import { clip, EXIT, UserError } from './errors.js';
import { mergeHelp } from './help.js';
import { prepareOutDir } from './outputs.js';
import type { Io } from './io.js';
import { packageVersion } from './version.js';

const OPTIONS = {
  out: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function mergeCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('merge', args, OPTIONS);
  if (values.help) {
    await io.out(mergeHelp());
    return EXIT.ok;
  }
  const out = outDirFlag('merge', typeof values.out === 'string' ? values.out : undefined);
  if (positionals.length === 0) throw new UserError('missing the shard folders, e.g. handover merge shards/1 shards/2 --out results/');
  try {
    const { runs } = await mergeSweeps(positionals, out, { handoverVersion: packageVersion(), nodeVersion: process.version, command: ['handover', 'merge', ...args] }, () => prepareOutDir(out));
    if (values.quiet !== true) await io.out(`merged ${positionals.length} folder${positionals.length === 1 ? '' : 's'}, ${runs} runs: ${out}/runs.csv, ${out}/summary.csv\n`);
    return EXIT.ok;
  } catch (thrown) {
    if (thrown instanceof MergeError) {
      await io.err(`${thrown.problems.slice(0, 20).map((p) => `${clip(`handover merge: ${p}`)}\n`).join('')}${thrown.problems.length > 20 ? `handover merge: … and ${thrown.problems.length - 20} more\n` : ''}handover merge: nothing was merged\n`);
      return EXIT.usage;
    }
    if (isFsError(thrown)) throw new UserError(`cannot merge into ${out}: ${describeFsError(thrown, out)}`);
    throw thrown;
  }
}
