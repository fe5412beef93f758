import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, it, expect } from 'vitest';
import { ALLOCATION_POLICIES } from '../../src/policies/allocation/index.js';
import { OVERTIME_POLICIES } from '../../src/policies/overtime/index.js';
import { listParameterPaths } from '../../src/scenario/paths.js';
import { describeExpected, scenarioSchema, type JsonSchema } from '../../src/scenario/schema.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../src/scenario/scenario.schema.json', import.meta.url));

/** Every schema node under `properties` and `items`, with its dotted path. */
function allNodes(node: JsonSchema, path = ''): [string, JsonSchema][] {
  const out: [string, JsonSchema][] = [[path, node]];
  for (const [key, child] of Object.entries(node.properties ?? {})) out.push(...allNodes(child, path ? `${path}.${key}` : key));
  if (node.items) out.push(...allNodes(node.items, `${path}[]`));
  return out;
}

describe('scenario.schema.json', () => {
  it('is the JSON file the module imports', () => {
    expect(scenarioSchema).toEqual(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
  });

  it('compiles under Ajv strict mode', () => {
    expect(() => new Ajv({ strict: true, allErrors: true }).compile(scenarioSchema)).not.toThrow();
  });

  it('forbids unknown fields in every object that names its fields', () => {
    // A keyed map (workforce.establishment: posts by team name) allows other names explicitly: each name
    // is checked by propertyNames and each value by the additionalProperties schema.
    for (const [path, node] of allNodes(scenarioSchema)) if (node.properties && !node.propertyNames) expect(node.additionalProperties, path || '(root)').toBe(false);
  });

  it('gives every leaf a type, bounds for numbers, and a description with its unit and source', () => {
    for (const [path, node] of allNodes(scenarioSchema)) {
      if (path === '') continue;
      expect(node.type, path).toBeDefined();
      expect(node.description, path).toMatch(/\S/);
      if (node.type === 'object' || node.type === 'array' || path.split('.').length === 1) continue;
      expect(node.description, path).toMatch(/Unit: .+\. (Source|Assumption): .+/);
      if (node.type === 'number' || node.type === 'integer') {
        expect(node.minimum ?? node.exclusiveMinimum, `${path} lower bound`).toBeDefined();
        expect(node.maximum ?? node.exclusiveMaximum, `${path} upper bound`).toBeDefined();
      }
    }
  });

  it('offers exactly the policy keywords the engine implements', () => {
    const leaf = (path: string) => listParameterPaths().find((p) => p.path === path)!.schema;
    expect(leaf('overtime.policy').enum).toEqual(Object.keys(OVERTIME_POLICIES));
    expect(leaf('allocation.policy').enum).toEqual(Object.keys(ALLOCATION_POLICIES));
    expect(leaf('absence.cover').enum).toEqual(['none', 'duty']);
  });

  it('requires, in a scenario without extends, every field of every group (the completeness rule mirrors the tree)', () => {
    const complete = (scenarioSchema.definitions as Record<string, JsonSchema>).complete;
    const check = (rule: JsonSchema, node: JsonSchema, path: string) => {
      // A keyed map's names follow other fields (the structure's teams; src/scenario/structureCheck.ts).
      if (node.propertyNames) return;
      const fields = Object.keys(node.properties ?? {});
      expect(rule.required, path).toEqual(expect.arrayContaining(fields));
      for (const key of fields) if (node.properties![key].properties) check(rule.properties![key] as JsonSchema, node.properties![key], `${path}.${key}`);
    };
    const groups = { ...scenarioSchema, properties: Object.fromEntries(listParameterPaths().map((p) => p.path.split('.')[0]).map((g) => [g, scenarioSchema.properties![g]])) };
    check(complete, groups, '(root)');
    expect(complete.required).toEqual(expect.arrayContaining(['name', 'interventions']));
  });
});

describe('describeExpected', () => {
  it('reads schema nodes in plain words', () => {
    expect(describeExpected({ type: 'number', minimum: 0, maximum: 1 })).toBe('a number between 0 and 1');
    expect(describeExpected({ type: 'number', exclusiveMinimum: 0, maximum: 60 })).toBe('a number greater than 0 and at most 60');
    expect(describeExpected({ type: 'integer', minimum: 1 })).toBe('a whole number at least 1');
    expect(describeExpected({ type: 'string', enum: ['none', 'paid', 'unpaid'] })).toBe('one of: none, paid, unpaid');
    expect(describeExpected({ type: 'boolean' })).toBe('true or false');
    expect(describeExpected({ type: 'string', minLength: 1, maxLength: 200 })).toBe('text of 1 to 200 characters');
    expect(describeExpected({ type: 'array', maxItems: 50, items: { type: 'object', properties: { upToWeeks: {}, share: {} } } })).toBe('a list of at most 50 {upToWeeks, share} items');
    expect(describeExpected(scenarioSchema)).toBe('a scenario object');
  });
});
