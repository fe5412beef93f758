/**
 * What each chart shows: its series fields (names, units and descriptions come from
 * src/metrics/fields.ts), a short legend label and a colour from the Okabe–Ito palette, which stays
 * distinct for the common forms of colour blindness. Two derived columns turn weekly counts into the
 * rolling rates a planner reads.
 */
import { SERIES_FIELDS, type SeriesField } from '../metrics/fields.js';

/** Okabe & Ito (2008), without yellow, which is too pale on white for thin lines. */
export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermillion: '#D55E00',
  sky: '#56B4E9',
  purple: '#CC79A7',
  black: '#000000',
} as const;

export const DERIVED_FIELDS = ['reReferralRate52w', 'drift13w'] as const;
export type DerivedField = (typeof DERIVED_FIELDS)[number];
export type ChartField = SeriesField | DerivedField;

const DERIVED_INFO: Record<DerivedField, { unit: string; description: string }> = {
  reReferralRate52w: { unit: 'share 0–1', description: 'Rolling re-referral rate: re-referrals within 12 months in the last 52 weeks / referrals in the last 52 weeks (from reReferrals12m and referrals).' },
  drift13w: { unit: 'weeks', description: 'Mean drift of plans ended this week (meanDriftWeeks), averaged over the last 13 weeks.' },
};

export function fieldInfo(field: ChartField): { unit: string; description: string } {
  return field in SERIES_FIELDS ? SERIES_FIELDS[field as SeriesField] : DERIVED_INFO[field as DerivedField];
}

function rollingSum(values: Float64Array, t: number, window: number): number {
  let sum = 0;
  for (let k = Math.max(0, t - window + 1); k <= t; k++) sum += Number.isFinite(values[k]) ? values[k] : 0;
  return sum;
}

export function derivedColumn(field: DerivedField, columns: Record<SeriesField, Float64Array>): Float64Array {
  const weeks = columns.week.length;
  const out = new Float64Array(weeks);
  for (let t = 0; t < weeks; t++) {
    if (field === 'reReferralRate52w') {
      const referrals = rollingSum(columns.referrals, t, 52);
      out[t] = referrals > 0 ? rollingSum(columns.reReferrals12m, t, 52) / referrals : NaN;
    } else {
      let sum = 0;
      let n = 0;
      for (let k = Math.max(0, t - 12); k <= t; k++) if (Number.isFinite(columns.meanDriftWeeks[k])) [sum, n] = [sum + columns.meanDriftWeeks[k], n + 1];
      out[t] = n > 0 ? sum / n : NaN;
    }
  }
  return out;
}

export type ValueFormat = 'share' | 'number' | 'money';

export interface LineSpec {
  field: ChartField;
  label: string;
  colour: string;
}

export interface ChartSpec {
  id: string;
  title: string;
  /** The y axis label; the unit of every line on the chart. */
  axis: string;
  format: ValueFormat;
  lines: readonly LineSpec[];
  /** Draw the scenario's caseload cap as a reference line. */
  showCap?: boolean;
}

export interface ChartView {
  id: string;
  title: string;
  charts: readonly ChartSpec[];
  /** The view also shows the distribution of workers per closed case. */
  closedCases?: boolean;
}

