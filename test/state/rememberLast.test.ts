import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rememberLast } from '../../src/state/rememberLast.js';

describe('rememberLast(fn, slots)', () => {
  it('answers every call as fn does, whatever the order and repetition of the arguments', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(0, 0.1, 0.5, 1, 52), fc.double({ noNaN: false })), { maxLength: 200 }), fc.integer({ min: 1, max: 6 }), (xs, slots) => {
        const fn = (x: number): number => 1 - Math.pow(1 - x, 1 / 52);
        const kept = rememberLast(fn, slots);
        for (const x of xs) expect(Object.is(kept(x), fn(x))).toBe(true);
      }),
    );
  });

  it('calls fn once per argument while no more arguments are in use than it has slots, and again once one is pushed out', () => {
    let calls = 0;
    const kept = rememberLast((x) => (calls++, x * 2), 2);
    for (let k = 0; k < 5; k++) expect(kept(0.3) + kept(0.7)).toBe(2);
    expect(calls).toBe(2);
    kept(0.9); // takes the oldest slot (0.3)
    kept(0.7);
    expect(calls).toBe(3);
    kept(0.3);
    expect(calls).toBe(4);
  });
});
