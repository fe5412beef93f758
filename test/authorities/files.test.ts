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
});
