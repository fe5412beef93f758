/**
 * The resolved scenario: every parameter the engine reads, after `extends` and overrides.
 * Names, units, ranges and sources are documented once, in src/scenario/scenario.schema.json;
 * this file only gives them TypeScript types. Times are integer or fractional weeks, money is £.
 */

/** A histogram of durations: share of cases whose value falls in (previous upToWeeks, upToWeeks]. Shares sum to 1. */
export interface DurationBin {
  upToWeeks: number;
  share: number;
}

export interface WeekRange {
  min: number;
  max: number;
}

/** The stages a team can hold, as the scenario names them. */
export type StageName = 'assessment' | 'childInNeed' | 'childProtection' | 'lookedAfter';
export type TransferCauseName = 'court' | 'permanence' | 'leavingCare' | 'teamTransfer';
export type OvertimePolicyName = 'none' | 'paid' | 'unpaid';
export type AllocationPolicyName = 'least-loaded' | 'round-robin' | 'continuity-first';
export type HandoverPolicyName = 'team-handover' | 'single-worker';
export type AbsenceCoverName = 'none' | 'duty';

export interface RunSettings {
  seed: number;
  years: number;
  warmupWeeks: number;
}

export interface DemandParams {
  contactsPerWeek: number;
  referralShareOfContacts: number;
  thresholdResponse: number;
  seasonalAmplitude: number;
  seasonalPeakWeek: number;
  frontDoorHoursPerContact: number;
}

export interface PathwayParams {
  noFurtherActionShare: number;
  assessmentOutcomes: { notInNeed: number; childInNeed: number; childProtection: number; lookedAfter: number };
  durations: {
    assessment: DurationBin[];
    childInNeed: DurationBin[];
    childProtection: DurationBin[];
    lookedAfter: DurationBin[];
  };
  cpStepDownShare: number;
  cinEscalationPerYear: number;
  cpToCarePerYear: number;
  ageStartingCare: AgeBand[];
  caseWeights: { assessment: number; childInNeed: number; childProtection: number; lookedAfter: number };
  progressLostPerChangeWeeks: WeekRange;
}

/** A band of ages: the share of children aged at least the previous band's underYears (0 for the first) and under this one's. */
export interface AgeBand {
  underYears: number;
  share: number;
}

/** A case-holding team: its name (used by transfer points and workforce.establishment), label and the stages it holds. */
export interface TeamSpec {
  name: string;
  label: string;
  holds: StageName[];
}

/** A transfer point: inside `stage`, a case in team `from` moves to team `to` after a number of weeks in the team or at an age of the child. */
export interface TransferPoint {
  from: string;
  to: string;
  stage: StageName;
  afterWeeks?: number;
  atAge?: number;
  probability: number;
  workerFollows: number;
  cause: TransferCauseName;
}

export interface StructureParams {
  design: string;
  teams: TeamSpec[];
  transfers: TransferPoint[];
}

export interface ReReferralParams {
  baseProbability: number;
  noServiceProbability: number;
  driftEffectPer26Weeks: number;
  changeEffect: number;
  meanDelayWeeks: number;
  maxDelayWeeks: number;
}

export interface WorkforceParams {
  /** Posts per case-holding team (by name) and of the non-case-holding group. */
  establishment: Record<string, number> & { nonCaseHolding: number };
  initialVacancyRate: number;
  initialTurnoverRate: number;
  partTimeShare: number;
  partTimeFte: number;
  contractedHours: number;
  capacityPerFte: number;
  nqCaseloadProtection: number;
  nqProtectionWeeks: number;
  inductionWeeks: number;
  inductionCapacity: number;
  internalMovesPerYear: number;
  workloadVariation: number;
  workloadSpellWeeks: number;
}

export interface StressParams {
  gainPerOvertimeHour: number;
  gainFromBacklog: number;
  recoveryPerWeek: number;
  flexibleWorking: boolean;
  flexibleWorkingReduction: number;
  supervisionRatio: number;
  supervisionReferenceRatio: number;
  supervisionEffect: number;
}

export interface MoraleParams {
  dropPerLeaverShare: number;
  vacancyEffect: number;
  recoveryPerWeek: number;
}

export interface TurnoverParams {
  baseAnnualRate: number;
  stressMultiplier: number;
  moraleMultiplier: number;
  earlyTenureMultiplier: number;
  earlyTenureYears: number;
  propensitySpread: number;
  maxServiceYears: number;
  noticeWeeks: number;
  destinations: { otherAuthority: number; agency: number; outOfSector: number };
}

