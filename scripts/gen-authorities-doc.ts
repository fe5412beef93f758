/**
 * `npm run authorities:report`: writes docs/authorities.md and its scatter plots (docs/img/authorities-*.svg)
 * from the authority table and the fits in scenarios/authorities/fits/ (or `--fits DIR`).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { authoritiesReport, authorityPosts, deriveAuthorityTable, fitBounds, type ReportInput } from '../src/authorities/index.js';
import { FITS_DIR, PROJECT_DIR, readAuthorityFit, readDfeTables } from '../src/node/authorityFiles.js';

const flag = process.argv.indexOf('--fits');
const fitsDir = flag >= 0 ? resolve(process.argv[flag + 1] ?? '') : FITS_DIR;
const table = deriveAuthorityTable(readDfeTables());
const inputs: ReportInput[] = table.flatMap((record) => {
  const fit = readAuthorityFit(fitsDir, record.code);
  return fit ? [{ record, posts: authorityPosts(record), fit, bounds: fitBounds(record) }] : [];
});
if (inputs.length === 0) throw new Error(`no fits in ${fitsDir}: run handover calibrate --authorities all --out ${fitsDir} first`);
const report = authoritiesReport(inputs);
writeFileSync(join(PROJECT_DIR, 'docs', 'authorities.md'), report.markdown);
for (const [name, svg] of Object.entries(report.plots)) writeFileSync(join(PROJECT_DIR, 'docs', 'img', name), svg);
console.log(`wrote docs/authorities.md and ${Object.keys(report.plots).length} plots for ${inputs.length} of ${table.length} authorities`);
