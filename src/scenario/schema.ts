/**
 * The scenario JSON Schema (scenario.schema.json, draft-07) as a typed value, and its reading in plain
 * words for error messages ("a number between 0 and 1"). The JSON file is the single source of
 * parameter names, ranges, units and sources; nothing here restates them.
 */
import schemaJson from './scenario.schema.json' with { type: 'json' };

export interface JsonSchema {
  /** One type name, or several ("type": ["number", "string"]). */
  type?: string | readonly string[];
  description?: string;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  maxProperties?: number;
  required?: readonly string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  [keyword: string]: unknown;
}

export const scenarioSchema: JsonSchema = schemaJson as JsonSchema;

export function hasOwn(obj: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema of a child: a named property, any other property of a map, or an item of a list. */
export function childSchema(schema: JsonSchema | undefined, key: string | number): JsonSchema | undefined {
  if (!schema) return undefined;
  if (typeof key === 'number') return schema.items;
  if (schema.properties && hasOwn(schema.properties, key)) return schema.properties[key];
  return isPlainObject(schema.additionalProperties) ? (schema.additionalProperties as JsonSchema) : undefined;
}

export function schemaAt(segments: readonly (string | number)[], root: JsonSchema = scenarioSchema): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const segment of segments) node = childSchema(node, segment);
  return node;
}

function bounds(s: JsonSchema): string {
  if (s.minimum !== undefined && s.maximum !== undefined) return ` between ${s.minimum} and ${s.maximum}`;
  const parts: string[] = [];
  if (s.minimum !== undefined) parts.push(`at least ${s.minimum}`);
  if (s.exclusiveMinimum !== undefined) parts.push(`greater than ${s.exclusiveMinimum}`);
  if (s.maximum !== undefined) parts.push(`at most ${s.maximum}`);
  if (s.exclusiveMaximum !== undefined) parts.push(`less than ${s.exclusiveMaximum}`);
  return parts.length > 0 ? ` ${parts.join(' and ')}` : '';
}

function count(min: number | undefined, max: number | undefined, noun: string): string {
  if (min !== undefined && min > 0 && max !== undefined) return `${min} to ${max} ${noun}`;
  if (max !== undefined) return `at most ${max} ${noun}`;
  if (min !== undefined && min > 0) return `at least ${min} ${noun}`;
  return noun;
}

function fieldList(properties: Record<string, JsonSchema>): string {
  const keys = Object.keys(properties);
  return keys.length <= 8 ? keys.join(', ') : `${keys.slice(0, 8).join(', ')}, … (${keys.length} in all)`;
}

/** What a value must be to satisfy a schema node, in words a planner reads. */
export function describeExpected(s: JsonSchema | undefined, root: JsonSchema = scenarioSchema): string {
  if (!s) return 'nothing here';
  if (s === root) return root === scenarioSchema ? 'a scenario object' : `a ${String(root.title ?? 'JSON').toLowerCase()} object`;
  if (s.enum) return `one of: ${s.enum.map(String).join(', ')}`;
  switch (s.type) {
    case 'boolean':
      return 'true or false';
    case 'integer':
      return `a whole number${bounds(s)}`;
    case 'number':
      return `a number${bounds(s)}`;
    case 'string':
      return s.minLength || s.maxLength !== undefined ? `text of ${count(s.minLength, s.maxLength, 'characters')}` : 'text';
    case 'array': {
      const fields = s.items?.properties ? `{${Object.keys(s.items.properties).join(', ')}} items` : 'items';
      return `a list of ${count(s.minItems, s.maxItems, fields)}`;
    }
    case 'object':
      if (s.properties) return `an object with fields ${fieldList(s.properties)}`;
      return `an object with ${count(s.minProperties, s.maxProperties, 'entries')}`;
    default:
      return 'a value';
  }
}
