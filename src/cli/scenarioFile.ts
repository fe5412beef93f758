/** The scenario argument shared by run and validate: exactly one path, loaded or reported line by line. */
import type { Scenario, ScenarioError } from '../scenario/types.js';
import { loadScenarioFile } from '../node/loadScenarioFile.js';
import { clip, UserError } from './errors.js';
import type { Io } from './io.js';

/** One line per problem: file, field path, what was expected, what was found. */
export function formatScenarioErrors(file: string, errors: readonly ScenarioError[]): string {
  return errors.map((e) => `${clip(`${file}: ${e.message}`)}\n`).join('');
}

export function scenarioArgument(command: string, positionals: readonly string[]): string {
  if (positionals.length === 0) throw new UserError(`missing the scenario file, e.g. handover ${command} scenarios/default.json`);
  if (positionals.length > 1) throw new UserError(`handover ${command} takes one scenario file, found ${positionals.length}: ${positionals.join(' ')}`);
  return positionals[0];
}

/** Loads the scenario, or prints its problems to stderr and returns undefined. */
export async function loadOrReport(file: string, io: Io): Promise<Scenario | undefined> {
  const { scenario, errors } = loadScenarioFile(file);
  if (scenario && errors.length === 0) return scenario;
  await io.err(formatScenarioErrors(file, errors));
  return undefined;
}
