/**
 * Social workers as struct-of-arrays. Worker slots are never reused (a decade of a typical authority
 * hires about a thousand people), so a worker id stays meaningful in events and in a child's history.
 * `active` is a dense list of the workers still working (including those serving notice) for the
 * weekly loops. Employment, team, cap and absence change only through src/state/staffing.ts, loads and
 * caseloads only through src/state/caseload.ts (docs/engine.md, "The stores own their writes").
 */
import { record } from './record.js';
import { allocateColumns, growColumns, type Columns } from './columns.js';
import { NONE, WorkerStatus, WorkerType } from './codes.js';

/** Every field of a worker, once, with the value of a slot not yet used (slots are never reused). */
export const WORKER_COLUMNS = {
  status: { kind: Uint8Array, empty: 0 },
  type: { kind: Uint8Array, empty: 0 },
  team: { kind: Uint8Array, empty: 0 },
  fte: { kind: Float64Array, empty: 0 },
  /** Employment start at this authority (agency-to-permanent conversions keep their agency start). */
  startWeek: { kind: Int32Array, empty: 0 },
  /** Week she qualified: her post-qualifying experience is t − qualifiedWeek (the 2024 agency rules' bar). */
  qualifiedWeek: { kind: Int32Array, empty: 0 },
  nqUntil: { kind: Int32Array, empty: NONE },
  inductionUntil: { kind: Int32Array, empty: NONE },
  noticeEnd: { kind: Int32Array, empty: NONE },
  assignmentEnd: { kind: Int32Array, empty: NONE },
  nextMoveWeek: { kind: Int32Array, empty: NONE },
  absentFrom: { kind: Int32Array, empty: NONE },
  absentUntil: { kind: Int32Array, empty: NONE },
  /** Load in weighted cases, and the number of cases. */
  load: { kind: Float64Array, empty: 0 },
  cases: { kind: Int32Array, empty: 0 },
  head: { kind: Int32Array, empty: NONE },
  /** Weighted caseload allowed before new cases wait (caseload cap × FTE × protections). */
  capUnits: { kind: Float64Array, empty: 0 },
  stress: { kind: Float64Array, empty: 0 },
  leaveHazard: { kind: Float64Array, empty: 0 },
  leaveThreshold: { kind: Float64Array, empty: 0 },
  /** Her own propensity to leave, a multiplier of the leaving hazard with mean 1 over new starters. */
  propensity: { kind: Float64Array, empty: 0 },
  absenceHazard: { kind: Float64Array, empty: 0 },
  absenceThreshold: { kind: Float64Array, empty: 0 },
  hours: { kind: Float64Array, empty: 0 },
  overtime: { kind: Float64Array, empty: 0 },
  /** Share of a full week of progress this worker's cases make this week. */
  rate: { kind: Float64Array, empty: 0 },
  /** Log of this week's workload pressure: how much more (or less) time her cases need than their weight says. */
  pressure: { kind: Float64Array, empty: 0 },
  premium: { kind: Float64Array, empty: 0 },
  /** Why the worker's cases will be passed on when she goes: a ChangeCause code. */
  leavingCause: { kind: Int8Array, empty: NONE },
  heapPos: { kind: Int32Array, empty: NONE },
  /** The dense list of working workers (slot i holds a worker id), and each worker's place in it. */
  active: { kind: Int32Array, empty: 0 },
  activePos: { kind: Int32Array, empty: NONE },
} as const;

export type WorkerStore = Columns<typeof WORKER_COLUMNS> & {
  capacity: number;
  count: number;
  activeCount: number;
};

export function createWorkerStore(capacity = 256): WorkerStore {
  return record({ capacity, count: 0, activeCount: 0, ...allocateColumns(WORKER_COLUMNS, capacity) });
}

function grow(s: WorkerStore): void {
  s.capacity *= 2;
  growColumns(s, WORKER_COLUMNS, s.capacity);
}

export interface NewWorker {
  type: number;
  team: number;
  fte: number;
  startWeek: number;
  qualifiedWeek: number;
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
  s.qualifiedWeek[w] = spec.qualifiedWeek;
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
