/**
 * The pages' one debug interface, for the browser tests and benchmarks (test/browser, bench/browser.ts)
 * and for anyone inspecting a run: opened with `?debug` in the address, it puts read-only views of
 * the page on `window.__handover` (planner) or `window.__trainer` (trainer mode). Components know
 * nothing of it; it reads their public state. docs/ui.md lists what it offers.
 */
import { resultToJson } from '../outputs/index.js';
import { viewWorker } from '../state/views.js';
import type { HandoverApp } from './handover-app.js';
import type { TrainerApp } from './trainer/trainer-app.js';

export interface PlannerDebug {
  /** Runs completed since the page loaded. */
  runs(): number;
  /** Weeks of the running run drawn so far as its live partial result; 0 when none is drawn. */
  liveWeeks(): number;
  /** Charts not yet drawn with the latest result (those on hidden tabs are drawn when the page is idle). */
  chartsPending(): number;
  /** The last completed run's first replication, exactly as `handover run --format json` writes it. */
  resultJson(): string;
  /** The scenario the last completed run simulated. */
  scenarioJson(): string;
}

declare global {
  interface Window {
    __handover?: PlannerDebug;
  }
}

export const debugRequested = (): boolean => new URLSearchParams(location.search).has('debug');

export function installPlannerDebug(app: HandoverApp): void {
  window.__handover = {
    runs: () => app.runs.completed,
    liveWeeks: () => app.runs.live?.weeks ?? 0,
    chartsPending: () => app.renderRoot.querySelector('hv-chart-views')?.pendingCharts ?? 0,
    resultJson: () => (app.runs.results ? resultToJson(app.runs.results[0]) : ''),
    scenarioJson: () => JSON.stringify(app.runs.scenario ?? null),
  };
}

export interface TrainerDebug {
  week(): number;
  /** Marks drawn on the canvas: one per worker in post and one per open child. */
  marks(): { workers: number; children: number };
  engine(): { workersInPost: number; openCases: number };
  /** Where a worker's row and a child's square are on the page, for clicking. */
  workerBox(id: number): DOMRect | undefined;
  childPoint(child: number): { x: number; y: number } | undefined;
  workerChildren(id: number): { child: number; workers: number }[];
  childWorkers(child: number): { worker: number; workers: number } | undefined;
  /** The worker in post holding the most children. */
  busiestWorker(): number;
  /** The scenario as *Export scenario* writes it, and the run so far as `handover run --format json` would. */
  scenarioJson(): string;
  resultJson(): string;
  /** The canvas's drawing time of recent frames, in milliseconds (npm run bench). */
  frameTimes(): number[];
}

declare global {
  interface Window {
    __trainer?: TrainerDebug;
  }
}

export function installTrainerDebug(app: TrainerApp): void {
  const view = () => app.renderRoot.querySelector('hv-caseload-view');
  const play = app.play;
  window.__trainer = {
    week: () => play.week,
    marks: () => view()?.marks ?? { workers: 0, children: 0 },
    engine: () => ({ workersInPost: play.demo?.workersInPost() ?? 0, openCases: play.demo?.sim.state.openCases ?? 0 }),
    workerBox: (id) => view()?.workerBox(id),
    childPoint: (child) => view()?.childPoint(child),
    workerChildren: (id) => {
      const s = play.demo?.sim.state;
      return s ? viewWorker(s, id).caseSlots.map((c) => ({ child: s.cases.childId[c], workers: s.cases.workers[c] })) : [];
    },
    childWorkers: (child) => play.demo?.child(child),
    busiestWorker: () => {
      let best = -1;
      let most = -1;
      for (const t of play.snapshot?.teams ?? []) for (const w of t.workers) if (!w.leaving && w.children.length > most) [best, most] = [w.id, w.children.length];
      return best;
    },
    scenarioJson: () => app.scenarioJson(),
    resultJson: () => play.demo?.resultJson() ?? '',
    frameTimes: () => [...(view()?.frameTimes ?? [])],
  };
}
