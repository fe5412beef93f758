/**
 * Scenario fixtures for the engine tests: the default authority as shipped, a tiny hand-checkable
 * authority with every random flow switched off (so a test adds cases and events by hand through the
 * store functions and `step()`), and a fast-check arbitrary of plausible perturbed authorities.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { DurationBin, Intervention, Scenario } from '../../src/scenario/types.js';

const DEFAULT_PATH = fileURLToPath(new URL('../../scenarios/default.json', import.meta.url));
const META_KEYS = ['$schema', 'sources', 'notes', 'extends'];

/** scenarios/default.json as the engine sees it: a fresh deep copy without the file's metadata keys. */
export function loadDefault(): Scenario {
  const raw = JSON.parse(readFileSync(DEFAULT_PATH, 'utf8')) as Record<string, unknown>;
  for (const key of META_KEYS) delete raw[key];
  return raw as unknown as Scenario;
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends (infer U)[] ? U[] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

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
  demand: { contactsPerWeek: 0, referralShareOfContacts: 0.48, seasonalAmplitude: 0, seasonalPeakWeek: 10, frontDoorHoursPerContact: 1.5 },
  pathway: {
    noFurtherActionShare: 0.071,
    assessmentOutcomes: { notInNeed: 0.32, childInNeed: 0.52, childProtection: 0.11, lookedAfter: 0.05 },
    cpStepDownShare: 0.4,
    cinEscalationPerYear: 0.05,
    cpToCarePerYear: 0.1,
    caseWeights: { assessment: 0.8, childInNeed: 1, childProtection: 1.3, lookedAfter: 1.1 },
    progressLostPerChangeWeeks: { min: 2, max: 4 },
  },
  reReferral: { baseProbability: 0.25, noServiceProbability: 0.35, driftEffectPer26Weeks: 0.2, changeEffect: 0.1, meanDelayWeeks: 20, maxDelayWeeks: 104 },
  workforce: {
    establishment: { assessment: 3, longTerm: 0, inCare: 0, nonCaseHolding: 0 },
    initialVacancyRate: 0,
    partTimeShare: 0,
    partTimeFte: 0.6,
    contractedHours: 37,
    capacityPerFte: 14.5,
    nqCaseloadProtection: 0.85,
    nqProtectionWeeks: 52,
    inductionWeeks: 4,
    inductionCapacity: 0.5,
    internalMovesPerYear: 0,
  },
  stress: { gainPerOvertimeHour: 0.004, gainFromBacklog: 0.05, recoveryPerWeek: 0.04, flexibleWorking: false, flexibleWorkingReduction: 0.3, supervisionRatio: 6, supervisionReferenceRatio: 6, supervisionEffect: 0.3 },
  morale: { dropPerLeaverShare: 2, vacancyEffect: 1, recoveryPerWeek: 0.05 },
  turnover: {
    baseAnnualRate: 0,
    stressMultiplier: 1.5,
    moraleMultiplier: 1,
    earlyTenureMultiplier: 1.5,
    earlyTenureYears: 2,
    noticeWeeks: 4,
    destinations: { otherAuthority: 0.27, agency: 0.17, outOfSector: 0.56 },
  },
  absence: { baseRate: 0, stressEffect: 1, longShare: 0.15, shortWeeks: { min: 1, max: 1 }, longWeeks: { min: 4, max: 12 }, cover: 'none', dutyCoverProgress: 0.5, reallocateAfterWeeks: 4 },
  recruitment: {
    enabled: false,
    timeToHireWeeks: { min: 12, max: 16 },
    successProbability: 0.2,
    attractiveness: 1,
    inadequateRating: false,
    inadequatePenalty: 0.5,
    overseasShare: 0,
    overseasLeadWeeks: { min: 26, max: 39 },
    overseasInductionWeeks: 12,
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
    rules2024: { alignNoticeWithPermanent: false, requireExperience: false, experienceSupplyFactor: 0.85, noLocalLocumWeeks: 0 },
  },
  overtime: { policy: 'unpaid', maxHoursPerWeek: 12, paidRateMultiplier: 1, excessiveHoursThreshold: 4 },
  allocation: { policy: 'least-loaded', caseloadCap: 22, handover: 'team-handover', heldByManager: true, rebalancing: { enabled: false, overloadThreshold: 1.1, maxMovesPerWeek: 10 } },
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

// ---------------------------------------------------------------------------------------------
// randomScenario: default.json with a random subset of parameters perturbed within plausible ranges.

const shares = (n: number): fc.Arbitrary<number[]> =>
  fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n }).map((xs) => {
    const total = xs.reduce((a, b) => a + b, 0);
    return xs.map((x) => x / total);
  });

