/**
 * Plain-object views of one worker or one child, for tests, tooltips and "follow a child".
 * Read-only: nothing here writes to the stores.
 */
import { NONE, STAGE_NAMES, WORKER_TYPE_NAMES, WorkerStatus } from './codes.js';
import { changesSince, nextCase, queuedSince } from './cases.js';
import type { State } from './state.js';

export interface WorkerView {
  id: number;
  team: string;
  type: string;
  status: 'active' | 'notice' | 'left';
  fte: number;
  cases: number;
  load: number;
  cap: number;
  stress: number;
  hours: number;
  overtime: number;
  absent: boolean;
  startWeek: number;
  caseSlots: number[];
}

export function viewWorker(s: State, w: number): WorkerView {
  const ws = s.workers;
  const caseSlots: number[] = [];
  for (let c = ws.head[w]; c !== NONE; c = nextCase(s.cases, c)) caseSlots.push(c);
  caseSlots.sort((a, b) => a - b);
  return {
    id: w,
    team: s.structure.names[ws.team[w]],
    type: WORKER_TYPE_NAMES[ws.type[w]],
    status: ws.status[w] === WorkerStatus.active ? 'active' : ws.status[w] === WorkerStatus.notice ? 'notice' : 'left',
    fte: ws.fte[w],
    cases: ws.cases[w],
    load: ws.load[w],
    cap: ws.capUnits[w],
    stress: ws.stress[w],
    hours: ws.hours[w],
    overtime: ws.overtime[w],
    absent: ws.absentFrom[w] !== NONE,
    startWeek: ws.startWeek[w],
    caseSlots,
  };
}

export interface CaseView {
  slot: number;
  childId: number;
  stage: string;
  team: string;
  worker: number;
  lastWorker: number;
  workers: number;
  changesLast26Weeks: number;
  changesLast52Weeks: number;
  progress: number;
  workNeeded: number;
  referralWeek: number;
  queued: boolean;
  held: boolean;
}

export function viewCase(s: State, c: number): CaseView {
  const cs = s.cases;
  return {
    slot: c,
    childId: cs.childId[c],
    stage: STAGE_NAMES[cs.stage[c]],
    team: s.structure.names[cs.team[c]],
    worker: cs.worker[c],
    lastWorker: cs.lastWorker[c],
    workers: cs.workers[c],
    changesLast26Weeks: changesSince(cs, c, s.t, 26),
    changesLast52Weeks: changesSince(cs, c, s.t, 52),
    progress: cs.progress[c],
    workNeeded: cs.workNeeded[c],
    referralWeek: cs.referralWeek[c],
    queued: cs.worker[c] === NONE && queuedSince(cs, c) !== NONE,
    held: cs.held[c] === 1,
  };
}

/** Slots of every open case, ascending. */
export function openCaseSlots(s: State): number[] {
  const out: number[] = [];
  for (let c = 0; c < s.cases.used; c++) {
    const st = s.cases.stage[c];
    if (st >= 1 && st <= 4) out.push(c);
  }
  return out;
}
