/**
 * The authority at week 0: the workforce in post (establishment less the initial vacancy rate, with a
 * spread of tenures), agency cover, and an open caseload drawn from each stage's steady state, so the
 * warm-up only has to settle the feedbacks rather than fill an empty service; and what is under way
 * at week 0 (notices being worked, closed children due back: src/engine/underWay.ts).
 */
import type { Scenario } from '../scenario/types.js';
import { enqueueCase } from '../state/caseload.js';
import { newCase } from '../state/cases.js';
import { NONE, PRIORITIES, Stage, WorkerType } from '../state/codes.js';
import { drawLengthBiasedDuration, durationSampler } from '../state/durations.js';
import { createLoadHeap } from '../state/loadHeap.js';
import { drawTenureWeeks, propensityAfter, tenureShape } from '../state/initialTenure.js';
import { createStreams, poisson, uniform } from '../state/rng.js';
import { Route, agencyMarketFactor, startWorker, vacancyFte, weeklyProbability } from '../state/staffing.js';
import { createCaseStore } from '../state/cases.js';
import { createWorkerStore } from '../state/workers.js';
import type { State, WeekCounters, WindowTotals } from '../state/state.js';
import { allocateWaitingCases } from '../rules/allocation.js';
import { escalationWeek } from '../rules/pathway.js';
import { settleSeededTransfers } from '../rules/transfers.js';
import { ADULT_WEEKS, drawAgeAtReferralWeeks, drawSeededCare, meanCareWeeks, meanPlanWeeks } from '../rules/age.js';
import { buildStructure, holdsStage, referralTeam } from '../state/structure.js';
import { createTally, recount } from '../state/tally.js';
import { CENSUS_SIZE } from '../metrics/census.js';
import { CHANGE_CAUSE_NAMES } from '../state/events.js';
import { settleStressAndMorale } from './settle.js';
import { noServiceShare, seedNotices, seedReturns } from './underWay.js';
import { record, withDoubleFields } from '../state/record.js';

export function emptyWeek(): WeekCounters {
  return withDoubleFields({
    contacts: 0, screenedOut: 0, referrals: 0, reReferrals12m: 0, closures: 0,
    changes: new Float64Array(CHANGE_CAUSE_NAMES.length),
    leaversFte: 0, startersFte: 0, agencyEnds: 0, driftSum: 0, driftCount: 0,
    progressSum: 0, progressCases: 0, costRecruitment: 0, costOvertime: 0,
  });
}

export function emptyWindow(): WindowTotals {
  return withDoubleFields({
    closed: 0, closedByWorkers: new Float64Array(5), leaversFte: 0, leaversUnder5YearsFte: 0, closedWith3PlusWorkers: 0,
    closedDurationSum: 0, firstAllocations: 0, weeksToAllocationSum: 0, referrals: 0, reReferrals12m: 0, driftSum: 0, driftCount: 0,
    census: new Float64Array(CENSUS_SIZE),
    leaverDestinations: new Float64Array(4),
    barredStays: 0,
    agencyConversions: 0,
    poolJoiners: 0,
    lacStarted: 0,
    lacCeased: 0,
  });
}

/** Clears the week's counters in place: the weekly loop allocates nothing. */
export function resetWeek(w: WeekCounters): void {
  w.contacts = w.screenedOut = w.referrals = w.reReferrals12m = w.closures = 0;
  w.changes.fill(0);
  w.leaversFte = w.startersFte = w.agencyEnds = w.driftSum = w.driftCount = 0;
  w.progressSum = w.progressCases = w.costRecruitment = w.costOvertime = 0;
}

