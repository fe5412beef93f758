/**
 * Hand-built states for unit tests: a tiny authority (test/helpers/scenarios.ts) plus helpers that
 * add cases and workers through the store functions, and read back the week's changes by cause.
 */
import { assignCase, enqueueCase } from '../../src/state/caseload.js';
import { newCase, nextCase } from '../../src/state/cases.js';
import { NONE, WorkerType } from '../../src/state/codes.js';
import { createState } from '../../src/engine/init.js';
import { Route, startWorker } from '../../src/state/staffing.js';
import type { State } from '../../src/state/state.js';
import { step } from '../../src/engine/step.js';
import { CHANGE_CAUSE_NAMES } from '../../src/state/events.js';
import { updateRings } from '../../src/metrics/weekly.js';
import type { Scenario } from '../../src/scenario/types.js';
import { tinyScenario } from './scenarios.js';

type Overrides = Parameters<typeof tinyScenario>[0];

/** The tiny authority at week 0: workers 0, 1, 2 in the assessment team, full-time, experienced, cap 22, no cases. */
export function tinyState(overrides: Overrides = {}, seed = 1): State {
  const p = tinyScenario(overrides);
  return createState(p, seed, p.run.years, false);
}

export function stateOf(p: Scenario, seed = p.run.seed): State {
  return createState(p, seed, p.run.years, false);
}

export interface CaseSpec {
  /** Allocate to this worker; otherwise the case waits on its team's queue. */
  worker?: number;
  team?: number;
  workNeeded?: number;
  progress?: number;
}

/** Opens a case as a referral would (keeping the flow identities), allocated or queued. */
export function addCase(s: State, stage: number, spec: CaseSpec = {}): number {
  const c = newCase(s.cases, stage, spec.team ?? s.structure.stageTeam[stage], s.t);
  s.cases.workNeeded[c] = spec.workNeeded ?? 1000;
  s.cases.progress[c] = spec.progress ?? 0;
  s.openCases++;
  s.totals.referrals++;
  s.totals.contacts++;
  if (spec.worker !== undefined && spec.worker !== NONE) assignCase(s, c, spec.worker);
  else enqueueCase(s, c);
  return c;
}

/** A worker already in post for `tenureWeeks` (no induction), or a new starter when tenureWeeks is 0. */
export function addWorker(s: State, team: number, type: number = WorkerType.permanent, tenureWeeks = 520): number {
  return startWorker(s, team, type, Route.experienced, tenureWeeks);
}

/** Runs one whole week as the simulation does (step, rolling rings) and moves the clock on. */
export function runWeek(s: State): void {
  step(s);
  updateRings(s);
  s.t++;
}

export function runWeeks(s: State, n: number): void {
  for (let i = 0; i < n; i++) runWeek(s);
}

/** This week's changes of worker by cause name, omitting causes with none. */
export function changesByCause(s: State): Record<string, number> {
  const out: Record<string, number> = {};
  CHANGE_CAUSE_NAMES.forEach((name, i) => {
    if (s.week.changes[i] > 0) out[name] = s.week.changes[i];
  });
  return out;
}

/** Slots of a worker's cases, ascending. */
export function casesOf(s: State, w: number): number[] {
  const out: number[] = [];
  for (let c = s.workers.head[w]; c !== NONE; c = nextCase(s.cases, c)) out.push(c);
  return out.sort((a, b) => a - b);
}

/** Slots on the waiting queues, ascending. */
export function queuedCases(s: State): number[] {
  const out: number[] = [];
  for (let q = 0; q < s.queueHead.length; q++) for (let c = s.queueHead[q]; c !== NONE; c = nextCase(s.cases, c)) out.push(c);
  return out.sort((a, b) => a - b);
}

/** Slots on the waiting queues in allocation order (team, then priority, then first come). */
export function queueOrder(s: State): number[] {
  const out: number[] = [];
  for (let q = 0; q < s.queueHead.length; q++) for (let c = s.queueHead[q]; c !== NONE; c = nextCase(s.cases, c)) out.push(c);
  return out;
}
