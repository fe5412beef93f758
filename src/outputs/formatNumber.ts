/**
 * The one number formatter behind every CSV cell and JSON value, so a CSV and a JSON of the same run
 * agree digit for digit. Integers print as integers; other values are rounded to 6 significant digits
 * and printed without an exponent, trailing zeros or locale (a researcher's spreadsheet and `diff`
 * both read them the same way on every machine). Not-a-number and infinities print as '' (an empty
 * cell; null in JSON): they mean "undefined this week", e.g. a rate with no one to divide by.
 */

const SIGNIFICANT = 6;
/** Number.prototype.toFixed accepts at most 100 decimals; anything that small is zero at 6 digits of a model output. */
const MAX_DECIMALS = 100;

export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '';
  // String(-0) is "0"; large integers beyond 1e21 would print with an exponent but no output reaches them.
  if (Number.isInteger(x)) return String(x);
  // toExponential rounds to the significant digits; its exponent says how many decimals toFixed must keep.
  const exponent = Number(x.toExponential(SIGNIFICANT - 1).split('e')[1]);
  // At a million and above the rounding falls on whole units: round there and print the integer.
  if (exponent >= SIGNIFICANT - 1) return String(Number(x.toPrecision(SIGNIFICANT)));
  const decimals = Math.min(MAX_DECIMALS, SIGNIFICANT - 1 - exponent);
  let text = x.toFixed(decimals);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

/** The same value as a JSON token: the formatted number, or null when it is not finite. */
export function jsonNumber(x: number): string {
  const text = formatNumber(x);
  return text === '' ? 'null' : text;
}
