/** Typed-array stores grow by doubling; slots keep their index, so ids held elsewhere stay valid. */

type Typed = Int32Array | Int16Array | Uint8Array | Uint16Array | Int8Array | Float32Array | Float64Array;

export function grown<T extends Typed>(array: T, capacity: number, fill = 0): T {
  const Ctor = array.constructor as new (n: number) => T;
  const next = new Ctor(capacity);
  next.set(array);
  if (fill !== 0) next.fill(fill, array.length);
  return next;
}
