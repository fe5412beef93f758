/**
 * The q-quantile of the first n values, exactly as `quantileSorted` gives it on them sorted, found by
 * selection instead of a sort: a typed array's sort took about 11 µs for 250 values, and the weekly
 * series sorted the caseloads twice every reporting week (docs/performance.md). The values are
 * reordered in place.
 */
import { quantileSorted } from './official.js';

export function quantile(values: Float64Array, n: number, q: number): number {
  if (n === 0) return 0;
  // A sort puts -0 before 0 and NaN last, which comparisons with < do not see: such values (none in
  // the caseloads) go through the sort, so the answer is always the sort's, bit for bit.
  if (!onlyOrdinary(values, n)) return quantileSorted(values.subarray(0, n).sort(), n, q);
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  const a = select(values, n, lo);
  const b = hi === lo ? a : smallestFrom(values, lo + 1, n);
  return a + (b - a) * (pos - lo);
}

function onlyOrdinary(values: Float64Array, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (x !== x || (x === 0 && 1 / x < 0)) return false;
  }
  return true;
}

/**
 * The k-th smallest of values[0..n), leaving every smaller value before position k and every larger
 * one after it (quickselect; a three-way partition, as caseloads repeat the same few values).
 */
function select(a: Float64Array, n: number, k: number): number {
  let left = 0;
  let right = n - 1;
  while (right > left) {
    const pivot = medianOfThree(a[left], a[(left + right) >>> 1], a[right]);
    let lt = left;
    let i = left;
    let gt = right;
    while (i <= gt) {
      const x = a[i];
      if (x < pivot) {
        a[i++] = a[lt];
        a[lt++] = x;
      } else if (x > pivot) {
        a[i] = a[gt];
        a[gt--] = x;
      } else i++;
    }
    if (k < lt) right = lt - 1;
    else if (k > gt) left = gt + 1;
    else return pivot;
  }
  return a[k];
}

function medianOfThree(x: number, y: number, z: number): number {
  if (x < y) return y < z ? y : x < z ? z : x;
  return x < z ? x : y < z ? z : y;
}

function smallestFrom(a: Float64Array, from: number, n: number): number {
  let m = a[from];
  for (let i = from + 1; i < n; i++) if (a[i] < m) m = a[i];
  return m;
}
