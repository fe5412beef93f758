/**
 * What the caseload view draws, read from the engine's state once per frame: the case-holding teams,
 * each with its queue of unallocated children and its workers, then the staff in posts that hold no cases (type, load against capacity, stress,
 * leaving), each worker with the children she holds and how many workers each child has had.
 * Read-only and allocation-light: a typical authority is ~170 workers and ~2,300 open cases.
 */
import { NONE, PRIORITIES, Stage, WORKER_TYPE_NAMES, WorkerStatus } from '../../state/codes.js';
import type { State } from '../../state/state.js';
import { nextCase } from '../../state/cases.js';

export interface ChildMark {
  child: number;
  slot: number;
  /** Workers the child has had in this episode (0 while never allocated). */
  workers: number;
}

export interface WorkerMark {
  id: number;
  type: (typeof WORKER_TYPE_NAMES)[number];
  leaving: boolean;
  absent: boolean;
  load: number;
  capacity: number;
  stress: number;
  children: ChildMark[];
}

export interface TeamColumn {
  team: number;
  name: string;
  /** The team's name in plain words (scenario structure.teams). */
  label: string;
  workers: WorkerMark[];
  queue: ChildMark[];
}

export interface Snapshot {
  /** Reporting week shown (1-based; 0 before the first week). */
  week: number;
  teams: TeamColumn[];
  /** In-post workers in posts that hold no cases (managers, specialist roles), drawn in a strip of their own. */
  others: WorkerMark[];
}

export function takeSnapshot(s: State, week: number): Snapshot {
  const ws = s.workers;
  const cs = s.cases;
  const teams: TeamColumn[] = [];
  for (let team = 0; team < s.structure.caseTeams; team++) teams.push({ team, name: s.structure.names[team], label: s.structure.labels[team], workers: [], queue: [] });
  const others: WorkerMark[] = [];
  const order: number[] = [];
  for (let i = 0; i < ws.activeCount; i++) order.push(ws.active[i]);
  order.sort((a, b) => a - b); // by id, so a worker keeps her place while others come and go
  for (const w of order) {
    if (ws.status[w] === WorkerStatus.left) continue;
    const children: ChildMark[] = [];
    for (let c = ws.head[w]; c !== NONE; c = nextCase(cs, c)) children.push({ child: cs.childId[c], slot: c, workers: cs.workers[c] });
    children.sort((a, b) => a.child - b.child);
    (ws.team[w] >= s.structure.caseTeams ? others : teams[ws.team[w]].workers).push({
      id: w,
      type: WORKER_TYPE_NAMES[ws.type[w]],
      leaving: ws.status[w] === WorkerStatus.notice,
      absent: ws.absentFrom[w] !== NONE,
      load: ws.load[w],
      capacity: ws.capUnits[w],
      stress: ws.stress[w],
      children,
    });
  }
  for (let team = 0; team < s.structure.caseTeams; team++) {
    for (let p = 0; p < PRIORITIES; p++) {
      for (let c = s.queueHead[team * PRIORITIES + p]; c !== NONE; c = nextCase(cs, c)) {
        if (cs.stage[c] === Stage.free) continue;
        teams[team].queue.push({ child: cs.childId[c], slot: c, workers: cs.workers[c] });
      }
    }
  }
  return { week, teams, others };
}

/** Marks drawn: every worker in post (case-holding teams and the others) and every open child, allocated or queued. */
export function countMarks(snapshot: Snapshot): { workers: number; children: number } {
  let workers = snapshot.others.length;
  let children = 0;
  for (const t of snapshot.teams) {
    workers += t.workers.length;
    children += t.queue.length;
    for (const w of t.workers) children += w.children.length;
  }
  return { workers, children };
}
