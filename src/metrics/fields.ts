/**
 * The names, units and definitions of every output. This list is the single source for the CSV/JSON
 * columns, docs/outputs.md (generated from it) and the UI's labels: researchers build on these names,
 * so they are stable. Official definitions follow docs/model.md §D7 and §D9 (DfE workforce census, CIN census).
 */
import type { RunEvent } from '../state/events.js';

export interface FieldInfo {
  unit: string;
  description: string;
}

/** One value per reporting week. */
export const SERIES_FIELDS = {
  week: { unit: 'week', description: 'Reporting week, 1 = first week after warm-up.' },
  inPostFte: { unit: 'FTE', description: 'Social workers employed by the authority (permanent and newly qualified, not agency), as in the DfE census "in post".' },
  permanentFte: { unit: 'FTE', description: 'Experienced permanent social workers in post (excluding those in their newly-qualified year).' },
  newlyQualifiedFte: { unit: 'FTE', description: 'Social workers in post in their assessed and supported year in employment (ASYE).' },
  agencyFte: { unit: 'FTE', description: 'Agency social workers on assignment.' },
  caseHoldingFte: { unit: 'FTE', description: 'FTE of case-holding workers (in post and agency), including those working their notice, who still hold their cases.' },
  establishmentFte: { unit: 'FTE', description: 'Funded posts.' },
  vacancyFte: { unit: 'FTE', description: 'Funded posts with no authority-employed worker in them (covered by agency or not): max(0, establishment − in post).' },
  vacancyRate: { unit: 'share 0–1', description: 'DfE definition: vacancy FTE / (vacancy FTE + FTE in post).' },
  agencyRate: { unit: 'share 0–1', description: 'DfE definition: agency FTE / (agency FTE + FTE in post).' },
  turnoverRate: { unit: 'share 0–1 per year', description: 'DfE definition, rolling: FTE of authority-employed leavers in the last 52 weeks / FTE in post now. Agency workers excluded (see agencyEndsRolling52w).' },
  leaversFte: { unit: 'FTE per week', description: 'Authority-employed workers whose employment ended this week (after notice).' },
  startersFte: { unit: 'FTE per week', description: 'Authority-employed workers who started this week (all routes, including agency-to-permanent conversions).' },
  agencyEnds: { unit: 'workers per week', description: 'Agency assignments that ended this week (not renewed, resigned or released when a permanent worker arrived).' },
  agencyEndsRolling52w: { unit: 'per year (can exceed 1)', description: 'Agency churn: agency assignments ended in the last 52 weeks / agency FTE now.' },
  agencyPool: { unit: 'workers', description: 'Agency workers available in the regional market and not yet placed.' },
  openCases: { unit: 'cases', description: 'Children with an open episode (assessment, child in need, child protection or looked after).' },
  assessmentCases: { unit: 'cases', description: 'Open cases at assessment.' },
  childInNeedCases: { unit: 'cases', description: 'Open cases on a child-in-need plan.' },
  childProtectionCases: { unit: 'cases', description: 'Open cases on a child protection plan.' },
  lookedAfterCases: { unit: 'cases', description: 'Open cases of looked-after children.' },
  unallocatedCases: { unit: 'cases', description: 'Open cases with no allocated social worker (held on the team queue).' },
  meanWaitUnallocatedWeeks: { unit: 'weeks', description: 'Mean time the currently unallocated cases have waited so far.' },
  meanCaseload: { unit: 'cases per FTE', description: 'DfE definition: cases held / FTE of case-holding social workers. Unweighted: every case counts 1, whatever its stage.' },
  caseloadP10: { unit: 'cases per FTE', description: '10th percentile of caseload per FTE across case-holding workers (unweighted, as meanCaseload).' },
  caseloadP50: { unit: 'cases per FTE', description: 'Median caseload per FTE across case-holding workers (unweighted, as meanCaseload).' },
  caseloadP90: { unit: 'cases per FTE', description: '90th percentile of caseload per FTE across case-holding workers (unweighted, as meanCaseload).' },
  meanWeightedCaseload: { unit: 'weighted cases per FTE', description: 'Weighted caseload (each case counts its stage\'s pathway.caseWeights) / FTE of case-holding social workers: the measure allocation.caseloadCap limits.' },
  weightedCaseloadP90: { unit: 'weighted cases per FTE', description: '90th percentile of weighted caseload per FTE across case-holding workers, to read against allocation.caseloadCap (a worker\'s own cap is lower while her induction or newly-qualified protection lasts).' },
  shareOverCap: { unit: 'share 0–1', description: 'Share of case-holding workers whose weighted caseload is above their caseload cap.' },
  shareExcessiveHours: { unit: 'share 0–1', description: 'Share of working (not absent) workers whose hours this week exceed contracted hours by more than overtime.excessiveHoursThreshold.' },
  meanHoursWorked: { unit: 'hours per week', description: 'Mean hours worked by working workers, including overtime.' },
  caseHolderHoursPerFte: { unit: 'hours per FTE per week', description: 'Hours worked by working case-holding social workers (employed and agency) per FTE, including overtime: what the working-conditions surveys ask (40–42 hours a week).' },
  meanOvertimeHours: { unit: 'hours per week', description: 'Mean overtime hours (paid or unpaid) worked by working workers.' },
  meanStress: { unit: 'index 0–1', description: 'Mean stress (burnout) of workers; 0 = none, 1 = maximum.' },
  meanMorale: { unit: 'index 0–1', description: 'Mean team morale, weighted by team FTE; 1 = settled, 0 = collapsed.' },
  absenceRate: { unit: 'share 0–1', description: 'Share of worker FTE absent through sickness this week.' },
  contacts: { unit: 'contacts per week', description: 'Contacts arriving at the front door (new children and re-referrals).' },
  screenedOut: { unit: 'contacts per week', description: 'Contacts closed at the front door without becoming a referral.' },
  referrals: { unit: 'referrals per week', description: 'Referrals accepted (new children and re-referrals).' },
  reReferrals12m: { unit: 'referrals per week', description: 'Referrals of a child whose previous referral was within the last 52 weeks (CIN census definition).' },
  closures: { unit: 'cases per week', description: 'Episodes closed this week (including no further action and assessed not in need).' },
  shareChanged26w: { unit: 'share 0–1', description: 'Share of open cases with at least one change of worker in the last 26 weeks.' },
  shareChanged2Plus26w: { unit: 'share 0–1', description: 'Share of open cases with two or more changes of worker in the last 26 weeks.' },
  shareChanged3Plus26w: { unit: 'share 0–1', description: 'Share of open cases with three or more changes of worker in the last 26 weeks.' },
  shareWith3PlusWorkers: { unit: 'share 0–1', description: 'Share of open cases that have had three or more different workers during their involvement so far.' },
  lacShare3PlusWorkers52w: { unit: 'share 0–1', description: 'Share of looked-after children who had 3 or more different social workers during the last 52 weeks (DfE stability measure): the worker at the start of the window plus 2 or more changes since.' },
  lacShareChanged52w: { unit: 'share 0–1', description: 'Looked-after children with at least one change of social worker in the last 52 weeks (Children\'s Commissioner stability index).' },
  lacShareChanged2Plus52w: { unit: 'share 0–1', description: 'Looked-after children with two or more changes of social worker in the last 52 weeks.' },
  changesLeaver: { unit: 'changes per week', description: 'Changes of worker because the worker left (reallocation after notice).' },
  changesAgencyEnd: { unit: 'changes per week', description: 'Changes of worker because an agency assignment ended.' },
  changesHandover: { unit: 'changes per week', description: 'Changes of worker from a structural handover between teams at a change of stage.' },
  changesHolding: { unit: 'changes per week', description: 'Changes of worker from a holding allocation (a case held by the team manager is allocated).' },
  changesRebalance: { unit: 'changes per week', description: 'Changes of worker because a manager moved cases away from a worker well above her team\'s mean caseload.' },
  changesNewStarter: { unit: 'changes per week', description: 'Changes of worker because a manager gave the case to a new starter at the end of her protected first weeks.' },
  changesCaseReview: { unit: 'changes per week', description: 'Changes of worker at a periodic caseload review that evened out caseloads within a team.' },
  changesCourt: { unit: 'changes per week', description: 'Changes of worker when a transfer point moved the case into court work (structure.transfers, cause court).' },
  changesPermanence: { unit: 'changes per week', description: 'Changes of worker when a transfer point moved a looked-after child to a permanence team.' },
  changesLeavingCare: { unit: 'changes per week', description: 'Changes of worker when a transfer point moved a looked-after young person to a leaving-care team.' },
  changesTeamTransfer: { unit: 'changes per week', description: 'Changes of worker at any other transfer point between teams inside a stage.' },
  changesInternalMove: { unit: 'changes per week', description: 'Changes of worker because the worker moved to another team.' },
  changesAbsence: { unit: 'changes per week', description: 'Changes of worker because the worker was on long absence.' },
  changesReReferral: { unit: 'changes per week', description: 'Re-referred children allocated a different worker from their last one.' },
  changesTotal: { unit: 'changes per week', description: 'All changes of worker this week.' },
  meanDriftWeeks: { unit: 'weeks', description: 'Mean drift of plans that ended this week: actual duration − planned duration.' },
  meanProgressRate: { unit: 'share 0–1', description: 'Mean share of a full week of plan progress made by open cases this week.' },
  costPermanent: { unit: '£ per week', description: 'Salary cost (with on-costs) of workers in post.' },
  costAgency: { unit: '£ per week', description: 'Cost of agency workers (permanent salary × (1 + premium)).' },
  costOvertime: { unit: '£ per week', description: 'Cost of paid overtime.' },
  costRecruitment: { unit: '£ per week', description: 'Recruitment cost of hires made this week.' },
  costTotal: { unit: '£ per week', description: 'Total workforce cost this week.' },
  costCumulative: { unit: '£', description: 'Total workforce cost since the start of reporting.' },
  budgetCumulative: { unit: '£', description: 'Budget since the start of reporting (annual budget / 52 per week).' },
  overspendCumulative: { unit: '£', description: 'costCumulative − budgetCumulative (negative = underspend).' },
} as const satisfies Record<string, FieldInfo>;

