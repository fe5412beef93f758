/**
 * Over random plausible authorities and seeds, every output is a number a researcher can use: finite,
 * shares within [0, 1] (rates per year only non-negative), counts non-negative integers, and the
 * series agree with each other (stages sum to open cases, causes to the total of changes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { SERIES_FIELDS, SUMMARY_FIELDS, type SeriesField, type SummaryField } from '../../src/metrics/fields.js';
import { CHANGE_CAUSES } from '../../src/outputs/causes.js';
import { randomScenario } from '../helpers/scenarios.js';

const seedArb = fc.integer({ min: 1, max: 2 ** 31 - 1 });

/** Annual rates that may exceed 1 (more leavers in a year than posts): non-negative only. */
const RATES_PER_YEAR = new Set<string>(['turnoverRate', 'agencyEndsRolling52w', 'agencyChurnRate']);

const seriesShares = (Object.keys(SERIES_FIELDS) as SeriesField[]).filter((k) => SERIES_FIELDS[k].unit.startsWith('share') && !RATES_PER_YEAR.has(k));
const summaryShares = (Object.keys(SUMMARY_FIELDS) as SummaryField[]).filter((k) => SUMMARY_FIELDS[k].unit.startsWith('share') && !RATES_PER_YEAR.has(k));

/** Counts of children, contacts, changes and agency ends: whole numbers, never negative. */
const COUNTS: SeriesField[] = [
  'openCases', 'assessmentCases', 'childInNeedCases', 'childProtectionCases', 'lookedAfterCases', 'unallocatedCases',
  'contacts', 'screenedOut', 'referrals', 'reReferrals12m', 'closures', 'agencyEnds',
  ...Object.values(CHANGE_CAUSES).map((cause) => cause.seriesField), 'changesTotal',
];
/** Stocks and flows that may be fractional (part-time FTE, means, money) but never negative. */
const NON_NEGATIVE: SeriesField[] = [
  'inPostFte', 'permanentFte', 'newlyQualifiedFte', 'agencyFte', 'caseHoldingFte', 'establishmentFte', 'vacancyFte', 'leaversFte', 'startersFte',
  'agencyPool', 'meanWaitUnallocatedWeeks', 'meanCaseload', 'caseloadP10', 'caseloadP50', 'caseloadP90', 'meanHoursWorked', 'meanOvertimeHours',
  'meanStress', 'meanMorale', 'costPermanent', 'costAgency', 'costOvertime', 'costRecruitment', 'costTotal', 'costCumulative', 'budgetCumulative',
  ...RATES_PER_YEAR as Set<SeriesField>,
].filter((k) => k in SERIES_FIELDS) as SeriesField[];

describe('outputs over random scenarios', () => {
  it('every series value is finite, shares are in [0, 1], counts are non-negative integers, the series agree', () => {
    fc.assert(
      fc.property(randomScenario, seedArb, (p, seed) => {
        const r = runScenario(p, { seed });
        const s = r.series;
        expect(r.weeks).toBe(p.run.years * 52);
        for (const [name, values] of Object.entries(s)) {
          expect(values.length).toBe(r.weeks);
          for (let i = 0; i < r.weeks; i++) if (!Number.isFinite(values[i])) expect({ name, week: i + 1, value: values[i] }).toBe('finite');
        }
        for (let i = 0; i < r.weeks; i++) {
          const at = (name: string, ok: boolean) => {
            if (!ok) expect({ name, week: i + 1, value: (s as Record<string, Float64Array>)[name][i] }).toBe('in range');
          };
          for (const k of seriesShares) at(k, s[k][i] >= 0 && s[k][i] <= 1 + 1e-12);
          for (const k of COUNTS) at(k, s[k][i] >= 0 && Number.isInteger(s[k][i]));
          for (const k of NON_NEGATIVE) at(k, s[k][i] >= -1e-9);
          at('openCases', s.openCases[i] === s.assessmentCases[i] + s.childInNeedCases[i] + s.childProtectionCases[i] + s.lookedAfterCases[i]);
          at('contacts', s.contacts[i] === s.referrals[i] + s.screenedOut[i]);
          at('reReferrals12m', s.reReferrals12m[i] <= s.referrals[i]);
          at('unallocatedCases', s.unallocatedCases[i] <= s.openCases[i]);
          at('inPostFte', Math.abs(s.inPostFte[i] - s.permanentFte[i] - s.newlyQualifiedFte[i]) < 1e-9);
          at('caseloadP50', s.caseloadP10[i] <= s.caseloadP50[i] + 1e-12 && s.caseloadP50[i] <= s.caseloadP90[i] + 1e-12);
          at('week', s.week[i] === i + 1);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('every summary value is finite; shares are in [0, 1]; annual rates are non-negative', () => {
    fc.assert(
      fc.property(randomScenario, seedArb, (p, seed) => {
        const { summary } = runScenario(p, { seed });
        for (const [name, value] of Object.entries(summary)) expect([name, Number.isFinite(value)]).toEqual([name, true]);
        for (const k of summaryShares) expect([k, summary[k] >= 0 && summary[k] <= 1 + 1e-12]).toEqual([k, true]);
        for (const k of RATES_PER_YEAR) if (k in summary) expect(summary[k as SummaryField]).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 30 },
    );
  });
});
