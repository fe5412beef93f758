/** Writes build/bundle/ (see scripts/cliBundle.ts). Run by `npm ci` (prepare) and `npm run build:cli`, after tsc. */
import { bundleCli } from './cliBundle.js';

await bundleCli();
