/**
 * The `handover` command: pick the subcommand, run it, turn every outcome into an exit code.
 * A UserError (bad flag, missing file, invalid scenario, failed write) is one line and exit 2; any
 * other error is a bug: exit 1 with a request to report it, and a stack trace only with HANDOVER_DEBUG=1.
 */
import { errorCode } from '../node/fsErrors.js';
import { clip, EXIT, UserError } from './errors.js';
import { processIo, type Io } from './io.js';

type Command = (args: readonly string[], io: Io) => Promise<number>;

// Each command's modules are loaded only when it runs, so `handover --version` or `validate` does not
// parse the engine, the batch runner or the calibrator first (see docs/performance.md, cold start).
const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => (await import('./runCommand.js')).runCommand,
  validate: async () => (await import('./validateCommand.js')).validateCommand,
  sweep: async () => (await import('./sweepCommand.js')).sweepCommand,
  merge: async () => (await import('./mergeCommand.js')).mergeCommand,
  calibrate: async () => (await import('./calibrateCommand.js')).calibrateCommand,
  sensitivity: async () => (await import('./sensitivityCommand.js')).sensitivityCommand,
  authorities: async () => (await import('./authoritiesCommand.js')).authoritiesCommand,
};

const help = () => import('./help.js');

const COMMAND_HELP: Record<string, () => Promise<string>> = {
  run: async () => (await help()).runHelp(),
  validate: async () => (await help()).VALIDATE_HELP,
  sweep: async () => (await help()).sweepHelp(),
  merge: async () => (await help()).mergeHelp(),
  calibrate: async () => (await import('./calibrateCommand.js')).CALIBRATE_HELP,
  sensitivity: async () => (await help()).sensitivityHelp(),
  authorities: async () => (await import('./authoritiesCommand.js')).AUTHORITIES_HELP,
};

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    await io.err((await help()).TOP_HELP);
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    await io.out((await help()).TOP_HELP);
    return EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    await io.out((await import('./version.js')).versionText());
    return EXIT.ok;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) await io.out((await help()).TOP_HELP);
    else if (Object.hasOwn(COMMAND_HELP, topic)) await io.out(await COMMAND_HELP[topic]());
    else throw new UserError(`no help on "${topic}": the commands are ${Object.keys(COMMANDS).join(', ')}`);
    return EXIT.ok;
  }
  if (first.startsWith('-')) throw new UserError(`unknown option ${first} (see handover --help)`);
  if (!Object.hasOwn(COMMANDS, first)) throw new UserError(`unknown command "${first}": the commands are ${Object.keys(COMMANDS).join(', ')} (see handover --help)`);
  return (await COMMANDS[first]())(rest, io);
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
