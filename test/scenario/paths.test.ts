import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { MAX_PATH_PARTS, PathError, applyParameterPath, formatPath, getPath, isParameterLeaf, isParameterPath, listParameterPaths, pathParts, setPath } from '../../src/scenario/paths.js';
import { renderValue } from '../../src/scenario/render.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { defaultDoc, valueAt } from './files.js';

describe('listParameterPaths', () => {
  const paths = listParameterPaths();

  it('lists every leaf parameter once, in schema order, with its schema', () => {
    const names = paths.map((p) => p.path);
    expect(names).toEqual([...new Set(names)]);
    expect(names[0]).toBe('run.seed');
    expect(names).toContain('agency.payCap.enabled');
    expect(names).toContain('pathway.durations.childInNeed');
    expect(names).toContain('recruitment.timeToHireWeeks.min');
    expect(paths.find((p) => p.path === 'overtime.policy')?.schema.enum).toEqual(['none', 'paid', 'unpaid']);
  });

  it('leaves out document fields and groups', () => {
    const names = paths.map((p) => p.path);
    for (const field of ['name', 'description', 'notes', 'sources', 'extends', '$schema', 'interventions', 'agency', 'agency.payCap']) expect(names).not.toContain(field);
  });

  it('reads any schema given to it', () => {
    const schema = { type: 'object', properties: { name: { type: 'string' }, a: { type: 'object', properties: { b: { type: 'number' } } } } };
    expect(listParameterPaths(schema)).toEqual([{ path: 'a.b', schema: { type: 'number' } }]);
    expect(listParameterPaths(scenarioSchema)).toEqual(paths);
  });
});

describe('applyParameterPath', () => {
  it('returns a new scenario with one value changed, copying only the objects on the path', () => {
    const doc = defaultDoc();
    const next = applyParameterPath(doc, 'agency.payCap.enabled', true);
    expect(valueAt(next, 'agency.payCap.enabled')).toBe(true);
    expect(valueAt(doc, 'agency.payCap.enabled')).toBe(false);
    expect(next).not.toBe(doc);
    expect(next.agency).not.toBe(doc.agency);
    expect(next.run).toBe(doc.run);
  });

  it('creates missing groups on the path (for partial documents)', () => {
    expect(applyParameterPath({ name: 'x' }, 'agency.payCap.premium', 0.2)).toEqual({ name: 'x', agency: { payCap: { premium: 0.2 } } });
  });

  it('refuses unknown paths and paths through non-objects', () => {
    expect(() => applyParameterPath({}, 'agency.bogus', 1)).toThrow('unknown parameter path: "agency.bogus"');
    expect(() => applyParameterPath({}, '__proto__.polluted', 1)).toThrow('unknown parameter path');
    expect(() => applyParameterPath({ agency: 5 }, 'agency.premium', 1)).toThrow('cannot set "agency.premium": "agency" is a number, not an object');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('isParameterLeaf / isParameterPath', () => {
  it('tell leaves, groups and other names apart', () => {
    expect(isParameterLeaf('agency.premium')).toBe(true);
    expect(isParameterLeaf('agency.payCap')).toBe(false);
    expect(isParameterPath('agency.payCap')).toBe(true);
    expect(isParameterPath('constructor')).toBe(false);
    expect(isParameterPath('__proto__')).toBe(false);
  });
});

describe('formatPath', () => {
  it('writes keys with dots, indices in brackets and other keys quoted', () => {
    expect(formatPath(['pathway', 'durations', 'childInNeed', 2, 'share'])).toBe('pathway.durations.childInNeed[2].share');
    expect(formatPath(['interventions', 3, 'set', 'agency.premium'])).toBe('interventions[3].set["agency.premium"]');
    expect(formatPath([])).toBe('');
    expect(formatPath(['constructor'], 'interventions[0].set')).toBe('interventions[0].set.constructor');
    expect(formatPath(['a b'])).toBe('["a b"]');
  });
});

describe('renderValue', () => {
  it('renders JSON-like text, cut to the budget, safe on cycles and NaN', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(renderValue(cyclic)).toBe('{"a":1,"self":(circular)}');
    expect(renderValue(NaN)).toBe('NaN');
    expect(renderValue(undefined)).toBe('undefined');
    expect(renderValue('x'.repeat(10_000)).length).toBe(60);
    expect(renderValue(new Array(1_000_000).fill(1)).length).toBe(60);
  });
});

describe('setPath / getPath (the one dotted-path implementation)', () => {
  const part = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,5}$/);
  const path = fc.array(part, { minLength: 1, maxLength: MAX_PATH_PARTS }).map((parts) => parts.join('.'));
  const doc = fc.dictionary(part, fc.oneof(fc.integer(), fc.dictionary(part, fc.oneof(fc.integer(), fc.string())))) as fc.Arbitrary<Record<string, unknown>>;

  it('setPath then getPath gives the value back, and the document given is left as it was', () => {
    fc.assert(fc.property(doc, path, fc.jsonValue(), (d, p, value) => {
      const before = JSON.stringify(d);
      let next: Record<string, unknown>;
      try {
        next = setPath(d, p, value);
      } catch (error) {
        // Only a non-object on the way can stop a well-formed path.
        expect(error).toBeInstanceOf(PathError);
        expect((error as Error).message).toMatch(/is (a number|a string), not an object$/);
        return;
      }
      expect(getPath(next, p)).toBe(value);
      expect(JSON.stringify(d)).toBe(before);
    }));
  });

  it('any text as a path: a PathError or a value, never another error and never a polluted prototype', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.array(fc.constantFrom('a', '__proto__', 'constructor', 'prototype', '', 'x.y')).map((a) => a.join('.'))), (p) => {
      for (const act of [() => setPath({}, p, 1), () => getPath({ a: { b: 1 } }, p)]) {
        try {
          act();
        } catch (error) {
          expect(error).toBeInstanceOf(PathError);
          expect((error as Error).message).not.toContain('\n');
        }
      }
      expect(Object.prototype).not.toHaveProperty('polluted');
    }));
  });

  it('refuses a 20,000-part path in one line naming it, cut short, without recursion', () => {
    const deep = Array.from({ length: 20_000 }, () => 'a').join('.');
    expect(() => setPath({}, deep, 1)).toThrow(/^path "a\.a\.a.{80,}…" has more than 8 parts; at most 8 are allowed$/);
    expect(() => getPath({}, deep)).toThrow(PathError);
    expect(pathParts('a.b.c.d.e.f.g.h')).toHaveLength(8);
    expect(() => pathParts('a.b.c.d.e.f.g.h.i')).toThrow('has more than 8 parts');
  });

  it('refuses __proto__, constructor and prototype anywhere in a path, and empty parts', () => {
    expect(() => setPath({}, '__proto__.polluted', 1)).toThrow('path "__proto__.polluted" names "__proto__", which is never a parameter');
    expect(() => setPath({}, 'a.constructor.prototype', 1)).toThrow('names "constructor"');
    expect(() => getPath({}, 'prototype')).toThrow('names "prototype"');
    expect(() => setPath({}, 'a..b', 1)).toThrow('path "a..b" has an empty part');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('keeps a "__proto__" key read from JSON an inert own property when copying', () => {
    const d = JSON.parse('{"__proto__": {"polluted": 1}, "a": {"b": 1}}') as Record<string, unknown>;
    const next = setPath(d, 'a.b', 2);
    expect(Object.getOwnPropertyNames(next)).toEqual(['__proto__', 'a']);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(getPath(next, 'a.b')).toBe(2);
  });
});
