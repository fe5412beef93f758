/**
 * What trainer mode can open — a story file, an exported scenario, the planner's scenario handed over —
 * each through one checked path: a story through checkStory, a scenario through resolveDocument, and
 * either refused when too large to draw. A refusal lists its problems; the caller changes nothing.
 */
import type { Scenario } from '../../scenario/types.js';
import { MAX_SCENARIO_BYTES } from '../importScenario.js';
import { resolveDocument } from '../presets.js';
import { checkStory, type Story } from './stories.js';

/** About five typical authorities: the canvas stays readable and a frame stays well under 16 ms. */
export const MAX_POSTS = 1500;

export type Opened = { story?: Story; scenario: Scenario } | { errors: string[] };

/** Trainer mode draws every worker and child: a region or all of England would not fit a screen or a frame. */
export function tooLarge(scenario: Scenario): string | undefined {
  const posts = Object.values(scenario.workforce.establishment).reduce((sum, n) => sum + n, 0);
  return posts > MAX_POSTS
    ? `it has ${Math.round(posts).toLocaleString('en-GB')} posts; trainer mode draws every worker and child and takes authorities of up to ${MAX_POSTS.toLocaleString('en-GB')} posts (use the planner view for larger ones)`
    : undefined;
}

/** A scenario document (an exported file, or the planner's scenario) from `source`. */
export function openDocument(doc: unknown, source: string): Opened {
  if (doc === undefined) return { errors: [`Nothing came from ${source}: open the scenario again from there, or export it and open the file here.`] };
  const { scenario, errors } = resolveDocument(doc);
  if (!scenario) return { errors: errors.map((e) => `${source}: ${e.message}`) };
  const big = tooLarge(scenario);
  return big ? { errors: [`${source}: ${big}`] } : { scenario };
}

/** A file the trainer chose: a story when it has steps, else a scenario. */
export async function openFile(file: File): Promise<Opened> {
  if (file.size > MAX_SCENARIO_BYTES) return { errors: [`${file.name} is ${Math.round(file.size / 1e6)} MB; a story or scenario file is a few kB.`] };
  let doc: unknown;
  try {
    doc = JSON.parse(await file.text());
  } catch (error) {
    return { errors: [`${file.name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (typeof doc !== 'object' || doc === null || !('steps' in doc)) return openDocument(doc, file.name);
  const checked = checkStory(doc);
  if (!checked.scenario || !checked.story) return { errors: checked.errors.map((e) => `${file.name}: ${e}`) };
  const big = tooLarge(checked.scenario);
  return big ? { errors: [`${file.name}: ${big}`] } : { story: checked.story, scenario: checked.scenario };
}
