/**
 * The authorities' scenario files as lazy chunks (one per authority), and their resolution on the
 * bundled default. Imported only by authorityData.ts, on demand, so that even the table of chunk
 * names stays out of the first page.
 */
import { mergeScenarios } from '../scenario/resolve.js';
import { resolvedPreset } from './presets.js';

const files = import.meta.glob(['../../scenarios/authorities/E*.json', '!../../scenarios/authorities/*.targets.json'], { import: 'default' }) as Record<string, () => Promise<unknown>>;

export async function authorityScenarioDocument(code: string): Promise<Record<string, unknown>> {
  const load = files[`../../scenarios/authorities/${code}.json`];
  if (!load) throw new Error(`no scenario for the authority ${code}`);
  const doc = { ...((await load()) as Record<string, unknown>) };
  delete doc.$schema;
  delete doc.extends;
  return mergeScenarios(resolvedPreset('default'), doc) as Record<string, unknown>;
}
