import { CENSUS_SIZE } from '../../src/metrics/census.js';
import { describe, expect, it } from 'vitest';
import { createSeries } from '../../src/metrics/weekly.js';
import { summarise } from '../../src/metrics/summary.js';
import type { WindowTotals } from '../../src/state/state.js';

/** 104 weeks (2 years) of a steady handmade authority. */
function series() {
  const s = createSeries(104);
  for (let i = 0; i < 104; i++) {
    s.week[i] = i + 1;
    s.inPostFte[i] = i < 52 ? 90 : 110; // mean 100
    s.agencyFte[i] = 20;
    s.vacancyRate[i] = i % 2 === 0 ? 0.1 : 0.2;
    s.leaversFte[i] = i % 4 === 0 ? 1 : 0; // 26 leavers over 2 years
    s.startersFte[i] = i % 8 === 0 ? 1 : 0; // 13 starters
    s.agencyEnds[i] = i % 13 === 0 ? 1 : 0; // 8
    s.openCases[i] = 1000;
    s.changesTotal[i] = 10;
    s.changesLeaver[i] = 4;
    s.changesHandover[i] = 6;
    s.costTotal[i] = 1000;
    s.costAgency[i] = 300;
    s.budgetCumulative[i] = 900 * (i + 1);
  }
  return s;
}

function window(): WindowTotals {
  return {
    closed: 40,
    closedByWorkers: Float64Array.from([4, 16, 10, 6, 4]),
    leaversFte: 26,
    leaversUnder5YearsFte: 13,
    closedWith3PlusWorkers: 10,
    closedDurationSum: 800,
    firstAllocations: 50,
    weeksToAllocationSum: 25,
    referrals: 200,
    reReferrals12m: 44,
    driftSum: 30,
    driftCount: 20,
    census: new Float64Array(CENSUS_SIZE),
    leaverDestinations: Float64Array.from([2, 1, 1, 4]),
    barredStays: 1.5,
    agencyConversions: 3,
    poolJoiners: 2,
    lacStarted: 30,
    lacCeased: 28,
  };
}

describe('summarise', () => {
  it('summarise annualises flows over the window and averages stocks', () => {
    const out = summarise(series(), window());
    expect(out.reportingWeeks).toBe(104);
    expect(out.inPostFte).toBeCloseTo(100, 12);
    expect(out.turnoverRate).toBeCloseTo(13 / 100, 12);
    expect(out.leaversFtePerYear).toBeCloseTo(13, 12);
    expect(out.startersFtePerYear).toBeCloseTo(6.5, 12);
    expect(out.agencyChurnRate).toBeCloseTo(4 / 20, 12);
    expect(out.vacancyRate).toBeCloseTo(0.15, 12);
    expect(out.referralsPerYear).toBe(100);
  });

  it('summarise breaks changes down by cause as shares of all changes, and per case-year', () => {
    const out = summarise(series(), window());
    expect([out.changesLeaverShare, out.changesHandoverShare, out.changesHoldingShare]).toEqual([0.4, 0.6, 0]);
    expect(out.changesPerCaseYear).toBeCloseTo(520 / 1000, 12);
  });

  it('summarise takes episode measures from the window totals', () => {
    const out = summarise(series(), window());
    expect(out.reReferralRate12m).toBe(0.22);
    expect(out.closedShareWith3PlusWorkers).toBe(0.25);
    expect([out.closedShareWith0Workers, out.closedShareWith1Worker, out.closedShareWith2Workers, out.closedShareWith3Workers, out.closedShareWith4PlusWorkers]).toEqual([0.1, 0.4, 0.25, 0.15, 0.1]);
    expect(out.meanWeeksToAllocation).toBe(0.5);
    expect(out.meanDriftWeeks).toBe(1.5);
    expect(out.meanCaseDurationWeeks).toBe(20);
    expect(out.leaversUnder5YearsShare).toBe(0.5);
  });

  it('summarise reports cost and overspend per year', () => {
    const out = summarise(series(), window());
    expect(out.costPerYear).toBe(52000);
    expect(out.agencyCostPerYear).toBe(15600);
    expect(out.overspendPerYear).toBe((104000 - 93600) / 2);
  });

  it('summarise of an empty window gives zeros, never NaN', () => {
    const empty: WindowTotals = { ...window(), closed: 0, closedByWorkers: new Float64Array(5), leaversFte: 0, leaversUnder5YearsFte: 0, closedWith3PlusWorkers: 0, closedDurationSum: 0, firstAllocations: 0, weeksToAllocationSum: 0, referrals: 0, reReferrals12m: 0, driftSum: 0, driftCount: 0 };
    const out = summarise(createSeries(0), empty);
    for (const [name, value] of Object.entries(out)) expect([name, Number.isFinite(value)]).toEqual([name, true]);
    expect(out.reportingWeeks).toBe(0);
  });
});
