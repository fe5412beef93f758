/**
 * GENERATED from src/scenario/scenario.schema.json by `npm run scenario:shape` (src/scenario/shape.ts):
 * edit the schema, not this file. A test fails if this file is stale.
 *
 * The resolved scenario: every parameter the engine reads, after `extends` and overrides. Names,
 * units, ranges, meanings and sources are documented in the schema only.
 */

export type ScenarioSources = Record<string, string>;

export interface RunSettings {
  seed: number;
  years: number;
  warmupWeeks: number;
}

export interface DemandParams {
  contactsPerWeek: number;
  referralShareOfContacts: number;
  thresholdResponse: number;
  caseloadResponse: number;
  referenceCaseload: number;
  seasonalAmplitude: number;
  seasonalPeakWeek: number;
  frontDoorHoursPerContact: number;
}

export interface StructureParams {
  design: string;
  teams: TeamSpec[];
  transfers: TransferPoint[];
}

export interface TeamSpec {
  name: string;
  label: string;
  holds: StageName[];
  takesShare?: number;
  planLengthFactor?: number;
}

export type StageName = 'assessment' | 'childInNeed' | 'childProtection' | 'lookedAfter';

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

export type TransferCauseName = 'court' | 'permanence' | 'leavingCare' | 'teamTransfer';

export interface PathwayParams {
  noFurtherActionShare: number;
  assessmentOutcomes: {
    notInNeed: number;
    childInNeed: number;
    childProtection: number;
    lookedAfter: number;
  };
  durations: {
    assessment: DurationBin[];
    childInNeed: DurationBin[];
    childProtection: DurationBin[];
    lookedAfter: DurationBin[];
  };
  cpStepDownShare: number;
  cinEscalationPerYear: number;
  careOverrunLimit: number;
  cpToCarePerYear: number;
  ageStartingCare: AgeBand[];
  ageAtReferral: AgeBand[];
  caseWeights: {
    assessment: number;
    childInNeed: number;
    childProtection: number;
    lookedAfter: number;
  };
  progressLostPerChangeWeeks: WeekRange;
}

export interface DurationBin {
  upToWeeks: number;
  share: number;
}

export interface AgeBand {
  underYears: number;
  share: number;
}

export interface WeekRange {
  min: number;
  max: number;
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
  establishment: {
    assessment: number;
    longTerm: number;
    inCare: number;
    nonCaseHolding: number;
    [name: string]: number;
  };
  initialVacancyRate: number;
  initialTurnoverRate: number;
  initialChangesPerYear: number;
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
  destinations: {
    otherAuthority: number;
    agency: number;
    outOfSector: number;
  };
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
  reallocateIfExpectedWeeks: number;
}

export type AbsenceCoverName = 'none' | 'duty';

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
  priorExperienceYears: {
    min: number;
    max: number;
  };
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
  payCap: {
    enabled: boolean;
    premium: number;
    supplyFactor: number;
  };
  rules2024: {
    alignNoticeWithPermanent: boolean;
    requireExperience: boolean;
    experienceSupplyFactor: number;
    noLocalLocumWeeks: number;
    experienceYears: number;
    barredChoice: {
      stay: number;
      otherAuthority: number;
      outOfSector: number;
    };
    coolOffChoice: {
      wait: number;
      furtherAfield: number;
      permanentPost: number;
    };
    restrictedConversionProbability: number;
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

export type OvertimePolicyName = 'none' | 'paid' | 'unpaid';

export interface AllocationParams {
  policy: AllocationPolicyName;
  caseloadCap: number;
  heldByManager: boolean;
  heldCaseProgress: number;
  childRequestPerYear: number;
  withdrawnPerYear: number;
  rebalancing: {
    enabled: boolean;
    overloadThreshold: number;
    reviewEveryWeeks: number;
    reviewTolerance: number;
    newStarterShare: number;
    maxMovesPerWeek: number;
  };
}

export type AllocationPolicyName = 'least-loaded' | 'round-robin' | 'continuity-first';

export interface CostParams {
  permanentSalary: number;
  nqSalary: number;
  recruitmentCostPerHire: number;
  overseasCostPerHire: number;
  annualBudget: number;
}

export interface Intervention {
  week: number;
  label?: string;
  set?: Record<string, unknown>;
  leave?: {
    count: number;
    team?: string;
    workers?: number[];
  };
  surge?: {
    extraContactsPerWeek: number;
    durationWeeks: number;
  };
  recruitmentDrive?: {
    hires: number;
    leadWeeks: number;
    route?: 'experienced' | 'newly-qualified' | 'overseas';
  };
}

export interface Scenario {
  name: string;
  description?: string;
  notes?: string;
  sources?: ScenarioSources;
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

type DeepPartial<T> = { [K in keyof T]?: T[K] extends (infer U)[] ? U[] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** A scenario file as written: with `extends` it lists only what it changes; `$schema` and `extends` are dropped on resolving. */
export type ScenarioDocument = DeepPartial<Scenario> & {
  $schema?: string;
  extends?: string;
};

/** Not part of the shape, but every scenario type is imported from here. */
export type { ScenarioError } from './scenarioError.js';
