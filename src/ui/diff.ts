/**
 * Flat differences between two scenario documents: dotted path → value for every leaf that differs.
 * Used for compact share links and storage: a working scenario is kept as (base preset, diff). Paths
 * are read and set by the project's one dotted-path implementation (src/scenario/paths.ts).
 */
import { PathError, setPath } from '../scenario/paths.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A key that can be one part of a dotted path; an object with any other key (`sources` has "run.seed") is a leaf. */
const PART = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Every leaf of `doc` (anything that is not a plain object; lists are leaves) that differs from `base`.
 * Recursion follows `base`, a bundled preset, so its depth is the preset's, whatever `doc` holds.
 */
export function diffDocuments(base: unknown, doc: unknown, prefix = '', out: Json = {}): Json {
  if (isObject(base) && isObject(doc) && (prefix === '' || Object.keys(doc).every((key) => PART.test(key)))) {
    for (const key of Object.keys(doc)) diffDocuments(base[key], doc[key], prefix === '' ? key : `${prefix}.${key}`, out);
    return out;
  }
  if (JSON.stringify(base) !== JSON.stringify(doc) && prefix !== '') Object.defineProperty(out, prefix, { value: doc, writable: true, enumerable: true, configurable: true });
  return out;
}

/** A copy of `doc` with each change applied, and a one-line reason for each change that could not be. */
export function applyDiff<T>(doc: T, diff: Json): { doc: T; problems: string[] } {
  let out = doc;
  const problems: string[] = [];
  for (const [path, value] of Object.entries(diff)) {
    try {
      out = setPath(out, path, value);
    } catch (error) {
      if (!(error instanceof PathError)) throw error;
      problems.push(error.message);
    }
  }
  return { doc: out, problems };
}
