/**
 * The causes of a change of worker (docs/model.md §D3) in the words a planner uses, with the summary field
 * that holds each cause's share. A Record over the cause names, so adding a cause without words here
 * fails to type-check.
 */
import type { SeriesField, SummaryField } from '../metrics/fields.js';
import type { ChangeCause } from '../state/events.js';

export type ChangeCauseName = keyof typeof ChangeCause;

export interface CauseInfo {
  /** Short words for the terminal summary and docs. */
  words: string;
  /** Weekly count of changes with this cause. */
  seriesField: SeriesField;
  /** Share of all changes in the reporting window with this cause. */
  summaryField: SummaryField;
}

export const CHANGE_CAUSES: Record<ChangeCauseName, CauseInfo> = {
  leaver: { words: 'worker left', seriesField: 'changesLeaver', summaryField: 'changesLeaverShare' },
  agencyEnd: { words: 'agency assignment ended', seriesField: 'changesAgencyEnd', summaryField: 'changesAgencyEndShare' },
  handover: { words: 'handover between teams', seriesField: 'changesHandover', summaryField: 'changesHandoverShare' },
  holding: { words: 'allocated after being held', seriesField: 'changesHolding', summaryField: 'changesHoldingShare' },
  rebalance: { words: 'moved off an overloaded worker', seriesField: 'changesRebalance', summaryField: 'changesRebalanceShare' },
  internalMove: { words: 'worker moved team', seriesField: 'changesInternalMove', summaryField: 'changesInternalMoveShare' },
  absence: { words: 'worker on long absence', seriesField: 'changesAbsence', summaryField: 'changesAbsenceShare' },
  reReferral: { words: 'new worker on return', seriesField: 'changesReReferral', summaryField: 'changesReReferralShare' },
  newStarter: { words: 'given to a new starter', seriesField: 'changesNewStarter', summaryField: 'changesNewStarterShare' },
  caseReview: { words: 'caseload review', seriesField: 'changesCaseReview', summaryField: 'changesCaseReviewShare' },
  court: { words: 'moved into court work', seriesField: 'changesCourt', summaryField: 'changesCourtShare' },
  permanence: { words: 'moved to the permanence team', seriesField: 'changesPermanence', summaryField: 'changesPermanenceShare' },
  leavingCare: { words: 'moved to the leaving-care team', seriesField: 'changesLeavingCare', summaryField: 'changesLeavingCareShare' },
  teamTransfer: { words: 'other transfer between teams', seriesField: 'changesTeamTransfer', summaryField: 'changesTeamTransferShare' },
  childRequest: { words: "at the child's request", seriesField: 'changesChildRequest', summaryField: 'changesChildRequestShare' },
  withdrawn: { words: 'worker withdrawn from the case', seriesField: 'changesWithdrawn', summaryField: 'changesWithdrawnShare' },
};
