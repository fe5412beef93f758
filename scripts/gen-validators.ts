/** Writes the generated validator modules (see scripts/validators.ts). Run by `npm run build:validators`. */
import { writeFileSync } from 'node:fs';
import { generateValidator, repoPath, VALIDATORS } from './validators.js';

for (const spec of VALIDATORS) {
  writeFileSync(repoPath(spec.module), await generateValidator(spec));
  console.log(`wrote ${spec.module}`);
}
