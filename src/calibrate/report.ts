/** Markdown for calibration results: the target table (target, source, simulated mean, 95% interval, within tolerance). */
import type { TargetFit } from './stats.js';

const isShare = (field: string, value: number): boolean => Math.abs(value) <= 1 && !/Fte|Cases|Caseload|PerYear|Weeks/.test(field);

export function formatValue(field: string, value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (isShare(field, value)) return `${(value * 100).toFixed(1)}%`;
  return Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-GB') : value.toFixed(1);
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

export function targetTable(fits: readonly TargetFit[]): string {
  const rows = fits.map(({ target: t, mean, ci95Low, ci95High, within }) => {
    const source = t.source.url ? `[${cell(t.source.title)}](${t.source.url})` : cell(t.source.title);
    const fmt = (v: number): string => formatValue(t.field, v);
    return `| ${cell(t.label)} | \`${t.field}\` | ${t.year} | ${fmt(t.value)} ± ${fmt(t.tolerance)} | ${source} | ${fmt(mean)} | ${fmt(ci95Low)} – ${fmt(ci95High)} | ${within ? 'yes' : '**no**'} |`;
  });
  return ['| target | output | year | published ± tolerance | source | simulated mean | 95% interval | within tolerance |', '|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}
