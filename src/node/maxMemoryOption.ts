/**
 * `--max-memory SIZE` as every command that takes it declares it, and its value read from a whole
 * command line by the same parser (node:util parseArgs) before any command runs: bin/handover.js needs
 * it to start Node again with a larger heap (src/node/heapLimit.ts), and a separate hand-written reading
 * could disagree with the command's own about `--max-memory=SIZE`, a repeated flag or `--`.
 */
import { parseArgs } from 'node:util';

export const MAX_MEMORY_OPTION = { 'max-memory': { type: 'string' } } as const;

/** The value of --max-memory among the arguments, as the command's parser will read it; undefined when absent or given no value. */
export function maxMemoryArgument(args: readonly string[]): string | undefined {
  // Not strict: the other flags are the command's to check; unknown ones are read as switches here.
  const { values } = parseArgs({ args: [...args], options: MAX_MEMORY_OPTION, strict: false, allowPositionals: true });
  const value = values['max-memory'];
  return typeof value === 'string' ? value : undefined;
}
