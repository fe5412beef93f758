/**
 * Vitest global setup: compiles the CLI once and bundles it (`tsc -p tsconfig.build.json`, then
 * scripts/cliBundle.ts, as `npm run build:cli`) so the tests that spawn `node bin/handover.js` run
 * today's sources, not a stale build/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bundleCli } from '../../scripts/cliBundle.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

export default async function setup(): Promise<void> {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (build.status === 0) return bundleCli();
  // tsc still emits on type errors; those fail `npm run typecheck`, so here they only need saying.
  const output = `${build.stdout}${build.stderr}`.trim();
  if (!existsSync(`${root}build/cli/main.js`)) throw new Error(`tsc -p tsconfig.build.json produced no build/cli/main.js:\n${output}`);
  console.warn(`tsc -p tsconfig.build.json reported errors (the CLI tests run the emitted code):\n${output}`);
  await bundleCli();
}
