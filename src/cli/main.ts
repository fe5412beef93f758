/**
 * The `handover` command: pick the subcommand, run it, turn every outcome into an exit code.
 * A UserError (bad flag, missing file, invalid scenario, failed write) is one line and exit 2; any
 * other error is a bug: exit 1 with a request to report it, and a stack trace only with HANDOVER_DEBUG=1.
 */
import { errorCode } from '../node/fsErrors.js';
import { AUTHORITIES_HELP, authoritiesCommand } from './authoritiesCommand.js';
import { CALIBRATE_HELP, calibrateCommand } from './calibrateCommand.js';
import { clip, EXIT, UserError } from './errors.js';
import { mergeHelp, runHelp, sensitivityHelp, sweepHelp, TOP_HELP, VALIDATE_HELP } from './help.js';
import { processIo, type Io } from './io.js';
import { mergeCommand } from './mergeCommand.js';
import { runCommand } from './runCommand.js';
import { sensitivityCommand } from './sensitivityCommand.js';
import { sweepCommand } from './sweepCommand.js';
import { validateCommand } from './validateCommand.js';
import { packageVersion } from './version.js';

const COMMANDS: Record<string, (args: readonly string[], io: Io) => Promise<number>> = {
  run: runCommand,
  validate: validateCommand,
  sweep: (args, io) => sweepCommand(args, io),
  merge: mergeCommand,
  calibrate: calibrateCommand,
  sensitivity: sensitivityCommand,
  authorities: authoritiesCommand,
};

const COMMAND_HELP: Record<string, () => string> = { run: runHelp, validate: () => VALIDATE_HELP, sweep: sweepHelp, merge: mergeHelp, calibrate: () => CALIBRATE_HELP, sensitivity: sensitivityHelp, authorities: () => AUTHORITIES_HELP };

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    await io.err(TOP_HELP);
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    await io.out(TOP_HELP);
    return EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    await io.out(`handover ${packageVersion()}\n`);
    return EXIT.ok;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) await io.out(TOP_HELP);
    else if (Object.hasOwn(COMMAND_HELP, topic)) await io.out(COMMAND_HELP[topic]());
    else throw new UserError(`no help on "${topic}": the commands are ${Object.keys(COMMANDS).join(', ')}`);
    return EXIT.ok;
  }
  if (first.startsWith('-')) throw new UserError(`unknown option ${first} (see handover --help)`);
  if (!Object.hasOwn(COMMANDS, first)) throw new UserError(`unknown command "${first}": the commands are ${Object.keys(COMMANDS).join(', ')} (see handover --help)`);
  return COMMANDS[first](rest, io);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (thrown) {
    // The reader went away (`handover run … --format csv | head`): nothing left to tell anyone.
    if (errorCode(thrown) === 'EPIPE') return EXIT.ok;
    try {
      if (thrown instanceof UserError) {
        await io.err(`handover: ${clip(oneLine(thrown.message))}\n`);
        return EXIT.usage;
      }
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      const detail = io.debug && thrown instanceof Error && thrown.stack ? `${thrown.stack}\n` : 'Run again with HANDOVER_DEBUG=1 to see where it happened.\n';
      await io.err(`handover: internal error: ${clip(oneLine(message))}\nThis is a bug in Handover; please report it with the command and scenario file you used.\n${detail}`);
    } catch {
      // stderr itself failed; the exit code still tells the caller.
    }
    return EXIT.internal;
  }
}
