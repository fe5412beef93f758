import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile, locateScenario, SCENARIOS_DIR } from '../../src/node/loadScenarioFile.js';

let dir: string;
const file = (name: string, doc: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2));
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handover-load-'));
  mkdirSync(join(dir, 'sub'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('loadScenarioFile(path)', () => {
  it('loads a shipped preset and resolves its extends', () => {
    const { scenario, errors } = loadScenarioFile(join(SCENARIOS_DIR, 'high-turnover.json'));
    expect(errors).toEqual([]);
    expect(scenario?.name).toBe('High turnover and vacancy');
    expect(scenario?.workforce.initialVacancyRate).toBe(0.3);
    expect(scenario?.run.years).toBe(10);
  });

  it('resolves a preset name ("default") against the project scenarios/ folder from anywhere', () => {
    const path = file('by-name.json', { extends: 'default', name: 'By name', run: { years: 3 } });
    const { scenario, errors } = loadScenarioFile(path);
    expect(errors).toEqual([]);
    expect(scenario).toMatchObject({ name: 'By name', run: { years: 3, seed: 1 } });
  });

  it('resolves a relative extends from the directory of the file that names it', () => {
    file('base.json', { extends: 'default', name: 'Base', run: { seed: 5 } });
    const path = file('sub/child.json', { extends: '../base.json', name: 'Child' });
    const { scenario, errors } = loadScenarioFile(path);
    expect(errors).toEqual([]);
    expect(scenario).toMatchObject({ name: 'Child', run: { seed: 5 } });
  });

  it('reports a missing file on the empty path', () => {
    const { scenario, errors } = loadScenarioFile(join(dir, 'nope.json'));
    expect(scenario).toBeUndefined();
    expect(errors).toEqual([{ path: '', expected: 'a readable scenario file', actual: 'no such file or directory', message: 'cannot read the file: no such file or directory' }]);
  });

  it('reports a JSON syntax error with its line and column', () => {
    const { errors } = loadScenarioFile(file('broken.json', '{\n  "extends": "default",\n}\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: '', expected: 'valid JSON' });
    expect(errors[0].message).toMatch(/^not valid JSON at line 3, column 1: /);
  });

  it('reports invalid values with their field paths', () => {
    const { scenario, errors } = loadScenarioFile(file('invalid.json', { extends: 'default', agency: { premium: 'abc' } }));
    expect(scenario).toBeUndefined();
    expect(errors.map((e) => e.path)).toEqual(['agency.premium']);
  });

  it('reports an unknown preset and a broken parent on extends', () => {
    const unknown = loadScenarioFile(file('unknown.json', { extends: 'no-such-preset' }));
    expect(unknown.errors).toHaveLength(1);
    expect(unknown.errors[0].path).toBe('extends');
    expect(unknown.errors[0].expected).toContain('no preset named "no-such-preset"');
    file('bad-parent.json', '{ "name": }');
    const parent = loadScenarioFile(file('bad-child.json', { extends: 'bad-parent.json' }));
    expect(parent.errors[0].path).toBe('extends');
    expect(parent.errors[0].expected).toMatch(/bad-parent\.json: not valid JSON at line 1, column 11/);
  });
});

describe('locateScenario(ref, from)', () => {
  it('treats paths as relative to the naming file and bare names as presets', () => {
    expect(locateScenario('default.json', '/a/b/x.json')).toBe('/a/b/default.json');
    expect(locateScenario('../y.json', '/a/b/x.json')).toBe('/a/y.json');
    expect(locateScenario('default', '/a/b/x.json')).toBe(join(SCENARIOS_DIR, 'default.json'));
  });

  it('rejects a reference that is neither', () => {
    expect(() => locateScenario('bad name', undefined)).toThrow(/neither a path/);
  });
});
