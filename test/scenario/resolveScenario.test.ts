import { describe, it, expect } from 'vitest';
import { mergeScenarios, resolveScenario, type ScenarioLoader } from '../../src/scenario/resolve.js';
import { defaultDoc, fileLoader } from './files.js';

/** A loader over an in-memory set of documents, named by their id. */
function memoryLoader(docs: Record<string, unknown>): ScenarioLoader {
  return (ref) => {
    if (!Object.prototype.hasOwnProperty.call(docs, ref)) throw new Error(`ENOENT: no such file ${ref}`);
    return { doc: structuredClone(docs[ref]), id: ref };
  };
}

describe('resolveScenario', () => {
  it('resolves a preset name through the loader', () => {
    const result = resolveScenario({ extends: 'default', name: 'By name' }, fileLoader);
    expect(result.errors).toEqual([]);
    expect(result.scenario?.name).toBe('By name');
  });

  it('merges a chain: the child wins field by field, lists are replaced whole, $schema and extends are dropped', () => {
    const base = defaultDoc();
    const middle = { $schema: 'x', extends: 'base', name: 'Middle', agency: { payCap: { enabled: true } }, pathway: { durations: { assessment: [{ upToWeeks: 9, share: 1 }] } } };
    const child = { extends: 'middle', name: 'Child', description: 'the child', agency: { payCap: { premium: 0.2 } }, sources: { 'agency.payCap.premium': 'assumption: test' } };
    const result = resolveScenario(child, memoryLoader({ base, middle }));
    expect(result.errors).toEqual([]);
    const s = result.scenario!;
    expect(s.name).toBe('Child');
    expect(s.description).toBe('the child');
    expect(s.agency.payCap).toEqual({ enabled: true, premium: 0.2, supplyFactor: (base.agency as { payCap: { supplyFactor: number } }).payCap.supplyFactor });
    expect(s.pathway.durations.assessment).toEqual([{ upToWeeks: 9, share: 1 }]);
    expect(Object.keys(s)).not.toContain('$schema');
    expect(Object.keys(s)).not.toContain('extends');
    const sources = (s as unknown as { sources: Record<string, string> }).sources;
    expect(sources['agency.payCap.premium']).toBe('assumption: test');
    expect(sources['agency.premium']).toMatch(/Kantar/);
  });

  it('validates the merged document, with paths as in the merged document', () => {
    const result = resolveScenario({ extends: 'default.json', name: 'x', agency: { premium: -1 } }, fileLoader);
    expect(result.scenario).toBeUndefined();
    expect(result.errors).toEqual([expect.objectContaining({ path: 'agency.premium', expected: 'a number between 0 and 5', actual: '-1' })]);
  });

  it('reports a missing extends file on the path extends, with the loader message', () => {
    const result = resolveScenario({ extends: 'missing.json', name: 'x' }, memoryLoader({}), 'child.json');
    expect(result.scenario).toBeUndefined();
    expect(result.errors).toEqual([
      {
        path: 'extends',
        expected: 'a scenario file or preset that can be loaded in child.json (ENOENT: no such file missing.json)',
        actual: '"missing.json"',
        message: 'extends: expected a scenario file or preset that can be loaded in child.json (ENOENT: no such file missing.json), found "missing.json"',
      },
    ]);
  });

  it('reports a missing file further up the chain, naming the file that asked for it', () => {
    const result = resolveScenario({ extends: 'a' }, memoryLoader({ a: { extends: 'gone' } }));
    expect(result.errors).toEqual([expect.objectContaining({ path: 'extends', expected: 'a scenario file or preset that can be loaded in a (ENOENT: no such file gone)', actual: '"gone"' })]);
  });

  it('reports a cycle of extends on the path extends, showing the cycle', () => {
    const docs = { a: { extends: 'b' }, b: { extends: 'c' }, c: { extends: 'a' } };
    const result = resolveScenario({ extends: 'b' }, memoryLoader(docs), 'a');
    expect(result.errors).toEqual([expect.objectContaining({ path: 'extends', expected: 'a chain of extends without a cycle', actual: '"a" in c, a cycle: a → b → c → a' })]);
    const self = resolveScenario({ extends: 'a' }, memoryLoader({ a: { extends: 'a' } }));
    expect(self.errors).toEqual([expect.objectContaining({ path: 'extends', actual: '"a" in a, a cycle: a → a' })]);
  });

  it('stops a chain that never ends even when every id is new', () => {
    let n = 0;
    const endless: ScenarioLoader = () => ({ doc: { extends: 'next' }, id: `doc${n++}` });
    const result = resolveScenario({ extends: 'next' }, endless);
    expect(result.errors).toEqual([expect.objectContaining({ path: 'extends', expected: 'a chain of at most 32 scenarios' })]);
  });

  it('turns any loader failure or bad answer into an error, never a throw', () => {
    const throwsString: ScenarioLoader = () => {
      throw 'boom';
    };
    expect(resolveScenario({ extends: 'x' }, throwsString).errors[0]).toMatchObject({ path: 'extends', expected: 'a scenario file or preset that can be loaded (boom)' });
    const noId = (() => ({ doc: {} })) as unknown as ScenarioLoader;
    expect(resolveScenario({ extends: 'x' }, noId).errors[0]).toMatchObject({ path: 'extends', expected: 'a scenario file or preset that can be loaded (the loader returned no { doc, id })' });
    const notObject: ScenarioLoader = () => ({ doc: [1, 2], id: 'list.json' });
    expect(resolveScenario({ extends: 'x' }, notObject).errors[0]).toMatchObject({ path: 'extends', expected: 'a scenario object in list.json', actual: '[1,2]' });
    expect(resolveScenario({ extends: 42 }, fileLoader).errors[0]).toMatchObject({ path: 'extends', expected: 'a path to a scenario file or a preset name', actual: '42' });
  });

  it('reports a document that is not an object as a root error', () => {
    expect(resolveScenario([], fileLoader).errors[0]).toMatchObject({ path: '', expected: 'a scenario object', actual: '[]' });
  });

  it('keeps "__proto__" keys from JSON as plain fields: reported as unknown, polluting nothing', () => {
    const child = JSON.parse('{"extends": "default.json", "name": "x", "__proto__": {"polluted": 1}, "agency": {"__proto__": {"polluted": 2}}}') as unknown;
    const result = resolveScenario(child, fileLoader);
    expect(result.errors.map((e) => e.path)).toEqual(['agency.__proto__', '__proto__']);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('mergeScenarios', () => {
  it('returns new objects and leaves both inputs unchanged', () => {
    const parent = { a: { b: 1, c: [1, 2] }, d: 1 };
    const child = { a: { c: [3] }, e: 2 };
    const merged = mergeScenarios(parent, child);
    expect(merged).toEqual({ a: { b: 1, c: [3] }, d: 1, e: 2 });
    expect(parent).toEqual({ a: { b: 1, c: [1, 2] }, d: 1 });
    expect(child).toEqual({ a: { c: [3] }, e: 2 });
  });

  it('replaces rather than walks nesting deeper than any scenario', () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    expect(() => mergeScenarios(deep, deep)).not.toThrow();
  });
});
