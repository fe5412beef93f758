import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authoritiesReport, authorityFileSet, authorityPosts, deriveAuthorityTable, fitBounds, type AuthorityIndexEntry } from '../../src/authorities/index.js';
import { checkTargets as checkTargetFile } from '../../src/calibrate/index.js';
import { FITS_DIR, PROJECT_DIR, readAuthorityFit, readDefaultScenario, readDfeTables, readReference } from '../../src/node/authorityFiles.js';
import { loadScenarioFile } from '../../src/node/loadScenarioFile.js';

const table = deriveAuthorityTable(readDfeTables());
const files = authorityFileSet(table, readDefaultScenario(), readReference(), (code) => readAuthorityFit(FITS_DIR, code));
const index = JSON.parse(readFileSync(join(PROJECT_DIR, 'scenarios/authorities/index.json'), 'utf8')).authorities as AuthorityIndexEntry[];

describe('npm run authorities', () => {
  it('the committed files are what the generator writes from data/dfe/ and the fits (run npm run authorities if not)', () => {
    for (const file of files) expect(readFileSync(join(PROJECT_DIR, file.path), 'utf8'), file.path).toBe(file.text);
  });

  it('writes a scenario and a targets file for each of the 153 authorities, and an index', () => {
    expect(files.filter((f) => /authorities\/E\d{8}\.json$/.test(f.path))).toHaveLength(153);
    expect(files.filter((f) => f.path.endsWith('.targets.json'))).toHaveLength(153);
    expect(index.map((e) => e.code)).toEqual(table.map((r) => r.code));
  });

  it.each(table.map((r) => r.code))('scenarios/authorities/%s.json validates, and so does its targets file', (code) => {
    const result = loadScenarioFile(join(PROJECT_DIR, 'scenarios/authorities', `${code}.json`));
    expect(result.errors).toEqual([]);
    const targets = JSON.parse(readFileSync(join(PROJECT_DIR, 'scenarios/authorities', `${code}.targets.json`), 'utf8'));
    expect(checkTargetFile(targets)).toEqual([]);
  });

  it('docs/authorities.md and its plots are what npm run authorities:report writes from the fits', () => {
    const inputs = table.flatMap((record) => {
      const fit = readAuthorityFit(FITS_DIR, record.code);
      return fit ? [{ record, posts: authorityPosts(record), fit, bounds: fitBounds(record) }] : [];
    });
    expect(inputs).toHaveLength(table.length);
    const report = authoritiesReport(inputs);
    expect(readFileSync(join(PROJECT_DIR, 'docs/authorities.md'), 'utf8')).toBe(report.markdown);
    for (const [name, svg] of Object.entries(report.plots)) expect(readFileSync(join(PROJECT_DIR, 'docs/img', name), 'utf8'), name).toBe(svg);
  });

  it('cites the Open Government Licence in every generated file', () => {
    for (const file of files) expect(file.text, file.path).toMatch(/Open Government Licence v3\.0/);
  });

  it('sizes an authority from its posts and its demand from its referrals', () => {
    const glos = loadScenarioFile(join(PROJECT_DIR, 'scenarios/authorities/E10000013.json')).scenario!;
    const e = glos.workforce.establishment;
    expect(e.assessment + e.longTerm + e.inCare + e.nonCaseHolding).toBe(431);
    const base = readDefaultScenario();
    expect(glos.demand.contactsPerWeek / base.demand.contactsPerWeek).toBeCloseTo(8129 / readReference().referralsPerYear, 3);
  });

  it("gives each authority its own reference caseload, agency cover and newly qualified intake from its published figures", () => {
    const base = readDefaultScenario();
    const ref = readReference();
    const scenario = (code: string) => loadScenarioFile(join(PROJECT_DIR, `scenarios/authorities/${code}.json`)).scenario!;
    const record = (code: string) => table.find((r) => r.code === code)!;
    for (const code of ['E10000013', 'E06000010', 'E09000017', 'E06000055']) {
      const s = scenario(code);
      const r = record(code);
      // The front door tightens above the authority's own caseload, not England's.
      expect(s.demand.referenceCaseload).toBe(r.rates.caseload!.value);
      // Agency cover per vacancy: a quarter above the published agency FTE per vacant FTE.
      const odds = (pct: number) => pct / (100 - pct);
      expect(s.agency.maxShareOfVacancies).toBeCloseTo(Math.min(5, (1.25 * odds(r.rates.agency!.value)) / odds(r.rates.vacancy!.value)), 2);
      expect(s.recruitment.nqIntakePerYear / base.recruitment.nqIntakePerYear).toBeCloseTo((authorityPosts(r) / 266) * (r.rates.turnover!.value / 100 / ref.turnoverRate), 2);
    }
    // Hull publishes more than four times as many agency workers as vacancies; Hillingdon covers a sixth of its vacancies.
    expect(scenario('E06000010').agency.maxShareOfVacancies).toBe(5);
    expect(scenario('E09000017').agency.maxShareOfVacancies).toBeLessThan(0.25);
  });
});
