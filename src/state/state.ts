/**
 * Everything a run carries from week to week. Created by src/engine/init.ts, advanced by
 * src/engine/step.ts. Rules read and write it only through the store modules (cases, workers,
 * caseload) and the counters below, which the metrics read at the end of each week.
 */
import type { Scenario } from '../scenario/types.js';
import type { RunEvent } from './events.js';
import type { CaseStore } from './cases.js';
import type { WorkerStore } from './workers.js';
import type { LoadHeap } from './loadHeap.js';
import type { Streams } from './rng.js';
import type { DurationSampler } from './durations.js';
import type { Structure } from './structure.js';
import type { ContinuityTally } from './tally.js';
import type { DescendingOrder } from './descendingOrder.js';

/** Counters of one week, reset at its start. */
export interface WeekCounters {
  contacts: number;
  screenedOut: number;
  referrals: number;
  reReferrals12m: number;
  closures: number;
  changes: Float64Array;
  leaversFte: number;
  startersFte: number;
  agencyEnds: number;
  driftSum: number;
  driftCount: number;
  progressSum: number;
  progressCases: number;
  costRecruitment: number;
  costOvertime: number;
}

/** Running totals since the start of reporting, for the run summary. */
export interface WindowTotals {
  closed: number;
  /** Closed cases by number of workers during the episode: 0, 1, 2, 3, 4+. */
  closedByWorkers: Float64Array;
  leaversFte: number;
  leaversUnder5YearsFte: number;
  closedWith3PlusWorkers: number;
  closedDurationSum: number;
  firstAllocations: number;
  weeksToAllocationSum: number;
  referrals: number;
  reReferrals12m: number;
  driftSum: number;
  driftCount: number;
  /** The 31 March populations added up over the window (layout: src/metrics/census.ts). */
  census: Float64Array;
  /** FTE of employed workers resigning, by destination (Destination, src/state/events.ts). */
  leaverDestinations: Float64Array;
  /** FTE of resignations withdrawn because the experience rule barred agency work. */
  barredStays: number;
  /** Agency workers taken on as permanent employees. */
  agencyConversions: number;
  /** Leavers joining the region's agency market. */
  poolJoiners: number;
  /** Children starting and ceasing to be looked after in the window (DfE's flows in the year to 31 March). */
  lacStarted: number;
  lacCeased: number;
}

/** Identity counters since week 0: contacts = screened out + referrals; referrals = open + closures. */
export interface Totals {
  contacts: number;
  screenedOut: number;
  referrals: number;
  closures: number;
}

export interface Samplers {
  assessment: DurationSampler;
  childInNeed: DurationSampler;
  childProtection: DurationSampler;
  lookedAfter: DurationSampler;
}

export interface Surge {
  fromWeek: number;
  untilWeek: number;
  extraContactsPerWeek: number;
}

export interface State {
  p: Scenario;
  /** Absolute week (0 = start of warm-up). */
  t: number;
  warmupWeeks: number;
  totalWeeks: number;
  rng: Streams;
  samplers: Samplers;
  cases: CaseStore;
  workers: WorkerStore;
  /** The teams and transfer points (scenario `structure`). */
  structure: Structure;
  /** Per team (structure.caseTeams case-holding teams, then nonCaseHolding). */
  establishment: Float64Array;
  inPostFte: Float64Array;
  noticeFte: Float64Array;
  agencyFte: Float64Array;
  /** Agency FTE serving notice (still working, no longer cover). */
  agencyNoticeFte: Float64Array;
  morale: Float64Array;
  recruiting: Int32Array;
  agencyRequests: Int32Array;
  heaps: LoadHeap[];
  roundRobinNext: Int32Array;
  /** Queue heads and tails per (team × PRIORITIES + priority), linked through cases.next/prev. */
  queueHead: Int32Array;
  queueTail: Int32Array;
  queued: number;
  /** Sum of queuedSince over queued cases: the mean wait without a sweep. */
  queuedSinceSum: number;
  tally: ContinuityTally;
  openCases: number;
  agencyPool: number;
  surges: Surge[];
  /** Scheduled work keyed by absolute week. */
  returns: Map<number, number[]>;
  hires: Map<number, number[]>;
  agencyArrivals: Map<number, number[]>;
  poolInflows: Map<number, number>;
  /** Cases whose transfer between teams is due, keyed by absolute week (checked against cases.transferWeek). */
  transfersDue: Map<number, number[]>;
  week: WeekCounters;
  window: WindowTotals;
  totals: Totals;
  /** Rolling 52-week rings for turnover and agency churn. */
  leaversRing: Float64Array;
  agencyEndsRing: Float64Array;
  events: RunEvent[] | null;
  /** Log events in the warm-up weeks too (set after seeding, so the seeded authority logs nothing). */
  eventsInWarmup: boolean;
  /** Scratch lists reused every week so the loop allocates nothing (filled by index, never emptied). */
  due: number[];
  escalating: number[];
  /** This week's workload factor by worker id, cached for caseload management's comparisons (src/rules/rebalancing.ts). */
  workFactor: Float64Array;
  /** Each team's donors for caseload management's new starters, reused every week (src/rules/rebalancing.ts). */
  donorOrders: DescendingOrder[];
}

export function isReporting(s: State): boolean {
  return s.t >= s.warmupWeeks;
}

/** Whether this week's events go to the event log. */
export function logsEvents(s: State): s is State & { events: RunEvent[] } {
  return s.events !== null && (s.eventsInWarmup || s.t >= s.warmupWeeks);
}

export function reportingWeek(s: State): number {
  return s.t - s.warmupWeeks + 1;
}

export function schedule(map: Map<number, number[]>, week: number, value: number): void {
  const list = map.get(week);
  if (list) list.push(value);
  else map.set(week, [value]);
}

export function takeScheduled(map: Map<number, number[]>, week: number): number[] | undefined {
  const list = map.get(week);
  if (list) map.delete(week);
  return list;
}
