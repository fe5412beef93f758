/**
 * One week, in the order things happen. Workforce comings and goings first (so this week's
 * caseloads are held by who is actually here), then the children's work, then the decisions that
 * shape next week: stress, resignations, recruitment and agency requests.
 */
import { holdWaitingCases } from '../state/caseload.js';
import { resetWeek } from './init.js';
import { applyInterventions } from './interventions.js';
import type { State } from '../state/state.js';
import { updateAbsence } from '../rules/absence.js';
import { endAgencyAssignments, fillAgencyRequests, releaseSurplusAgency, requestAgencyCover, updateAgencyMarket } from '../rules/agency.js';
import { allocateWaitingCases } from '../rules/allocation.js';
import { progressCases } from '../rules/casework.js';
import { applyInternalMoves } from '../rules/internalMoves.js';
import { planHours } from '../rules/overtime.js';
import { updateWorkloadPressure } from '../rules/workload.js';
import { endProtections } from '../rules/protections.js';
import { rebalanceCaseloads } from '../rules/rebalancing.js';
import { applyRequestedChanges } from '../rules/requests.js';
import { completeRecruitment, newlyQualifiedIntake, openRecruitment } from '../rules/recruitment.js';
import { receiveReferrals } from '../rules/referrals.js';
import { applyTransfers } from '../rules/transfers.js';
import { updateMorale, updateStress } from '../rules/stress.js';
import { drawResignations, endNotices } from '../rules/turnover.js';
import { settleTally } from '../state/tally.js';

export function step(s: State): void {
  resetWeek(s.week);
  applyInterventions(s);

  // Who is here this week
  updateAgencyMarket(s);
  endNotices(s);
  updateAbsence(s);
  applyInternalMoves(s);
  completeRecruitment(s);
  newlyQualifiedIntake(s);
  fillAgencyRequests(s);
  endAgencyAssignments(s);
  releaseSurplusAgency(s);
  endProtections(s);

  // The children's week
  receiveReferrals(s);
  updateWorkloadPressure(s);
  planHours(s);
  progressCases(s);
  applyTransfers(s);
  rebalanceCaseloads(s);
  applyRequestedChanges(s);
  allocateWaitingCases(s);
  holdWaitingCases(s);

  // What shapes next week
  updateStress(s);
  updateMorale(s);
  drawResignations(s);
  openRecruitment(s);
  requestAgencyCover(s);
  settleTally(s);
}
