import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NONE } from '../../src/state/codes.js';
import { addToOrder, clearOrder, createDescendingOrder, heapifyOrder, orderAt } from '../../src/state/descendingOrder.js';

describe('descending order', () => {
  it('orderAt gives the largest key first, ties to the lower id, then NONE', () => {
    const o = createDescendingOrder();
    [
      [7, 0.5],
      [3, 0.9],
      [9, 0.5],
      [1, 0.2],
    ].forEach(([id, key]) => addToOrder(o, id, key));
    heapifyOrder(o);
    expect([0, 1, 2, 3, 4].map((i) => orderAt(o, i))).toEqual([3, 7, 9, 1, NONE]);
  });

  it('orderAt read to any depth, in any order of ranks, agrees with a full sort by the same comparison (keys with ties, past 64 ids)', () => {
    const o = createDescendingOrder();
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }),
        fc.array(fc.nat({ max: 220 }), { maxLength: 30 }),
        (keys, ranks) => {
          clearOrder(o);
          const ids = keys.map((_, i) => (i * 37) % 1009);
          keys.forEach((k, i) => addToOrder(o, ids[i], k / 4));
          heapifyOrder(o);
          const expected = ids.map((id, i) => ({ id, key: keys[i] / 4 })).sort((a, b) => b.key - a.key || a.id - b.id).map((x) => x.id);
          for (const rank of ranks) expect(orderAt(o, rank)).toBe(rank < expected.length ? expected[rank] : NONE);
          expect(expected.map((_, rank) => orderAt(o, rank))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
