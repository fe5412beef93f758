/**
 * What bin/handover.js needs before any command runs, bundled by the build as the small CommonJS
 * script build/bundle/start.cjs (scripts/cliBundle.ts). bin/handover.js is CommonJS (bin/package.json)
 * and requires that script, so neither `--version` nor a command starts Node's ES-module loader, about
 * 8 ms of a cold process's CPU (docs/performance.md). It is used only while `startIsFresh()`;
 * otherwise bin/handover.js imports the ES modules in build/.
 */
import { BUNDLE_FILES, bundleIsFresh, loadCliBundle } from '../node/cliBundle.js';
import { versionText } from './version.js';

const PROJECT_ROOT = new URL('../../', import.meta.url);

/** Whether this script is newer than every file it was made from (it checks itself: tsc rewrites those). */
export function startIsFresh(): boolean {
  return bundleIsFresh(PROJECT_ROOT, BUNDLE_FILES.start, BUNDLE_FILES.startManifest);
}

export { loadCliBundle, versionText };