export function createState(p: Scenario, seed: number, years: number, recordEvents: boolean): State {
  const structure = buildStructure(p);
  const teams = structure.allTeams;
  const caseTeams = structure.caseTeams;
  const s: State = record({
    p,
    t: 0,
    warmupWeeks: p.run.warmupWeeks,
    totalWeeks: p.run.warmupWeeks + years * 52,
    rng: createStreams(seed),
    samplers: record({
      assessment: durationSampler(p.pathway.durations.assessment),
      childInNeed: durationSampler(p.pathway.durations.childInNeed),
      childProtection: durationSampler(p.pathway.durations.childProtection),
      lookedAfter: durationSampler(p.pathway.durations.lookedAfter),
    }),
    cases: createCaseStore(),
    workers: createWorkerStore(),
    structure,
    establishment: Float64Array.from(structure.posts),
    inPostFte: new Float64Array(teams),
    noticeFte: new Float64Array(teams),
    agencyFte: new Float64Array(teams),
    agencyNoticeFte: new Float64Array(teams),
    morale: new Float64Array(teams).fill(1),
    recruiting: new Int32Array(teams),
    agencyRequests: new Int32Array(teams),
    heaps: Array.from({ length: caseTeams }, createLoadHeap),
    roundRobinNext: new Int32Array(caseTeams).fill(NONE),
    queueHead: new Int32Array(caseTeams * PRIORITIES).fill(NONE),
    queueTail: new Int32Array(caseTeams * PRIORITIES).fill(NONE),
    queued: 0,
    queuedSinceSum: 0,
    tally: createTally(),
    openCases: 0,
    agencyPool: 0,
    surges: [],
    returns: new Map(),
    hires: new Map(),
    agencyArrivals: new Map(),
    poolInflows: new Map(),
    transfersDue: new Map(),
    week: emptyWeek(),
    window: emptyWindow(),
    totals: { contacts: 0, screenedOut: 0, referrals: 0, closures: 0 },
    leaversRing: new Float64Array(52),
    agencyEndsRing: new Float64Array(52),
    events: recordEvents ? [] : null,
    eventsInWarmup: false,
    due: [],
    escalating: [],
    workFactor: new Float64Array(0),
    donorOrders: [],
  });
  seedWorkforce(s);
  seedCases(s);
  allocateWaitingCases(s);
  settleStressAndMorale(s);
  seedNotices(s);
  // Seeding is not part of any reporting window, even when there is no warm-up.
  s.week = emptyWeek();
  s.window = emptyWindow();
  return s;
}

function seedWorkforce(s: State): void {
  const p = s.p;
  const tp = p.turnover;
  const tenures = tenureShape(p.workforce.initialTurnoverRate, tp.earlyTenureMultiplier, tp.earlyTenureYears * 52, tp.propensitySpread, tp.maxServiceYears * 52);
  for (let team = 0; team < s.structure.allTeams; team++) {
    const target = s.establishment[team] * (1 - p.workforce.initialVacancyRate);
    while (s.inPostFte[team] < target - 0.3) {
      // Whole weeks, at least one, as startWorker counts them.
      const tenure = Math.max(1, Math.floor(drawTenureWeeks(s.rng.initial, tenures)));
      const nq = tenure < p.workforce.nqProtectionWeeks && s.rng.initial() < 0.4;
      startWorker(s, team, nq ? WorkerType.newlyQualified : WorkerType.permanent, Route.experienced, tenure, propensityAfter(s.rng.initial, tenures, tenure));
    }
    if (p.agency.allowed) {
      const cover = Math.floor(p.agency.maxShareOfVacancies * vacancyFte(s, team) + 1e-9);
      for (let i = 0; i < cover; i++) startWorker(s, team, WorkerType.agency, Route.experienced, 1);
    }
  }
  s.agencyPool = (p.agency.supplyPerWeek * agencyMarketFactor(s)) / Math.max(0.01, p.agency.poolLeavingPerWeek);
}

/**
 * Weekly starts of each plan and the stocks they give (stock = starts × mean calendar length, seededLengths),
 * with plans running `stretch` times their planned work in calendar weeks (planStretches). Step-downs
 * and escalations feed the stages from one another: a few rounds of substitution settle the flows.
 * `handedOver[i]`: the share of stage i's starts that begin with a change of worker, a child coming back
 * to a new worker (assessment) or a plan moved to the team that owns it (src/rules/pathway.ts startPlan).
 */
