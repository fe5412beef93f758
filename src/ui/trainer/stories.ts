/**
 * Guided stories (scenarios/stories/*.json): a preset, changes, a seed and narration steps. They are
 * data, so trainers write their own; a story file is checked against story.schema.json, then its
 * scenario against the scenario schema, and every problem is reported with its field.
 */
import type { ValidateFunction } from 'ajv';
import { describeSchemaErrors, type JsonSchema } from '../../scenario/index.js';
import { isPlainObject } from '../../scenario/schema.js';
import type { Intervention, Scenario } from '../../scenario/types.js';
import storySchema from '../../../scenarios/stories/story.schema.json' with { type: 'json' };
import { applyDiff } from '../diff.js';
import { PRESET_DOCS, presetDocument, resolveDocument } from '../presets.js';
import { validate as generated } from './storyValidator.generated.js';

export interface Story {
  title: string;
  summary: string;
  scenario: string;
  changes?: Record<string, number | boolean | string>;
  interventions?: Intervention[];
  seed: number;
  years: number;
  steps: { week: number; text: string }[];
}

const files = import.meta.glob(['../../../scenarios/stories/*.json', '!**/story.schema.json'], { eager: true, import: 'default' }) as Record<string, unknown>;

// Generated from story.schema.json ahead of time (`npm run build:validators`).
const compiled = generated as unknown as ValidateFunction;

/** The story's scenario (preset + changes + interventions, with its seed and years), or the problems. */
export function checkStory(doc: unknown): { story?: Story; scenario?: Scenario; errors: string[] } {
  if (!compiled(doc)) {
    return { errors: describeSchemaErrors(doc, compiled.errors ?? [], storySchema as JsonSchema).map((e) => e.message) };
  }
  const story = doc as Story;
  if (!PRESET_DOCS.has(story.scenario)) return { errors: [`scenario: expected one of ${[...PRESET_DOCS.keys()].join(', ')}, found ${JSON.stringify(story.scenario)}`] };
  const errors: string[] = [];
  story.steps.forEach((s, i) => {
    if (s.week > story.years * 52) errors.push(`steps[${i}].week: expected a week within the story's ${story.years * 52}, found ${s.week}`);
    if (i > 0 && s.week <= story.steps[i - 1].week) errors.push(`steps[${i}].week: expected a week after the step before (week ${story.steps[i - 1].week}), found ${s.week}`);
  });
  const { doc: changed, problems } = applyDiff(presetDocument(story.scenario), story.changes ?? {});
  for (const problem of problems) errors.push(`changes: ${problem}`);
  const scheduled = Array.isArray(changed.interventions) ? changed.interventions : [];
  const doc2 = { ...changed, interventions: [...scheduled, ...(story.interventions ?? [])], run: { ...(isPlainObject(changed.run) ? changed.run : {}), seed: story.seed, years: story.years } };
  const { scenario, errors: invalid } = resolveDocument(doc2);
  for (const e of invalid) errors.push(`scenario ${e.path}: ${e.message}`);
  return errors.length > 0 || !scenario ? { errors } : { story, scenario, errors };
}

/** The bundled stories, by file name. A bundled story that does not check is a bug: the tests read them all. */
export const STORIES: ReadonlyMap<string, Story> = new Map(
  Object.entries(files)
    .map(([path, doc]) => [path.replace(/^.*\//, '').replace(/\.json$/, ''), doc as Story] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
);
