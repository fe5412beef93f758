/**
 * Scenario fixtures for the engine tests: the default authority as shipped, a tiny hand-checkable
 * authority with every random flow switched off (so a test adds cases and events by hand through the
 * store functions and `step()`), and a fast-check arbitrary of plausible perturbed authorities.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../../src/scenario/types.js';

const DEFAULT_PATH = fileURLToPath(new URL('../../scenarios/default.json', import.meta.url));
const META_KEYS = ['$schema', 'sources', 'notes', 'extends'];

/** scenarios/default.json as the engine sees it: a fresh deep copy without the file's metadata keys. */
export function loadDefault(): Scenario {
  const raw = JSON.parse(readFileSync(DEFAULT_PATH, 'utf8')) as Record<string, unknown>;
  for (const key of META_KEYS) delete raw[key];
  return raw as unknown as Scenario;
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends (infer U)[] ? U[] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge: objects merge key by key, arrays and scalars replace. Returns a new object. */
export function merge<T>(base: T, overrides: DeepPartial<T> | Record<string, unknown>): T {
  const out = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  for (const [k, v] of Object.entries(overrides as Record<string, unknown>)) {
    if (v === undefined) continue;
    out[k] = isPlainObject(v) && isPlainObject(out[k]) ? merge(out[k], v) : JSON.parse(JSON.stringify(v));
  }
  return out as T;
}

/**
 * Every value a hand-checked expectation depends on, pinned here so that calibrating default.json
 * never moves a unit test: hours and capacity (37 h, 14.5 weighted cases per FTE, cap 22), weights,
 * protections, the pathway, re-referral, stress, morale, turnover, absence, recruitment, agency,
 * overtime and costs. Random flows are off: no contacts, no absence, no leaving, no agency, no hiring.
 */
const TINY: DeepPartial<Scenario> = {
  name: 'tiny',
  run: { seed: 1, years: 1, warmupWeeks: 0 },
  demand: { contactsPerWeek: 0, referralShareOfContacts: 0.48, thresholdResponse: 0, caseloadResponse: 0, referenceCaseload: 16, seasonalAmplitude: 0, seasonalPeakWeek: 10, frontDoorHoursPerContact: 1.5 },
  pathway: {
    noFurtherActionShare: 0.071,
    assessmentOutcomes: { notInNeed: 0.32, childInNeed: 0.52, childProtection: 0.11, lookedAfter: 0.05 },
    cpStepDownShare: 0.4,
    cinEscalationPerYear: 0.05,
    careOverrunLimit: 10,
    cpToCarePerYear: 0.1,
    caseWeights: { assessment: 0.8, childInNeed: 1, childProtection: 1.3, lookedAfter: 1.1 },
    progressLostPerChangeWeeks: { min: 2, max: 4 },
  },
  reReferral: { baseProbability: 0.25, noServiceProbability: 0.35, driftEffectPer26Weeks: 0.2, changeEffect: 0.1, meanDelayWeeks: 20, maxDelayWeeks: 104 },
  workforce: {
    establishment: { assessment: 3, longTerm: 0, inCare: 0, nonCaseHolding: 0 },
    initialVacancyRate: 0,
    initialTurnoverRate: 0.159,
    initialChangesPerYear: 0.9,
    partTimeShare: 0,
    partTimeFte: 0.6,
    contractedHours: 37,
    capacityPerFte: 14.5,
    nqCaseloadProtection: 0.85,
    nqProtectionWeeks: 52,
    inductionWeeks: 4,
    inductionCapacity: 0.5,
    internalMovesPerYear: 0,
    workloadVariation: 0,
    workloadSpellWeeks: 0,
  },
  stress: { gainPerOvertimeHour: 0.004, gainFromBacklog: 0.05, recoveryPerWeek: 0.04, flexibleWorking: false, flexibleWorkingReduction: 0.3, supervisionRatio: 6, supervisionReferenceRatio: 6, supervisionEffect: 0.3 },
  morale: { dropPerLeaverShare: 2, vacancyEffect: 1, recoveryPerWeek: 0.05 },
  turnover: {
    baseAnnualRate: 0,
    stressMultiplier: 1.5,
    moraleMultiplier: 1,
    earlyTenureMultiplier: 1.5,
    earlyTenureYears: 2,
    propensitySpread: 0,
    maxServiceYears: 40,
    noticeWeeks: 4,
    destinations: { otherAuthority: 0.27, agency: 0.17, outOfSector: 0.56 },
  },
  absence: { baseRate: 0, stressEffect: 1, longShare: 0.15, shortWeeks: { min: 1, max: 1 }, longWeeks: { min: 4, max: 12 }, cover: 'none', dutyCoverProgress: 0.5, reallocateAfterWeeks: 4 },
  recruitment: {
    enabled: false,
    timeToHireWeeks: { min: 12, max: 16 },
    successProbability: 0.2,
    attractiveness: 1,
    flexibleWorkingBonus: 0.2,
    inadequateRating: false,
    inadequatePenalty: 0.5,
    overseasShare: 0,
    overseasLeadWeeks: { min: 26, max: 39 },
    overseasInductionWeeks: 12,
    priorExperienceYears: { min: 1, max: 10 },
    nqIntakeWeek: 36,
    nqIntakePerYear: 0,
    nqLeavingMultiplier: 1,
  },
  agency: {
    allowed: false,
    fillDelayWeeks: 2,
    maxShareOfVacancies: 0.8,
    supplyPerWeek: 1.5,
    poolLeavingPerWeek: 0.05,
    premium: 0.53,
    assignmentWeeks: { min: 13, max: 39 },
    renewalProbability: 0.7,
    conversionProbability: 0.05,
    annualLeavingRate: 0.25,
    noticeWeeks: 1,
    payCap: { enabled: false, premium: 0.3, supplyFactor: 0.7 },
    rules2024: {
      alignNoticeWithPermanent: false, requireExperience: false, experienceSupplyFactor: 0.85, noLocalLocumWeeks: 0, experienceYears: 3,
      barredChoice: { stay: 0.34, otherAuthority: 0.33, outOfSector: 0.33 }, coolOffChoice: { wait: 0.5, furtherAfield: 0.25, permanentPost: 0.25 }, restrictedConversionProbability: 0.1,
    },
  },
  overtime: { policy: 'unpaid', maxHoursPerWeek: 12, paidRateMultiplier: 1, excessiveHoursThreshold: 4, fullOutputHours: 49, noExtraOutputHours: 56 },
  allocation: { policy: 'least-loaded', caseloadCap: 22, heldByManager: true, heldCaseProgress: 0, rebalancing: { enabled: false, overloadThreshold: 1.1, reviewEveryWeeks: 0, reviewTolerance: 1.25, newStarterShare: 0, maxMovesPerWeek: 10 } },
  costs: { permanentSalary: 52000, nqSalary: 42000, recruitmentCostPerHire: 6000, overseasCostPerHire: 12000, annualBudget: 1000000 },
  interventions: [],
};

/**
 * A hand-checkable authority: 3 assessment workers, no other posts, no contacts (so no referrals and
 * no seeded cases), no agency, recruitment, absence, turnover, internal moves, warm-up or rebalancing.
 * Tests add cases and events by hand through the store functions and `step()`.
 */
export function tinyScenario(overrides: DeepPartial<Scenario> = {}): Scenario {
  return merge(merge(loadDefault(), TINY), overrides);
}

export { interventionArb, randomScenario } from './randomScenario.js';
