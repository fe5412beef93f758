/**
 * Hostile input: validateScenario must never throw, must find at least one error in every broken
 * document, and every error must say where, what was expected and what was found. Documents are
 * mutations of default.json written out as JSON text and parsed back, so "__proto__" keys arrive the
 * way JSON.parse delivers them (as own fields), as they would from a file or a browser upload.
 */
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { listParameterPaths } from '../../src/scenario/paths.js';
import { resolveScenario } from '../../src/scenario/resolve.js';
import type { ScenarioError } from '../../src/scenario/types.js';
import { validateScenario } from '../../src/scenario/validate.js';
import { defaultDoc, fileLoader, setAt, valueAt } from './files.js';

const DEFAULT_TEXT = JSON.stringify(defaultDoc());
const LEAVES = listParameterPaths().map((p) => p.path.split('.'));
const GROUPS = [...new Set(LEAVES.flatMap((segs) => segs.slice(0, -1).map((_, i) => segs.slice(0, i + 1).join('.'))))].map((p) => p.split('.'));
/** Stands for a dangerous key until the document is written out; replaced in the JSON text. */
const KEY_TOKEN = '__hostile_key__';
const DEEP_OBJECT = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
const DEEP_ARRAY = `${'['.repeat(5000)}${']'.repeat(5000)}`;

/** Values no parameter accepts (every numeric maximum is far below 1e308; no parameter is an object). */
const alwaysInvalid = fc.constantFrom<unknown>(1e308, -1e308, { [KEY_TOKEN]: { polluted: 'yes' } }, [[[]]], { a: { b: { c: {} } } });
/** Values of the wrong kind for most parameters; used only where the schema rejects them. */
const hostileValue = fc.oneof(
  alwaysInvalid,
  fc.constantFrom<unknown>('NaN', 'Infinity', '-Infinity', '1e308', '', 'true', null, true, false, 0.5, -1, 1.5, 2 ** 53, 'x'.repeat(100_000), '__proto__'),
  fc.string({ maxLength: 20 }),
  fc.double(),
  fc.integer(),
);

type Mutation = (doc: Record<string, unknown>) => void;

const hostileKey = fc.constantFrom(KEY_TOKEN, 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'x_unknown');

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // A parameter replaced by a hostile value (the value at the path must change to something invalid).
  fc.tuple(fc.constantFrom(...LEAVES), hostileValue).map(([path, value]): Mutation => (doc) => {
    const valid = validateScenario(setCopy(JSON.parse(DEFAULT_TEXT) as Record<string, unknown>, path, value)).length === 0;
    trySet(doc, path, valid ? 1e308 : value);
  }),
  // A required parameter or group removed.
  fc.constantFrom(...LEAVES, ...GROUPS).map((path): Mutation => (doc) => trySet(doc, path, undefined)),
  // A group replaced by a list, a scalar or deep nesting.
  fc.tuple(fc.constantFrom(...GROUPS), fc.constantFrom<unknown>([], [1, 2], 'group', 0, null, 'DEEP_OBJECT', 'DEEP_ARRAY')).map(([path, value]): Mutation => (doc) => trySet(doc, path, value)),
  // A dangerous or unknown key added to the root or a group.
  fc.tuple(fc.constantFrom([], ...GROUPS), hostileKey, hostileValue).map(([path, key, value]): Mutation => (doc) => trySet(doc, [...path, key], value)),
  // A share group or a list of bins that no longer adds up to 1.
  fc.constantFrom('pathway.assessmentOutcomes.notInNeed', 'turnover.destinations.agency', 'pathway.durations.lookedAfter.0.share').map((p): Mutation => (doc) => {
    const path = p.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    trySet(doc, path, (valueAt(doc, p) as number) + 0.25);
  }),
  // A range turned upside down.
  fc.constantFrom('agency.assignmentWeeks', 'absence.longWeeks', 'recruitment.timeToHireWeeks').map((p): Mutation => (doc) => {
    const range = valueAt(doc, p) as { min: number; max: number } | undefined;
    if (typeof range === 'object' && range !== null && !Array.isArray(range)) range.min = range.max + 1;
  }),
  // Broken interventions.
  fc.constantFrom<unknown[]>(
    [{ week: 1, set: { [KEY_TOKEN]: 1 } }],
    [{ week: 1, set: { constructor: { polluted: 'yes' } } }],
    [{ week: 1, set: { 'agency.premium': 'NaN' } }],
    [{ week: 'NaN', leave: { count: 1 } }],
    [{ week: 1 }],
    [{ week: 1, leave: { count: 1 }, surge: { extraContactsPerWeek: 1, durationWeeks: 1 } }],
    [{ week: 1, recruitmentDrive: { hires: 1e308, leadWeeks: 1 } }],
    Array.from({ length: 1001 }, () => ({ week: 1, leave: { count: 1 } })),
    [null, 'x', []],
  ).map((list): Mutation => (doc) => trySet(doc, ['interventions'], list)),
  // Sources citing no parameter.
  hostileKey.map((key): Mutation => (doc) => trySet(doc, ['sources', key], 'DfE 2023')),
);

