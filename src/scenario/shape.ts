/**
 * The scenario's shape is written once, in scenario.schema.json's `properties`. Two things are derived
 * from it by `npm run scenario:shape` (scripts/gen-scenario-shape.ts, which then regenerates the
 * validators), and a test fails if either is stale: the schema's completeness rule
 * (`definitions.complete`: what a scenario without `extends` must give) and the TypeScript types in
 * src/scenario/types.ts.
 *
 * One rule serves both: an object that lists no `required` is a parameter group, and every one of its
 * properties is a parameter that a complete scenario gives; an object that lists `required` (a
 * duration bin, an intervention) means exactly that. A node's `title` names its TypeScript type; the
 * types carry no descriptions, so editing what a parameter means or where it comes from never touches
 * the generated file.
 */
import type { JsonSchema } from './schema.js';

/** What describes the file rather than the authority, so a complete scenario may leave it out. */
export const FILE_METADATA = ['$schema', 'extends', 'description', 'notes', 'sources'] as const;

/** Dropped when a scenario is resolved (src/scenario/resolve.ts): only a scenario file has them. */
const FILE_ONLY = ['$schema', 'extends'];

const COMPLETE_DESCRIPTION = 'A scenario without "extends" is complete: every group and every parameter in it must be given.';

const isGroup = (node: JsonSchema): boolean => node.type === 'object' && node.properties !== undefined && node.required === undefined;

function completeGroup(node: JsonSchema, optional: readonly string[] = []): JsonSchema {
  const given = Object.entries(node.properties ?? {}).filter(([key]) => !optional.includes(key));
  return {
    type: 'object',
    required: given.map(([key]) => key),
    // `true` accepts any value: the main schema has already checked it.
    properties: Object.fromEntries(given.map(([key, child]) => [key, isGroup(child) ? completeGroup(child) : true])) as Record<string, JsonSchema>,
  };
}

/** `definitions.complete`: every parameter of every group required, at any depth. */
export function completeDefinition(schema: JsonSchema): JsonSchema {
  return { ...completeGroup(schema, FILE_METADATA), description: COMPLETE_DESCRIPTION };
}

/** The schema with its completeness rule derived from its properties. */
export function withCompleteDefinition(schema: JsonSchema): JsonSchema {
  return { ...schema, definitions: { ...(schema.definitions as Record<string, JsonSchema>), complete: completeDefinition(schema) } };
}

interface Emitter {
  /** Named types in the order first met: title → declaration. */
  named: Map<string, string>;
}

const KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const keyOf = (key: string): string => (KEY.test(key) ? key : `'${key}'`);

function typeOf(node: JsonSchema, e: Emitter, indent: string, nested: boolean): string {
  const title = nested && typeof node.title === 'string' ? node.title : undefined;
  if (title !== undefined) {
    if (!e.named.has(title)) {
      e.named.set(title, '');
      const body = typeOf(node, e, '', false);
      const isObject = body.startsWith('{');
      e.named.set(title, isObject ? `export interface ${title} ${body}\n` : `export type ${title} = ${body};\n`);
    }
    return title;
  }
  if (node.enum) return node.enum.map((value) => JSON.stringify(value).replace(/^"(.*)"$/, "'$1'")).join(' | ');
  switch (node.type) {
    case 'number':
    case 'integer':
      return 'number';
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'array':
      return `${node.items ? typeOf(node.items, e, indent, true) : 'unknown'}[]`;
    case 'object':
      if (node.properties) return objectType(node, e, indent, []);
      return `Record<string, ${typeof node.additionalProperties === 'object' ? typeOf(node.additionalProperties, e, indent, true) : 'unknown'}>`;
    default:
      return 'unknown';
  }
}

function objectType(node: JsonSchema, e: Emitter, indent: string, optional: readonly string[]): string {
  const inner = `${indent}  `;
  const lines = Object.entries(node.properties ?? {}).map(([key, child]) => {
    const isOptional = optional.includes(key) || (node.required !== undefined && !node.required.includes(key));
    return `${inner}${keyOf(key)}${isOptional ? '?' : ''}: ${typeOf(child, e, inner, true)};\n`;
  });
  // A keyed map with some names given (workforce.establishment: posts by team name).
  if (typeof node.additionalProperties === 'object') lines.push(`${inner}[name: string]: ${typeOf(node.additionalProperties, e, inner, true)};\n`);
  return `{\n${lines.join('')}${indent}}`;
}

/** The text of src/scenario/types.ts. */
export function scenarioTypesSource(schema: JsonSchema): string {
  const e: Emitter = { named: new Map() };
  const resolved: JsonSchema = { ...schema, properties: Object.fromEntries(Object.entries(schema.properties ?? {}).filter(([key]) => !FILE_ONLY.includes(key))) };
  const scenario = objectType(resolved, e, '', FILE_METADATA);
  const fileOnly = FILE_ONLY.map((key) => `  ${keyOf(key)}?: ${typeOf(schema.properties?.[key] ?? {}, e, '  ', true)};\n`).join('');
  return `/**
 * GENERATED from src/scenario/scenario.schema.json by \`npm run scenario:shape\` (src/scenario/shape.ts):
 * edit the schema, not this file. A test fails if this file is stale.
 *
 * The resolved scenario: every parameter the engine reads, after \`extends\` and overrides. Names,
 * units, ranges, meanings and sources are documented in the schema only.
 */

${[...e.named.values()].join('\n')}
export interface Scenario ${scenario}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends (infer U)[] ? U[] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** A scenario file as written: with \`extends\` it lists only what it changes; \`$schema\` and \`extends\` are dropped on resolving. */
export type ScenarioDocument = DeepPartial<Scenario> & {
${fileOnly}};

/** Not part of the shape, but every scenario type is imported from here. */
export type { ScenarioError } from './scenarioError.js';
`;
}
