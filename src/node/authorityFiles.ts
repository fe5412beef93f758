/**
 * The authority files on disk: the DfE extracts in data/dfe/, the generated scenarios, targets and
 * index in scenarios/authorities/, and the fits written by `handover calibrate --authorities`.
 * Reading only, plus the paths; the derivation is src/authorities' (pure).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuthorityFit, AuthorityIndexEntry, DfeTables, Reference } from '../authorities/index.js';
import { resolveScenario } from '../scenario/resolve.js';
import type { Scenario } from '../scenario/types.js';
import { loadScenarioFile, scenarioFileLoader } from './loadScenarioFile.js';
import { parseJson } from './parseJson.js';

/** Both in src/ and in build/ this module sits two folders below the project root. */
export const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const DFE_DIR = join(PROJECT_DIR, 'data', 'dfe');
export const AUTHORITIES_DIR = join(PROJECT_DIR, 'scenarios', 'authorities');
export const FITS_DIR = join(AUTHORITIES_DIR, 'fits');

export function readDfeTables(dir = DFE_DIR): DfeTables {
  const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
  return {
    workforceCounts: read('workforce-counts.csv'),
    workforceRates: read('workforce-rates.csv'),
    referrals: read('referrals.csv'),
    childrenInNeed: read('children-in-need.csv'),
    childrenLookedAfter: read('children-looked-after.csv'),
    statisticalNeighbours: read('statistical-neighbours.csv'),
  };
}

function readJsonFile(file: string): unknown {
  const parsed = parseJson(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: not valid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.reason}`);
  return parsed.value;
}

export function readAuthorityIndex(dir = AUTHORITIES_DIR): AuthorityIndexEntry[] {
  return (readJsonFile(join(dir, 'index.json')) as { authorities: AuthorityIndexEntry[] }).authorities;
}

/** A fit file `<code>.json` in `dir`, or undefined when there is none. */
export function readAuthorityFit(dir: string, code: string): AuthorityFit | undefined {
  const file = join(dir, `${code}.json`);
  return existsSync(file) ? (readJsonFile(file) as AuthorityFit) : undefined;
}

/** England's reference figures, from the targets the default is calibrated to. */
export function readReference(file = join(PROJECT_DIR, 'scenarios', 'targets', 'england.json')): Reference {
  const doc = readJsonFile(file) as { targets: { id: string; value: number }[] };
  const value = (id: string): number => {
    const target = doc.targets.find((t) => t.id === id);
    if (!target) throw new Error(`${file}: no target "${id}", which the authority scenarios scale from`);
    return target.value;
  };
  return {
    turnoverRate: value('turnover'),
    vacancyRate: value('vacancy'),
    agencyRate: value('agency'),
    meanCaseload: value('caseload'),
    reReferralRate12m: value('reReferral'),
    referralsPerYear: value('referrals'),
    lookedAfterCases: value('lookedAfter'),
  };
}

/** The default scenario, resolved: what every authority extends. */
export function readDefaultScenario(): Scenario {
  const result = loadScenarioFile(join(PROJECT_DIR, 'scenarios', 'default.json'));
  if (!result.scenario) throw new Error(`scenarios/default.json: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.scenario;
}

/** Resolves a generated authority document as if it were the file scenarios/authorities/<code>.json. */
export function resolveAuthorityDocument(code: string, doc: Record<string, unknown>): Scenario {
  const result = resolveScenario(doc, scenarioFileLoader, join(AUTHORITIES_DIR, `${code}.json`));
  if (!result.scenario) throw new Error(`the scenario generated for ${code} is invalid: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.scenario;
}
