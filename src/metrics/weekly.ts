/**
 * The weekly series (docs/model.md §D7): one pass over the workers and one over the open cases at the end
 * of each reporting week, writing one row of the columnar series. Definitions live in fields.ts and
 * official.ts.
 */
import { record, withDoubleFields } from '../state/record.js';
import { NONE, Stage, WorkerType } from '../state/codes.js';
import { vacancyFte } from '../state/staffing.js';
import type { State } from '../state/state.js';
import { weeklyStaffCost } from './costs.js';
import { SERIES_FIELD_NAMES, type Series } from './fields.js';
import { CHANGE_CAUSE_NAMES } from '../state/events.js';
import { isMarch31, takeCensus } from './census.js';
import { agencyRate, caseload, share, turnoverRate, vacancyRate } from './official.js';
import { quantile } from './quantile.js';

export function createSeries(weeks: number): Series {
  const series = {} as Series;
  for (const name of SERIES_FIELD_NAMES) series[name] = new Float64Array(weeks);
  return series;
}

/** Rolling 52-week sums behind the turnover and agency churn rates; updated in warm-up too. */
export function updateRings(s: State): void {
  s.leaversRing[s.t % 52] = s.week.leaversFte;
  s.agencyEndsRing[s.t % 52] = s.week.agencyEnds;
}

/** Left to right from 0, as `reduce` would, without boxing every element for a callback. */
function sum(a: Float64Array): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += a[i];
  return total;
}

/** What the pass over the workers adds up each reporting week (FTE, counts and hours). */
export interface WorkerTotals {
  permanent: number;
  nq: number;
  agency: number;
  caseHolding: number;
  casesHeld: number;
  weightHeld: number;
  overCap: number;
  holders: number;
  working: number;
  hours: number;
  overtime: number;
  excessive: number;
  stress: number;
  absentFte: number;
  allFte: number;
  caseHoldingHours: number;
  caseHoldingWorkingFte: number;
}

/** Reused from week to week, so recording a week allocates nothing. */
export interface WeekScratch {
  caseloads: Float64Array;
  weightedCaseloads: Float64Array;
  totals: WorkerTotals;
}

export function createWeekScratch(workers = 256): WeekScratch {
  const totals: WorkerTotals = withDoubleFields({
    permanent: 0, nq: 0, agency: 0, caseHolding: 0, casesHeld: 0, weightHeld: 0, overCap: 0, holders: 0, working: 0,
    hours: 0, overtime: 0, excessive: 0, stress: 0, absentFte: 0, allFte: 0, caseHoldingHours: 0, caseHoldingWorkingFte: 0,
  });
  return record({ caseloads: new Float64Array(workers), weightedCaseloads: new Float64Array(workers), totals });
}

/**
 * The pass over the workers, in a function of its own: V8 optimises a small function with one loop
 * much sooner than the whole of recordWeek (called once a week, and long to compile), so the first
 * run in a process spends fewer weeks summing in the interpreter, which boxes every sum.
 */
function sumWorkers(s: State, scratch: WeekScratch): void {
  const ws = s.workers;
  const threshold = s.p.overtime.excessiveHoursThreshold;
  const caseTeams = s.structure.caseTeams;
  let permanent = 0, nq = 0, agency = 0, caseHolding = 0, casesHeld = 0, weightHeld = 0, overCap = 0, holders = 0;
  let working = 0, hours = 0, overtime = 0, excessive = 0, stress = 0, absentFte = 0, allFte = 0;
  let caseHoldingHours = 0, caseHoldingWorkingFte = 0;
  if (scratch.caseloads.length < ws.activeCount) scratch.caseloads = new Float64Array(ws.capacity);
  if (scratch.weightedCaseloads.length < ws.activeCount) scratch.weightedCaseloads = new Float64Array(ws.capacity);
  const loads = scratch.caseloads;
  const weighted = scratch.weightedCaseloads;
  for (let k = 0; k < ws.activeCount; k++) {
    const w = ws.active[k];
    const fte = ws.fte[w];
    const type = ws.type[w];
    if (type === WorkerType.agency) agency += fte;
    else if (type === WorkerType.newlyQualified) nq += fte;
    else permanent += fte;
    allFte += fte;
    stress += ws.stress[w];
    if (ws.team[w] < caseTeams) {
      caseHolding += fte;
      casesHeld += ws.cases[w];
      weightHeld += ws.load[w];
      weighted[holders] = ws.load[w] / fte;
      loads[holders++] = ws.cases[w] / fte;
      if (ws.load[w] > ws.capUnits[w]) overCap++;
    }
    if (ws.absentFrom[w] !== NONE) absentFte += fte;
    else {
      working++;
      hours += ws.hours[w];
      overtime += ws.overtime[w];
      if (ws.overtime[w] > threshold * fte) excessive++;
      if (ws.team[w] < caseTeams) {
        caseHoldingHours += ws.hours[w];
        caseHoldingWorkingFte += fte;
      }
    }
  }
  const t = scratch.totals;
  t.permanent = permanent;
  t.nq = nq;
  t.agency = agency;
  t.caseHolding = caseHolding;
  t.casesHeld = casesHeld;
  t.weightHeld = weightHeld;
  t.overCap = overCap;
  t.holders = holders;
  t.working = working;
  t.hours = hours;
  t.overtime = overtime;
  t.excessive = excessive;
  t.stress = stress;
  t.absentFte = absentFte;
  t.allFte = allFte;
  t.caseHoldingHours = caseHoldingHours;
  t.caseHoldingWorkingFte = caseHoldingWorkingFte;
}

