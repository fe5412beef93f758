/**
 * Numbers in a planner's words: "3 in 10 children", "£18.3m a year", and the difference from a
 * baseline ("+4 points"). The headline figures and their sentences live here; the headline-row
 * element only lays them out.
 */
import { format } from 'd3';
import { SUMMARY_FIELDS, type Summary, type SummaryField } from '../metrics/fields.js';
import { howMany } from '../outputs/words.js';
import type { ValueFormat } from './chartSpecs.js';

const pct = format('.0%');
const oneDecimal = format(',.1f');
const whole = format(',.0f');

export function money(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  if (abs >= 1e6) return `${sign}£${format(',.1~f')(abs / 1e6)}m`;
  if (abs >= 1e3) return `${sign}£${format(',.0f')(abs / 1e3)}k`;
  return `${sign}£${whole(abs)}`;
}

export function formatValue(value: number, kind: ValueFormat): string {
  if (!Number.isFinite(value)) return '–';
  if (kind === 'share') return format('.1%')(value);
  if (kind === 'money') return money(value);
  return Math.abs(value) >= 100 ? whole(value) : oneDecimal(value);
}

/** A share in plain words for the headline's large type (src/outputs/words.ts has the rule). */
const inWords = (share: number): string => howMany(share) ?? '–';

export interface Headline {
  field: SummaryField;
  /** The figure in large type. */
  figure: (s: Summary) => string;
  /** The sentence after it. */
  words: (s: Summary) => string;
  /** The difference from a baseline, or '' when there is no difference worth saying. */
  delta: (now: Summary, base: Summary) => string;
  /** Whether a rise is bad for children or the budget (colours the difference). */
  higherIsWorse: boolean;
}

const points = (d: number): string => `${d > 0 ? '+' : d < 0 ? '−' : '±'}${format('.1f')(Math.abs(d * 100))} points`;
const signed = (d: number, f: (x: number) => string): string => `${d > 0 ? '+' : d < 0 ? '−' : '±'}${f(Math.abs(d))}`;

export const HEADLINES: readonly Headline[] = [
  {
    field: 'shareChanged26w',
    figure: (s) => inWords(s.shareChanged26w),
    words: (s) => `children changed social worker in the last six months (${pct(s.shareChanged26w)})`,
    delta: (n, b) => points(n.shareChanged26w - b.shareChanged26w),
    higherIsWorse: true,
  },
  {
    field: 'shareChanged3Plus26w',
    figure: (s) => inWords(s.shareChanged3Plus26w),
    words: (s) => `had three or more changes in six months (${format('.1%')(s.shareChanged3Plus26w)})`,
    delta: (n, b) => points(n.shareChanged3Plus26w - b.shareChanged3Plus26w),
    higherIsWorse: true,
  },
  {
    field: 'turnoverRate',
    figure: (s) => pct(s.turnoverRate),
    words: () => 'of employed social workers leave each year',
    delta: (n, b) => points(n.turnoverRate - b.turnoverRate),
    higherIsWorse: true,
  },
  {
    field: 'agencyRate',
    figure: (s) => pct(s.agencyRate),
    words: () => 'of social workers are agency staff',
    delta: (n, b) => points(n.agencyRate - b.agencyRate),
    higherIsWorse: true,
  },
  {
    field: 'meanCaseload',
    figure: (s) => oneDecimal(s.meanCaseload),
    words: () => 'cases per social worker on average',
    delta: (n, b) => signed(n.meanCaseload - b.meanCaseload, oneDecimal) + ' cases',
    higherIsWorse: true,
  },
  {
    field: 'reReferralRate12m',
    figure: (s) => pct(s.reReferralRate12m),
    words: () => 'of referrals are children referred again within a year',
    delta: (n, b) => points(n.reReferralRate12m - b.reReferralRate12m),
    higherIsWorse: true,
  },
  {
    field: 'costPerYear',
    figure: (s) => money(s.costPerYear),
    words: (s) => `a year on social workers, ${money(Math.abs(s.overspendPerYear))} ${s.overspendPerYear >= 0 ? 'over' : 'under'} budget`,
    delta: (n, b) => `${signed(n.costPerYear - b.costPerYear, money)} a year`,
    higherIsWorse: true,
  },
];

export function headlineTitle(field: SummaryField): string {
  const info = SUMMARY_FIELDS[field];
  return `${field} (${info.unit}): ${info.description}`;
}
