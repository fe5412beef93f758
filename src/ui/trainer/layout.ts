/**
 * Where each mark of the caseload view goes: one column per case-holding team; in each, the queue of
 * unallocated children on top, then one row per worker — type, load against capacity, stress, and her
 * children as small squares. Pure geometry, so the canvas, the hit test and the tests agree.
 */
import type { Snapshot } from './snapshot.js';

export const SQUARE = 7;
export const PITCH = 9;
export const ROW = 16;
const HEADER = 40;
const GAP = 18;
/** Left part of a worker row: type marker, load bar, stress dot; her children start after it. */
export const ROW_LEAD = 96;
/** Spacing of the marks of staff who hold no cases. */
export const OTHER_PITCH = 16;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Layout {
  width: number;
  height: number;
  columns: (Box & { team: number; queueTop: number; queueRows: number })[];
  workers: Map<number, Box>;
  /** Child id → top-left of her square. */
  children: Map<number, { x: number; y: number }>;
  /** Top of the strip of staff who hold no cases. */
  othersTop: number;
}

export function layOut(snapshot: Snapshot, width: number): Layout {
  const n = snapshot.teams.length;
  const colW = (width - GAP * (n - 1)) / n;
  const perRow = Math.max(1, Math.floor((colW - 6) / PITCH));
  const workers = new Map<number, Box>();
  const children = new Map<number, { x: number; y: number }>();
  const columns: Layout['columns'] = [];
  let height = 0;
  snapshot.teams.forEach((team, i) => {
    const x0 = i * (colW + GAP);
    const queueTop = HEADER;
    const queueRows = Math.max(1, Math.ceil(team.queue.length / perRow));
    team.queue.forEach((child, k) => children.set(child.child, { x: x0 + 3 + (k % perRow) * PITCH, y: queueTop + 3 + Math.floor(k / perRow) * PITCH }));
    let y = queueTop + queueRows * PITCH + 16;
    const caseSpace = Math.max(1, Math.floor((colW - ROW_LEAD) / PITCH));
    for (const worker of team.workers) {
      const lines = Math.max(1, Math.ceil(worker.children.length / caseSpace));
      const h = ROW + (lines - 1) * PITCH;
      workers.set(worker.id, { x: x0, y, w: colW, h });
      worker.children.forEach((child, k) => children.set(child.child, { x: x0 + ROW_LEAD + (k % caseSpace) * PITCH, y: y + 4 + Math.floor(k / caseSpace) * PITCH }));
      y += h + 2;
    }
    columns.push({ x: x0, y: 0, w: colW, h: y, team: team.team, queueTop, queueRows });
    height = Math.max(height, y + 8);
  });
  // Staff in posts that hold no cases: one small mark each, in a strip across the foot of the view.
  const othersTop = height + 22;
  const perLine = Math.max(1, Math.floor(width / OTHER_PITCH));
  snapshot.others.forEach((worker, k) => workers.set(worker.id, { x: (k % perLine) * OTHER_PITCH, y: othersTop + Math.floor(k / perLine) * OTHER_PITCH, w: OTHER_PITCH - 2, h: OTHER_PITCH - 2 }));
  const othersRows = Math.ceil(snapshot.others.length / perLine);
  return { width, height: othersTop + othersRows * OTHER_PITCH + 6, columns, workers, children, othersTop };
}

/** The worker row or child square under a point, children first (they sit inside worker rows). */
export function hitTest(layout: Layout, x: number, y: number): { worker?: number; child?: number } {
  for (const [child, at] of layout.children) if (x >= at.x - 1 && x <= at.x + SQUARE + 1 && y >= at.y - 1 && y <= at.y + SQUARE + 1) return { child };
  for (const [worker, box] of layout.workers) if (x >= box.x && x <= box.x + box.w && y >= box.y && y <= box.y + box.h) return { worker };
  return {};
}
