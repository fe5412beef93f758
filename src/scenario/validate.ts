/**
 * validateScenario: every problem in a scenario document, as plain-words errors with exact paths.
 * It never throws, whatever it is given (hostile JSON, cyclic objects, getters that throw): a
 * scenario is user input, and the CLI and the UI must be able to show what is wrong with it.
 * A document with `extends` is checked as an override (fields may be missing); resolveScenario
 * checks the merged result in full.
 */
import type { ScenarioError } from './types.js';
import { crossFieldErrors } from './crossField.js';
import { interventionSetErrors } from './interventionSets.js';
import { makeError, schemaErrors } from './schemaErrors.js';
import { renderValue } from './render.js';
import { scenarioSchema } from './schema.js';

export type { ScenarioError };
export { makeError };

/** Runs one stage of checks; a stage that fails on unreadable input costs its own errors, not the others'. */
function safely(stage: (doc: unknown) => ScenarioError[], doc: unknown): ScenarioError[] {
  try {
    return stage(doc);
  } catch (thrown) {
    // Last resort for input no check can read: a Proxy or getter that throws, a stack overflow.
    let reason = 'an unreadable error';
    try {
      reason = thrown instanceof Error ? thrown.message.slice(0, 80) : renderValue(thrown);
    } catch {
      // keep the generic reason
    }
    return [makeError('', 'a scenario document that can be read', `something unreadable (${reason})`)];
  }
}

function checkDocument(doc: unknown): ScenarioError[] {
  return [...safely(schemaErrors, doc), ...safely(crossFieldErrors, doc)];
}

const FIELD_ORDER = new Map(Object.keys(scenarioSchema.properties ?? {}).map((k, i) => [k, i]));

function fieldRank(path: string): number {
  if (path === '') return -1;
  const first = /^[^.[]+/.exec(path)?.[0] ?? '';
  return FIELD_ORDER.get(first) ?? FIELD_ORDER.size;
}

/** Compares texts with runs of digits compared as numbers, so `[10]` sorts after `[9]`. */
function naturalCompare(a: string, b: string): number {
  const ta = a.match(/\d+|\D+/g) ?? [];
  const tb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const [x, y] = [ta[i], tb[i]];
    if (x === y) continue;
    const digits = /^\d/.test(x) && /^\d/.test(y);
    if (digits && x.length !== y.length) return x.length - y.length;
    return x < y ? -1 : 1;
  }
  return ta.length - tb.length;
}

/** Schema order of the top-level field first (as a reader meets them), then the path, then the text. */
function compareErrors(a: ScenarioError, b: ScenarioError): number {
  return fieldRank(a.path) - fieldRank(b.path) || naturalCompare(a.path, b.path) || naturalCompare(a.expected, b.expected) || naturalCompare(a.actual, b.actual);
}

function dedupe(errors: ScenarioError[]): ScenarioError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${e.expected}\u0000${e.actual}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function validateScenario(doc: unknown): ScenarioError[] {
  const errors = [...checkDocument(doc), ...safely((d) => interventionSetErrors(d, checkDocument), doc)];
  return safely(() => dedupe(errors).sort(compareErrors), doc);
}

/** The errors as text for a terminal or a log: a count, then one line per error. */
export function formatErrors(errors: readonly ScenarioError[]): string {
  if (errors.length === 0) return '';
  const lines = errors.map((e) => `  - ${e.message}`);
  return [`${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in the scenario:`, ...lines].join('\n');
}
