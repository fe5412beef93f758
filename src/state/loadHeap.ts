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
  /**
   * keys[i] is the key of items[i], stored when its load or cap last changed (every change goes through
   * heapUpdate, heapInsert or heapRemove), so a comparison reads the heap rather than two worker columns
   * at random places: at England's size those reads were cache misses on every level of every sift.
   */
  keys: Float64Array;
  size: number;
}

export function createLoadHeap(): LoadHeap {
  return { items: new Int32Array(64), keys: new Float64Array(64), size: 0 };
}

/**
 * A worker with no cap sorts last. Her key is written `1 / 0` rather than `Infinity`: V8 reads the
 * global `Infinity` as a boxed value, so every key on the hot path (two per comparison, a few
 * comparisons per allocation) became a heap allocation, about 40 MB a typical decade.
 */
export function loadKey(load: Float64Array, cap: Float64Array, w: number): number {
  return cap[w] > 0 ? load[w] / cap[w] : 1 / 0;
}

function siftUp(h: LoadHeap, pos: Int32Array, i: number): void {
  const items = h.items;
  const keys = h.keys;
  const w = items[i];
  const k = keys[i];
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = items[parent];
    const kp = keys[parent];
    if (!(k < kp || (k === kp && w < p))) break;
    items[i] = p;
    keys[i] = kp;
    pos[p] = i;
    i = parent;
  }
  items[i] = w;
  keys[i] = k;
  pos[w] = i;
}

function siftDown(h: LoadHeap, pos: Int32Array, i: number): void {
  const items = h.items;
  const keys = h.keys;
  const n = h.size;
  const w = items[i];
  const k = keys[i];
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    let child = l;
    if (r < n && (keys[r] < keys[l] || (keys[r] === keys[l] && items[r] < items[l]))) child = r;
    const kc = keys[child];
    const c = items[child];
    if (!(kc < k || (kc === k && c < w))) break;
    items[i] = c;
    keys[i] = kc;
    pos[c] = i;
    i = child;
  }
  items[i] = w;
  keys[i] = k;
  pos[w] = i;
}

export function heapInsert(h: LoadHeap, pos: Int32Array, load: Float64Array, cap: Float64Array, w: number): void {
  if (pos[w] !== NONE) return;
  if (h.size === h.items.length) {
    h.items = grown(h.items, h.items.length * 2);
    h.keys = grown(h.keys, h.keys.length * 2);
  }
  h.items[h.size] = w;
  h.keys[h.size] = loadKey(load, cap, w);
  pos[w] = h.size++;
  siftUp(h, pos, h.size - 1);
}

export function heapRemove(h: LoadHeap, pos: Int32Array, w: number): void {
  const i = pos[w];
  if (i === NONE) return;
  pos[w] = NONE;
  const last = h.items[--h.size];
  if (i === h.size) return;
  h.items[i] = last;
  h.keys[i] = h.keys[h.size];
  pos[last] = i;
  siftUp(h, pos, i);
  siftDown(h, pos, pos[last]);
}

/** Restores heap order after w's load or cap changed. */
export function heapUpdate(h: LoadHeap, pos: Int32Array, load: Float64Array, cap: Float64Array, w: number): void {
  const i = pos[w];
  if (i === NONE) return;
  h.keys[i] = loadKey(load, cap, w);
  siftUp(h, pos, i);
  siftDown(h, pos, pos[w]);
}

export function heapTop(h: LoadHeap): number {
  return h.size > 0 ? h.items[0] : NONE;
}
