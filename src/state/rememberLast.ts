/**
 * A function of one number that keeps its last few answers. The rules ask, at every plan started or
 * child closed, for the weekly chance of one of a handful of annual rates and for log(1 − p) of one of a
 * handful of weekly chances, and Math.pow and Math.log cost more than the draw they serve (6% of a
 * typical decade went to escalationWeek alone; docs/performance.md). The answer kept is the function's
 * own, bit for bit, so no result changes. Keys are compared with ===, which takes -0 for 0: only for
 * functions that give both the same answer.
 */
export function rememberLast(fn: (x: number) => number, slots: number): (x: number) => number {
  const keys = new Float64Array(slots).fill(Number.NaN); // NaN equals nothing, so an empty slot never matches
  const values = new Float64Array(slots);
  let oldest = 0;
  return (x) => {
    for (let i = 0; i < slots; i++) if (keys[i] === x) return values[i];
    const value = fn(x);
    keys[oldest] = x;
    values[oldest] = value;
    oldest = (oldest + 1) % slots;
    return value;
  };
}
