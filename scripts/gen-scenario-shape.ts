/**
 * Derives the scenario's shape from scenario.schema.json's `properties`: the schema's completeness
 * rule (`definitions.complete`) and the TypeScript types (src/scenario/types.ts). Run by
 * `npm run scenario:shape`, which then regenerates the validators from the updated schema; every
 * generated file is committed, and test/scenario/shape.test.ts fails when one of these two is stale
 * (so a fresh `npm ci` needs no generation step).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JsonSchema } from '../src/scenario/schema.js';
import { scenarioTypesSource, withCompleteDefinition } from '../src/scenario/shape.js';

const schemaFile = fileURLToPath(new URL('../src/scenario/scenario.schema.json', import.meta.url));
const typesFile = fileURLToPath(new URL('../src/scenario/types.ts', import.meta.url));

function writeIfChanged(file: string, text: string): void {
  if (readFileSync(file, 'utf8') === text) return;
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}

const schema = withCompleteDefinition(JSON.parse(readFileSync(schemaFile, 'utf8')) as JsonSchema);
writeIfChanged(schemaFile, `${JSON.stringify(schema, null, 2)}\n`);
writeIfChanged(typesFile, scenarioTypesSource(schema));
