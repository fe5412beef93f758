/**
 * Flat differences between two scenario documents: dotted path → value for every leaf (anything that
 * is not a plain object; lists are leaves) that differs. Used for compact share links and storage:
 * a working scenario is kept as (base preset, diff).
 */
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function define(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

export function diffDocuments(base: unknown, doc: unknown, prefix = '', out: Json = {}): Json {
  if (isObject(base) && isObject(doc)) {
    for (const key of Object.keys(doc)) diffDocuments(base[key], doc[key], prefix === '' ? key : `${prefix}.${key}`, out);
    return out;
  }
  if (JSON.stringify(base) !== JSON.stringify(doc) && prefix !== '') define(out, prefix, doc);
  return out;
}

/** A copy of `doc` with each dotted path set; objects on a path are copied, never mutated. */
export function applyDiff<T>(doc: T, diff: Json): T {
  let out: unknown = doc;
  for (const [path, value] of Object.entries(diff)) out = setPath(out, path.split('.'), value);
  return out as T;
}

export function setPath(node: unknown, keys: readonly string[], value: unknown): unknown {
  if (keys.length === 0) return value;
  const copy: Json = isObject(node) ? { ...node } : {};
  define(copy, keys[0], setPath(copy[keys[0]], keys.slice(1), value));
  return copy;
}

export function getPath(node: unknown, path: string): unknown {
  let current = node;
  for (const key of path.split('.')) current = isObject(current) ? current[key] : undefined;
  return current;
}
