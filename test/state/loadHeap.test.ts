import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NONE } from '../../src/state/codes.js';
import { createLoadHeap, heapInsert, heapRemove, heapTop, heapUpdate, loadKey } from '../../src/state/loadHeap.js';

const N = 12;

function fixture() {
  return { h: createLoadHeap(), pos: new Int32Array(N).fill(NONE), load: new Float64Array(N), cap: new Float64Array(N).fill(10) };
}

/** The reference: lowest load / cap among members, ties to the lower id. */
function expectedTop(members: Set<number>, load: Float64Array, cap: Float64Array): number {
  let best = NONE;
  for (const w of members) {
    if (best === NONE) best = w;
    else {
      const kw = loadKey(load, cap, w);
      const kb = loadKey(load, cap, best);
      if (kw < kb || (kw === kb && w < best)) best = w;
    }
  }
  return best;
}

describe('load heap', () => {
  it('heapTop is the worker furthest below her cap, ties to the lower id', () => {
    const { h, pos, load, cap } = fixture();
    load.set([5, 2, 2, 0]);
    cap.set([10, 4, 8, 0]);
    for (const w of [0, 1, 2, 3]) heapInsert(h, pos, load, cap, w);
    // keys: 0.5, 0.5, 0.25, Infinity (no cap)
    expect(heapTop(h)).toBe(2);
    heapRemove(h, pos, 2);
    expect(heapTop(h)).toBe(0);
    load[0] = 6;
    heapUpdate(h, pos, load, cap, 0);
    expect(heapTop(h)).toBe(1);
  });

  it('heapInsert twice and heapRemove of a non-member are no-ops', () => {
    const { h, pos, load, cap } = fixture();
    heapInsert(h, pos, load, cap, 3);
    heapInsert(h, pos, load, cap, 3);
    heapRemove(h, pos, 5);
    expect([h.size, heapTop(h), pos[5]]).toEqual([1, 3, NONE]);
  });

  it('heapTop agrees with a scan after any sequence of inserts, removes and load changes', () => {
    const op = fc.record({ kind: fc.constantFrom('insert', 'remove', 'update'), w: fc.integer({ min: 0, max: N - 1 }), load: fc.integer({ min: 0, max: 20 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const { h, pos, load, cap } = fixture();
        const members = new Set<number>();
        for (const o of ops) {
          if (o.kind === 'insert') {
            heapInsert(h, pos, load, cap, o.w);
            members.add(o.w);
          } else if (o.kind === 'remove') {
            heapRemove(h, pos, o.w);
            members.delete(o.w);
          } else {
            load[o.w] = o.load;
            heapUpdate(h, pos, load, cap, o.w);
          }
          expect(heapTop(h)).toBe(expectedTop(members, load, cap));
          expect(h.size).toBe(members.size);
          for (let i = 0; i < h.size; i++) expect([pos[h.items[i]], h.keys[i]]).toEqual([i, loadKey(load, cap, h.items[i])]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
