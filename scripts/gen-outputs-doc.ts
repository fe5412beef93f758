/**
 * Writes docs/outputs.md from the output field lists (src/metrics/fields.ts). Run by
 * `npm run docs:outputs`; test/outputs/outputsDoc.test.ts fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { outputsDoc } from '../src/outputs/outputsDoc.js';

const target = fileURLToPath(new URL('../docs/outputs.md', import.meta.url));
writeFileSync(target, outputsDoc());
console.log(`wrote ${target}`);
