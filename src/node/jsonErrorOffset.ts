/**
 * Where a JSON text first goes wrong, as a character offset. V8's JSON.parse gives an offset for some
 * errors and only a quoted snippet for others ("Unexpected token 'x', …"), so on failure the text is
 * scanned again by this small recognizer of the JSON grammar (RFC 8259), which only finds the offset.
 */

const WS = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

class Stop {
  constructor(readonly offset: number) {}
}

function scanner(text: string) {
  let i = 0;
  const fail = (at = i): never => {
    throw new Stop(at);
  };
  const skipWs = (): void => {
    while (i < text.length && WS.has(text[i])) i++;
  };
  const expect = (word: string): void => {
    for (const ch of word) if (text[i++] !== ch) fail(i - 1);
  };
  const digits = (): void => {
    if (!/[0-9]/.test(text[i] ?? '')) fail();
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const number = (): void => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const string = (): void => {
    i++;
    for (;;) {
      if (i >= text.length) fail();
      const ch = text[i];
      if (ch === '"') return void i++;
      if (ch < ' ') fail();
      if (ch === '\\') {
        const next = text[i + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail(i + 1);
          i += 6;
        } else if (ESCAPES.has(next)) i += 2;
        else fail(i + 1);
      } else i++;
    }
  };
  const list = (close: string, item: () => void): void => {
    i++;
    skipWs();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      skipWs();
      if (text[i] === ',') {
        i++;
        skipWs();
      } else if (text[i] === close) return void i++;
      else fail();
    }
  };
  const member = (): void => {
    if (text[i] !== '"') fail();
    string();
    skipWs();
    if (text[i] !== ':') fail();
    i++;
    skipWs();
    value();
  };
  const value = (): void => {
    const ch = text[i];
    if (ch === '{') list('}', member);
    else if (ch === '[') list(']', () => value());
    else if (ch === '"') string();
    else if (ch === 't') expect('true');
    else if (ch === 'f') expect('false');
    else if (ch === 'n') expect('null');
    else if (ch === '-' || /[0-9]/.test(ch ?? '')) number();
    else fail();
  };
  return (): void => {
    skipWs();
    value();
    skipWs();
    if (i < text.length) fail();
  };
}

/** The offset of the first error, or undefined if the text is valid JSON (or too deeply nested to scan). */
export function jsonErrorOffset(text: string): number | undefined {
  try {
    scanner(text)();
    return undefined;
  } catch (thrown) {
    if (thrown instanceof Stop) return thrown.offset;
    return undefined;
  }
}
