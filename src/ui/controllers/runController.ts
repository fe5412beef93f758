/**
 * The run lifecycle of <handover-app>, after @lit/task: one run at a time (a new one cancels the old),
 * progress and the live partial result redrawn at most every LIVE_EVERY_MS, cancellation, and
 * the results kept on screen — the current run, the pinned baseline, and the marks of the current
 * run's scheduled changes. A failed or cancelled run leaves the last complete one in place.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RunResult } from '../../metrics/fields.js';
import type { Scenario } from '../../scenario/types.js';
import { CancelledError } from '../../workers/pool.js';
import { interventionLabel } from '../interventionLabel.js';
import { runReplications, type RunUpdate } from '../runner.js';
import { partialRunSet, summariseRuns, type RunSet } from '../stats.js';

/**
 * The live partial result is redrawn at most this often. Each redraw re-renders the twelve charts on
 * the main thread, which on a two-core machine takes the core the engine worker and the compositor
 * need: redrawn on every animation frame, a decade took about twice as long from Run to its complete
 * result on screen as with no live drawing (docs/performance.md, browser). Four times a second still
 * shows the run growing.
 */
const LIVE_EVERY_MS = 250;

export class RunController implements ReactiveController {
  running = false;
  /** Weeks done over all runs / weeks in total, while running. */
  progress = 0;
  /** The first run's rows so far, drawn while it runs. */
  live?: RunSet;
  current?: RunSet;
  baseline?: RunSet;
  /** Every replication of the current run, for the CSV exports. */
  results?: RunResult[];
  /** The scenario the current run simulated. */
  scenario?: Scenario;
  /** The current run's scheduled changes, marked on the charts' time axes. */
  marks: { week: number; label: string }[] = [];
  /** Runs completed since the page loaded (the page's debug interface reports it). */
  completed = 0;
  private abort?: AbortController;
  private frame = 0;
  private liveTimer?: ReturnType<typeof setTimeout>;
  private liveAt = -Infinity;

  constructor(private readonly host: ReactiveControllerHost, private readonly say: (status: string) => void) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort?.abort();
    this.stopLive();
  }

  private stopLive(): void {
    clearTimeout(this.liveTimer);
    this.liveTimer = undefined;
    cancelAnimationFrame(this.frame);
  }

  /** Runs the scenario and puts it on screen as the current run (or the baseline); false when cancelled or failed. */
  async run(scenario: Scenario, replications: number, as: 'current' | 'baseline' = 'current'): Promise<boolean> {
    const label = as === 'baseline' ? 'Baseline' : this.baseline ? 'This scenario' : 'Current';
    const outcome = await this.execute(scenario, replications, label);
    if (!outcome) return false;
    if (as === 'baseline') this.baseline = outcome.set;
    else {
      this.current = outcome.set;
      this.results = outcome.results;
      this.scenario = scenario;
      this.marks = scenario.interventions.map((i) => ({ week: i.week, label: interventionLabel(i) }));
      this.completed += 1;
    }
    this.host.requestUpdate();
    return true;
  }

  private async execute(scenario: Scenario, replications: number, label: string): Promise<{ set: RunSet; results: RunResult[] } | undefined> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.stopLive();
    this.liveAt = -Infinity;
    this.running = true;
    this.progress = 0;
    this.say(`Running “${scenario.name}”${replications > 1 ? ` × ${replications} replications` : ''}…`);
    const cap = scenario.allocation.caseloadCap;
    try {
      let latest: RunUpdate | undefined;
      const results = await runReplications(scenario, replications, (update) => {
        latest = update;
        if (this.liveTimer !== undefined) return;
        // The first update is drawn at the next frame, later ones when LIVE_EVERY_MS has passed since the last.
        this.liveTimer = setTimeout(() => {
          this.frame = requestAnimationFrame(() => {
            this.liveTimer = undefined;
            if (abort.signal.aborted || latest === undefined) return;
            this.liveAt = performance.now();
            this.progress = latest.fraction;
            this.live = partialRunSet(latest.rows, latest.weeksSoFar, label, scenario.name, cap);
            this.host.requestUpdate();
          });
        }, Math.max(0, this.liveAt + LIVE_EVERY_MS - performance.now()));
      }, abort.signal);
      this.stopLive();
      this.live = undefined;
      this.say('');
      return { set: summariseRuns(results, label, cap), results };
    } catch (error) {
      if (this.abort !== abort) return undefined; // replaced by a newer run, which owns the status
      this.stopLive();
      this.live = undefined;
      this.say(error instanceof CancelledError ? 'Run cancelled; the last complete run is still shown.' : `The run failed: ${String(error)}`);
      return undefined;
    } finally {
      if (this.abort === abort) this.running = false;
      this.host.requestUpdate();
    }
  }

  cancel(): void {
    this.abort?.abort();
  }

  /** The current run becomes the baseline that later runs are compared with. */
  pin(): void {
    if (!this.current) return;
    this.baseline = { ...this.current, label: 'Baseline' };
    this.current = { ...this.current, label: 'This scenario' };
    this.host.requestUpdate();
  }

  unpin(): void {
    this.baseline = undefined;
    if (this.current) this.current = { ...this.current, label: 'Current' };
    this.host.requestUpdate();
  }
}
