/**
 * Checking a session read from a share link or from this browser's storage, which anyone can have
 * edited: keep what is sound, say what was left out or changed, and refuse only what cannot be
 * understood at all. Pure (no DOM), so the checks are fuzzed in Node (test/ui/sessionCheck.test.ts).
 */
import { isDocumentField, isParameterPath, pathParts, PathError, showPath } from '../scenario/paths.js';

/** The working session: a bundled preset, the changes made to it, and the number of replications. */
export interface Session {
  /** A bundled preset key. */
  base: string;
  /** Dotted path → value, over the resolved preset (includes run.seed and run.years when changed). */
  diff: Record<string, unknown>;
  replications: number;
  /** The pinned baseline's scenario, so a shared link reproduces the comparison. */
  baseline?: { base: string; diff: Record<string, unknown> };
  /** The ONS code of the English authority the scenario was started from, so its published figures come back with it. */
  authority?: string;
}

/** An ONS code of an English authority (E06…, E08…, E09…, E10…): what a session may name. */
export const AUTHORITY_CODE = /^E\d{8}$/;

/** What was kept, with one plain sentence for each thing left out or changed; or why nothing could be kept. */
export type SessionRead = { session: Session; notes: string[] } | { damage: string };

/** The replications the app offers (run-controls' list). */
export const MIN_REPLICATIONS = 1;
export const MAX_REPLICATIONS = 50;
/** A scenario has about 150 parameters; a session changing ten times that many is not one the app wrote. */
export const MAX_CHANGES = 1500;
/** Nesting allowed in one changed value: an intervention list is 4 deep (list, intervention, set, value). */
export const MAX_VALUE_DEPTH = 8;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Whether a JSON value nests no deeper than `max`, checked without recursion. */
export function nestsWithin(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= max) return false;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return true;
}

/** Why a change cannot be kept, or undefined when it can. */
function changeProblem(path: string, value: unknown): string | undefined {
  try {
    pathParts(path);
  } catch (error) {
    if (error instanceof PathError) return error.message;
    throw error;
  }
  if (!isParameterPath(path) && !isDocumentField(path)) return `${showPath(path)} is not a parameter of this version`;
  if (!nestsWithin(value, MAX_VALUE_DEPTH)) return `the value of ${showPath(path)} nests more than ${MAX_VALUE_DEPTH} levels deep`;
  return undefined;
}

function checkScenarioPart(raw: unknown, where: string, presets: ReadonlySet<string>, notes: string[]): { base: string; diff: Record<string, unknown> } | string {
  if (!isObject(raw)) return `${where === '' ? '' : 'baseline: '}expected a session, found ${describe(raw)}`;
  if (typeof raw.base !== 'string') return `${where}base: expected a preset name, found ${describe(raw.base)}`;
  if (!presets.has(raw.base)) return `${where}base: ${showPath(raw.base)} is not a preset of this version (${[...presets].join(', ')})`;
  if (!isObject(raw.diff)) return `${where}diff: expected the changes as an object, found ${describe(raw.diff)}`;
  const entries = Object.entries(raw.diff);
  if (entries.length > MAX_CHANGES) return `${where}diff: ${entries.length.toLocaleString('en-GB')} changes; a session holds at most ${MAX_CHANGES.toLocaleString('en-GB')}`;
  const diff: Record<string, unknown> = {};
  const left: string[] = [];
  for (const [path, value] of entries) {
    const problem = changeProblem(path, value);
    if (problem) left.push(problem);
    else Object.defineProperty(diff, path, { value, writable: true, enumerable: true, configurable: true });
  }
  if (left.length > 0) notes.push(leftOut(left, where === '' ? 'change' : 'baseline change', Object.keys(diff).length));
  return { base: raw.base, diff };
}

/** "2 changes were left out: …; the other 5 were kept." (at most three reasons shown). */
export function leftOut(problems: readonly string[], what: string, kept: number): string {
  const shown = problems.slice(0, 3).join('; ');
  const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
  const n = problems.length;
  return `${n} ${what}${n === 1 ? ' was' : 's were'} left out (${shown}${more}); ${kept === 0 ? 'nothing else was changed' : `the other ${kept} ${kept === 1 ? 'was' : 'were'} kept`}.`;
}

/**
 * A session as parsed from JSON: `{ base, diff, replications, baseline?, authority? }`. Replications outside the
 * app's range are brought inside it; changes that cannot apply and a baseline that cannot be read are
 * left out, each with a note; only a missing or unknown preset or unreadable changes lose the session.
 */
export function checkSession(raw: unknown, presets: ReadonlySet<string>): SessionRead {
  const notes: string[] = [];
  const scenario = checkScenarioPart(raw, '', presets, notes);
  if (typeof scenario === 'string') return { damage: scenario };
  const r = (raw as Record<string, unknown>).replications;
  let replications = 1;
  if (typeof r !== 'number' || !Number.isInteger(r)) notes.push(`Replications should be a whole number from ${MIN_REPLICATIONS} to ${MAX_REPLICATIONS} (found ${describe(r)}), so a single run is used.`);
  else if (r < MIN_REPLICATIONS || r > MAX_REPLICATIONS) {
    replications = Math.min(MAX_REPLICATIONS, Math.max(MIN_REPLICATIONS, r));
    notes.push(`${r} replications were asked for; the app runs ${MIN_REPLICATIONS} to ${MAX_REPLICATIONS}, so it uses ${replications}.`);
  } else replications = r;
  const session: Session = { ...scenario, replications };
  const rawBaseline = (raw as Record<string, unknown>).baseline;
  if (rawBaseline !== undefined) {
    const baseline = checkScenarioPart(rawBaseline, 'baseline.', presets, notes);
    if (typeof baseline === 'string') notes.push(`The pinned baseline could not be restored (${baseline}); the scenario was kept without it.`);
    else session.baseline = baseline;
  }
  const authority = (raw as Record<string, unknown>).authority;
  if (typeof authority === 'string' && AUTHORITY_CODE.test(authority)) session.authority = authority;
  else if (authority !== undefined) notes.push(`The authority it was started from should be an ONS code such as E10000013 (found ${describe(authority)}), so its published figures are not shown; the scenario was kept.`);
  return { session, notes };
}
