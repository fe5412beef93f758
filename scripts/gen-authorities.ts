/**
 * `npm run authorities`: derives the authority table from the DfE extracts in data/dfe/ and writes
 * data/authorities.json and, in scenarios/authorities/, each current authority's scenario and targets
 * and the index. Fits in scenarios/authorities/fits/ (from `handover calibrate --authorities all
 * --out scenarios/authorities/fits`) are folded in; `--fits DIR` reads them from elsewhere. Re-run it
 * after the model or the default scenario changes, then calibrate again.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { authorityFileSet, deriveAuthorityTable } from '../src/authorities/index.js';
import { FITS_DIR, PROJECT_DIR, readAuthorityFit, readDefaultScenario, readDfeTables, readReference } from '../src/node/authorityFiles.js';

const flag = process.argv.indexOf('--fits');
const fitsDir = flag >= 0 ? resolve(process.argv[flag + 1] ?? '') : FITS_DIR;
const table = deriveAuthorityTable(readDfeTables());
const files = authorityFileSet(table, readDefaultScenario(), readReference(), (code) => readAuthorityFit(fitsDir, code));
for (const file of files) {
  const path = join(PROJECT_DIR, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
}
const fitted = files.filter((f) => f.text.includes('"notes": "Calibration:')).length;
console.log(`wrote ${files.length} files for ${table.length} authorities (${fitted} calibrated, fits from ${fitsDir})`);