function seededStocks(s: State, stretch: number): { starts: number[]; stocks: number[]; handedOver: number[]; returnsPerWeek: number } {
  const p = s.p.pathway;
  const o = p.assessmentOutcomes;
  const outcomes = o.notInNeed + o.childInNeed + o.childProtection + o.lookedAfter;
  const returning = returningShare(s);
  const referrals = (s.p.demand.contactsPerWeek * s.p.demand.referralShareOfContacts) / (1 - returning);
  const assessed = referrals * (1 - p.noFurtherActionShare);
  const st = s.structure;
  // Whether a plan started from stage `from` moves to another team.
  const moves = (from: number, to: number) => (holdsStage(st, st.stageTeam[from], to) ? 0 : 1);
  const cinEsc = weeklyProbability(p.cinEscalationPerYear);
  const cpEsc = weeklyProbability(p.cpToCarePerYear);
  const handedOver = [returning, 0, 0, 0];
  let lengths = seededLengths(s, stretch, handedOver);
  let cin = 0, cp = 0, lac = 0;
  for (let round = 0; round < 8; round++) {
    const cpFromAssessment = (assessed * o.childProtection) / outcomes;
    const cpFromCin = cin * lengths[1] * cinEsc;
    cp = cpFromAssessment + cpFromCin;
    const cinFromAssessment = (assessed * o.childInNeed) / outcomes;
    const cinFromCp = cp * p.cpStepDownShare;
    cin = cinFromAssessment + cinFromCp;
    const lacFromAssessment = (assessed * o.lookedAfter) / outcomes;
    const lacFromCp = cp * lengths[2] * cpEsc;
    lac = lacFromAssessment + lacFromCp;
    handedOver[1] = (cinFromAssessment * moves(Stage.assessment, Stage.childInNeed) + cinFromCp * moves(Stage.childProtection, Stage.childInNeed)) / Math.max(1e-9, cin);
    handedOver[2] = (cpFromAssessment * moves(Stage.assessment, Stage.childProtection) + cpFromCin * moves(Stage.childInNeed, Stage.childProtection)) / Math.max(1e-9, cp);
    handedOver[3] = (lacFromAssessment * moves(Stage.assessment, Stage.lookedAfter) + lacFromCp * moves(Stage.childProtection, Stage.lookedAfter)) / Math.max(1e-9, lac);
    lengths = seededLengths(s, stretch, handedOver);
  }
  const starts = [assessed, cin, cp, lac];
  return { starts, stocks: starts.map((x, i) => x * lengths[i]), handedOver, returnsPerWeek: referrals * returning };
}

/**
 * The share of referrals that are children coming back: every closed child returns with her closure's
 * re-referral probability (src/rules/closure.ts), so in the steady state returns are that share p of all
 * referrals, p / (1 − p) of the new ones. Closed without a service: no further action, or assessed not in
 * need. The drift and change effects on the others' probability are left out (they add a few points).
 */
function returningShare(s: State): number {
  const noService = noServiceShare(s);
  const r = s.p.reReferral;
  return Math.min(0.9, noService * r.noServiceProbability + (1 - noService) * r.baseProbability);
}

/**
 * Mean calendar weeks of each stage's plans in the steady state: the planned work stretched, plus the
 * progress lost by the share that starts with a change of worker (src/state/caseload.ts countChange);
 * every plan is ended by the 18th birthday (children start child in need and child protection plans at
 * about their ages at referral, and care at DfE's ages on starting care). The lost progress is what kept assessments at about 15 cases
 * a worker once running against 10 seeded at their planned length (docs/calibration.md, Steady baseline).
 */
function seededLengths(s: State, stretch: number, handedOver: number[]): number[] {
  const sm = s.samplers;
  const stretches = planStretches(s, stretch);
  const lost = s.p.pathway.progressLostPerChangeWeeks;
  const loss = (lost.min + lost.max) / 2;
  const referred = s.p.pathway.ageAtReferral;
  const planned = [sm.assessment.mean * stretches[0], meanPlanWeeks(referred, sm.childInNeed, stretches[1]), meanPlanWeeks(referred, sm.childProtection, stretches[2]), meanCareWeeks(s, sm.lookedAfter, stretches[3])];
  return planned.map((weeks, i) => weeks + handedOver[i] * loss);
}

/**
 * Plans run longer than planned (slower progress, work lost at each change of worker), and the front
 * door holds the caseload near its reference when they do (src/rules/referrals.ts). So the steady
 * state has the reference caseload whenever planned lengths alone would leave it lower: plans are
 * seeded stretched until it is met, periods of care the same up to their calendar limit
 * (pathway.careOverrunLimit) and the child's 18th birthday.
 */
