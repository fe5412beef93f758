/**
 * A short, safe rendering of any value for error messages: JSON-like, cut at a length budget, so a
 * huge string, a 5,000-level object or a cyclic structure costs no more than the budget to show.
 * Never throws (a throwing getter renders as "(unreadable)").
 */

const MAX_DEPTH = 8;

class Budget {
  text = '';
  constructor(readonly limit: number) {}
  get full(): boolean {
    return this.text.length > this.limit;
  }
  add(s: string): void {
    if (!this.full) this.text += s;
  }
}

function writeValue(v: unknown, out: Budget, depth: number, seen: object[]): void {
  if (out.full) return;
  switch (typeof v) {
    case 'string':
      out.add(JSON.stringify(v.length > out.limit ? v.slice(0, out.limit + 1) : v));
      return;
    case 'number':
    case 'boolean':
      out.add(String(v));
      return;
    case 'bigint':
      out.add(`${v}n`);
      return;
    case 'undefined':
      out.add('undefined');
      return;
    case 'function':
      out.add('a function');
      return;
    case 'symbol':
      out.add('a symbol');
      return;
  }
  if (v === null) return out.add('null');
  const obj = v as object;
  if (seen.includes(obj)) return out.add('(circular)');
  if (depth >= MAX_DEPTH) return out.add(Array.isArray(obj) ? '[…]' : '{…}');
  seen.push(obj);
  if (Array.isArray(obj)) {
    out.add('[');
    for (let i = 0; i < obj.length && !out.full; i++) {
      if (i > 0) out.add(',');
      writeValue(obj[i], out, depth + 1, seen);
    }
    out.add(']');
  } else {
    out.add('{');
    let first = true;
    // for…in with an own-property check stops early on objects with millions of keys.
    for (const key in obj) {
      if (out.full) break;
      if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
      if (!first) out.add(',');
      first = false;
      out.add(`${JSON.stringify(key.length > out.limit ? key.slice(0, out.limit + 1) : key)}:`);
      writeValue((obj as Record<string, unknown>)[key], out, depth + 1, seen);
    }
    out.add('}');
  }
  seen.pop();
}

/** Renders `value` in at most about `limit` characters, ending with "…" when cut. */
export function renderValue(value: unknown, limit = 60): string {
  const out = new Budget(limit);
  try {
    writeValue(value, out, 0, []);
  } catch {
    return '(unreadable)';
  }
  return out.text.length > limit ? `${out.text.slice(0, limit - 1)}…` : out.text;
}
