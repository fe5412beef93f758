/** `handover validate <scenario>`: load, resolve and validate a scenario file; report, never run. */
import type { ScenarioError } from '../scenario/types.js';
import type { Scenario } from '../scenario/types.js';
import { loadScenarioFile } from '../node/loadScenarioFile.js';
import { parseCommandArgs } from './args.js';
import { EXIT, UserError } from './errors.js';
import { VALIDATE_HELP } from './help.js';
import type { Io } from './io.js';

/** One line per problem: file, field path, what was expected, what was found. */
export function formatScenarioErrors(file: string, errors: readonly ScenarioError[]): string {
  return errors.map((e) => `${file}: ${e.message}\n`).join('');
}

/** The scenario argument of run and validate: exactly one path. */
export function scenarioArgument(command: string, positionals: readonly string[]): string {
  if (positionals.length === 0) throw new UserError(`missing the scenario file, e.g. handover ${command} scenarios/default.json`);
  if (positionals.length > 1) throw new UserError(`handover ${command} takes one scenario file, found ${positionals.length}: ${positionals.join(' ')}`);
  return positionals[0];
}

/** Loads the scenario, or prints its problems and returns undefined. */
export async function loadOrReport(file: string, io: Io): Promise<Scenario | undefined> {
  const { scenario, errors } = loadScenarioFile(file);
  if (scenario && errors.length === 0) return scenario;
  await io.err(formatScenarioErrors(file, errors));
  return undefined;
}

export async function validateCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', args, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    await io.out(VALIDATE_HELP);
    return EXIT.ok;
  }
  const file = scenarioArgument('validate', positionals);
  const scenario = await loadOrReport(file, io);
  if (!scenario) return EXIT.usage;
  await io.out(`ok: ${file} (${scenario.name})\n`);
  return EXIT.ok;
}
