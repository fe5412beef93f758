#!/usr/bin/env node
// The `handover` command. The TypeScript sources are compiled to build/ by `npm ci` (the prepare script).
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// V8's code cache on disk, so a second start reuses the compiled modules: Node 22.1 and later have it;
// Node 20 has no such call and starts without it.
module.enableCompileCache?.();

const args = process.argv.slice(2);
// A --max-memory above Node's heap limit starts the command again with a heap that large (docs/limits.md).
const relaunched = args.some((a) => a === '--max-memory' || a.startsWith('--max-memory='))
  ? (await import('../build/node/heapLimit.js')).relaunchForHeap(fileURLToPath(import.meta.url), args)
  : undefined;
if (relaunched !== undefined) process.exitCode = await relaunched;
else {
  const { main } = await import('../build/cli/main.js');
  process.exitCode = await main(args);
}