function planStretch(s: State): number {
  let fte = 0;
  for (let team = 0; team < s.structure.caseTeams; team++) fte += s.inPostFte[team] + s.agencyFte[team];
  const target = s.p.demand.referenceCaseload * fte;
  const open = (g: number) => seededStocks(s, g).stocks.reduce((a, b) => a + b, 0);
  if (s.p.demand.caseloadResponse <= 0 || open(1) >= target) return 1;
  let lo = 1, hi = 3;
  if (open(hi) <= target) return hi;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (open(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Calendar length over planned work, by stage: care runs the same stretch up to its limit. */
function planStretches(s: State, stretch: number): number[] {
  return [stretch, stretch, stretch, Math.min(stretch, 1 + s.p.pathway.careOverrunLimit)];
}

/** The team holding a seeded case: the stage's team, or a team that takes a share of referrals and holds the stage (takesShare). */
function seededTeam(s: State, stage: number): number {
  const st = s.structure;
  const taker = referralTeam(st, s.rng.initial);
  return taker !== st.frontDoor && holdsStage(st, taker, stage) ? taker : st.stageTeam[stage];
}

/**
 * The birth week of a child open at week 0 who is not looked after: her age at referral drawn as for a
 * new referral, again while she would already be 18 (the open cases of today are of children still
 * under 18), and past 100 tries a referral just before her 18th birthday.
 */
function seededBirthWeek(s: State, referralWeek: number): number {
  for (let i = 0; i < 100; i++) {
    const born = referralWeek - drawAgeAtReferralWeeks(s);
    if (born + ADULT_WEEKS > 0) return born;
  }
  return 1 - ADULT_WEEKS;
}

function seedCases(s: State): void {
  const stretch = planStretch(s);
  const { stocks, handedOver, returnsPerWeek } = seededStocks(s, stretch);
  const lost = s.p.pathway.progressLostPerChangeWeeks;
  const sm = s.samplers;
  const samplers = [sm.assessment, sm.childInNeed, sm.childProtection, sm.lookedAfter];
  const stretches = planStretches(s, stretch);
  const stages = [Stage.assessment, Stage.childInNeed, Stage.childProtection, Stage.lookedAfter];
  for (let i = 0; i < stages.length; i++) {
    const sampler = samplers[i];
    const count = poisson(s.rng.initial, stocks[i]);
    for (let k = 0; k < count; k++) {
      const stage = stages[i];
      const team = seededTeam(s, stage);
      const c = newCase(s.cases, stage, team, 0);
      const cs = s.cases;
      let elapsed: number;
      if (stage === Stage.lookedAfter) {
        const care = drawSeededCare(s, sampler, stretches[i], s.rng.initial);
        elapsed = care.elapsed;
        cs.workNeeded[c] = care.work;
        cs.progress[c] = Math.min(care.work, Math.floor(elapsed / stretches[i]));
        cs.bornWeek[c] = -elapsed - care.ageWeeks;
      } else {
        const duration = drawLengthBiasedDuration(sampler, s.rng.initial) * (stage === Stage.assessment ? 1 : s.structure.planLengthFactor[team]);
        const done = duration * s.rng.initial();
        elapsed = Math.floor(done * stretches[i]);
        cs.workNeeded[c] = duration;
        // The share that started with a change of worker lost progress then (countChange) and has had
        // one worker more than the changes drawn below, as running plans do.
        const handed = s.rng.initial() < handedOver[i];
        cs.progress[c] = Math.floor(done) - (handed ? uniform(s.rng.initial, lost.min, lost.max) : 0);
        cs.workers[c] = handed ? 1 : 0;
      }
      cs.planStart[c] = -elapsed;
      cs.referralWeek[c] = -elapsed - (stage === Stage.assessment ? 0 : 6);
      if (stage !== Stage.lookedAfter) cs.bornWeek[c] = seededBirthWeek(s, cs.referralWeek[c]);
      cs.escalateWeek[c] = escalationWeek(s, stage);
      settleSeededTransfers(s, c, cs.planStart[c]);
      s.openCases++;
      s.totals.referrals++;
      s.totals.contacts++;
      enqueueCase(s, c);
    }
  }
  seedReturns(s, returnsPerWeek, (referralWeek) => seededBirthWeek(s, referralWeek));
  // The workers each child has had before the run, drawn after every count so they do not shift them
  // (src/state/caseload.ts keeps the count on allocation).
  const cs = s.cases;
  for (let c = 0; c < cs.used; c++) {
    cs.workers[c] += 1 + poisson(s.rng.initial, (-cs.referralWeek[c] * s.p.workforce.initialChangesPerYear) / 52);
    recount(s, c);
  }
}
