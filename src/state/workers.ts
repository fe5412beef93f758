/**
 * Social workers as struct-of-arrays. Worker slots are never reused (a decade of a typical authority
 * hires about a thousand people), so a worker id stays meaningful in events and in a child's history.
 * `active` is a dense list of the workers still working (including those serving notice) for the
 * weekly loops. Only this module and src/state/caseload.ts write these arrays.
 */
import { NONE, WorkerStatus, WorkerType } from './codes.js';
import { grown } from './growable.js';

export interface WorkerStore {
  capacity: number;
  count: number;
  status: Uint8Array;
  type: Uint8Array;
  team: Uint8Array;
  fte: Float64Array;
  startWeek: Int32Array;
  /** Employment start at this authority (agency-to-permanent conversions keep their agency start). */
  nqUntil: Int32Array;
  inductionUntil: Int32Array;
  noticeEnd: Int32Array;
  assignmentEnd: Int32Array;
  nextMoveWeek: Int32Array;
  absentFrom: Int32Array;
  absentUntil: Int32Array;
  /** Load in weighted cases, and the number of cases. */
  load: Float64Array;
  cases: Int32Array;
  head: Int32Array;
  /** Weighted caseload allowed before new cases wait (caseload cap × FTE × protections). */
  capUnits: Float64Array;
  stress: Float64Array;
  leaveHazard: Float64Array;
  leaveThreshold: Float64Array;
  /** Her own propensity to leave, a multiplier of the leaving hazard with mean 1 over new starters. */
  propensity: Float64Array;
  absenceHazard: Float64Array;
  absenceThreshold: Float64Array;
  hours: Float64Array;
  overtime: Float64Array;
  /** Share of a full week of progress this worker's cases make this week. */
  rate: Float64Array;
  /** Log of this week's workload pressure: how much more (or less) time her cases need than their weight says. */
  pressure: Float64Array;
  premium: Float64Array;
  /** Why the worker's cases will be passed on when she goes: a ChangeCause code. */
  leavingCause: Int8Array;
  heapPos: Int32Array;
  active: Int32Array;
  activePos: Int32Array;
  activeCount: number;
}

export function createWorkerStore(capacity = 256): WorkerStore {
  return {
    capacity,
    count: 0,
    status: new Uint8Array(capacity),
    type: new Uint8Array(capacity),
    team: new Uint8Array(capacity),
    fte: new Float64Array(capacity),
    startWeek: new Int32Array(capacity),
    nqUntil: new Int32Array(capacity).fill(NONE),
    inductionUntil: new Int32Array(capacity).fill(NONE),
    noticeEnd: new Int32Array(capacity).fill(NONE),
    assignmentEnd: new Int32Array(capacity).fill(NONE),
    nextMoveWeek: new Int32Array(capacity).fill(NONE),
    absentFrom: new Int32Array(capacity).fill(NONE),
    absentUntil: new Int32Array(capacity).fill(NONE),
    load: new Float64Array(capacity),
    cases: new Int32Array(capacity),
    head: new Int32Array(capacity).fill(NONE),
    capUnits: new Float64Array(capacity),
    stress: new Float64Array(capacity),
    leaveHazard: new Float64Array(capacity),
    leaveThreshold: new Float64Array(capacity),
    propensity: new Float64Array(capacity),
    absenceHazard: new Float64Array(capacity),
    absenceThreshold: new Float64Array(capacity),
    hours: new Float64Array(capacity),
    overtime: new Float64Array(capacity),
    rate: new Float64Array(capacity),
    pressure: new Float64Array(capacity),
    premium: new Float64Array(capacity),
    leavingCause: new Int8Array(capacity).fill(NONE),
    heapPos: new Int32Array(capacity).fill(NONE),
    active: new Int32Array(capacity),
    activePos: new Int32Array(capacity).fill(NONE),
    activeCount: 0,
  };
}

function grow(s: WorkerStore): void {
  const cap = s.capacity * 2;
  s.status = grown(s.status, cap);
  s.type = grown(s.type, cap);
  s.team = grown(s.team, cap);
  s.fte = grown(s.fte, cap);
  s.startWeek = grown(s.startWeek, cap);
  s.nqUntil = grown(s.nqUntil, cap, NONE);
  s.inductionUntil = grown(s.inductionUntil, cap, NONE);
  s.noticeEnd = grown(s.noticeEnd, cap, NONE);
  s.assignmentEnd = grown(s.assignmentEnd, cap, NONE);
  s.nextMoveWeek = grown(s.nextMoveWeek, cap, NONE);
  s.absentFrom = grown(s.absentFrom, cap, NONE);
  s.absentUntil = grown(s.absentUntil, cap, NONE);
  s.load = grown(s.load, cap);
  s.cases = grown(s.cases, cap);
  s.head = grown(s.head, cap, NONE);
  s.capUnits = grown(s.capUnits, cap);
  s.stress = grown(s.stress, cap);
  s.leaveHazard = grown(s.leaveHazard, cap);
  s.leaveThreshold = grown(s.leaveThreshold, cap);
  s.propensity = grown(s.propensity, cap);
  s.absenceHazard = grown(s.absenceHazard, cap);
  s.absenceThreshold = grown(s.absenceThreshold, cap);
  s.hours = grown(s.hours, cap);
  s.overtime = grown(s.overtime, cap);
  s.rate = grown(s.rate, cap);
  s.pressure = grown(s.pressure, cap);
  s.premium = grown(s.premium, cap);
  s.leavingCause = grown(s.leavingCause, cap, NONE);
  s.heapPos = grown(s.heapPos, cap, NONE);
  s.active = grown(s.active, cap);
  s.activePos = grown(s.activePos, cap, NONE);
  s.capacity = cap;
}

export interface NewWorker {
  type: number;
  team: number;
  fte: number;
  startWeek: number;
  leaveThreshold: number;
  propensity: number;
  absenceThreshold: number;
}

/** Adds a working worker with an empty caseload; the caller sets protections, assignment end and moves. */
export function addWorker(s: WorkerStore, spec: NewWorker): number {
  if (s.count === s.capacity) grow(s);
  const w = s.count++;
  s.status[w] = WorkerStatus.active;
  s.type[w] = spec.type;
  s.team[w] = spec.team;
  s.fte[w] = spec.fte;
  s.startWeek[w] = spec.startWeek;
  s.leaveThreshold[w] = spec.leaveThreshold;
  s.propensity[w] = spec.propensity;
  s.absenceThreshold[w] = spec.absenceThreshold;
  s.activePos[w] = s.activeCount;
  s.active[s.activeCount++] = w;
  return w;
}

/** Takes a worker off the active list once her notice has ended (her cases must already be released). */
export function retireWorker(s: WorkerStore, w: number): void {
  s.status[w] = WorkerStatus.left;
  const i = s.activePos[w];
  const last = s.active[--s.activeCount];
  s.active[i] = last;
  s.activePos[last] = i;
  s.activePos[w] = NONE;
}

export function isEmployed(s: WorkerStore, w: number): boolean {
  return s.type[w] !== WorkerType.agency;
}
