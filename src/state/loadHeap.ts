/**
 * One indexed min-heap per team, keyed by weighted load / cap, so least-loaded allocation and
 * rebalancing find their worker in O(log n) instead of scanning every worker for every case
 * (the scan is what stops idiomatic agent frameworks from reaching England scale). Ties go to the
 * lower worker id, so the choice never depends on insertion history.
 */
import { NONE } from './codes.js';
import { grown } from './growable.js';

export interface LoadHeap {
  items: Int32Array;
  size: number;
}

export function createLoadHeap(): LoadHeap {
  return { items: new Int32Array(64), size: 0 };
}

/**
 * A worker with no cap sorts last. Her key is written `1 / 0` rather than `Infinity`: V8 reads the
 * global `Infinity` as a boxed value, so every key on the hot path (two per comparison, a few
 * comparisons per allocation) became a heap allocation, about 40 MB a typical decade.
 */
export function loadKey(load: Float64Array, cap: Float64Array, w: number): number {
  return cap[w] > 0 ? load[w] / cap[w] : 1 / 0;
}

function less(load: Float64Array, cap: Float64Array, a: number, b: number): boolean {
  const ka = loadKey(load, cap, a);
  const kb = loadKey(load, cap, b);
  return ka < kb || (ka === kb && a < b);
}

function siftUp(h: LoadHeap, pos: Int32Array, load: Float64Array, cap: Float64Array, i: number): void {
  const items = h.items;
  const w = items[i];
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = items[parent];
    if (!less(load, cap, w, p)) break;
    items[i] = p;
    pos[p] = i;
    i = parent;
  }
  items[i] = w;
  pos[w] = i;
}

function siftDown(h: LoadHeap, pos: Int32Array, load: Float64Array, cap: Float64Array, i: number): void {
  const items = h.items;
  const n = h.size;
  const w = items[i];
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    const child = r < n && less(load, cap, items[r], items[l]) ? r : l;
    if (!less(load, cap, items[child], w)) break;
    items[i] = items[child];
    pos[items[i]] = i;
    i = child;
  }
  items[i] = w;
  pos[w] = i;
}

export function heapInsert(h: LoadHeap, pos: Int32Array, load: Float64Array, cap: Float64Array, w: number): void {
  if (pos[w] !== NONE) return;
  if (h.size === h.items.length) h.items = grown(h.items, h.items.length * 2);
  h.items[h.size] = w;
  pos[w] = h.size++;
  siftUp(h, pos, load, cap, h.size - 1);
}

export function heapRemove(h: LoadHeap, pos: Int32Array, load: Float64Array, cap: Float64Array, w: number): void {
  const i = pos[w];
  if (i === NONE) return;
  pos[w] = NONE;
  const last = h.items[--h.size];
  if (i === h.size) return;
  h.items[i] = last;
  pos[last] = i;
  siftUp(h, pos, load, cap, i);
  siftDown(h, pos, load, cap, pos[last]);
}

/** Restores heap order after w's load or cap changed. */
export function heapUpdate(h: LoadHeap, pos: Int32Array, load: Float64Array, cap: Float64Array, w: number): void {
  const i = pos[w];
  if (i === NONE) return;
  siftUp(h, pos, load, cap, i);
  siftDown(h, pos, load, cap, pos[w]);
}

export function heapTop(h: LoadHeap): number {
  return h.size > 0 ? h.items[0] : NONE;
}
