import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listParameterPaths } from '../../src/scenario/paths.js';
import { scenarioSchema, type JsonSchema } from '../../src/scenario/schema.js';
import { FILE_METADATA, completeDefinition, scenarioTypesSource } from '../../src/scenario/shape.js';
import { validateScenario } from '../../src/scenario/validate.js';

const committedTypes = readFileSync(new URL('../../src/scenario/types.ts', import.meta.url), 'utf8');
const defaultScenario = JSON.parse(readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const definitions = scenarioSchema.definitions as Record<string, JsonSchema>;

/** A copy of `doc` without the value at the dotted `path`. */
function without(doc: Record<string, unknown>, path: string): Record<string, unknown> {
  const copy = structuredClone(doc);
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  delete node[keys.at(-1)!];
  return copy;
}

describe('the scenario shape, derived from the schema', () => {
  it('src/scenario/types.ts is what the schema generates (run `npm run scenario:shape` after editing the schema)', () => {
    expect(committedTypes).toBe(scenarioTypesSource(scenarioSchema));
  });

  it("the schema's completeness rule is what its properties derive (run `npm run scenario:shape` after editing the schema)", () => {
    expect(definitions.complete).toEqual(completeDefinition(scenarioSchema));
  });

  it('a complete scenario that leaves out any one parameter is refused, naming it', () => {
    expect(validateScenario(defaultScenario)).toEqual([]);
    for (const { path } of listParameterPaths()) expect(validateScenario(without(defaultScenario, path)).map((e) => e.path), path).toContain(path);
  });

  it('a complete scenario may leave out what describes the file', () => {
    for (const key of FILE_METADATA) expect(validateScenario(without(defaultScenario, key)), key).toEqual([]);
  });

  it('a parameter added to the schema is required and typed with no other edit', () => {
    const schema = structuredClone(scenarioSchema);
    schema.properties!.demand.properties!.extraWeeklyContacts = { type: 'number', minimum: 0, maximum: 10, description: 'x' };
    schema.properties!.agency.properties!.payCap.properties!.cappedRegion = { type: 'string', enum: ['north', 'south'], description: 'x' };
    const complete = completeDefinition(schema);
    expect(complete.properties!.demand.required).toContain('extraWeeklyContacts');
    expect((complete.properties!.agency.properties!.payCap as JsonSchema).required).toContain('cappedRegion');
    const types = scenarioTypesSource(schema);
    expect(types).toMatch(/export interface DemandParams \{[^}]*\n {2}extraWeeklyContacts: number;\n\}/);
    expect(types).toContain("cappedRegion: 'north' | 'south';");
  });
});
