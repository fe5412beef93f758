/**
 * The authorities' data in the browser, loaded only when the picker is first used: the index (names,
 * published figures, neighbours) is one lazily imported chunk, and each authority's scenario its own,
 * so the first page carries none of it. Everything is part of the static build and works offline.
 */
import type { AuthorityIndexEntry } from '../authorities/listing.js';

let index: Promise<AuthorityIndexEntry[]> | undefined;

export function loadAuthorityIndex(): Promise<AuthorityIndexEntry[]> {
  index ??= import('../../scenarios/authorities/index.json').then((m) => (m.default as { authorities: AuthorityIndexEntry[] }).authorities);
  return index;
}

/** The authority's scenario, resolved on the default as the CLI resolves its `extends`. */
export async function loadAuthorityScenario(code: string): Promise<Record<string, unknown>> {
  const { authorityScenarioDocument } = await import('./authorityScenarios.js');
  return authorityScenarioDocument(code);
}
