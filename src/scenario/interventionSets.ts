/**
 * Checks the `set` actions of interventions the way the engine applies them: in week order, each
 * intervention's changes together, on top of the earlier ones. After each, the changed scenario is
 * checked again and only problems it did not have before are reported, on the intervention, e.g.
 * `interventions[3].set["agency.premium"]`. So a set may move two shares together and stay valid.
 */
import type { ScenarioError } from './types.js';
import { makeError } from './schemaErrors.js';
import { applyParameterPath, closestParameterPath, formatPath, isParameterLeaf } from './paths.js';
import { renderValue } from './render.js';
import { hasOwn, isPlainObject, scenarioSchema } from './schema.js';

type Check = (doc: unknown) => ScenarioError[];

const MAX_INTERVENTIONS = (scenarioSchema.properties?.interventions?.maxItems as number) ?? 1000;
const MAX_SET = (scenarioSchema.properties?.interventions?.items?.properties?.set?.maxProperties as number) ?? 200;

const keyOf = (e: ScenarioError): string => `${e.path}\u0000${e.expected}\u0000${e.actual}`;

function attribute(e: ScenarioError, at: string, applied: string[], set: Record<string, unknown>): ScenarioError {
  const inside = applied.find((k) => e.path === k || e.path.startsWith(`${k}.`) || e.path.startsWith(`${k}[`));
  if (inside) return makeError(`${formatPath([inside], at)}${e.path.slice(inside.length)}`, e.expected, e.actual);
  // A rule over a whole group (shares, ranges, bins) broken by one of this intervention's values.
  const cause = applied.find((k) => k.startsWith(`${e.path}.`) || e.path === '') ?? applied[0];
  return makeError(formatPath([cause], at), `a value that keeps ${e.path || 'the scenario'} valid (${e.expected})`, `${renderValue(set[cause])}, giving ${e.actual}`);
}

function weekOf(item: unknown): number {
  const week = isPlainObject(item) ? item.week : undefined;
  return typeof week === 'number' && Number.isFinite(week) ? week : Infinity;
}

export function interventionSetErrors(doc: unknown, check: Check): ScenarioError[] {
  if (!isPlainObject(doc) || !hasOwn(doc, 'interventions')) return [];
  const list = doc.interventions;
  if (!Array.isArray(list) || list.length > MAX_INTERVENTIONS) return [];
  const order = list
    .map((item, i) => ({ item, i, week: weekOf(item) }))
    .filter(({ item }) => isPlainObject(item) && hasOwn(item, 'set') && isPlainObject(item.set) && Object.keys(item.set).length <= MAX_SET)
    .sort((a, b) => a.week - b.week || a.i - b.i);
  if (order.length === 0) return [];

  const out: ScenarioError[] = [];
  let state: unknown = { ...doc, interventions: [] };
  let before = new Set(check(state).map(keyOf));
  for (const { item, i } of order) {
    const set = (item as { set: Record<string, unknown> }).set;
    const at = formatPath(['interventions', i, 'set']);
    const applied: string[] = [];
    for (const key of Object.keys(set)) {
      if (key.startsWith('structure.')) {
        // Teams and transfer points shape every store of the run; a restructure is a scenario of its own.
        out.push(makeError(formatPath([key], at), 'a parameter that can change during a run (not structure.*)', renderValue(set[key])));
        continue;
      }
      if (key.startsWith('run.')) {
        // Seed, length and warm-up are fixed when the run starts; changing them mid-run would do nothing.
        out.push(makeError(formatPath([key], at), 'a parameter that can change during a run (not run.*)', renderValue(set[key])));
        continue;
      }
      if (!isParameterLeaf(key)) {
        const guess = closestParameterPath(key);
        out.push(makeError(formatPath([key], at), `the path of a parameter${guess ? ` (did you mean ${guess}?)` : ''}`, renderValue(set[key])));
        continue;
      }
      try {
        state = applyParameterPath(state, key, set[key]);
        applied.push(key);
      } catch {
        // The group on the way is not an object: the document's own error already says so.
      }
    }
    if (applied.length === 0) continue;
    const after = check(state);
    for (const e of after) if (!before.has(keyOf(e))) out.push(attribute(e, at, applied, set));
    before = new Set(after.map(keyOf));
  }
  return out;
}
