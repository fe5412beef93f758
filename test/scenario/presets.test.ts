import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { listParameterPaths } from '../../src/scenario/paths.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { resolveScenario } from '../../src/scenario/resolve.js';
import { PRESET_FILES, SCENARIOS_DIR, SCENARIO_FILES, fileLoader, readScenario, resolveFile, valueAt } from './files.js';

const LEAVES = listParameterPaths().map((p) => p.path);

/** Dotted paths of every leaf a preset gives (its overrides). */
function overriddenLeaves(doc: Record<string, unknown>): string[] {
  return LEAVES.filter((path) => valueAt(doc, path) !== undefined);
}

const base = resolveFile('default.json').scenario!;
const resolved = (file: string) => resolveFile(file).scenario!;

describe('scenarios/', () => {
  it('ships the presets docs/model.md §D8 asks for', () => {
    expect(PRESET_FILES).toEqual(
      expect.arrayContaining(['high-turnover.json', 'no-agency.json', 'agency-pay-cap.json', 'agency-rules-2024.json', 'overtime-ban.json', 'unlimited-unpaid-overtime.json', 'recruitment-drive.json', 'structure-one-worker.json', 'flexible-working.json', 'caseload-cap.json', 'england.json']),
    );
  });

  it.each(SCENARIO_FILES)('resolveScenario(%s) gives a scenario with no errors', (file) => {
    const result = resolveFile(file);
    expect(result.errors).toEqual([]);
    expect(result.scenario).toBeDefined();
  });

  it('default.json gives every parameter, and a source for each', () => {
    const doc = readScenario('default.json');
    const sources = doc.sources as Record<string, string>;
    for (const path of LEAVES) {
      expect(valueAt(doc, path), path).toBeDefined();
      expect(sources[path], `sources["${path}"]`).toMatch(/\S/);
    }
  });

  it.each(PRESET_FILES)('%s extends default.json by inputs only, with a name, a description and a source for each override', (file) => {
    const doc = readScenario(file);
    expect(doc.$schema).toBe('../src/scenario/scenario.schema.json');
    expect(doc.extends).toBe('default.json');
    expect(doc.name).toMatch(/\S/);
    expect(doc.description).toMatch(/\S/);
    const overrides = overriddenLeaves(doc);
    expect(overrides.length + ((doc.interventions as unknown[]) ?? []).length).toBeGreaterThan(0);
    for (const path of overrides) expect((doc.sources as Record<string, string>)[path], `${file}: sources["${path}"]`).toMatch(/\S/);
  });

  it('resolving a preset keeps its name and merges its sources over the default ones', () => {
    const s = resolved('agency-pay-cap.json') as unknown as Record<string, unknown>;
    expect(s.name).toBe('Regional agency pay cap');
    expect(s.$schema).toBeUndefined();
    expect(s.extends).toBeUndefined();
    const sources = s.sources as Record<string, string>;
    expect(sources['agency.payCap.enabled']).toMatch(/Stockton/);
    expect(Object.keys(sources)).toEqual(expect.arrayContaining(LEAVES));
  });

  it('each lever preset moves its lever the way its name says', () => {
    const ht = resolved('high-turnover.json');
    expect(ht.recruitment.inadequateRating).toBe(true);
    expect(ht.recruitment.attractiveness).toBeLessThan(base.recruitment.attractiveness);
    expect(ht.agency.supplyPerWeek).toBeGreaterThan(base.agency.supplyPerWeek);
    expect(ht.workforce.initialVacancyRate).toBeGreaterThan(base.workforce.initialVacancyRate);
    expect(resolved('no-agency.json').agency.allowed).toBe(false);
    expect(resolved('agency-pay-cap.json').agency.payCap.enabled).toBe(true);
    expect(resolved('agency-rules-2024.json').agency.rules2024).toMatchObject({ alignNoticeWithPermanent: true, requireExperience: true, noLocalLocumWeeks: 13 });
    expect(resolved('overtime-ban.json').overtime.policy).toBe('none');
    const maxHours = scenarioSchema.properties!.overtime.properties!.maxHoursPerWeek.maximum;
    expect(resolved('unlimited-unpaid-overtime.json').overtime).toMatchObject({ policy: 'unpaid', maxHoursPerWeek: maxHours });
    const rd = resolved('recruitment-drive.json');
    expect(rd.recruitment.nqIntakePerYear).toBeGreaterThan(base.recruitment.nqIntakePerYear);
    expect(rd.recruitment.attractiveness).toBeGreaterThan(base.recruitment.attractiveness);
    expect(rd.interventions.some((i) => i.recruitmentDrive !== undefined)).toBe(true);
    const fw = resolved('flexible-working.json');
    expect(fw.stress.flexibleWorking).toBe(true);
    expect(fw.workforce.partTimeShare).toBeGreaterThan(base.workforce.partTimeShare);
    expect(resolved('caseload-cap.json').allocation.caseloadCap).toBeLessThan(base.allocation.caseloadCap);
  });

  it('england.json is the average authority × 153 (within 10%), for one year', () => {
    const en = resolved('england.json');
    const near = (actual: number, expected: number, what: string) => expect(Math.abs(actual / expected - 1), `${what}: ${actual} vs ${expected}`).toBeLessThan(0.1);
    for (const team of ['assessment', 'longTerm', 'inCare', 'nonCaseHolding'] as const) near(en.workforce.establishment[team], base.workforce.establishment[team] * 153, team);
    near(en.demand.contactsPerWeek, base.demand.contactsPerWeek * 153, 'contactsPerWeek');
    near(en.agency.supplyPerWeek, base.agency.supplyPerWeek * 153, 'supplyPerWeek');
    near(en.recruitment.nqIntakePerYear, base.recruitment.nqIntakePerYear * 153, 'nqIntakePerYear');
    near(en.costs.annualBudget, base.costs.annualBudget * 153, 'annualBudget');
    const e = en.workforce.establishment;
    near((e.assessment + e.longTerm + e.inCare + e.nonCaseHolding) * (1 - en.workforce.initialVacancyRate), 33119, 'FTE in post (DfE 2023)');
    expect(en.run.years).toBe(1);
  });

  it('scenarios/README.md lists every preset, and its example resolves', () => {
    const readme = readFileSync(join(SCENARIOS_DIR, 'README.md'), 'utf8');
    for (const file of SCENARIO_FILES) expect(readme, file).toContain(`\`${file}\``);
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(readme)![1]) as unknown;
    expect(resolveScenario(example, fileLoader, join(SCENARIOS_DIR, 'example.json')).errors).toEqual([]);
  });
});
