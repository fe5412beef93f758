// Scenario helpers for the benchmarks: read a preset (one level of `extends` merged, so the bench
// needs no resolver) and scale the average authority by a factor for the scaling table.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function load(name) {
  const path = join(root, 'scenarios', name);
  if (!existsSync(path)) throw new Error(`bench: no scenario ${path}`);
  let doc = JSON.parse(readFileSync(path, 'utf8'));
  if (doc.extends) doc = merge(load(doc.extends.replace(/^\.\//, '').replace(/^(?!.*\.json$)(.*)$/, '$1.json')), doc);
  return doc;
}

function merge(base, over) {
  const out = structuredClone(base);
  for (const [k, v] of Object.entries(over)) {
    if (v && typeof v === 'object' && !Array.isArray(v) && out[k] && typeof out[k] === 'object') out[k] = merge(out[k], v);
    else out[k] = v;
  }
  return out;
}

/**
 * The average authority × k: every per-authority quantity scaled as scenarios/england.json does for
 * k = 153 (posts, contacts, agency supply, newly qualified intake, rebalancing moves, budget); rates
 * and shares unchanged.
 */
export function scaled(base, k) {
  const s = structuredClone(base);
  s.demand.contactsPerWeek = Math.round(s.demand.contactsPerWeek * k);
  for (const team of Object.keys(s.workforce.establishment)) s.workforce.establishment[team] = Math.round(s.workforce.establishment[team] * k);
  s.recruitment.nqIntakePerYear = Math.round(s.recruitment.nqIntakePerYear * k);
  s.agency.supplyPerWeek *= k;
  s.allocation.rebalancing.maxMovesPerWeek = Math.round(s.allocation.rebalancing.maxMovesPerWeek * k);
  s.costs.annualBudget *= k;
  s.name = `${s.name} × ${k}`;
  return s;
}