export function recordWeek(s: State, series: Series, i: number, scratch: WeekScratch): void {
  const ws = s.workers;
  sumWorkers(s, scratch);
  const { permanent, nq, agency, caseHolding, casesHeld, weightHeld, overCap, holders, working, hours, overtime, excessive, stress, absentFte, allFte, caseHoldingHours, caseHoldingWorkingFte } = scratch.totals;
  const loads = scratch.caseloads;
  const weighted = scratch.weightedCaseloads;

  // Case counts come from the incremental tally (src/state/tally.ts), not a sweep over every case.
  const T = s.tally;
  const assessment = T.byStage[Stage.assessment];
  const cin = T.byStage[Stage.childInNeed];
  const cp = T.byStage[Stage.childProtection];
  const lac = T.byStage[Stage.lookedAfter];
  const open = assessment + cin + cp + lac;
  const unallocated = s.queued;
  const waitSum = s.queued * s.t - s.queuedSinceSum;
  const [, one26, two26, three26] = T.changes26;
  const changed3Plus26 = three26;
  const changed2Plus26 = two26 + three26;
  const changed26 = one26 + two26 + three26;
  const threePlusWorkers = T.threePlusWorkers;
  const lacChanged2Plus52 = T.lacChanges52[2];
  const lacChanged52 = T.lacChanges52[1] + lacChanged2Plus52;
  // Three or more workers in 52 weeks: the one at the start of the window plus two or more changes.
  const lac3Plus52 = lacChanged2Plus52;

  const inPost = permanent + nq;
  let vacancies = 0, establishment = 0, moraleWeighted = 0, teamFte = 0;
  for (let team = 0; team < s.establishment.length; team++) {
    vacancies += vacancyFte(s, team);
    establishment += s.establishment[team];
    const fte = s.inPostFte[team] + s.agencyFte[team];
    moraleWeighted += s.morale[team] * fte;
    teamFte += fte;
  }
  const cost = weeklyStaffCost(s);
  const costTotal = cost.permanent + cost.agency + s.week.costOvertime + s.week.costRecruitment;
  const prevCost = i > 0 ? series.costCumulative[i - 1] : 0;
  const prevBudget = i > 0 ? series.budgetCumulative[i - 1] : 0;
  const changes = s.week.changes;

  series.week[i] = i + 1;
  series.inPostFte[i] = inPost;
  series.permanentFte[i] = permanent;
  series.newlyQualifiedFte[i] = nq;
  series.agencyFte[i] = agency;
  series.caseHoldingFte[i] = caseHolding;
  series.establishmentFte[i] = establishment;
  series.vacancyFte[i] = vacancies;
  series.vacancyRate[i] = vacancyRate(vacancies, inPost);
  series.agencyRate[i] = agencyRate(agency, inPost);
  series.turnoverRate[i] = turnoverRate(sum(s.leaversRing), inPost);
  series.leaversFte[i] = s.week.leaversFte;
  series.startersFte[i] = s.week.startersFte;
  series.agencyEnds[i] = s.week.agencyEnds;
  series.agencyEndsRolling52w[i] = share(sum(s.agencyEndsRing), agency);
  series.agencyPool[i] = s.agencyPool;
  series.openCases[i] = open;
  series.assessmentCases[i] = assessment;
  series.childInNeedCases[i] = cin;
  series.childProtectionCases[i] = cp;
  series.lookedAfterCases[i] = lac;
  series.unallocatedCases[i] = unallocated;
  series.meanWaitUnallocatedWeeks[i] = share(waitSum, unallocated);
  series.meanCaseload[i] = caseload(casesHeld, caseHolding);
  series.caseloadP10[i] = quantile(loads, holders, 0.1);
  series.caseloadP50[i] = quantile(loads, holders, 0.5);
  series.caseloadP90[i] = quantile(loads, holders, 0.9);
  series.meanWeightedCaseload[i] = caseload(weightHeld, caseHolding);
  series.weightedCaseloadP90[i] = quantile(weighted, holders, 0.9);
  series.shareOverCap[i] = share(overCap, holders);
  series.shareExcessiveHours[i] = share(excessive, working);
  series.meanHoursWorked[i] = share(hours, working);
  series.caseHolderHoursPerFte[i] = share(caseHoldingHours, caseHoldingWorkingFte);
  series.meanOvertimeHours[i] = share(overtime, working);
  series.meanStress[i] = share(stress, ws.activeCount);
  series.meanMorale[i] = share(moraleWeighted, teamFte);
  series.absenceRate[i] = share(absentFte, allFte);
  series.contacts[i] = s.week.contacts;
  series.screenedOut[i] = s.week.screenedOut;
  series.referrals[i] = s.week.referrals;
  series.reReferrals12m[i] = s.week.reReferrals12m;
  series.closures[i] = s.week.closures;
  series.shareChanged26w[i] = share(changed26, open);
  series.shareChanged2Plus26w[i] = share(changed2Plus26, open);
  series.shareChanged3Plus26w[i] = share(changed3Plus26, open);
  series.shareWith3PlusWorkers[i] = share(threePlusWorkers, open);
  series.lacShare3PlusWorkers52w[i] = share(lac3Plus52, lac);
  series.lacShareChanged52w[i] = share(lacChanged52, lac);
  series.lacShareChanged2Plus52w[i] = share(lacChanged2Plus52, lac);
  series.changesLeaver[i] = changes[0];
  series.changesAgencyEnd[i] = changes[1];
  series.changesHandover[i] = changes[2];
  series.changesHolding[i] = changes[3];
  series.changesRebalance[i] = changes[4];
  series.changesInternalMove[i] = changes[5];
  series.changesAbsence[i] = changes[6];
  series.changesReReferral[i] = changes[7];
  series.changesNewStarter[i] = changes[8];
  series.changesCaseReview[i] = changes[9];
  series.changesCourt[i] = changes[10];
  series.changesPermanence[i] = changes[11];
  series.changesLeavingCare[i] = changes[12];
  series.changesTeamTransfer[i] = changes[13];
  series.changesChildRequest[i] = changes[14];
  series.changesWithdrawn[i] = changes[15];
  series.changesTotal[i] = sum(changes);
  series.meanDriftWeeks[i] = share(s.week.driftSum, s.week.driftCount);
  series.meanProgressRate[i] = share(s.week.progressSum, s.week.progressCases);
  series.costPermanent[i] = cost.permanent;
  series.costAgency[i] = cost.agency;
  series.costOvertime[i] = s.week.costOvertime;
  series.costRecruitment[i] = s.week.costRecruitment;
  series.costTotal[i] = costTotal;
  series.costCumulative[i] = prevCost + costTotal;
  series.budgetCumulative[i] = prevBudget + s.p.costs.annualBudget / 52;
  series.overspendCumulative[i] = prevCost + costTotal - (prevBudget + s.p.costs.annualBudget / 52);
  // The official 31 March populations are a yearly census of the same week's cases (src/metrics/census.ts).
  if (isMarch31(s.t)) takeCensus(s, s.window.census);
}

// The change columns above are listed in ChangeCause order; keep them in step.
if (CHANGE_CAUSE_NAMES.join() !== 'leaver,agencyEnd,handover,holding,rebalance,internalMove,absence,reReferral,newStarter,caseReview,court,permanence,leavingCare,teamTransfer,childRequest,withdrawn') {
  throw new Error('ChangeCause order changed: update the change columns in src/metrics/weekly.ts');
}