export interface AbsenceParams {
  baseRate: number;
  stressEffect: number;
  longShare: number;
  shortWeeks: WeekRange;
  longWeeks: WeekRange;
  cover: AbsenceCoverName;
  dutyCoverProgress: number;
  reallocateAfterWeeks: number;
}

export interface RecruitmentParams {
  enabled: boolean;
  timeToHireWeeks: WeekRange;
  successProbability: number;
  attractiveness: number;
  flexibleWorkingBonus: number;
  inadequateRating: boolean;
  inadequatePenalty: number;
  overseasShare: number;
  overseasLeadWeeks: WeekRange;
  overseasInductionWeeks: number;
  nqIntakeWeek: number;
  nqIntakePerYear: number;
  nqLeavingMultiplier: number;
}

export interface AgencyParams {
  allowed: boolean;
  fillDelayWeeks: number;
  maxShareOfVacancies: number;
  supplyPerWeek: number;
  poolLeavingPerWeek: number;
  premium: number;
  assignmentWeeks: WeekRange;
  renewalProbability: number;
  conversionProbability: number;
  annualLeavingRate: number;
  noticeWeeks: number;
  payCap: { enabled: boolean; premium: number; supplyFactor: number };
  rules2024: {
    alignNoticeWithPermanent: boolean;
    requireExperience: boolean;
    experienceSupplyFactor: number;
    noLocalLocumWeeks: number;
  };
}

export interface OvertimeParams {
  policy: OvertimePolicyName;
  maxHoursPerWeek: number;
  paidRateMultiplier: number;
  excessiveHoursThreshold: number;
  fullOutputHours: number;
  noExtraOutputHours: number;
}

export interface AllocationParams {
  policy: AllocationPolicyName;
  caseloadCap: number;
  handover: HandoverPolicyName;
  heldByManager: boolean;
  heldCaseProgress: number;
  rebalancing: { enabled: boolean; overloadThreshold: number; reviewEveryWeeks: number; reviewTolerance: number; newStarterShare: number; maxMovesPerWeek: number };
}

export interface CostParams {
  permanentSalary: number;
  nqSalary: number;
  recruitmentCostPerHire: number;
  overseasCostPerHire: number;
  annualBudget: number;
}

/** Applied at the start of reporting week `week` (1 = first week after warm-up). Exactly one action per record. */
export interface Intervention {
  week: number;
  label?: string;
  set?: Record<string, unknown>;
  /** `team` names a case-holding team of `structure.teams`, or 'any'. */
  leave?: { count: number; team?: string; workers?: number[] };
  surge?: { extraContactsPerWeek: number; durationWeeks: number };
  recruitmentDrive?: { hires: number; leadWeeks: number; route?: 'experienced' | 'newly-qualified' | 'overseas' };
}

export interface Scenario {
  name: string;
  description?: string;
  run: RunSettings;
  demand: DemandParams;
  structure: StructureParams;
  pathway: PathwayParams;
  reReferral: ReReferralParams;
  workforce: WorkforceParams;
  stress: StressParams;
  morale: MoraleParams;
  turnover: TurnoverParams;
  absence: AbsenceParams;
  recruitment: RecruitmentParams;
  agency: AgencyParams;
  overtime: OvertimeParams;
  allocation: AllocationParams;
  costs: CostParams;
  interventions: Intervention[];
}

/** One problem in a scenario document; `path` is '' for the document itself (shown as "(root)"). */
export interface ScenarioError {
  /** Where the problem is, e.g. `agency.payCap.premium` or `pathway.durations.childInNeed[2].share`. */
  path: string;
  /** What was expected, in plain words: "a number between 0 and 1". */
  expected: string;
  /** A short rendering of what was found. */
  actual: string;
  /** `${path}: expected ${expected}, found ${actual}`. */
  message: string;
}

/** Where each parameter's value comes from: dotted parameter path → citation or "assumption: <reason>". */
export type ScenarioSources = Record<string, string>;

type DeepPartial<T> = { [K in keyof T]?: T[K] extends (infer U)[] ? U[] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** A scenario file as written: with `extends` it lists only what it changes; `$schema` and `extends` are dropped on resolving. */
export type ScenarioDocument = DeepPartial<Scenario> & {
  $schema?: string;
  extends?: string;
  notes?: string;
  sources?: ScenarioSources;
};
