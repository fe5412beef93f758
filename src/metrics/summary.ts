/**
 * The run summary over the reporting window (docs/model.md §D7): annual rates from the weekly flows, means of
 * the weekly stocks and shares, and the episode measures (closures, allocation delay, drift) kept in
 * the window totals.
 */
import { Destination } from '../state/events.js';
import type { WindowTotals } from '../state/state.js';
import type { Series, Summary } from './fields.js';
import { censusSummary } from './censusSummary.js';
import { reReferralRate, share, turnoverRate } from './official.js';

const total = (a: Float64Array): number => a.reduce((x, y) => x + y, 0);
const mean = (a: Float64Array): number => (a.length > 0 ? total(a) / a.length : 0);

/** Resignations by destination. */
function destinationShares(d: Float64Array) {
  const all = total(d);
  return {
    leaversToOtherAuthorityShare: share(d[Destination.otherAuthority], all),
    leaversToAgencyInRegionShare: share(d[Destination.agencyInRegion], all),
    leaversToAgencyElsewhereShare: share(d[Destination.agencyElsewhere], all),
    leaversOutOfSectorShare: share(d[Destination.outOfSector], all),
  };
}

export function summarise(series: Series, window: WindowTotals): Summary {
  const weeks = series.week.length;
  const years = weeks / 52;
  const inPost = mean(series.inPostFte);
  const agency = mean(series.agencyFte);
  const open = mean(series.openCases);
  const changes = total(series.changesTotal);
  const causeShare = (a: Float64Array): number => share(total(a), changes);
  const cost = total(series.costTotal);
  const budget = weeks > 0 ? series.budgetCumulative[weeks - 1] : 0;
  return {
    reportingWeeks: weeks,
    inPostFte: inPost,
    agencyFte: agency,
    turnoverRate: turnoverRate(total(series.leaversFte) / Math.max(years, 1e-9), inPost),
    vacancyRate: mean(series.vacancyRate),
    agencyRate: mean(series.agencyRate),
    agencyChurnRate: share(total(series.agencyEnds) / Math.max(years, 1e-9), agency),
    startersFtePerYear: share(total(series.startersFte), years),
    leaversFtePerYear: share(total(series.leaversFte), years),
    leaversUnder5YearsShare: share(window.leaversUnder5YearsFte, window.leaversFte),
    ...destinationShares(window.leaverDestinations),
    resignationsWithdrawnPerYear: share(window.barredStays, years),
    agencyConversionsPerYear: share(window.agencyConversions, years),
    agencyPoolJoinersPerYear: share(window.poolJoiners, years),
    meanCaseload: mean(series.meanCaseload),
    meanWeightedCaseload: mean(series.meanWeightedCaseload),
    shareOverCap: mean(series.shareOverCap),
    shareExcessiveHours: mean(series.shareExcessiveHours),
    meanHoursWorked: mean(series.meanHoursWorked),
    caseHolderHoursPerFte: mean(series.caseHolderHoursPerFte),
    meanStress: mean(series.meanStress),
    absenceRate: mean(series.absenceRate),
    openCases: open,
    unallocatedCases: mean(series.unallocatedCases),
    referralsPerYear: share(window.referrals, years),
    reReferralRate12m: reReferralRate(window.reReferrals12m, window.referrals),
    shareChanged26w: mean(series.shareChanged26w),
    shareChanged3Plus26w: mean(series.shareChanged3Plus26w),
    shareWith3PlusWorkers: mean(series.shareWith3PlusWorkers),
    closedShareWith3PlusWorkers: share(window.closedWith3PlusWorkers, window.closed),
    closedShareWith0Workers: share(window.closedByWorkers[0], window.closed),
    closedShareWith1Worker: share(window.closedByWorkers[1], window.closed),
    closedShareWith2Workers: share(window.closedByWorkers[2], window.closed),
    closedShareWith3Workers: share(window.closedByWorkers[3], window.closed),
    closedShareWith4PlusWorkers: share(window.closedByWorkers[4], window.closed),
    lacShare3PlusWorkers52w: mean(series.lacShare3PlusWorkers52w),
    lacShareChanged52w: mean(series.lacShareChanged52w),
    lacShareChanged2Plus52w: mean(series.lacShareChanged2Plus52w),
    ...censusSummary(window.census, series),
    lacStartedPerYear: share(window.lacStarted, years),
    lacCeasedPerYear: share(window.lacCeased, years),
    changesPerCaseYear: share(changes / Math.max(years, 1e-9), open),
    changesLeaverShare: causeShare(series.changesLeaver),
    changesAgencyEndShare: causeShare(series.changesAgencyEnd),
    changesHandoverShare: causeShare(series.changesHandover),
    changesHoldingShare: causeShare(series.changesHolding),
    changesRebalanceShare: causeShare(series.changesRebalance),
    changesInternalMoveShare: causeShare(series.changesInternalMove),
    changesAbsenceShare: causeShare(series.changesAbsence),
    changesReReferralShare: causeShare(series.changesReReferral),
    changesNewStarterShare: causeShare(series.changesNewStarter),
    changesCaseReviewShare: causeShare(series.changesCaseReview),
    changesCourtShare: causeShare(series.changesCourt),
    changesPermanenceShare: causeShare(series.changesPermanence),
    changesLeavingCareShare: causeShare(series.changesLeavingCare),
    changesTeamTransferShare: causeShare(series.changesTeamTransfer),
    changesChildRequestShare: causeShare(series.changesChildRequest),
    changesWithdrawnShare: causeShare(series.changesWithdrawn),
    meanWeeksToAllocation: share(window.weeksToAllocationSum, window.firstAllocations),
    meanDriftWeeks: share(window.driftSum, window.driftCount),
    meanCaseDurationWeeks: share(window.closedDurationSum, window.closed),
    costPerYear: share(cost, years),
    agencyCostPerYear: share(total(series.costAgency), years),
    overtimeCostPerYear: share(total(series.costOvertime), years),
    overspendPerYear: share(cost - budget, years),
  };
}