/** setAt where the path still leads through objects: an earlier mutation may have replaced a group. */
function trySet(doc: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  const parent = path.length === 1 ? doc : valueAt(doc, path.slice(0, -1).join('.'));
  if (typeof parent === 'object' && parent !== null) setAt(doc, path, value);
}

function setCopy(doc: Record<string, unknown>, path: readonly (string | number)[], value: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  setAt(copy, path, value);
  return copy;
}

/** Writes the mutated document as JSON text and parses it back, turning placeholders into hostile JSON. */
function throughJson(doc: unknown): unknown {
  const text = JSON.stringify(doc)
    .replaceAll(`"${KEY_TOKEN}"`, '"__proto__"')
    .replaceAll('"DEEP_OBJECT"', DEEP_OBJECT)
    .replaceAll('"DEEP_ARRAY"', DEEP_ARRAY);
  return JSON.parse(text);
}

/** `a.b[2]["x.y"]`: identifiers joined by dots, list indices and quoted keys in brackets. */
const PATH = /^(?:[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*$/;

function expectWellFormed(errors: ScenarioError[]): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    if (e.path !== '') expect(e.path).toMatch(PATH);
    expect(e.expected).toMatch(/\S/);
    expect(e.actual).toMatch(/\S/);
    expect(e.message).toBe(`${e.path === '' ? '(root)' : e.path}: expected ${e.expected}, found ${e.actual}`);
  }
}

describe('validateScenario on hostile input', () => {
  it('never throws and reports every mutation of default.json (2,000 documents)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const doc = JSON.parse(DEFAULT_TEXT) as Record<string, unknown>;
        for (const mutate of mutations) mutate(doc);
        const errors = validateScenario(throughJson(doc));
        expectWellFormed(errors);
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
        // As an override of default.json a removed field is inherited, so only the shape of errors is checked.
        const resolved = resolveScenario(throughJson({ ...doc, extends: 'default.json' }), fileLoader);
        if (resolved.scenario === undefined) expectWellFormed(resolved.errors);
        else expect(resolved.errors).toEqual([]);
      }),
      { numRuns: 2000, seed: 20240601 },
    );
  });

  it('never throws on any JSON value at all', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const errors = validateScenario(value);
        expectWellFormed(errors);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('copes with objects no JSON file can hold: cycles, throwing getters, proxies, NaN, sparse and huge lists', () => {
    const fresh = () => JSON.parse(DEFAULT_TEXT) as Record<string, unknown>;
    const cyclic = fresh();
    setAt(cyclic, ['agency', 'payCap'], cyclic.agency);
    setAt(cyclic, ['interventions'], [{ week: 1, set: { 'agency.premium': cyclic } }]);
    const getter = fresh();
    Object.defineProperty(getter, 'run', { enumerable: true, get: () => { throw new Error('no'); } });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); }, get: () => { throw new Error('no get'); } });
    const nan = fresh();
    setAt(nan, ['agency', 'premium'], NaN);
    setAt(nan, ['demand', 'contactsPerWeek'], Infinity);
    const sparse = fresh();
    setAt(sparse, ['pathway', 'durations', 'assessment'], new Array(40));
    const huge = fresh();
    setAt(huge, ['pathway', 'durations', 'childInNeed'], new Array(100_000).fill({ upToWeeks: 1, share: 0 }));
    setAt(huge, ['name'], 'n'.repeat(1_000_000));
    for (const doc of [cyclic, getter, proxy, nan, sparse, huge, 1n, Symbol('s'), () => 1, undefined]) {
      expectWellFormed(validateScenario(doc));
      expectWellFormed(resolveScenario(doc, fileLoader).errors);
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
