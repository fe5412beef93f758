/**
 * The JSON Schema validators as generated modules (Ajv standalone code), so nothing compiles a schema
 * when Handover runs, in Node or in a browser: compiling the scenario schema took about 200 ms of
 * every `handover validate` and `handover run`. `npm run build:validators` writes them;
 * test/scenario/validators.test.ts fails when a committed module no longer matches its schema.
 *
 * Ajv's standalone output `require`s its small runtime helpers (ucs2length for minLength) even as an
 * ES module; each helper is a self-contained function, so its source is inlined instead, and the
 * modules import nothing. esbuild only lays the code out on lines, so a schema change is a readable diff.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv, type Options } from 'ajv';
import type standaloneCodeType from 'ajv/dist/standalone/index.js';
import { transform } from 'esbuild';

interface ValidatorSpec {
  schema: string;
  module: string;
  options: Options;
}

/** Each schema, the module generated from it, and the Ajv options its error reporting relies on. */
export const VALIDATORS: readonly ValidatorSpec[] = [
  // No verbose errors: src/scenario/schemaErrors.ts looks up the schema node and the data by path, which
  // keeps the modules small (the verbose ones carry a copy of every schema node an error can name).
  { schema: 'src/scenario/scenario.schema.json', module: 'src/scenario/scenarioValidator.generated.ts', options: { allErrors: true, strict: true } },
  { schema: 'src/batch/sweep.schema.json', module: 'src/batch/sweepValidator.generated.ts', options: { allErrors: true, strict: false } },
  { schema: 'scenarios/stories/story.schema.json', module: 'src/ui/trainer/storyValidator.generated.ts', options: { allErrors: true, strict: false } },
];

const ROOT = new URL('../', import.meta.url);

export function repoPath(relative: string): string {
  return fileURLToPath(new URL(relative, ROOT));
}

const RUNTIME = /require\("(ajv\/dist\/runtime\/[a-z0-9_]+)"\)\.default/g;

const require = createRequire(import.meta.url);
// A CommonJS module whose default export ES-module loaders disagree on; require() reads it one way.
const standaloneCode = (require('ajv/dist/standalone/index.js') as typeof standaloneCodeType).default;

function inlineRuntime(code: string): string {
  const helpers = new Map<string, string>();
  for (const [, specifier] of code.matchAll(RUNTIME)) {
    if (helpers.has(specifier)) continue;
    const helper = (require(specifier) as { default: unknown }).default;
    if (typeof helper !== 'function') throw new Error(`${specifier}: expected a function to inline`);
    helpers.set(specifier, `(${helper.toString()})`);
  }
  const inlined = code.replace(RUNTIME, (_, specifier: string) => helpers.get(specifier) as string);
  if (inlined.includes('require(')) throw new Error('the generated validator still requires a module');
  return inlined;
}

/** The text of one generated module. */
export async function generateValidator(spec: ValidatorSpec): Promise<string> {
  const schema = JSON.parse(readFileSync(repoPath(spec.schema), 'utf8')) as object;
  const ajv = new Ajv({ ...spec.options, code: { source: true, esm: true } });
  const code = inlineRuntime(standaloneCode(ajv, ajv.compile(schema)));
  const { code: laidOut } = await transform(code, { loader: 'js', format: 'esm', target: 'es2022', charset: 'utf8' });
  return [
    '// @ts-nocheck',
    `// Generated from ${spec.schema} by \`npm run build:validators\` (scripts/validators.ts). Do not edit.`,
    laidOut,
  ].join('\n');
}
