/** `handover validate <scenario>`: load, resolve and validate a scenario file; report, never run. */
import { parseCommandArgs } from './args.js';
import { EXIT } from './errors.js';
import { VALIDATE_HELP } from './help.js';
import type { Io } from './io.js';
import { loadOrReport, scenarioArgument } from './scenarioFile.js';

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
