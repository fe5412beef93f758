/**
 * The pages' one debug interface, for the browser tests and benchmarks (test/browser, bench/browser.ts)
 * and for anyone inspecting a run: opened with `?debug` in the address, it puts read-only views of
 * the page on `window.__handover` (planner) or `window.__trainer` (trainer mode). Components know
 * nothing of it; it reads their public state. docs/ui.md lists what it offers.
 */
import type { HandoverApp } from './handover-app.js';
import { resultToJson } from '../outputs/index.js';

export interface PlannerDebug {
  /** Runs completed since the page loaded. */
  runs(): number;
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
    resultJson: () => (app.runs.results ? resultToJson(app.runs.results[0]) : ''),
    scenarioJson: () => JSON.stringify(app.runs.scenario ?? null),
  };
}