export type SeriesField = keyof typeof SERIES_FIELDS;
export const SERIES_FIELD_NAMES = Object.keys(SERIES_FIELDS) as SeriesField[];

/** One value per run, over the reporting window (after warm-up). */
export const SUMMARY_FIELDS = {
  reportingWeeks: { unit: 'weeks', description: 'Length of the reporting window.' },
  inPostFte: { unit: 'FTE', description: 'Mean FTE in post over the window.' },
  agencyFte: { unit: 'FTE', description: 'Mean agency FTE over the window.' },
  turnoverRate: { unit: 'share 0–1 per year', description: 'Authority-employed FTE leavers in the window / mean FTE in post / years (DfE definition, annualised).' },
  vacancyRate: { unit: 'share 0–1', description: 'Mean weekly vacancy rate.' },
  agencyRate: { unit: 'share 0–1', description: 'Mean weekly agency rate.' },
  agencyChurnRate: { unit: 'per year (can exceed 1)', description: 'Agency assignments ended in the window / mean agency FTE / years.' },
  startersFtePerYear: { unit: 'FTE per year', description: 'Authority-employed starters per year.' },
  leaversFtePerYear: { unit: 'FTE per year', description: 'Authority-employed leavers per year.' },
  leaversUnder5YearsShare: { unit: 'share 0–1', description: 'Share of authority-employed leavers (FTE) with under five years\' service at the authority (DfE reports about 7 in 10).' },
  meanCaseload: { unit: 'cases per FTE', description: 'Mean weekly caseload (cases held / case-holding FTE; unweighted, the DfE measure).' },
  meanWeightedCaseload: { unit: 'weighted cases per FTE', description: 'Mean weekly weighted caseload (weighted cases held / case-holding FTE; the measure the caseload cap limits).' },
  shareOverCap: { unit: 'share 0–1', description: 'Mean weekly share of case-holding workers above the caseload cap.' },
  shareExcessiveHours: { unit: 'share 0–1', description: 'Mean weekly share of workers working excessive hours.' },
  meanHoursWorked: { unit: 'hours per week', description: 'Mean hours worked per working worker.' },
  caseHolderHoursPerFte: { unit: 'hours per FTE per week', description: 'Mean weekly hours worked per FTE by working case-holding social workers.' },
  meanStress: { unit: 'index 0–1', description: 'Mean worker stress.' },
  absenceRate: { unit: 'share 0–1', description: 'Mean share of FTE absent.' },
  openCases: { unit: 'cases', description: 'Mean open cases.' },
  unallocatedCases: { unit: 'cases', description: 'Mean unallocated cases.' },
  referralsPerYear: { unit: 'referrals per year', description: 'Referrals accepted per year.' },
  reReferralRate12m: { unit: 'share 0–1', description: 'Referrals in the window within 12 months of the child\'s previous referral / all referrals in the window (CIN census definition).' },
  shareChanged26w: { unit: 'share 0–1', description: 'Mean weekly share of open cases with ≥1 change of worker in the last 26 weeks.' },
  shareChanged3Plus26w: { unit: 'share 0–1', description: 'Mean weekly share of open cases with ≥3 changes of worker in the last 26 weeks.' },
  shareWith3PlusWorkers: { unit: 'share 0–1', description: 'Mean weekly share of open cases that have had ≥3 workers during their involvement.' },
  closedShareWith3PlusWorkers: { unit: 'share 0–1', description: 'Share of cases closed in the window that had ≥3 workers during the episode.' },
  closedShareWith0Workers: { unit: 'share 0–1', description: 'Distribution of workers per closed case: share closed without ever being allocated (e.g. no further action).' },
  closedShareWith1Worker: { unit: 'share 0–1', description: 'Distribution of workers per closed case: share that had exactly 1 worker.' },
  closedShareWith2Workers: { unit: 'share 0–1', description: 'Distribution of workers per closed case: share that had exactly 2 workers.' },
  closedShareWith3Workers: { unit: 'share 0–1', description: 'Distribution of workers per closed case: share that had exactly 3 workers.' },
  closedShareWith4PlusWorkers: { unit: 'share 0–1', description: 'Distribution of workers per closed case: share that had 4 or more workers.' },
  lacShare3PlusWorkers52w: { unit: 'share 0–1', description: 'Mean weekly share of looked-after children with ≥3 workers in the last 52 weeks.' },
  lacShareChanged52w: { unit: 'share 0–1', description: 'Mean weekly share of looked-after children with ≥1 change in the last 52 weeks.' },
  lacShareChanged2Plus52w: { unit: 'share 0–1', description: 'Mean weekly share of looked-after children with ≥2 changes in the last 52 weeks.' },
  changesPerCaseYear: { unit: 'changes per open case per year', description: 'All changes of worker in the window / mean open cases / years.' },
  changesLeaverShare: { unit: 'share 0–1', description: 'Share of all changes caused by leavers.' },
  changesAgencyEndShare: { unit: 'share 0–1', description: 'Share of all changes caused by agency assignments ending.' },
  changesHandoverShare: { unit: 'share 0–1', description: 'Share of all changes caused by structural handovers.' },
  changesHoldingShare: { unit: 'share 0–1', description: 'Share of all changes caused by holding allocations.' },
  changesRebalanceShare: { unit: 'share 0–1', description: 'Share of all changes caused by moving cases away from overloaded workers.' },
  changesNewStarterShare: { unit: 'share 0–1', description: 'Share of all changes caused by giving cases to new starters.' },
  changesCaseReviewShare: { unit: 'share 0–1', description: 'Share of all changes caused by periodic caseload reviews.' },
  changesCourtShare: { unit: 'share 0–1', description: 'Share of all changes caused by moves into court work.' },
  changesPermanenceShare: { unit: 'share 0–1', description: 'Share of all changes caused by moves to a permanence team.' },
  changesLeavingCareShare: { unit: 'share 0–1', description: 'Share of all changes caused by moves to a leaving-care team.' },
  changesTeamTransferShare: { unit: 'share 0–1', description: 'Share of all changes caused by other transfers between teams inside a stage.' },
  changesInternalMoveShare: { unit: 'share 0–1', description: 'Share of all changes caused by internal moves.' },
  changesAbsenceShare: { unit: 'share 0–1', description: 'Share of all changes caused by long absence.' },
  changesReReferralShare: { unit: 'share 0–1', description: 'Share of all changes on return after closure.' },
  meanWeeksToAllocation: { unit: 'weeks', description: 'Mean weeks from referral to first allocation, for cases first allocated in the window.' },
  meanDriftWeeks: { unit: 'weeks', description: 'Mean drift (actual − planned duration) of plans ended in the window.' },
  meanCaseDurationWeeks: { unit: 'weeks', description: 'Mean duration, referral to closure, of episodes closed in the window.' },
  costPerYear: { unit: '£ per year', description: 'Total workforce cost per year.' },
  agencyCostPerYear: { unit: '£ per year', description: 'Agency cost per year.' },
  overtimeCostPerYear: { unit: '£ per year', description: 'Paid overtime cost per year.' },
  overspendPerYear: { unit: '£ per year', description: 'Cost − budget per year (negative = underspend).' },
} as const satisfies Record<string, FieldInfo>;

export type SummaryField = keyof typeof SUMMARY_FIELDS;
export const SUMMARY_FIELD_NAMES = Object.keys(SUMMARY_FIELDS) as SummaryField[];

export type Series = Record<SeriesField, Float64Array>;
export type Summary = Record<SummaryField, number>;

export interface RunResult {
  scenarioName: string;
  seed: number;
  warmupWeeks: number;
  weeks: number;
  series: Series;
  summary: Summary;
  events?: RunEvent[];
}
