/** `--max-memory SIZE`: the memory budget that a run or batch is checked against before it starts (src/batch/limits.ts). */
import { DEFAULT_MAX_MEMORY, parseMemory, runLimitProblem } from '../batch/limits.js';
import type { Scenario } from '../scenario/types.js';
import { UserError } from './errors.js';

export { MAX_MEMORY_OPTION } from '../node/maxMemoryOption.js';

export function maxMemoryFlag(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_MEMORY;
  const bytes = parseMemory(text);
  if (typeof bytes === 'string') throw new UserError(`--max-memory: ${bytes}`);
  return bytes;
}

/** Refuses, before anything runs, scenarios whose runs (`concurrent` at once) would not fit the budget. */
export function checkRunsFit(file: string, scenarios: readonly Scenario[], maxBytes: number, concurrent = 1): void {
  for (const scenario of scenarios) {
    const problem = runLimitProblem(scenario, maxBytes, concurrent);
    if (problem !== undefined) throw new UserError(`${file}: ${problem}`);
  }
}
