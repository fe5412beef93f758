#!/usr/bin/env node
// The `handover` command. The TypeScript sources are compiled to build/ by `npm ci` (the prepare script).
import { main } from '../build/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
