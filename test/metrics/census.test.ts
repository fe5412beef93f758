import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { CENSUS_SIZE, Census, DFE_REASONS, DFE_REASON_OF_CAUSE, cinGroup, isMarch31, takeCensus } from '../../src/metrics/census.js';
import { recordChangeWeek } from '../../src/state/cases.js';
import { Stage } from '../../src/state/codes.js';
import { CHANGE_CAUSE_NAMES, ChangeCause } from '../../src/state/events.js';
import { addCase, tinyState } from '../helpers/fixtures.js';
import { loadDefault } from '../helpers/scenarios.js';

/**
 * 31 March of year 2 (week 116). Three looked-after children: A referred at week 0 with changes at
 * weeks 70 (leaver), 100 (handover) and 110 (absence); B referred at week 100 with none; C referred at
 * week 40 with one change at week 60 (outside the year). One child in need, D, referred at week 110,
 * changed at week 112 (re-referral).
 */
function march(): { census: Float64Array } {
  const s = tinyState();
  s.t = 0;
  const a = addCase(s, Stage.lookedAfter);
  s.t = 40;
  const c = addCase(s, Stage.lookedAfter);
  s.t = 100;
  addCase(s, Stage.lookedAfter);
  s.t = 110;
  const d = addCase(s, Stage.childInNeed);
  s.t = 116;
  recordChangeWeek(s.cases, a, 70, ChangeCause.leaver);
  recordChangeWeek(s.cases, a, 100, ChangeCause.handover);
  recordChangeWeek(s.cases, a, 110, ChangeCause.absence);
  s.cases.workers[a] = 4;
  recordChangeWeek(s.cases, c, 60, ChangeCause.rebalance);
  s.cases.workers[c] = 2;
  recordChangeWeek(s.cases, d, 112, ChangeCause.reReferral);
  s.cases.workers[d] = 2;
  const census = new Float64Array(CENSUS_SIZE);
  takeCensus(s, census);
  return { census };
}

describe('takeCensus (31 March populations)', () => {
  it('isMarch31 is the end of week 12 of each year', () => {
    expect([12, 64, 116].map(isMarch31)).toEqual([true, true, true]);
    expect([11, 13, 52].map(isMarch31)).toEqual([false, false, false]);
  });

  it('takeCensus counts looked-after children by workers in the year (1 + changes in 52 weeks) and each new worker by its DfE reason', () => {
    const { census } = march();
    expect(census[Census.lac]).toBe(3);
    // A: 3 changes in the year (3+ workers); B and C: none in the year (1 worker).
    expect(Array.from(census.subarray(Census.lacWorkers, Census.lacWorkers + 3))).toEqual([2, 0, 1]);
    const reasons = Object.fromEntries(DFE_REASONS.map((r, i) => [r, census[Census.lacReasons + i]]));
    expect(reasons).toEqual({ workerLeft: 1, teamTransfer: 1, managingCaseloads: 0, absence: 1, firstContactOrReReferral: 0, childRequest: 0, other: 0 });
  });

  it("takeCensus counts every social worker episode of the year by its DfE reason, the first worker by the change that brought her (first contact when none did)", () => {
    const { census } = march();
    // A: her first worker (no earlier change: first contact), then leaver, handover, absence; B: first
    // contact; C: the worker brought by the rebalance at week 60, before the year began.
    const episodes = Object.fromEntries(DFE_REASONS.map((r, i) => [r, census[Census.lacEpisodeReasons + i]]));
    expect(episodes).toEqual({ workerLeft: 1, teamTransfer: 1, managingCaseloads: 1, absence: 1, firstContactOrReReferral: 2, childRequest: 0, other: 0 });
  });

  it('takeCensus leaves out the first worker of a child seeded at the start of the run, whose history is unknown', () => {
    const s = tinyState();
    s.t = 0;
    const c = addCase(s, Stage.lookedAfter);
    s.cases.referralWeek[c] = -30;
    s.t = 116;
    const census = new Float64Array(CENSUS_SIZE);
    takeCensus(s, census);
    expect(Array.from(census.subarray(Census.lacEpisodeReasons, Census.lacEpisodeReasons + DFE_REASONS.length))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(census[Census.lac]).toBe(1);
  });

  it('takeCensus groups children in need by length of involvement and legal status: changed in 6 months, workers so far', () => {
    const { census } = march();
    // Of the four open cases, A (changes at 100 and 110) and D (112) changed in the last 26 weeks.
    const all = cinGroup(census, 0);
    expect(census[Census.cin]).toBe(4);
    expect(all.changed6m).toBe(0.5);
    // Under 3 months: D (6 weeks); B (16 weeks) is in 3–6 months.
    expect(cinGroup(census, 1)).toEqual({ changed6m: 1, meanWorkers: 2 });
    // 2 years or more: A (116 weeks).
    expect(cinGroup(census, 5)).toEqual({ changed6m: 1, meanWorkers: 4 });
    // Child in need plan (status group 2 = 1 + 5 + 1): D.
    expect(cinGroup(census, 7)).toEqual({ changed6m: 1, meanWorkers: 2 });
  });

  it('DFE_REASON_OF_CAUSE places every cause in a DfE category', () => {
    for (const cause of CHANGE_CAUSE_NAMES) expect(DFE_REASONS).toContain(DFE_REASON_OF_CAUSE[cause]);
  });
});

describe('the 31 March summary fields', () => {
  it('runScenario(default): worker shares sum to 1, reason shares sum to 1, and the population is the looked-after stock on census day', () => {
    const { summary, series } = runScenario(loadDefault(), { seed: 2, years: 2 });
    expect(summary.lac31March1WorkerShare + summary.lac31March2WorkersShare + summary.lac31March3PlusWorkersShare).toBeCloseTo(1, 12);
    const lacReasons = summary.lacNewWorkerWorkerLeftShare + summary.lacNewWorkerTeamTransferShare + summary.lacNewWorkerManagingCaseloadsShare + summary.lacNewWorkerAbsenceShare + summary.lacNewWorkerFirstContactShare + summary.lacNewWorkerChildRequestShare + summary.lacNewWorkerOtherShare;
    expect(lacReasons).toBeCloseTo(1, 12);
    expect(summary.newWorkerWorkerLeftShare).toBeCloseTo(summary.changesLeaverShare + summary.changesAgencyEndShare + summary.changesInternalMoveShare, 12);
    // Reporting weeks 1 and 53 after a 104-week warm-up are weeks 104 and 156; 31 March is week 116 and 168 (indices 12 and 64).
    expect(summary.lac31MarchChildren).toBeCloseTo((series.lookedAfterCases[12] + series.lookedAfterCases[64]) / 2, 12);
    expect(summary.cin31MarchChildren).toBeCloseTo((series.openCases[12] + series.openCases[64]) / 2, 12);
    const ages = summary.lac31MarchAgeUnder1Share + summary.lac31MarchAge1to4Share + summary.lac31MarchAge5to9Share + summary.lac31MarchAge10to15Share + summary.lac31MarchAge16PlusShare;
    expect(ages).toBeCloseTo(1, 12);
    // Flows balance the stock: over two years, starts less ceasings is the change in the stock, except
    // for the first reporting week's flows, counted but already in the first week's stock.
    const growth = series.lookedAfterCases[series.lookedAfterCases.length - 1] - series.lookedAfterCases[0];
    expect(Math.abs(2 * (summary.lacStartedPerYear - summary.lacCeasedPerYear) - growth)).toBeLessThanOrEqual((summary.lacStartedPerYear + summary.lacCeasedPerYear) / 52);
  });
});
