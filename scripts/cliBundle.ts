/**
 * Bundles the compiled CLI (build/cli/main.js and everything it imports) into one CommonJS script and
 * writes V8's code cache for it, and bundles what bin/handover.js loads first (build/cli/start.js: the
 * bundle's loader and the version text) into a second (src/node/cliBundle.ts and src/cli/start.ts say
 * why). Run after `tsc -p tsconfig.build.json`
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

/** One CommonJS script made from `entry` and everything it imports, with the list of those files. */
async function bundle(entry: string, script: string, manifest: string): Promise<void> {
  const result = await build({
    absWorkingDir: at('.'),
    entryPoints: [entry],
    outfile: script,
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
  if (result.warnings.length > 0) throw new Error(`bundling ${entry}: ${result.warnings.map((w) => w.text).join('; ')}`);
  const [output] = result.outputFiles;
  await writeFileAtomic(at(script), output.contents);
  const list: BundleManifest = { inputs: Object.keys(result.metafile.inputs).sort() };
  await writeFileAtomic(at(manifest), `${JSON.stringify(list, null, 1)}\n`);
}

export async function bundleCli(): Promise<void> {
  mkdirSync(at('build/bundle'), { recursive: true });
  await bundle('build/cli/main.js', BUNDLE_FILES.script, BUNDLE_FILES.manifest);
  await bundle('build/cli/start.js', BUNDLE_FILES.start, BUNDLE_FILES.startManifest);
  const loader = new URL('build/node/cliBundle.js', ROOT).href;
  const warm = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `import { writeCodeCache } from ${JSON.stringify(loader)}; process.exitCode = await writeCodeCache(${JSON.stringify(WARM_UP)});`],
    { cwd: at('.'), stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  if (warm.status !== 0) throw new Error(`writing the CLI's code cache (handover ${WARM_UP.join(' ')}) failed:\n${warm.stderr}`);
}
