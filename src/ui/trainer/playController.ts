/**
 * The play loop of trainer mode: one Demonstration stepped a week at a time, on animation frames at the
 * chosen speed (weeks a second), pausing at a story's steps with their narration. Holds what is drawn
 * — the snapshot every frame, the charts at most every CHART_INTERVAL_MS — and records live changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Intervention, Scenario } from '../../scenario/types.js';
import { partialRunSet, type RunSet } from '../stats.js';
import { Demonstration, type StoryStep } from './demonstration.js';
import { takeSnapshot, type Snapshot } from './snapshot.js';

/** Redraw the SVG charts at most this often while playing; the canvas redraws every frame. */
const CHART_INTERVAL_MS = 250;

export class PlayController implements ReactiveController {
  demo?: Demonstration;
  week = 0;
  playing = false;
  /** Weeks a second. */
  speed = 4;
  narration?: { index: number; week: number; text: string };
  snapshot?: Snapshot;
  chartSet?: RunSet;
  private frame = 0;
  private lastFrame = 0;
  private owed = 0;
  private lastChart = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.pause();
  }

  /** Starts a run of `scenario` from week 1 (warm-up and week 1 played), with the story's steps. */
  start(scenario: Scenario, steps: readonly StoryStep[]): void {
    this.pause();
    this.narration = undefined;
    this.demo = new Demonstration(scenario, steps);
    this.advance();
    this.refresh(true);
  }

  private advance(): void {
    const demo = this.demo;
    if (!demo || demo.done) return;
    const due = demo.advance();
    this.week = demo.week;
    if (due) {
      this.narration = { index: due.index, week: due.step.week, text: due.step.text };
      if (due.pause) this.pause();
    }
    if (demo.done) this.pause();
  }

  private refresh(charts: boolean): void {
    const demo = this.demo;
    if (!demo) return;
    this.snapshot = takeSnapshot(demo.sim.state, this.week);
    const now = performance.now();
    if (charts || now - this.lastChart > CHART_INTERVAL_MS) {
      this.lastChart = now;
      const s = demo.scenario;
      this.chartSet = partialRunSet(demo.sim.series, this.week, 'This demonstration', s.name, s.allocation.caseloadCap);
    }
    this.host.requestUpdate();
  }

  stepOnce(): void {
    this.pause();
    this.advance();
    this.refresh(true);
  }

  play(): void {
    if (!this.demo || this.demo.done || this.playing) return;
    this.playing = true;
    this.narration = undefined;
    this.lastFrame = performance.now();
    this.owed = 0;
    const tick = (now: number) => {
      if (!this.playing) return;
      this.owed += ((now - this.lastFrame) / 1000) * this.speed;
      this.lastFrame = now;
      let stepped = false;
      while (this.owed >= 1 && this.playing) {
        this.owed -= 1;
        this.advance();
        stepped = true;
      }
      if (stepped) this.refresh(!this.playing);
      if (this.playing) this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
    this.host.requestUpdate();
  }

  pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.frame);
    this.host.requestUpdate();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: number): void {
    this.speed = speed;
  }

  /** Records a change for the next week to be played, in the run and in its scenario; a problem says why it cannot be made. */
  intervene(make: (week: number) => Intervention): { intervention?: Intervention; problem?: string } {
    if (!this.demo) return { problem: 'there is no run' };
    return this.demo.intervene(make);
  }
}
