#!/usr/bin/env node
// The `handover` command. The TypeScript sources are compiled to build/ by `npm ci` (the prepare script).
import module from 'node:module';

// V8's code cache on disk, so a second start reuses the compiled modules: Node 22.1 and later have it;
// Node 20 has no such call and starts without it.
module.enableCompileCache?.();

const { main } = await import('../build/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
