/**
 * The authority index (scenarios/authorities/index.json): one line per authority with what the
 * command line and the browser show before loading its scenario: name, region, size, neighbours,
 * its published figures and, once calibrated, the fit. Finding an authority by code or by a part of
 * its name, and suggesting the nearest name when nothing matches. Small and free of the generator,
 * so the browser's first page can carry it.
 */
import type { AuthorityFit } from './fit.js';
import type { CalibratedId } from './scenario.js';
import type { Figure } from './table.js';

export interface AuthorityIndexEntry {
  code: string;
  name: string;
  region: string;
  posts: number;
  referrals: number | null;
  neighbours: string[];
  /** Published figures as model values (shares 0–1, caseload in cases), with their years. */
  published: Partial<Record<CalibratedId, Figure>>;
  fit: { within: number; of: number; simulated: Partial<Record<CalibratedId, number>>; predictions: AuthorityFit['predictions'] } | null;
}

/** "4/5 within tolerance", or "not calibrated". */
export function fitQuality(entry: AuthorityIndexEntry): string {
  return entry.fit ? `${entry.fit.within}/${entry.fit.of} within tolerance` : 'not calibrated';
}

const fold = (text: string): string => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim();

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length];
}

export type Lookup = { kind: 'one'; entry: AuthorityIndexEntry } | { kind: 'several'; entries: AuthorityIndexEntry[] } | { kind: 'none'; nearest: AuthorityIndexEntry[] };

/** Finds an authority by ONS code, DfE name (exact, ignoring case and punctuation), or a part of the name. */
export function findAuthority(entries: readonly AuthorityIndexEntry[], query: string): Lookup {
  const q = fold(query);
  const byCode = entries.find((e) => e.code.toLowerCase() === query.trim().toLowerCase());
  if (byCode) return { kind: 'one', entry: byCode };
  const exact = entries.filter((e) => fold(e.name) === q);
  if (exact.length === 1) return { kind: 'one', entry: exact[0] };
  const partial = entries.filter((e) => fold(e.name).includes(q));
  if (partial.length === 1) return { kind: 'one', entry: partial[0] };
  if (partial.length > 1) return { kind: 'several', entries: partial };
  const key = (e: AuthorityIndexEntry): string => (/^e\d+$/i.test(query.trim()) ? e.code.toLowerCase() : fold(e.name));
  const target = /^e\d+$/i.test(query.trim()) ? query.trim().toLowerCase() : q;
  const nearest = [...entries].sort((a, b) => distance(target, key(a)) - distance(target, key(b)) || a.code.localeCompare(b.code)).slice(0, 3);
  return { kind: 'none', nearest };
}

/** Entries whose region or name contains the given texts (case and punctuation ignored). */
export function filterAuthorities(entries: readonly AuthorityIndexEntry[], region?: string, search?: string): AuthorityIndexEntry[] {
  return entries.filter((e) => (region === undefined || fold(e.region).includes(fold(region))) && (search === undefined || fold(e.name).includes(fold(search)) || e.code.toLowerCase() === search.toLowerCase()));
}
