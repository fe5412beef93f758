#!/usr/bin/env node
// The `handover` command. The TypeScript sources are compiled to build/ by `npm ci` (the prepare script).
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// V8's code cache on disk, so a second start reuses the compiled modules: Node 22.1 and later have it;
// Node 20 has no such call and starts without it.
module.enableCompileCache?.();

const args = process.argv.slice(2);

/** The bundle's loader, or undefined in a build/ compiled before there was one (then the modules run). */
async function loader() {
  try {
    return await import('../build/node/cliBundle.js');
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

async function command() {
  // A --max-memory above Node's heap limit starts the command again with a heap that large (docs/limits.md).
  const relaunched = args.some((a) => a === '--max-memory' || a.startsWith('--max-memory='))
    ? (await import('../build/node/heapLimit.js')).relaunchForHeap(fileURLToPath(import.meta.url), args)
    : undefined;
  if (relaunched !== undefined) return relaunched;
  // A command runs from the CLI bundled as one script with V8's code cache (src/node/cliBundle.ts), or
  // from the separate modules when the bundle is missing or older than the build. Arguments that name no
  // command (--help, help) need only the dispatcher's few small modules, cheaper than the bundle.
  const light = args.length === 0 || args[0].startsWith('-') || args[0] === 'help';
  const bundled = light ? undefined : (await loader())?.loadCliBundle();
  const { main } = bundled ?? (await import('../build/cli/main.js'));
  return main(args);
}

if (args[0] === '--version' || args[0] === '-V') {
  // One small module rather than the dispatcher's five: at a process's start, loading the modules
  // costs more than the work (docs/performance.md). A closed pipe is no error: no one is left to tell.
  process.stdout.on('error', () => undefined);
  process.stdout.write((await import('../build/cli/version.js')).versionText());
} else process.exitCode = await command();
