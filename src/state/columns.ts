/**
 * A store's columns are listed once, in a table: each column's typed array, the value of an empty slot
 * and how many values a slot holds. Allocation, growth and the reset of a slot are all derived from
 * that table, so adding a field to a store is one line.
 */
import { grown } from './growable.js';

type Kind = Int8ArrayConstructor | Uint8ArrayConstructor | Uint16ArrayConstructor | Int32ArrayConstructor | Float64ArrayConstructor;

export interface Column {
  kind: Kind;
  /** The value of a slot nobody has used yet, and of a slot once reset. */
  empty: number;
  /** Values per slot (a case keeps the weeks of her last few changes of worker); 1 if not given. */
  width?: number;
}

export type ColumnTable = Record<string, Column>;
export type Columns<T extends ColumnTable> = { [K in keyof T]: InstanceType<T[K]['kind']> };

const widthOf = (column: Column): number => column.width ?? 1;

/**
 * Object.fromEntries (unlike adding the columns one by one) keeps the store in V8's fast-property
 * mode, which the hot loops depend on.
 */
export function allocateColumns<T extends ColumnTable>(table: T, capacity: number): Columns<T> {
  return Object.fromEntries(
    Object.entries(table).map(([name, column]) => {
      const array = new column.kind(capacity * widthOf(column));
      if (column.empty !== 0) array.fill(column.empty);
      return [name, array];
    }),
  ) as Columns<T>;
}

/** Replaces every column with one of the new capacity; slots keep their index and values. */
export function growColumns<T extends ColumnTable>(columns: Columns<T>, table: T, capacity: number): void {
  for (const name of Object.keys(table) as (keyof T & string)[]) {
    const column = table[name];
    columns[name] = grown(columns[name], capacity * widthOf(column), column.empty) as Columns<T>[typeof name];
  }
}

/**
 * The columns to empty when a slot is reset, grouped by kind of array: a loop that writes into one
 * kind stays monomorphic, while one loop over mixed kinds is many times slower in V8. Holds the arrays
 * themselves, so it is rebuilt whenever the store grows.
 */
export interface SlotReset {
  int8: Int8Array[];
  int8Empty: number[];
  uint8: Uint8Array[];
  uint8Empty: number[];
  uint16: Uint16Array[];
  uint16Empty: number[];
  int32: Int32Array[];
  int32Empty: number[];
  float64: Float64Array[];
  float64Empty: number[];
  /** Columns of several values per slot. */
  wide: { array: Int8Array | Uint8Array | Uint16Array | Int32Array | Float64Array; empty: number; width: number }[];
}

export function slotReset<T extends ColumnTable>(columns: Columns<T>, table: T, names: readonly (keyof T & string)[]): SlotReset {
  const r: SlotReset = { int8: [], int8Empty: [], uint8: [], uint8Empty: [], uint16: [], uint16Empty: [], int32: [], int32Empty: [], float64: [], float64Empty: [], wide: [] };
  for (const name of names) {
    const column = table[name];
    const array = columns[name];
    const empty = column.empty;
    if (widthOf(column) > 1) {
      r.wide.push({ array, empty, width: widthOf(column) });
    } else if (array instanceof Int8Array) {
      r.int8.push(array);
      r.int8Empty.push(empty);
    } else if (array instanceof Uint8Array) {
      r.uint8.push(array);
      r.uint8Empty.push(empty);
    } else if (array instanceof Uint16Array) {
      r.uint16.push(array);
      r.uint16Empty.push(empty);
    } else if (array instanceof Int32Array) {
      r.int32.push(array);
      r.int32Empty.push(empty);
    } else {
      r.float64.push(array as Float64Array);
      r.float64Empty.push(empty);
    }
  }
  return r;
}

export function resetSlot(r: SlotReset, slot: number): void {
  for (let i = 0; i < r.int8.length; i++) r.int8[i][slot] = r.int8Empty[i];
  for (let i = 0; i < r.uint8.length; i++) r.uint8[i][slot] = r.uint8Empty[i];
  for (let i = 0; i < r.uint16.length; i++) r.uint16[i][slot] = r.uint16Empty[i];
  for (let i = 0; i < r.int32.length; i++) r.int32[i][slot] = r.int32Empty[i];
  for (let i = 0; i < r.float64.length; i++) r.float64[i][slot] = r.float64Empty[i];
  // A loop, not TypedArray.prototype.fill: for a few values the call costs several times the writes.
  for (let i = 0; i < r.wide.length; i++) {
    const { array, empty, width } = r.wide[i];
    const from = slot * width;
    for (let k = from; k < from + width; k++) array[k] = empty;
  }
}
