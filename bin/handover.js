#!/usr/bin/env node
// The `handover` command. The TypeScript sources are compiled to build/ by `npm ci` (the prepare
// script), which also bundles them. This file is CommonJS (bin/package.json): it requires the bundled
// start-up script, so a cold command never starts Node's ES-module loader (src/cli/start.ts).
'use strict';
const { join } = require('node:path');

// V8's code cache on disk, so a second start reuses the compiled modules: Node 22.1 and later have it;
// Node 20 has no such call and starts without it.
require('node:module').enableCompileCache?.();

const args = process.argv.slice(2);
const START = join(__dirname, '..', 'build', 'bundle', 'start.cjs');

/** The bundled start-up script, or undefined when it is missing (a build/ from before it) or stale. */
function startUp() {
  let start;
  try {
    start = require(START);
  } catch (error) {
    if (error?.code === 'MODULE_NOT_FOUND' && String(error.message).includes(START)) return undefined;
    throw error;
  }
  return start.startIsFresh() ? start : undefined;
}

async function command(start) {
  // A --max-memory above Node's heap limit starts the command again with a heap that large (docs/limits.md).
  const relaunched = args.some((a) => a === '--max-memory' || a.startsWith('--max-memory='))
    ? (await import('../build/node/heapLimit.js')).relaunchForHeap(__filename, args)
    : undefined;
  if (relaunched !== undefined) return relaunched;
  // A command runs from the CLI bundled as one script with V8's code cache (src/node/cliBundle.ts), or
  // from the separate modules when the bundle is missing or older than the build.
  const { main } = start?.loadCliBundle() ?? (await import('../build/cli/main.js'));
  return main(args);
}

async function handover() {
  const start = startUp();
  if (args[0] === '--version' || args[0] === '-V') {
    // The version alone, without the dispatcher: at a process's start, loading modules costs more than
    // the work (docs/performance.md). A closed pipe is no error: no one is left to tell.
    process.stdout.on('error', () => undefined);
    process.stdout.write((start ?? (await import('../build/cli/version.js'))).versionText());
  } else process.exitCode = await command(start);
}

handover();
