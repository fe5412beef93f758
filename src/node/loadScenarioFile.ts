/**
 * Reading a scenario from disk: parse the file (a syntax error names its line and column), follow
 * `extends` (a path relative to the naming file, or a preset name such as "default" meaning
 * scenarios/default.json), merge and validate through resolveScenario. Like the validator it returns
 * errors rather than throwing, with the same ScenarioError shape; problems with the file itself have
 * the empty path.
 */
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveScenario, type ResolveResult, type ScenarioLoader } from '../scenario/resolve.js';
import type { ScenarioError } from '../scenario/types.js';
import { parseJson } from './parseJson.js';
import { readInputFile } from './readInputFile.js';

/** The shipped presets. This module sits two folders below the project root in src/ and in build/ alike. */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

const PRESET_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** A path as a person wants to read it: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** A file path ("default.json", "../x.json") rather than a preset name ("default"). */
function isPath(ref: string): boolean {
  return ref.endsWith('.json') || ref.includes('/') || ref.includes('\\') || ref.startsWith('.');
}

/** Where `extends: ref` points, from the file `from` (undefined: the working directory). */
export function locateScenario(ref: string, from: string | undefined): string {
  if (isPath(ref)) return resolve(from === undefined ? process.cwd() : dirname(from), ref);
  if (!PRESET_NAME.test(ref)) throw new Error(`"${ref}" is neither a path to a .json file nor a preset name`);
  return join(SCENARIOS_DIR, `${ref}.json`);
}

type Read = { ok: true; doc: unknown } | { ok: false; error: ScenarioError; where?: string };

function fileError(expected: string, actual: string, message: string): ScenarioError {
  return { path: '', expected, actual, message };
}

/** Reads and parses one file; never throws. */
function readDocument(file: string): Read {
  const read = readInputFile(file);
  if (!read.ok) return { ok: false, error: fileError('a readable scenario file', read.reason, `cannot read the file: ${read.reason}`) };
  const parsed = parseJson(read.text);
  if (parsed.ok) return { ok: true, doc: parsed.value };
  const where = `line ${parsed.line}, column ${parsed.column}`;
  return { ok: false, where, error: fileError('valid JSON', `${parsed.reason} at ${where}`, `not valid JSON at ${where}: ${parsed.reason}`) };
}

/** The loader resolveScenario calls for each `extends`; its errors end up on the `extends` field. */
export const scenarioFileLoader: ScenarioLoader = (ref, from) => {
  const file = locateScenario(ref, from);
  const read = readDocument(file);
  if (read.ok) return { doc: read.doc, id: file };
  if (!isPath(ref) && read.where === undefined) throw new Error(`no preset named "${ref}" in scenarios/`);
  // Only the position: the parser's reason quotes the file's text, and a file named by `extends` may be
  // anything readable (/proc/self/environ), whose content is not for echoing.
  if (read.where !== undefined) throw new Error(`${displayPath(file)}: not valid JSON at ${read.where}`);
  throw new Error(`${displayPath(file)}: ${read.error.message}`);
};

/** Loads, resolves and validates the scenario at `path` (relative to the working directory). */
export function loadScenarioFile(path: string): ResolveResult {
  const file = resolve(path);
  const read = readDocument(file);
  if (!read.ok) return { errors: [read.error] };
  return resolveScenario(read.doc, scenarioFileLoader, file);
}
