/**
 * Bundles the compiled CLI (build/cli/main.js and everything it imports) into one CommonJS script and
 * writes V8's code cache for it (src/node/cliBundle.ts says why). Run after `tsc -p tsconfig.build.json`
 * by the prepare script, `npm run build:cli` and the test suite's set-up, so every `node bin/handover.js`
 * runs today's build.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUNDLE_FILES, type BundleManifest } from '../src/node/cliBundle.js';
import { writeFileAtomic } from '../src/node/writeFileAtomic.js';

const ROOT = new URL('../', import.meta.url);
const at = (relative: string) => fileURLToPath(new URL(relative, ROOT));

/**
 * What the code cache is taken after: one short run of the default scenario, which loads and validates
 * a scenario, simulates and writes a table, so nearly every function a user's command compiles.
 */
const WARM_UP = ['run', 'scenarios/default.json', '--years', '1', '--seed', '1', '--quiet'];

export async function bundleCli(): Promise<void> {
  mkdirSync(at('build/bundle'), { recursive: true });
  const result = await build({
    absWorkingDir: at('.'),
    entryPoints: ['build/cli/main.js'],
    outfile: BUNDLE_FILES.script,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    metafile: true,
    // Written by rename, below, so a command starting meanwhile reads the old bundle or the new one whole.
    write: false,
    minifyWhitespace: true,
    logLevel: 'silent',
    // Every module's import.meta.url becomes the bundle's own: it sits two folders below the root, as
    // each module in build/ does, so their paths to package.json, scenarios/ and the worker entry hold.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: `const __bundleUrl = require('node:url').pathToFileURL(__filename).href;` },
  });
  // esbuild warns when a module needs what a CommonJS script lacks (another import.meta field, a
  // dynamic import it cannot resolve); such a bundle would break at run time, so it is refused here.
  if (result.warnings.length > 0) throw new Error(`bundling the CLI: ${result.warnings.map((w) => w.text).join('; ')}`);
  const [script] = result.outputFiles;
  await writeFileAtomic(at(BUNDLE_FILES.script), script.contents);
  const manifest: BundleManifest = { inputs: Object.keys(result.metafile.inputs).sort() };
  await writeFileAtomic(at(BUNDLE_FILES.manifest), `${JSON.stringify(manifest, null, 1)}\n`);
  const loader = new URL('build/node/cliBundle.js', ROOT).href;
  const warm = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `import { writeCodeCache } from ${JSON.stringify(loader)}; process.exitCode = await writeCodeCache(${JSON.stringify(WARM_UP)});`],
    { cwd: at('.'), stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  if (warm.status !== 0) throw new Error(`writing the CLI's code cache (handover ${WARM_UP.join(' ')}) failed:\n${warm.stderr}`);
}
