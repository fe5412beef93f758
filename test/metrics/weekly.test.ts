import { describe, expect, it } from 'vitest';
import { recordChangeWeek } from '../../src/state/cases.js';
import { refreshAvailability } from '../../src/state/caseload.js';
import { Stage, WorkerType } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { runScenario } from '../../src/engine/run.js';
import { resign } from '../../src/state/staffing.js';
import { ChangeCause } from '../../src/state/events.js';
import { createSeries, createWeekScratch, recordWeek } from '../../src/metrics/weekly.js';
import { addCase, addWorker, tinyState } from '../helpers/fixtures.js';
import { CHANGE_CAUSES } from '../../src/outputs/causes.js';
import { loadDefault } from '../helpers/scenarios.js';
import { rebuildTally } from '../../src/state/tally.js';

/**
 * Week 60 of a hand-built authority. Workers: 0, 1, 2 permanent (assessment), 3 newly qualified
 * (long-term), 4 agency (assessment, in induction). Four assessment posts are funded, so one is vacant.
 * Cases held: 0 → 2, 1 → 4, 2 → 0, 3 → 1 looked-after child, 4 → 1; one looked-after child waits.
 */
function handmade() {
  const s = tinyState();
  s.establishment[Team.assessment] = 4;
  const nq = addWorker(s, Team.longTerm, WorkerType.newlyQualified, 10);
  const agency = addWorker(s, Team.assessment, WorkerType.agency, 0);
  for (const w of [0, 0, 1, 1, 1, 1]) addCase(s, Stage.assessment, { worker: w });
  const lacHeld = addCase(s, Stage.lookedAfter, { worker: nq, team: Team.longTerm });
  addCase(s, Stage.assessment, { worker: agency });
  s.t = 50;
  const lacWaiting = addCase(s, Stage.lookedAfter);
  s.t = 60;
  recordChangeWeek(s.cases, lacHeld, 20, 0);
  recordChangeWeek(s.cases, lacHeld, 50, 0);
  recordChangeWeek(s.cases, lacWaiting, 5, 0);
  s.cases.workers[lacHeld] = 3;
  s.workers.absentFrom[2] = 58;
  refreshAvailability(s, 2);
  s.workers.overtime[0] = 5;
  s.workers.hours[0] = 42;
  s.workers.hours[1] = 37;
  s.workers.stress.set([0.5, 0.25, 0, 0.25, 0]);
  s.week.changes[ChangeCause.leaver] = 2;
  s.week.changes[ChangeCause.handover] = 3;
  s.week.contacts = 7;
  return s;
}

function record(s: ReturnType<typeof tinyState>) {
  // The handmade state writes change weeks directly, so the incremental tally is rebuilt first.
  rebuildTally(s);
  const series = createSeries(1);
  recordWeek(s, series, 0, createWeekScratch(2));
  const row: Record<string, number> = {};
  for (const [k, v] of Object.entries(series)) row[k] = v[0];
  return row;
}

