/**
 * Reads a scenario file chosen by the user: parses the JSON, follows `extends` to a bundled preset,
 * and validates the result. Returns the resolved document, or the problems in plain words (shown as
 * text, never as HTML); the caller keeps the current scenario when there are problems.
 */
import { PRESET_DOCS, presetKey, resolveDocument } from './presets.js';

/** A scenario file is a few kB; anything past this is refused before it is read. */
export const MAX_SCENARIO_BYTES = 5_000_000;
const MAX_SHOWN = 12;

export type ImportOutcome = { base: string; doc: Record<string, unknown> } | { errors: string[] };

export async function readScenarioFile(file: File): Promise<ImportOutcome> {
  if (file.size > MAX_SCENARIO_BYTES) return { errors: [`${file.name} is ${Math.round(file.size / 1e6)} MB; a scenario file is a few kB.`] };
  let doc: unknown;
  try {
    doc = JSON.parse(await file.text());
  } catch (error) {
    return { errors: [`${file.name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const { scenario, errors } = resolveDocument(doc);
  if (!scenario) {
    const lines = errors.slice(0, MAX_SHOWN).map((e) => e.message);
    if (errors.length > MAX_SHOWN) lines.push(`… and ${errors.length - MAX_SHOWN} more problems.`);
    return { errors: lines };
  }
  const parent = (doc as { extends?: unknown }).extends;
  const base = typeof parent === 'string' && PRESET_DOCS.has(presetKey(parent)) ? presetKey(parent) : 'default';
  return { base, doc: { ...scenario } };
}
