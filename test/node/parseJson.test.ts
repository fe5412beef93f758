import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonErrorOffset } from '../../src/node/jsonErrorOffset.js';
import { parseJson } from '../../src/node/parseJson.js';

describe('parseJson(text)', () => {
  it('returns the value of valid JSON, ignoring a byte-order mark', () => {
    expect(parseJson('\uFEFF{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('names the line and column of a trailing comma', () => {
    expect(parseJson('{\n  "a": 1,\n}\n')).toMatchObject({ ok: false, line: 3, column: 1 });
  });

  it('names the line and column of an unexpected token, which V8 reports without a position', () => {
    const result = parseJson('{\n  "name": "x",\n  "years": ten\n}');
    expect(result).toMatchObject({ ok: false, line: 3, column: 13 });
    if (!result.ok) expect(result.reason).toBe("Unexpected token 'e'");
  });

  it('points past the end of a file that stops early', () => {
    expect(parseJson('{\n  "a": [1,')).toMatchObject({ ok: false, line: 2, column: 11, reason: 'Unexpected end of JSON input' });
  });
});

describe('jsonErrorOffset(text)', () => {
  it('finds the first offending character', () => {
    expect(jsonErrorOffset('[1, 2,, 3]')).toBe(6);
    expect(jsonErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonErrorOffset('"tab\there"')).toBe(4);
    expect(jsonErrorOffset('01')).toBe(1);
    expect(jsonErrorOffset('{} x')).toBe(3);
  });

  it('accepts exactly what JSON.parse accepts', () => {
    const accepts = (text: string): boolean => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const mutated = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', ' ', '-', '.', 'e', '\\', '0'))
      .map(([text, at, insert]) => text.slice(0, at % (text.length + 1)) + insert + text.slice(at % (text.length + 1)));
    fc.assert(fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
      expect(jsonErrorOffset(text) === undefined).toBe(accepts(text));
    }), { numRuns: 2000 });
  });
});
