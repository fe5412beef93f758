/**
 * Number formats for the terminal summary (and the plain-word fraction the browser shares): percentages, "3 in 10", money in £k/£m/£bn. toFixed only,
 * never toLocaleString, so the text is the same on every machine. A value that is not finite reads "n/a".
 */

export function percent(share: number): string {
  if (!Number.isFinite(share)) return 'n/a';
  const text = (share * 100).toFixed(1);
  return `${text === '-0.0' ? '0.0' : text}%`;
}

export function decimal(x: number, digits = 1): string {
  if (!Number.isFinite(x)) return 'n/a';
  const text = x.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** Below this share "k in 10" would misstate it by more than a fifth (0.15 would read "2 in 10"), so it reads "1 in n". */
const IN_TEN_FROM = 0.25;

/**
 * A share as a planner says it: "3 in 10", "1 in 17", "No", "Almost all", "All"; undefined when not
 * finite. The one plain-word fraction of the terminal summary and the browser's headline. The rule is
 * honest: the fraction said is within a fifth of the share ("k in 10" from a quarter, where rounding to
 * tenths is off by at most 0.05 / 0.25; "1 in n" below, off by at most 0.5 / n with n ≥ 4), so a 6%
 * share reads "1 in 17", never "1 in 10".
 */
export function howMany(share: number): string | undefined {
  if (!Number.isFinite(share)) return undefined;
  if (share <= 0) return 'No';
  if (share >= 1) return 'All';
  if (share >= 0.95) return 'Almost all';
  if (share >= IN_TEN_FROM) return `${Math.round(share * 10)} in 10`;
  if (share < 0.001) return 'Fewer than 1 in 1000';
  return `1 in ${Math.round(1 / share)}`;
}

/** Money, unsigned, to three or so significant figures: "£14.7m", "£950k", "£2.25bn". */
export function money(amount: number): string {
  if (!Number.isFinite(amount)) return 'n/a';
  const a = Math.abs(amount);
  if (a >= 1e9) return `£${(a / 1e9).toFixed(2)}bn`;
  if (a >= 1e6) return `£${(a / 1e6).toFixed(1)}m`;
  if (a >= 1e3) return `£${(a / 1e3).toFixed(0)}k`;
  return `£${a.toFixed(0)}`;
}

/** Joins items with " · " into lines no longer than `width` (an item longer than that gets its own line). */
export function wrapItems(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const next = line === '' ? item : `${line} · ${item}`;
    if (line !== '' && next.length > width) {
      lines.push(line);
      line = item;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}
