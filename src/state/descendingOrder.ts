/**
 * Ids in descending order of a key (ties: lower id first), sorted only as far as they are read: a
 * binary max-heap built in O(n), from which the sorted prefix is extended on demand. Caseload
 * management reads the most loaded few of the thousands of workers above their team's mean each week;
 * sorting them all was most of its cost at England's size (docs/performance.md). The order is the one
 * a full sort by the same comparison gives, so results do not depend on how far it is read.
 */
import { NONE } from './codes.js';
import { grown } from './growable.js';

export interface DescendingOrder {
  /** The heap not yet read: ids and their keys in [0, size). */
  ids: Int32Array;
  keys: Float64Array;
  size: number;
  /** The ids read so far, in order: [0, sortedCount). */
  sorted: Int32Array;
  sortedCount: number;
}

export function createDescendingOrder(): DescendingOrder {
  return { ids: new Int32Array(64), keys: new Float64Array(64), size: 0, sorted: new Int32Array(64), sortedCount: 0 };
}

/** Empties the order for a new set of ids. */
export function clearOrder(o: DescendingOrder): void {
  o.size = 0;
  o.sortedCount = 0;
}

/** Adds an id; all are added before `heapifyOrder`. */
export function addToOrder(o: DescendingOrder, id: number, key: number): void {
  if (o.size === o.ids.length) {
    o.ids = grown(o.ids, o.size * 2);
    o.keys = grown(o.keys, o.size * 2);
    o.sorted = grown(o.sorted, o.size * 2);
  }
  o.ids[o.size] = id;
  o.keys[o.size] = key;
  o.size++;
}

function siftDown(o: DescendingOrder, i: number): void {
  const ids = o.ids;
  const keys = o.keys;
  const n = o.size;
  const id = ids[i];
  const key = keys[i];
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    let child = l;
    if (r < n && (keys[r] > keys[l] || (keys[r] === keys[l] && ids[r] < ids[l]))) child = r;
    const ck = keys[child];
    const cid = ids[child];
    if (!(ck > key || (ck === key && cid < id))) break;
    ids[i] = cid;
    keys[i] = ck;
    i = child;
  }
  ids[i] = id;
  keys[i] = key;
}

/** Arranges the added ids as a heap; call once after the last `addToOrder`. */
export function heapifyOrder(o: DescendingOrder): void {
  for (let i = (o.size >> 1) - 1; i >= 0; i--) siftDown(o, i);
}

/** The id at rank i (0: the largest key), or NONE past the last. */
export function orderAt(o: DescendingOrder, i: number): number {
  while (o.sortedCount <= i) {
    if (o.size === 0) return NONE;
    o.sorted[o.sortedCount++] = o.ids[0];
    o.size--;
    if (o.size > 0) {
      o.ids[0] = o.ids[o.size];
      o.keys[0] = o.keys[o.size];
      siftDown(o, 0);
    }
  }
  return o.sorted[i];
}