/** Duration bins with increasing bounds and shares summing to 1. */
const bins = (maxWeeks: number): fc.Arbitrary<DurationBin[]> =>
  fc.integer({ min: 1, max: 5 }).chain((n) =>
    fc.tuple(fc.uniqueArray(fc.integer({ min: 1, max: maxWeeks }), { minLength: n, maxLength: n }), shares(n)).map(([bounds, sh]) =>
      [...bounds].sort((a, b) => a - b).map((upToWeeks, i) => ({ upToWeeks, share: sh[i] })),
    ),
  );

const range = (lo: number, hi: number): fc.Arbitrary<{ min: number; max: number }> =>
  fc.tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi })).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));

const real = (min: number, max: number): fc.Arbitrary<number> => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const teamName = fc.constantFrom('assessment' as const, 'longTerm' as const, 'inCare' as const, 'any' as const);

/** A `set` intervention over paths that the engine reads every week. */
const setAction: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({ 'allocation.caseloadCap': fc.integer({ min: 8, max: 30 }) }),
  fc.record({ 'demand.contactsPerWeek': fc.integer({ min: 20, max: 300 }) }),
  fc.record({ 'overtime.policy': fc.constantFrom('none', 'paid', 'unpaid') }),
  fc.record({ 'allocation.policy': fc.constantFrom('least-loaded', 'round-robin', 'continuity-first') }),
  fc.record({ 'allocation.handover': fc.constantFrom('team-handover', 'single-worker') }),
  fc.record({ 'agency.allowed': fc.boolean() }),
  fc.record({ 'agency.payCap.enabled': fc.boolean() }),
  fc.record({ 'turnover.baseAnnualRate': real(0, 0.5) }),
  fc.record({ 'workforce.establishment.longTerm': fc.integer({ min: 0, max: 150 }) }),
);

export const interventionArb = (maxWeek: number): fc.Arbitrary<Intervention> =>
  fc.integer({ min: 1, max: maxWeek }).chain((week) =>
    fc.oneof(
      setAction.map((set) => ({ week, set })),
      fc.record({ count: fc.integer({ min: 0, max: 20 }), team: teamName }).map((leave) => ({ week, leave })),
      fc.record({ extraContactsPerWeek: fc.integer({ min: 0, max: 200 }), durationWeeks: fc.integer({ min: 1, max: 26 }) }).map((surge) => ({ week, surge })),
      fc
        .record({ hires: fc.integer({ min: 0, max: 20 }), leadWeeks: fc.integer({ min: 0, max: 30 }), route: fc.constantFrom('experienced' as const, 'newly-qualified' as const, 'overseas' as const) })
        .map((recruitmentDrive) => ({ week, recruitmentDrive })),
    ),
  );

/** Every perturbation, each optional: fast-check picks a random subset (requiredKeys: []). */
const perturbations = fc.record(
  {
    allocationPolicy: fc.constantFrom('least-loaded' as const, 'round-robin' as const, 'continuity-first' as const),
    handover: fc.constantFrom('team-handover' as const, 'single-worker' as const),
    overtimePolicy: fc.constantFrom('none' as const, 'paid' as const, 'unpaid' as const),
    absenceCover: fc.constantFrom('none' as const, 'duty' as const),
    agencyAllowed: fc.boolean(),
    payCap: fc.boolean(),
    alignNotice: fc.boolean(),
    requireExperience: fc.boolean(),
    noLocalLocumWeeks: fc.integer({ min: 0, max: 13 }),
    heldByManager: fc.boolean(),
    rebalancing: fc.boolean(),
    flexibleWorking: fc.boolean(),
    inadequateRating: fc.boolean(),
    caseloadCap: fc.integer({ min: 8, max: 30 }),
    contactsPerWeek: fc.integer({ min: 20, max: 300 }),
    baseAnnualRate: real(0, 0.5),
    successProbability: real(0, 1),
    establishment: fc.record({ assessment: fc.integer({ min: 0, max: 150 }), longTerm: fc.integer({ min: 0, max: 150 }), inCare: fc.integer({ min: 0, max: 150 }), nonCaseHolding: fc.integer({ min: 0, max: 150 }) }),
    supplyPerWeek: real(0, 5),
    noticeWeeks: fc.integer({ min: 0, max: 12 }),
    agencyNoticeWeeks: fc.integer({ min: 0, max: 12 }),
    warmupWeeks: fc.integer({ min: 0, max: 30 }),
    absenceBaseRate: real(0, 0.1),
    reallocateAfterWeeks: fc.integer({ min: 0, max: 12 }),
    internalMovesPerYear: real(0, 0.3),
    initialVacancyRate: real(0, 0.5),
    outcomes: shares(4),
    destinations: shares(3),
    assessmentBins: bins(12),
    cinBins: bins(104),
    cpBins: bins(156),
    lacBins: bins(520),
    progressLost: range(0, 6),
    maxOvertime: fc.integer({ min: 0, max: 30 }),
    interventions: fc.array(interventionArb(104), { maxLength: 4 }),
  },
  { requiredKeys: [] },
);

