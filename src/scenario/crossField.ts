/**
 * Rules a JSON Schema cannot state: shares that must add up to 1, duration bins in increasing order,
 * ranges with min ≤ max, `sources` entries that name real parameters, and the service structure
 * (src/scenario/structureCheck.ts). Each rule looks only at
 * values of the right type and leaves wrong types to the schema, so a problem is reported once.
 */
import type { ScenarioError } from './types.js';
import { makeError } from './schemaErrors.js';
import { closestParameterPath, formatPath, isParameterPath, type PathSegment } from './paths.js';
import { renderValue } from './render.js';
import { hasOwn, isPlainObject, scenarioSchema, schemaAt, type JsonSchema } from './schema.js';
import { structureErrors } from './structureCheck.js';

const TOLERANCE = 1e-6;
/** Groups whose members are shares of one whole (their schema descriptions say so). */
const SHARE_GROUPS: PathSegment[][] = [
  ['pathway', 'assessmentOutcomes'],
  ['turnover', 'destinations'],
  ['agency', 'rules2024', 'barredChoice'],
  ['agency', 'rules2024', 'coolOffChoice'],
];
const DURATION_LISTS: PathSegment[][] = ['assessment', 'childInNeed', 'childProtection', 'lookedAfter'].map((k) => ['pathway', 'durations', k]);
/** Bigger lists already fail the schema's maxItems; not scanning them keeps hostile input cheap. */
const MAX_BINS = 50;
const MAX_SOURCES = 2000;

/** Every `{min, max}` object in the schema, found once. */
const RANGES: PathSegment[][] = (() => {
  const found: PathSegment[][] = [];
  const walk = (node: JsonSchema, at: PathSegment[]): void => {
    const keys = Object.keys(node.properties ?? {});
    if (keys.length === 2 && keys.includes('min') && keys.includes('max')) found.push(at);
    else for (const key of keys) walk(node.properties![key], [...at, key]);
  };
  walk(scenarioSchema, []);
  return found;
})();

function get(doc: unknown, path: readonly PathSegment[]): unknown {
  let node = doc;
  for (const key of path) {
    if (typeof key === 'number') node = Array.isArray(node) ? node[key] : undefined;
    else node = isPlainObject(node) && hasOwn(node, key) ? node[key] : undefined;
  }
  return node;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const round = (x: number): string => String(Number(x.toPrecision(6)));

function shareGroup(doc: unknown, path: PathSegment[], out: ScenarioError[]): void {
  const group = get(doc, path);
  const names = Object.keys(schemaAt(path)?.properties ?? {});
  // A partial document (one with extends) may give only some shares; the merged one is checked whole.
  if (!isPlainObject(group) || names.length === 0 || !names.every((k) => hasOwn(group, k) && isNumber(group[k]))) return;
  const sum = names.reduce((total, k) => total + (group[k] as number), 0);
  if (Math.abs(sum - 1) > TOLERANCE) out.push(makeError(formatPath(path), `shares that add up to 1 (${names.join(' + ')})`, `a sum of ${round(sum)}`));
}

function durationList(doc: unknown, path: PathSegment[], out: ScenarioError[]): void {
  const bins = get(doc, path);
  if (!Array.isArray(bins) || bins.length === 0 || bins.length > MAX_BINS) return;
  // Plain loops, not every/map: those skip the holes of a sparse array.
  let previous = 0;
  let sum = 0;
  let sharesValid = true;
  for (let i = 0; i < bins.length; i++) {
    const bin: unknown = bins[i];
    if (!isPlainObject(bin) || !isNumber(bin.upToWeeks)) return;
    if (i > 0 && bin.upToWeeks <= previous) out.push(makeError(formatPath([...path, i, 'upToWeeks']), `more weeks than the previous bin's upToWeeks (${previous})`, renderValue(bin.upToWeeks)));
    previous = bin.upToWeeks;
    if (isNumber(bin.share)) sum += bin.share;
    else sharesValid = false;
  }
  if (sharesValid && Math.abs(sum - 1) > TOLERANCE) out.push(makeError(formatPath(path), 'bins whose shares add up to 1', `a sum of ${round(sum)}`));
}

function rangeOrder(doc: unknown, path: PathSegment[], out: ScenarioError[]): void {
  const range = get(doc, path);
  if (!isPlainObject(range) || !isNumber(range.min) || !isNumber(range.max) || range.min <= range.max) return;
  out.push(makeError(formatPath(path), 'a range with min no larger than max', renderValue(range)));
}

function sourceKeys(doc: unknown, out: ScenarioError[]): void {
  const sources = get(doc, ['sources']);
  if (!isPlainObject(sources)) return;
  let seen = 0;
  for (const key in sources) {
    if (!hasOwn(sources, key)) continue;
    if (++seen > MAX_SOURCES) return;
    if (isParameterPath(key)) continue;
    const guess = closestParameterPath(key);
    out.push(makeError(formatPath(['sources', key]), `the path of a parameter${guess ? ` (did you mean ${guess}?)` : ''}`, renderValue(sources[key])));
  }
}

export function crossFieldErrors(doc: unknown): ScenarioError[] {
  if (!isPlainObject(doc)) return [];
  const out: ScenarioError[] = [];
  for (const path of SHARE_GROUPS) shareGroup(doc, path, out);
  for (const path of DURATION_LISTS) durationList(doc, path, out);
  for (const path of RANGES) rangeOrder(doc, path, out);
  sourceKeys(doc, out);
  out.push(...structureErrors(doc));
  return out;
}
