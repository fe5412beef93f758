/** JSON of a run result with typed arrays written as plain arrays, for byte-for-byte comparisons and golden files. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (ArrayBuffer.isView(v) && !(v instanceof DataView) ? Array.from(v as Float64Array) : v));
}
