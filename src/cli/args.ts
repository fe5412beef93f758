/**
 * Argument parsing on node:util parseArgs (strict), with its errors rewritten as one clear line that
 * names the command and points to its --help.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { schemaAt, describeExpected, type JsonSchema } from '../scenario/schema.js';
import { UserError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

function rewrite(command: string, thrown: unknown): UserError {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  const code = (thrown as { code?: string }).code;
  const help = `(see handover ${command} --help)`;
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UserError(`unknown option ${option ?? message} for "handover ${command}" ${help}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return new UserError(`option ${option} takes no value ${help}`);
    // parseArgs will not take "-1" as the value of --seed: it might be a mistyped option.
    if (/ambiguous/.test(message)) return new UserError(`option ${option} needs a value; for a value starting with "-" write ${option}=VALUE ${help}`);
    return new UserError(`option ${option ?? ''} needs a value ${help}`);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new UserError(`unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''} ${help}`);
  return new UserError(`${message} ${help}`);
}

export function parseCommandArgs(command: string, args: readonly string[], options: Options): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (thrown) {
    throw rewrite(command, thrown);
  }
}

/** The schema of a run setting, e.g. run.years: the CLI's bounds and words come from the scenario schema. */
export function runSetting(name: 'seed' | 'years'): JsonSchema {
  const schema = schemaAt(['run', name]);
  if (!schema) throw new Error(`the scenario schema has no run.${name}`);
  return schema;
}

/** A whole-number flag checked against the bounds of its scenario field. */
export function wholeNumberFlag(flag: string, text: string | undefined, schema: JsonSchema): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  const inRange = Number.isSafeInteger(value) && (schema.minimum === undefined || value >= schema.minimum) && (schema.maximum === undefined || value <= schema.maximum);
  if (!inRange) throw new UserError(`--${flag}: expected ${describeExpected(schema)}, found "${text}"`);
  return value;
}

/** A flag with a fixed set of values. */
export function choiceFlag<T extends string>(flag: string, text: string | undefined, choices: readonly T[]): T | undefined {
  if (text === undefined) return undefined;
  if (!(choices as readonly string[]).includes(text)) throw new UserError(`--${flag}: expected one of ${choices.join(', ')}, found "${text}"`);
  return text as T;
}