describe('recordWeek', () => {
  it('recordWeek counts the workforce by type and applies the official rates', () => {
    const row = record(handmade());
    expect([row.inPostFte, row.permanentFte, row.newlyQualifiedFte, row.agencyFte, row.caseHoldingFte, row.establishmentFte, row.vacancyFte]).toEqual([4, 3, 1, 1, 5, 4, 1]);
    expect([row.vacancyRate, row.agencyRate]).toEqual([0.2, 0.2]);
  });

  it('recordWeek gives the caseload per FTE and its percentiles over case holders', () => {
    const row = record(handmade());
    // Per-FTE caseloads sorted: 0, 1, 1, 2, 4.
    expect(row.meanCaseload).toBe(8 / 5);
    expect(row.caseloadP10).toBeCloseTo(0.4, 12);
    expect(row.caseloadP50).toBe(1);
    expect(row.caseloadP90).toBeCloseTo(3.2, 12);
    expect(row.shareOverCap).toBe(0);
  });

  it('recordWeek gives the weighted caseload (the measure the cap limits) beside the unweighted DfE one', () => {
    const s = handmade();
    const { assessment, lookedAfter } = s.p.pathway.caseWeights;
    const row = record(s);
    // Weighted per-FTE caseloads: 0, one assessment, one looked-after child, two and four assessments.
    const loads = [0, assessment, lookedAfter, 2 * assessment, 4 * assessment].sort((a, b) => a - b);
    expect(row.meanWeightedCaseload).toBeCloseTo((7 * assessment + lookedAfter) / 5, 12);
    expect(row.weightedCaseloadP90).toBeCloseTo(loads[3] + 0.6 * (loads[4] - loads[3]), 12);
    expect(row.meanWeightedCaseload).not.toBe(row.meanCaseload);
  });

  it('recordWeek counts open cases by stage, the unallocated and their wait', () => {
    const row = record(handmade());
    expect([row.openCases, row.assessmentCases, row.lookedAfterCases, row.unallocatedCases, row.meanWaitUnallocatedWeeks]).toEqual([9, 7, 2, 1, 10]);
  });

  it('recordWeek measures continuity: changes in 26 weeks, 3+ workers, and the looked-after stability measures', () => {
    const row = record(handmade());
    expect([row.shareChanged26w, row.shareChanged2Plus26w, row.shareWith3PlusWorkers]).toEqual([1 / 9, 0, 1 / 9]);
    // Looked after: one child with changes at weeks 20 and 50 (both within 52), one with a change at week 5 only.
    expect([row.lacShareChanged52w, row.lacShareChanged2Plus52w, row.lacShare3PlusWorkers52w]).toEqual([0.5, 0.5, 0.5]);
  });

  it('recordWeek reports the week\'s changes by cause and their total', () => {
    const row = record(handmade());
    expect([row.changesLeaver, row.changesHandover, row.changesHolding, row.changesTotal]).toEqual([2, 3, 0, 5]);
  });

  it('recordWeek averages hours over working workers and stress over all; absence as a share of FTE', () => {
    const row = record(handmade());
    expect(row.absenceRate).toBe(0.2);
    expect(row.shareExcessiveHours).toBe(1 / 4);
    expect(row.meanOvertimeHours).toBe(5 / 4);
    expect(row.meanHoursWorked).toBe((42 + 37) / 4);
    expect(row.meanStress).toBe(1 / 5);
  });

  it('recordWeek gives case-holders\' hours per FTE, leaving out staff without cases and absent workers', () => {
    const s = tinyState();
    const manager = addWorker(s, Team.nonCaseHolding);
    s.workers.hours.set([45, 40, 20]);
    s.workers.fte[2] = 0.5;
    s.workers.hours[manager] = 37;
    s.workers.absentFrom[1] = s.t;
    refreshAvailability(s, 1);
    const row = record(s);
    expect(row.caseHolderHoursPerFte).toBe((45 + 20) / 1.5);
    expect(row.meanHoursWorked).toBe((45 + 20 + 37) / 3);
  });

  it('recordWeek costs salaries by type, agency with its premium, and accumulates against the budget', () => {
    const row = record(handmade());
    expect(row.costPermanent).toBeCloseTo((3 * 52000 + 42000) / 52, 9);
    expect(row.costAgency).toBeCloseTo((52000 * 1.53) / 52, 9);
    expect(row.costTotal).toBeCloseTo(row.costPermanent + row.costAgency, 9);
    expect(row.budgetCumulative).toBeCloseTo(1_000_000 / 52, 9);
    expect(row.overspendCumulative).toBeCloseTo(row.costCumulative - row.budgetCumulative, 9);
  });

  it('recordWeek counts a worker serving her notice in caseHoldingFte and her cases in the caseload: she still holds them', () => {
    const s = handmade();
    resign(s, 1, ChangeCause.leaver);
    const row = record(s);
    expect([row.caseHoldingFte, row.meanCaseload]).toEqual([5, 8 / 5]);
  });
});

describe('the weekly series of a run', () => {
  const result = runScenario({ ...loadDefault(), run: { seed: 3, years: 1, warmupWeeks: 10 } });
  const { series } = result;

  it('contacts = referrals + screened out, and changesTotal = the sum of the causes, every week', () => {
    for (let i = 0; i < result.weeks; i++) {
      expect(series.contacts[i]).toBe(series.referrals[i] + series.screenedOut[i]);
      const causes = Object.values(CHANGE_CAUSES).reduce((sum, cause) => sum + series[cause.seriesField][i], 0);
      expect(series.changesTotal[i]).toBe(causes);
    }
  });

  it('costCumulative and budgetCumulative are running sums, and the week column counts reporting weeks from 1', () => {
    let cost = 0;
    for (let i = 0; i < result.weeks; i++) {
      cost += series.costTotal[i];
      expect(series.costCumulative[i]).toBeCloseTo(cost, 3);
      expect(series.budgetCumulative[i]).toBeCloseTo(((i + 1) * loadDefault().costs.annualBudget) / 52, 3);
      expect(series.week[i]).toBe(i + 1);
    }
  });
});
