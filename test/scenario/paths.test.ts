import { describe, it, expect } from 'vitest';
import { applyParameterPath, formatPath, isParameterLeaf, isParameterPath, listParameterPaths } from '../../src/scenario/paths.js';
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
    expect(() => applyParameterPath({ agency: 5 }, 'agency.premium', 1)).toThrow('agency is not an object');
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
