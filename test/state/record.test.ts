import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { record } from '../../src/state/record.js';

describe('record', () => {
  it('record(fields) is a new object with the same fields, in the same order, as writable data properties', () => {
    const cases = new Float64Array(3);
    const fields = { capacity: 4, cases, name: 'x', list: [1, 2] };
    const r = record(fields);
    expect(r).not.toBe(fields);
    expect(Object.keys(r)).toEqual(['capacity', 'cases', 'name', 'list']);
    expect(r.cases).toBe(cases);
    expect(r).toEqual(fields);
    r.capacity = 8;
    expect(r.capacity).toBe(8);
    expect(fields.capacity).toBe(4);
  });

  it('record(fields) copies any plain object, however many fields', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }).filter((k) => k !== '__proto__'), fc.oneof(fc.double(), fc.string(), fc.boolean()), { maxKeys: 80 }), (fields) => {
        const r = record(fields);
        expect(Object.keys(r)).toEqual(Object.keys(fields));
        expect(r).toEqual(fields);
      }),
    );
  });
});
