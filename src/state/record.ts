/**
 * The objects a run builds once (its state, stores, structure, tally) are made by `record`, a copy of
 * an object literal taken one property at a time, for the speed of every run after a process's first.
 *
 * V8 notes the kind of object each field of an object literal holds (the case store, a Float64Array)
 * and optimised code relies on it. The second time the same literal is evaluated, V8 turns it into a
 * template and forgets those kinds, and every optimised function that relied on them is thrown away:
 * a process's second run (the browser's warm-up and the user's first Run, each engine worker's
 * second run in a sweep) re-optimised nearly the whole engine and took three times as long as a
 * warm one. Properties added one at a time follow the same transitions in every run, so the kinds
 * stay and nothing is thrown away (docs/performance.md, "A process's second run").
 */
export function record<T extends object>(fields: T): T {
  const out = {} as T;
  // defineProperty, not out[key] = …: V8 turns an object given more than a dozen properties by computed
  // key into a hash table.
  for (const key of Object.keys(fields)) Object.defineProperty(out, key, { value: fields[key as keyof T], writable: true, enumerable: true, configurable: true });
  return out;
}
