// Preloaded with `node --import`: records every module the process loads in $HANDOVER_LOAD_RECORD —
// ES modules through the loader hooks, CommonJS files (bin/handover.js requires build/bundle/start.cjs)
// from require's cache as the process exits.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const file = process.env.HANDOVER_LOAD_RECORD;
register('./loadHooks.mjs', import.meta.url, { data: { file } });
const cache = createRequire(import.meta.url).cache;
process.on('exit', () => appendFileSync(file, Object.keys(cache).map((path) => `${pathToFileURL(path).href}\n`).join('')));
