/**
 * One-at-a-time sensitivity screening: each parameter is moved down and up by a share of its value
 * (clamped to its schema range, whole numbers kept whole) with the others at the base scenario, and
 * the parameters are ranked, for each of the children's continuity outputs, by how far the output
 * moves between the low and the high value. Every design point uses the same seed for replication r
 * (common random numbers), so the low–high difference is paired and its 95% CI is narrow for the
 * runs spent. OAT measures local main effects only, not interactions (Saltelli et al. 2008, ch. 1);
 * use a Latin-hypercube sweep to study those.
 */
import { SUMMARY_FIELDS, type Summary, type SummaryField } from '../metrics/fields.js';
import { formatNumber } from '../outputs/formatNumber.js';
import { csvCell } from '../outputs/csv.js';
import { isParameterLeaf } from '../scenario/paths.js';
import { schemaAt } from '../scenario/schema.js';
import { describe } from './stats.js';

/** The children's continuity outputs the screening ranks parameters by. */
export const CONTINUITY_OUTPUTS = ['shareChanged26w', 'shareWith3PlusWorkers', 'reReferralRate12m', 'lacShare3PlusWorkers52w'] as const satisfies readonly SummaryField[];

/** Parameters screened when none are named: the workforce, demand and management levers of docs/model.md §D6. */
export const DEFAULT_SENSITIVITY_PARAMS = [
  'demand.contactsPerWeek',
  'turnover.baseAnnualRate',
  'turnover.stressMultiplier',
  'turnover.noticeWeeks',
  'morale.dropPerLeaverShare',
  'recruitment.successProbability',
  'agency.supplyPerWeek',
  'agency.renewalProbability',
  'allocation.caseloadCap',
  'workforce.capacityPerFte',
  'workforce.internalMovesPerYear',
  'stress.gainPerOvertimeHour',
  'workforce.workloadVariation',
  'turnover.propensitySpread',
];

export interface OatLevel {
  parameter: string;
  baseValue: number;
  lowValue: number;
  highValue: number;
}

/** Why a parameter cannot be screened, or undefined if it can. */
export function sensitivityParamError(path: string, value: unknown): string | undefined {
  if (!isParameterLeaf(path)) return `${path}: no such scenario parameter`;
  const type = schemaAt(path.split('.'))?.type;
  if (type !== 'number' && type !== 'integer') return `${path}: not a number (a ${String(type)}), so it has no low and high value`;
  if (typeof value !== 'number') return `${path}: the scenario gives no number`;
  return undefined;
}

/** Low and high values: ±delta × value (±delta × the range's top for a zero), inside the schema's bounds. */
export function oatLevels(path: string, baseValue: number, delta: number): OatLevel {
  const s = schemaAt(path.split('.')) ?? {};
  const step = baseValue !== 0 ? Math.abs(baseValue) * delta : delta * (s.maximum ?? 1);
  const integer = s.type === 'integer';
  const lo = Math.max(s.minimum ?? -Infinity, s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1e-9 : -Infinity);
  const hi = Math.min(s.maximum ?? Infinity, s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1e-9 : Infinity);
  const clamp = (x: number, round: (y: number) => number): number => {
    const y = Math.min(hi, Math.max(lo, x));
    return integer ? round(y) : Number(y.toPrecision(6));
  };
  let lowValue = clamp(baseValue - step, Math.floor);
  let highValue = clamp(baseValue + step, Math.ceil);
  if (integer && lowValue === baseValue && highValue === baseValue) [lowValue, highValue] = [clamp(baseValue - 1, Math.floor), clamp(baseValue + 1, Math.ceil)];
  return { parameter: path, baseValue, lowValue, highValue };
}

export interface OatBar extends OatLevel {
  output: SummaryField;
  rank: number;
  lowMean: number;
  baseMean: number;
  highMean: number;
  /** Mean over replications of (output at high − output at low), with its 95% CI. */
  effect: number;
  effectCi95Low: number;
  effectCi95High: number;
  /** Relative change of the output per relative change of the parameter (NaN where a base is 0). */
  elasticity: number;
}

/** Results by level: base[r], and per parameter low[r] and high[r], r = replication. */
export interface OatResults {
  base: Summary[];
  low: Summary[][];
  high: Summary[][];
}

export function rankOat(levels: readonly OatLevel[], results: OatResults, outputs: readonly SummaryField[] = CONTINUITY_OUTPUTS): OatBar[] {
  const bars: OatBar[] = [];
  for (const output of outputs) {
    const baseMean = describe(results.base.map((s) => s[output])).mean;
    const rows = levels.map((level, i) => {
      const low = results.low[i].map((s) => s[output]);
      const high = results.high[i].map((s) => s[output]);
      const d = describe(high.map((h, r) => h - low[r]));
      const relX = (level.highValue - level.lowValue) / level.baseValue;
      return {
        ...level,
        output,
        rank: 0,
        lowMean: describe(low).mean,
        baseMean,
        highMean: describe(high).mean,
        effect: d.mean,
        effectCi95Low: d.ci95Low,
        effectCi95High: d.ci95High,
        elasticity: d.mean / baseMean / relX,
      };
    });
    // Largest movement first; ties (and undefined effects, last) keep the order the parameters were given.
    const size = (b: OatBar): number => (Number.isFinite(b.effect) ? Math.abs(b.effect) : -1);
    rows.map((b, i) => ({ b, i })).sort((x, y) => size(y.b) - size(x.b) || x.i - y.i).forEach(({ b }, k) => bars.push({ ...b, rank: k + 1 }));
  }
  return bars;
}

const COLUMNS = ['output', 'rank', 'parameter', 'baseValue', 'lowValue', 'highValue', 'lowMean', 'baseMean', 'highMean', 'effect', 'effectCi95Low', 'effectCi95High', 'elasticity'] as const;

/** Tidy: one row per (output, parameter), ranked within each output. */
export function sensitivityCsv(bars: readonly OatBar[]): string {
  const cell = (b: OatBar, c: (typeof COLUMNS)[number]): string => (typeof b[c] === 'number' ? formatNumber(b[c] as number) : String(b[c]));
  return [COLUMNS.join(','), ...bars.map((b) => COLUMNS.map((c) => csvCell(cell(b, c))).join(','))].join('\n') + '\n';
}

export interface SensitivityMeta {
  scenario: string;
  method: 'one-at-a-time';
  delta: number;
  replications: number;
  seed: number;
  years: number;
}

/** Chart-ready: per output, its unit and base value and the bars of a tornado chart in rank order. */
export function sensitivityJson(meta: SensitivityMeta, bars: readonly OatBar[]): string {
  const num = (x: number): number | null => (Number.isFinite(x) ? Number(formatNumber(x)) : null);
  const outputs = [...new Set(bars.map((b) => b.output))].map((output) => {
    const mine = bars.filter((b) => b.output === output);
    return {
      output,
      unit: SUMMARY_FIELDS[output].unit,
      description: SUMMARY_FIELDS[output].description,
      base: num(mine[0]?.baseMean ?? NaN),
      bars: mine.map((b) => ({
        rank: b.rank,
        parameter: b.parameter,
        values: { low: b.lowValue, base: b.baseValue, high: b.highValue },
        low: num(b.lowMean),
        high: num(b.highMean),
        effect: num(b.effect),
        ci95: [num(b.effectCi95Low), num(b.effectCi95High)],
        elasticity: num(b.elasticity),
      })),
    };
  });
  return `${JSON.stringify({ ...meta, outputs }, null, 2)}\n`;
}
