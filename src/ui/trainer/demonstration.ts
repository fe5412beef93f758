/**
 * One live demonstration: the run, stepped a week at a time, and what trainer mode keeps beside it —
 * each child's events (indexed as the log grows), the weeks each child waits without a worker, what
 * each child seeded before the warm-up had had, and which story step is next. Live changes go into the
 * run and into the scenario together, before the week they act in, so the scenario replays the run.
 * No DOM here: the component draws, this keeps the books.
 */
import { NONE, Stage, WorkerStatus } from '../../state/codes.js';
import { createSimulation, type Simulation } from '../../engine/run.js';
import type { RunEvent } from '../../state/events.js';
import { resultToJson } from '../../outputs/index.js';
import { validateScenario } from '../../scenario/index.js';
import type { Intervention, Scenario } from '../../scenario/types.js';
import { childStory, type ChildStory } from './childStory.js';

export interface StoryStep {
  week: number;
  text: string;
}

export const isOpen = (stage: number): boolean => stage >= Stage.assessment && stage <= Stage.lookedAfter;

export class Demonstration {
  readonly sim: Simulation;
  private scenarioNow: Scenario;
  private readonly steps: readonly StoryStep[];
  private nextStep = 0;
  private readonly waiting = new Map<number, number>();
  private readonly eventsByChild = new Map<number, RunEvent[]>();
  private indexed = 0;
  private readonly atStart = new Map<number, number>();

  /** Seeds the run and plays the warm-up and week 1 (a step due at week 1 is returned by `start`). */
  constructor(scenario: Scenario, steps: readonly StoryStep[] = []) {
    this.scenarioNow = scenario;
    this.steps = steps;
    // The log starts with the warm-up, so the story of a child already open at week 1 is complete too.
    this.sim = createSimulation(structuredClone(scenario), { recordEvents: 'withWarmup' });
    const cs = this.sim.state.cases;
    for (let c = 0; c < cs.used; c++) if (isOpen(cs.stage[c])) this.atStart.set(cs.childId[c], cs.workers[c]);
  }

  get scenario(): Scenario {
    return this.scenarioNow;
  }

  get week(): number {
    return this.sim.recorded;
  }

  get done(): boolean {
    return this.sim.done;
  }

  /** Plays one week; returns the story step that falls due (the trainer pauses there), if any. */
  advance(): { index: number; step: StoryStep; pause: boolean } | undefined {
    const sim = this.sim;
    if (sim.done) return undefined;
    sim.step();
    const log = sim.state.events ?? [];
    for (; this.indexed < log.length; this.indexed++) {
      const e = log[this.indexed];
      if (e.caseId === undefined) continue;
      const list = this.eventsByChild.get(e.caseId);
      if (list) list.push(e);
      else this.eventsByChild.set(e.caseId, [e]);
    }
    const cs = sim.state.cases;
    for (let c = 0; c < cs.used; c++) {
      if (isOpen(cs.stage[c]) && cs.worker[c] === NONE) this.waiting.set(cs.childId[c], (this.waiting.get(cs.childId[c]) ?? 0) + 1);
    }
    let due: { index: number; step: StoryStep; pause: boolean } | undefined;
    while (this.nextStep < this.steps.length && this.steps[this.nextStep].week <= sim.recorded) {
      due = { index: this.nextStep, step: this.steps[this.nextStep], pause: this.steps[this.nextStep].week === sim.recorded };
      this.nextStep++;
    }
    return due;
  }

  /**
   * Adds a change for the next week to be played, to the run and to the scenario. Returns the
   * validator's first message when the change cannot be made (e.g. past the last week).
   */
  intervene(make: (week: number) => Intervention): { intervention?: Intervention; problem?: string } {
    if (this.sim.done) return { problem: 'the demonstration has ended: reset to intervene again' };
    const intervention = make(this.week + 1);
    const next: Scenario = { ...this.scenarioNow, interventions: [...this.scenarioNow.interventions, intervention] };
    const errors = validateScenario(next);
    if (errors.length > 0) return { problem: errors[0].message };
    this.sim.state.p.interventions.push(structuredClone(intervention));
    this.scenarioNow = next;
    return { intervention };
  }

  story(child: number): ChildStory {
    return childStory(this.eventsByChild.get(child) ?? [], child, { workers: this.atStart.get(child) ?? 0 }, this.waiting.get(child) ?? 0);
  }

  /** Workers in post (not yet gone), for checking the view against the engine. */
  workersInPost(): number {
    const ws = this.sim.state.workers;
    let n = 0;
    for (let i = 0; i < ws.activeCount; i++) if (ws.status[ws.active[i]] !== WorkerStatus.left) n++;
    return n;
  }

  /** The open child with this id: her worker (NONE when waiting) and how many workers she has had. */
  child(child: number): { worker: number; workers: number } | undefined {
    const cs = this.sim.state.cases;
    for (let c = 0; c < cs.used; c++) if (cs.childId[c] === child && isOpen(cs.stage[c])) return { worker: cs.worker[c], workers: cs.workers[c] };
    return undefined;
  }

  resultJson(): string {
    return resultToJson(this.sim.result());
  }
}