export const CHART_VIEWS: readonly ChartView[] = [
  {
    id: 'workforce',
    title: 'Workforce',
    charts: [
      {
        id: 'workforce-fte', title: 'Social workers by type', axis: 'FTE', format: 'number',
        lines: [
          { field: 'permanentFte', label: 'Permanent', colour: PALETTE.blue },
          { field: 'newlyQualifiedFte', label: 'Newly qualified', colour: PALETTE.green },
          { field: 'agencyFte', label: 'Agency', colour: PALETTE.orange },
          { field: 'vacancyFte', label: 'Vacancies', colour: PALETTE.vermillion },
        ],
      },
      {
        id: 'workforce-rates', title: 'Turnover, vacancy and agency rates', axis: 'share of workforce', format: 'share',
        lines: [
          { field: 'turnoverRate', label: 'Turnover (rolling year)', colour: PALETTE.purple },
          { field: 'vacancyRate', label: 'Vacancy rate', colour: PALETTE.vermillion },
          { field: 'agencyRate', label: 'Agency rate', colour: PALETTE.orange },
        ],
      },
    ],
  },
  {
    id: 'caseload',
    title: 'Caseload',
    charts: [
      {
        id: 'caseload', title: 'Caseload per worker (cases, as the DfE counts them)', axis: 'cases per FTE', format: 'number',
        lines: [
          { field: 'caseloadP90', label: '90th percentile', colour: PALETTE.vermillion },
          { field: 'caseloadP50', label: 'Median', colour: PALETTE.blue },
          { field: 'caseloadP10', label: '10th percentile', colour: PALETTE.sky },
          { field: 'meanCaseload', label: 'Mean (DfE)', colour: PALETTE.black },
        ],
      },
      {
        // The cap limits weighted caseloads, so it is drawn only against them.
        id: 'weighted-caseload', title: 'Weighted caseload against the cap', axis: 'weighted cases per FTE', format: 'number', showCap: true,
        lines: [
          { field: 'weightedCaseloadP90', label: '90th percentile', colour: PALETTE.vermillion },
          { field: 'meanWeightedCaseload', label: 'Mean', colour: PALETTE.black },
        ],
      },
      {
        id: 'over-cap', title: 'Workers over the cap and working excessive hours', axis: 'share of workers', format: 'share',
        lines: [
          { field: 'shareOverCap', label: 'Over the caseload cap', colour: PALETTE.vermillion },
          { field: 'shareExcessiveHours', label: 'Excessive hours', colour: PALETTE.purple },
        ],
      },
      {
        id: 'hours', title: 'Hours worked by case-holding social workers', axis: 'hours per FTE a week', format: 'number',
        lines: [{ field: 'caseHolderHoursPerFte', label: 'Hours per FTE, including overtime', colour: PALETTE.blue }],
      },
    ],
  },
  {
    id: 'children',
    title: 'Children',
    closedCases: true,
    charts: [
      {
        id: 'continuity', title: 'Children whose social worker changed in the last six months', axis: 'share of open cases', format: 'share',
        lines: [
          { field: 'shareChanged26w', label: '1 or more changes', colour: PALETTE.blue },
          { field: 'shareChanged3Plus26w', label: '3 or more changes', colour: PALETTE.vermillion },
        ],
      },
      { id: 'unallocated', title: 'Cases waiting for a social worker', axis: 'cases', format: 'number', lines: [{ field: 'unallocatedCases', label: 'Unallocated cases', colour: PALETTE.orange }] },
      { id: 'drift', title: 'Drift of plans that ended', axis: 'weeks beyond plan', format: 'number', lines: [{ field: 'drift13w', label: 'Drift (13-week average)', colour: PALETTE.purple }] },
      { id: 'rereferral', title: 'Re-referrals within 12 months', axis: 'share of referrals', format: 'share', lines: [{ field: 'reReferralRate52w', label: 'Re-referral rate (rolling year)', colour: PALETTE.green }] },
    ],
  },
  {
    id: 'cost',
    title: 'Cost',
    charts: [
      {
        id: 'cost-weekly', title: 'Spending by type', axis: '£ per week', format: 'money',
        lines: [
          { field: 'costPermanent', label: 'Employed staff', colour: PALETTE.blue },
          { field: 'costAgency', label: 'Agency', colour: PALETTE.orange },
          { field: 'costOvertime', label: 'Paid overtime', colour: PALETTE.purple },
          { field: 'costRecruitment', label: 'Recruitment', colour: PALETTE.green },
        ],
      },
      {
        id: 'cost-cumulative', title: 'Cumulative spending against budget', axis: '£', format: 'money',
        lines: [
          { field: 'costCumulative', label: 'Spent', colour: PALETTE.vermillion },
          { field: 'budgetCumulative', label: 'Budget', colour: PALETTE.black },
        ],
      },
    ],
  },
];