export const randomScenario: fc.Arbitrary<Scenario> = fc.tuple(perturbations, fc.integer({ min: 1, max: 2 })).map(([p, years]) => {
  const s = loadDefault();
  s.name = 'random';
  s.run.years = years;
  s.run.warmupWeeks = p.warmupWeeks ?? 0;
  if (p.allocationPolicy) s.allocation.policy = p.allocationPolicy;
  if (p.handover) s.allocation.handover = p.handover;
  if (p.overtimePolicy) s.overtime.policy = p.overtimePolicy;
  if (p.absenceCover) s.absence.cover = p.absenceCover;
  if (p.agencyAllowed !== undefined) s.agency.allowed = p.agencyAllowed;
  if (p.payCap !== undefined) s.agency.payCap.enabled = p.payCap;
  if (p.alignNotice !== undefined) s.agency.rules2024.alignNoticeWithPermanent = p.alignNotice;
  if (p.requireExperience !== undefined) s.agency.rules2024.requireExperience = p.requireExperience;
  if (p.noLocalLocumWeeks !== undefined) s.agency.rules2024.noLocalLocumWeeks = p.noLocalLocumWeeks;
  if (p.heldByManager !== undefined) s.allocation.heldByManager = p.heldByManager;
  if (p.rebalancing !== undefined) s.allocation.rebalancing.enabled = p.rebalancing;
  if (p.flexibleWorking !== undefined) s.stress.flexibleWorking = p.flexibleWorking;
  if (p.inadequateRating !== undefined) s.recruitment.inadequateRating = p.inadequateRating;
  if (p.caseloadCap !== undefined) s.allocation.caseloadCap = p.caseloadCap;
  if (p.contactsPerWeek !== undefined) s.demand.contactsPerWeek = p.contactsPerWeek;
  if (p.baseAnnualRate !== undefined) s.turnover.baseAnnualRate = p.baseAnnualRate;
  if (p.successProbability !== undefined) s.recruitment.successProbability = p.successProbability;
  if (p.establishment) s.workforce.establishment = p.establishment;
  if (p.supplyPerWeek !== undefined) s.agency.supplyPerWeek = p.supplyPerWeek;
  if (p.noticeWeeks !== undefined) s.turnover.noticeWeeks = p.noticeWeeks;
  if (p.agencyNoticeWeeks !== undefined) s.agency.noticeWeeks = p.agencyNoticeWeeks;
  if (p.absenceBaseRate !== undefined) s.absence.baseRate = p.absenceBaseRate;
  if (p.reallocateAfterWeeks !== undefined) s.absence.reallocateAfterWeeks = p.reallocateAfterWeeks;
  if (p.internalMovesPerYear !== undefined) s.workforce.internalMovesPerYear = p.internalMovesPerYear;
  if (p.initialVacancyRate !== undefined) s.workforce.initialVacancyRate = p.initialVacancyRate;
  if (p.outcomes) {
    const [notInNeed, childInNeed, childProtection, lookedAfter] = p.outcomes;
    s.pathway.assessmentOutcomes = { notInNeed, childInNeed, childProtection, lookedAfter };
  }
  if (p.destinations) {
    const [otherAuthority, agency, outOfSector] = p.destinations;
    s.turnover.destinations = { otherAuthority, agency, outOfSector };
  }
  if (p.assessmentBins) s.pathway.durations.assessment = p.assessmentBins;
  if (p.cinBins) s.pathway.durations.childInNeed = p.cinBins;
  if (p.cpBins) s.pathway.durations.childProtection = p.cpBins;
  if (p.lacBins) s.pathway.durations.lookedAfter = p.lacBins;
  if (p.progressLost) s.pathway.progressLostPerChangeWeeks = p.progressLost;
  if (p.maxOvertime !== undefined) s.overtime.maxHoursPerWeek = p.maxOvertime;
  if (p.interventions) s.interventions = p.interventions.filter((i) => i.week <= years * 52);
  return s;
});
