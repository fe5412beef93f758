/**
 * randomScenario: a fast-check arbitrary of plausible authorities, scenarios/default.json with a random
 * subset of parameters perturbed within plausible ranges (every policy value, the switches, sizes and
 * rates, duration histograms and random interventions). Shares that must sum to 1 do; runs are 1–2
 * years so property tests stay fast. Every scenario it makes passes validateScenario.
 */
import fc from 'fast-check';
import type { DurationBin, Intervention, Scenario } from '../../src/scenario/types.js';
import { loadDefault } from './scenarios.js';

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
    overtimePolicy: fc.constantFrom('none' as const, 'paid' as const, 'unpaid' as const),
    absenceCover: fc.constantFrom('none' as const, 'duty' as const),
    agencyAllowed: fc.boolean(),
    payCap: fc.boolean(),
    alignNotice: fc.boolean(),
    requireExperience: fc.boolean(),
    noLocalLocumWeeks: fc.integer({ min: 0, max: 13 }),
    heldByManager: fc.boolean(),
    heldCaseProgress: real(0, 1),
    thresholdResponse: real(0, 3),
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
    workloadVariation: real(0, 1),
    propensitySpread: real(0, 2),
    maxServiceYears: fc.integer({ min: 1, max: 60 }),
    workloadSpellWeeks: real(0, 12),
    fullOutputHours: real(30, 60),
    noExtraOutputHours: real(30, 70),
    initialVacancyRate: real(0, 0.5),
    initialTurnoverRate: real(0.01, 0.9),
    outcomes: shares(4),
    destinations: shares(3),
    assessmentBins: bins(12),
    cinBins: bins(104),
    cpBins: bins(156),
    lacBins: bins(520),
    progressLost: range(0, 6),
    maxOvertime: fc.integer({ min: 0, max: 30 }),
    inductionCapacity: real(0, 1),
    nqCaseloadProtection: real(0, 1),
    fillDelayWeeks: fc.integer({ min: 0, max: 6 }),
    partTimeShare: real(0, 1),
    renewalProbability: real(0, 1),
    conversionProbability: real(0, 1),
    interventions: fc.array(interventionArb(104), { maxLength: 4 }),
    structure: fc.record({
      toCourtWeeks: fc.integer({ min: 1, max: 60 }),
      toCourt: real(0, 1),
      courtWeeks: fc.integer({ min: 1, max: 60 }),
      follows: real(0, 1),
      toPermanence: real(0.01, 1),
      leavingAge: real(0, 17.9),
      posts: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 3, maxLength: 3 }),
    }),
  },
  { requiredKeys: [] },
);

export const randomScenario: fc.Arbitrary<Scenario> = fc.tuple(perturbations, fc.integer({ min: 1, max: 2 })).map(([p, years]) => {
  const s = loadDefault();
  s.name = 'random';
  s.run.years = years;
  s.run.warmupWeeks = p.warmupWeeks ?? 0;
  if (p.allocationPolicy) s.allocation.policy = p.allocationPolicy;
  if (p.overtimePolicy) s.overtime.policy = p.overtimePolicy;
  if (p.absenceCover) s.absence.cover = p.absenceCover;
  if (p.agencyAllowed !== undefined) s.agency.allowed = p.agencyAllowed;
  if (p.payCap !== undefined) s.agency.payCap.enabled = p.payCap;
  if (p.alignNotice !== undefined) s.agency.rules2024.alignNoticeWithPermanent = p.alignNotice;
  if (p.requireExperience !== undefined) s.agency.rules2024.requireExperience = p.requireExperience;
  if (p.noLocalLocumWeeks !== undefined) s.agency.rules2024.noLocalLocumWeeks = p.noLocalLocumWeeks;
  if (p.heldByManager !== undefined) s.allocation.heldByManager = p.heldByManager;
  if (p.heldCaseProgress !== undefined) s.allocation.heldCaseProgress = p.heldCaseProgress;
  if (p.thresholdResponse !== undefined) s.demand.thresholdResponse = p.thresholdResponse;
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
  if (p.propensitySpread !== undefined) s.turnover.propensitySpread = p.propensitySpread;
  if (p.maxServiceYears !== undefined) s.turnover.maxServiceYears = p.maxServiceYears;
  if (p.workloadVariation !== undefined) s.workforce.workloadVariation = p.workloadVariation;
  if (p.workloadSpellWeeks !== undefined) s.workforce.workloadSpellWeeks = p.workloadSpellWeeks;
  if (p.fullOutputHours !== undefined) s.overtime.fullOutputHours = p.fullOutputHours;
  if (p.noExtraOutputHours !== undefined) s.overtime.noExtraOutputHours = p.noExtraOutputHours;
  if (p.initialVacancyRate !== undefined) s.workforce.initialVacancyRate = p.initialVacancyRate;
  if (p.initialTurnoverRate !== undefined) s.workforce.initialTurnoverRate = p.initialTurnoverRate;
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
  if (p.inductionCapacity !== undefined) s.workforce.inductionCapacity = p.inductionCapacity;
  if (p.nqCaseloadProtection !== undefined) s.workforce.nqCaseloadProtection = p.nqCaseloadProtection;
  if (p.fillDelayWeeks !== undefined) s.agency.fillDelayWeeks = p.fillDelayWeeks;
  if (p.partTimeShare !== undefined) s.workforce.partTimeShare = p.partTimeShare;
  if (p.renewalProbability !== undefined) s.agency.renewalProbability = p.renewalProbability;
  if (p.conversionProbability !== undefined) s.agency.conversionProbability = p.conversionProbability;
  if (p.structure) {
    // Court, permanence and leaving-care teams with random transfer points: every kind of trigger.
    const t = p.structure;
    s.structure = {
      design: 'random',
      teams: [
        { name: 'assessment', label: 'A', holds: ['assessment'] },
        { name: 'longTerm', label: 'L', holds: ['childInNeed', 'childProtection'] },
        { name: 'court', label: 'C', holds: ['childProtection', 'lookedAfter'] },
        { name: 'inCare', label: 'I', holds: ['lookedAfter'] },
        { name: 'permanence', label: 'P', holds: ['lookedAfter'] },
        { name: 'leavingCare', label: 'LC', holds: ['lookedAfter'] },
      ],
      transfers: [
        { from: 'longTerm', to: 'court', stage: 'childProtection', afterWeeks: t.toCourtWeeks, probability: t.toCourt, workerFollows: t.follows, cause: 'court' },
        { from: 'court', to: 'inCare', stage: 'lookedAfter', afterWeeks: t.courtWeeks, probability: 1, workerFollows: t.follows, cause: 'teamTransfer' },
        { from: 'inCare', to: 'permanence', stage: 'lookedAfter', afterWeeks: t.courtWeeks, probability: t.toPermanence, workerFollows: 0, cause: 'permanence' },
        { from: 'inCare', to: 'leavingCare', stage: 'lookedAfter', atAge: t.leavingAge, probability: 1, workerFollows: t.follows, cause: 'leavingCare' },
      ],
    };
    const [court, permanence, leavingCare] = t.posts;
    s.workforce.establishment = { ...s.workforce.establishment, court, permanence, leavingCare };
  }
  if (p.interventions) s.interventions = p.interventions.filter((i) => i.week <= years * 52);
  return s;
});
