/**
 * The validators generated ahead of time (scripts/validators.ts): each committed module is exactly
 * what its schema generates today, imports nothing, and accepts and rejects exactly what Ajv compiled
 * at run time from the same schema does, with the same errors. No source module compiles a schema.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type Options, type ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { validate as sweepValidator } from '../../src/batch/sweepValidator.generated.js';
import { validate as scenarioValidator } from '../../src/scenario/scenarioValidator.generated.js';
import { validate as storyValidator } from '../../src/ui/trainer/storyValidator.generated.js';
import { generateValidator, repoPath, VALIDATORS } from '../../scripts/validators.js';
import { defaultDoc } from './files.js';

const GENERATED: Record<string, unknown> = {
  'src/scenario/scenario.schema.json': scenarioValidator,
  'src/batch/sweep.schema.json': sweepValidator,
  'scenarios/stories/story.schema.json': storyValidator,
};

function compiledAtRunTime(schema: string, options: Options): ValidateFunction {
  return new Ajv(options).compile(JSON.parse(readFileSync(repoPath(schema), 'utf8')) as object);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Values that break a document in many ways: wrong kinds, out of range, astral characters counted by minLength/maxLength. */
const anyValue = fc.oneof(
  fc.constantFrom<unknown>(null, true, '', '😀', '😀'.repeat(201), 'x'.repeat(201), [], {}, -1, 0, 0.5, 1.5, 1e9, 'grid', 'latinHypercube'),
  fc.string({ maxLength: 8 }),
  fc.double({ noNaN: true }),
  fc.integer(),
);

/** A mutation of `doc`: one field, anywhere in it, replaced or removed, or an unknown field added. */
function mutated(doc: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const visit = (node: unknown, path: (string | number)[]): void => {
    paths.push(path);
    if (Array.isArray(node)) node.forEach((v, i) => visit(v, [...path, i]));
    else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) visit(v, [...path, k]);
  };
  visit(doc, []);
  return fc.tuple(fc.constantFrom(...paths), anyValue, fc.constantFrom('replace', 'remove', 'add')).map(([path, value, how]) => {
    const copy = structuredClone(doc) as Record<string | number, unknown>;
    if (path.length === 0) return how === 'replace' ? value : copy;
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (how === 'replace') parent[last] = value;
    else if (how === 'remove') delete parent[last];
    else if (typeof parent[last] === 'object' && parent[last] !== null) (parent[last] as Record<string, unknown>).x_unknown = value;
    return copy;
  });
}

const SAMPLES: Record<string, unknown> = {
  'src/scenario/scenario.schema.json': defaultDoc(),
  'src/batch/sweep.schema.json': JSON.parse(readFileSync(repoPath('scenarios/sweeps/agency-and-caseload.json'), 'utf8')),
  'scenarios/stories/story.schema.json': JSON.parse(readFileSync(repoPath('scenarios/stories/spiral.json'), 'utf8')),
};

describe('generated validators', () => {
  for (const spec of VALIDATORS) {
    describe(spec.module, () => {
      it('is what its schema generates now (if not, run `npm run build:validators`)', async () => {
        const committed = readFileSync(repoPath(spec.module), 'utf8');
        expect(committed === (await generateValidator(spec)), `${spec.module} is stale: run \`npm run build:validators\``).toBe(true);
      }, 30_000);

      it('imports and requires nothing', () => {
        const text = readFileSync(repoPath(spec.module), 'utf8');
        expect(text).not.toMatch(/^\s*import\s/m);
        expect(text).not.toMatch(/\brequire\(/);
      });

      it('gives the same verdict and errors as Ajv compiling the schema at run time', () => {
        const generated = GENERATED[spec.schema] as ValidateFunction;
        const reference = compiledAtRunTime(spec.schema, spec.options);
        fc.assert(
          fc.property(mutated(SAMPLES[spec.schema]), (doc) => {
            const verdict = generated(doc);
            expect(verdict).toBe(reference(doc));
            // verbose errors hold schema nodes: compare them as values, not as objects.
            expect(JSON.parse(JSON.stringify(generated.errors ?? null))).toEqual(JSON.parse(JSON.stringify(reference.errors ?? null)));
          }),
          { numRuns: 300 },
        );
      });
    });
  }

  it('accepts every sample document', () => {
    for (const spec of VALIDATORS) expect((GENERATED[spec.schema] as ValidateFunction)(SAMPLES[spec.schema]), spec.schema).toBe(true);
  });

  it('are the only validators: no source module imports Ajv except for its types', () => {
    const offenders = sourceFiles(repoPath('src')).filter((file) => /^import\s+(?!type\b)[^;]*from\s+'ajv(\/[^']*)?'/m.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
