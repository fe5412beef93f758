/**
 * JSON.parse with a position a person can use: a 1-based line and column, the same on every Node
 * version (V8 reports an offset for some errors, a quoted snippet for others, a line only in newer
 * versions), found by jsonErrorOffset when parsing fails.
 */
import { jsonErrorOffset } from './jsonErrorOffset.js';

export type ParsedJson = { ok: true; value: unknown } | { ok: false; line: number; column: number; reason: string };

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** V8's message without its position and snippet, which the line and column replace. */
function reasonOf(message: string): string {
  const reason = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/,? in JSON at position \d+/, '')
    .replace(/^(Unexpected token '.*?'), .* is not valid JSON$/s, '$1')
    .trim();
  return reason === '' ? 'not valid JSON' : reason;
}

export function parseJson(text: string): ParsedJson {
  // A byte-order mark from a Windows editor is not a syntax error worth stopping for.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    const at = /at position (\d+)/.exec(message);
    const offset = jsonErrorOffset(body) ?? (at ? Number(at[1]) : body.length);
    return { ok: false, ...lineAndColumn(body, offset), reason: reasonOf(message) };
  }
}
