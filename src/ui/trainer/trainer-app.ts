/**
 * <hv-trainer>: trainer mode. Plays one run week by week on the page (a typical week takes well under
 * a millisecond, so stepping here keeps the view and the run in lock-step), draws every worker and
 * child, lets the trainer intervene at the current week, follows one child, and narrates a story.
 * Every live change is written into the scenario before the week it acts in, so the exported scenario
 * replays the demonstration byte for byte.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { viewWorker } from '../../state/views.js';
import type { Intervention, Scenario } from '../../scenario/types.js';
import { CHART_VIEWS, type ChartSpec } from '../chartSpecs.js';
import { download } from '../download.js';
import { resolveDocument, resolvedPreset } from '../presets.js';
import { takeFromPlanner } from '../trainerHandoff.js';
import { partialRunSet, type RunSet } from '../stats.js';
import { COUNT_COLOURS, type CaseloadView } from './caseload-view.js';
import { Demonstration } from './demonstration.js';
import { interventionLabel } from '../interventionLabel.js';
import { LIVE_ACTIONS, liveIntervention, type LiveAction } from './liveInterventions.js';
import { takeSnapshot, type Snapshot } from './snapshot.js';
import { STORIES, checkStory, type Story } from './stories.js';
import { trainerStyles } from './styles.js';
import './caseload-view.js';
import './child-panel.js';
import './timeline.js';
import '../line-chart.js';

const SPEEDS = [1, 2, 4, 8, 16, 32];
const CHARTS: ChartSpec[] = ['continuity', 'unallocated', 'workforce-fte'].map((id) => CHART_VIEWS.flatMap((v) => v.charts).find((c) => c.id === id) as ChartSpec);
/** Redraw the SVG charts at most this often while playing; the canvas redraws every frame. */
const CHART_INTERVAL_MS = 250;
/** About five typical authorities: the canvas stays readable and a frame stays well under 16 ms. */
const MAX_POSTS = 1500;

declare global {
  interface Window {
    __trainer?: TrainerHook;
  }
}

export interface TrainerHook {
  week(): number;
  marks(): { workers: number; children: number };
  engine(): { workersInPost: number; openCases: number };
  workerBox(id: number): DOMRect | undefined;
  childPoint(child: number): { x: number; y: number } | undefined;
  workerChildren(id: number): { child: number; workers: number }[];
  childWorkers(child: number): { worker: number; workers: number } | undefined;
  busiestWorker(): number;
  scenarioJson(): string;
  resultJson(): string;
  frameTimes(): number[];
}

@customElement('hv-trainer')
export class TrainerApp extends LitElement {
  @state() storyKey = 'spiral';
  @state() story?: Story;
  @state() scenario: Scenario = resolvedPreset('default');
  @state() snapshot?: Snapshot;
  @state() week = 0;
  @state() playing = false;
  @state() speed = 4;
  @state() selectedWorker = -1;
  @state() selectedChild = -1;
  @state() narration?: { index: number; week: number; text: string };
  @state() presenting = false;
  @state() message = '';
  @state() fileErrors: string[] = [];
  @state() chartSet?: RunSet;
  private demo?: Demonstration;
  private frame = 0;
  private lastFrame = 0;
  private owed = 0;
  private lastChart = 0;

  static override styles = trainerStyles;

  override connectedCallback(): void {
    super.connectedCallback();
    const params = new URLSearchParams(location.search);
    const key = params.get('story') ?? 'spiral';
    this.openStory(STORIES.has(key) ? key : 'spiral');
    const from = params.get('from');
    if (from !== null) this.openDocument(takeFromPlanner(from), 'the planner view');
    window.addEventListener('keydown', this.onKey);
    window.__trainer = this.hook();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    cancelAnimationFrame(this.frame);
  }

  private openStory(key: string): void {
    const story = STORIES.get(key);
    if (!story) return;
    const checked = checkStory(story);
    if (!checked.scenario) {
      this.message = `The story “${key}” has problems: ${checked.errors.join('; ')}`;
      return;
    }
    this.storyKey = key;
    this.story = story;
    this.scenario = checked.scenario;
    this.reset();
  }

  private openFreePlay(): void {
    this.storyKey = '';
    this.story = undefined;
    this.scenario = structuredClone(resolvedPreset('default'));
    this.reset();
  }

  /** Starts the run again from week 1 with the scenario as it now stands (live changes included). */
  reset(): void {
    this.pause();
    this.narration = undefined;
    this.selectedChild = -1;
    this.selectedWorker = -1;
    this.demo = new Demonstration(this.scenario, this.story?.steps ?? []);
    this.advance(); // warm-up weeks and week 1
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
    const sim = this.demo?.sim;
    if (!sim) return;
    this.snapshot = takeSnapshot(sim.state, this.week);
    const now = performance.now();
    if (charts || now - this.lastChart > CHART_INTERVAL_MS) {
      this.lastChart = now;
      const rows = sim.series as unknown as Record<string, number[]>;
      this.chartSet = partialRunSet(rows, this.week, 'This demonstration', this.scenario.name, this.scenario.allocation.caseloadCap);
    }
  }

  private stepOnce(): void {
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
  }

  pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.frame);
  }

  private toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  private onKey = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
    if (event.key === ' ') {
      if (target?.tagName === 'BUTTON') return; // Space presses the focused button, as keyboard users expect
      event.preventDefault();
      this.toggle();
    } else if (event.key === 'ArrowRight') {
      event.preventDefault();
      this.stepOnce();
    } else if (event.key === 'f' || event.key === 'F') {
      void this.togglePresenting();
    }
  };

  /** Records an intervention for the next week to be played: in the run now and in the scenario for replay. */
  private intervene(make: (week: number) => Intervention): void {
    if (!this.demo) return;
    const { intervention, problem } = this.demo.intervene(make);
    if (!intervention) {
      this.message = `That change cannot be made: ${problem}.`;
      return;
    }
    this.scenario = this.demo.scenario;
    this.message = `Week ${intervention.week}: ${interventionLabel(intervention)}.`;
  }

  private onAction(action: LiveAction): void {
    this.intervene((week) => liveIntervention(action, this.scenario, week));
  }

  private makeLeave(): void {
    const id = this.selectedWorker;
    if (id < 0) return;
    this.intervene((week) => ({ week, leave: { count: 0, workers: [id] } }));
  }

  private async togglePresenting(): Promise<void> {
    this.presenting = !this.presenting;
    this.toggleAttribute('presenting', this.presenting);
    try {
      if (this.presenting && !document.fullscreenElement) await document.documentElement.requestFullscreen();
      else if (!this.presenting && document.fullscreenElement) await document.exitFullscreen();
    } catch {
      // Full screen needs a user gesture and may be refused (e.g. in a frame): large type still applies.
    }
  }

  private exportScenario(): void {
    const name = (this.story?.title ?? this.scenario.name).replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
    download(`${name}-replay.json`, new Blob([this.scenarioJson()], { type: 'application/json' }));
  }

  private scenarioJson(): string {
    return `${JSON.stringify(this.scenario, null, 2)}\n`;
  }

  /** Opens a story file or an exported scenario; a bad file changes nothing. */
  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let doc: unknown;
    try {
      doc = JSON.parse(await file.text());
    } catch (error) {
      this.fileErrors = [`${file.name} is not valid JSON: ${(error as Error).message}`];
      return;
    }
    const isStory = typeof doc === 'object' && doc !== null && 'steps' in doc;
    if (isStory) {
      const checked = checkStory(doc);
      if (!checked.scenario || !checked.story) {
        this.fileErrors = checked.errors.map((e) => `${file.name}: ${e}`);
        return;
      }
      const big = this.tooLarge(checked.scenario);
      if (big) {
        this.fileErrors = [`${file.name}: ${big}`];
        return;
      }
      this.story = checked.story;
      this.storyKey = '';
      this.scenario = checked.scenario;
      this.fileErrors = [];
      this.message = `Opened ${file.name}.`;
      this.reset();
    } else {
      this.openDocument(doc, file.name);
    }
  }

  /** Opens a scenario document (an exported file, or the planner's scenario); a bad one changes nothing. */
  private openDocument(doc: unknown, source: string): void {
    if (doc === undefined) {
      this.fileErrors = [`Nothing came from ${source}: open the scenario again from there, or export it and open the file here.`];
      return;
    }
    const { scenario, errors } = resolveDocument(doc);
    if (!scenario) {
      this.fileErrors = errors.map((e) => `${source}: ${e.message}`);
      return;
    }
    const big = this.tooLarge(scenario);
    if (big) {
      this.fileErrors = [`${source}: ${big}`];
      return;
    }
    this.story = undefined;
    this.storyKey = '';
    this.scenario = scenario;
    this.fileErrors = [];
    this.message = `Opened “${scenario.name}” from ${source}.`;
    this.reset();
  }

  /** Trainer mode draws every worker and child: a region or all of England would not fit a screen or a frame. */
  private tooLarge(scenario: Scenario): string | undefined {
    const posts = Object.values(scenario.workforce.establishment).reduce((sum, n) => sum + n, 0);
    return posts > MAX_POSTS
      ? `it has ${Math.round(posts).toLocaleString('en-GB')} posts; trainer mode draws every worker and child and takes authorities of up to ${MAX_POSTS.toLocaleString('en-GB')} posts (use the planner view for larger ones)`
      : undefined;
  }

  private hook(): TrainerHook {
    const view = () => this.renderRoot.querySelector('hv-caseload-view') as CaseloadView | null;
    return {
      week: () => this.week,
      marks: () => view()?.marks ?? { workers: 0, children: 0 },
      engine: () => ({ workersInPost: this.demo?.workersInPost() ?? 0, openCases: this.demo?.sim.state.openCases ?? 0 }),
      workerBox: (id) => view()?.workerBox(id),
      childPoint: (child) => view()?.childPoint(child),
      workerChildren: (id) => {
        const s = this.demo?.sim.state;
        return s ? viewWorker(s, id).caseSlots.map((c) => ({ child: s.cases.childId[c], workers: s.cases.workers[c] })) : [];
      },
      childWorkers: (child) => this.demo?.child(child),
      busiestWorker: () => {
        let best = -1;
        let most = -1;
        for (const t of this.snapshot?.teams ?? []) for (const w of t.workers) if (!w.leaving && w.children.length > most) [best, most] = [w.id, w.children.length];
        return best;
      },
      scenarioJson: () => this.scenarioJson(),
      resultJson: () => this.demo?.resultJson() ?? '',
      frameTimes: () => [...(view()?.frameTimes ?? [])],
    };
  }

  /** Keyboard route to what the canvas offers by clicking: pick a worker, then one of her children. */
  private renderPickers() {
    const snap = this.snapshot;
    if (!snap) return nothing;
    // The lists hold every worker; rebuilding them sixteen times a second while playing would cost frames.
    if (this.playing) return html`<p class="pickers">Pause to choose a worker or a child from a list.</p>`;
    const worker = [...snap.teams.flatMap((t) => t.workers), ...snap.others].find((w) => w.id === this.selectedWorker);
    return html`<div class="pickers">
      <label>Worker
        <select id="pick-worker" @change=${(e: Event) => { this.selectedWorker = Number((e.target as HTMLSelectElement).value); }}>
          <option value="-1" ?selected=${this.selectedWorker < 0}>Choose a worker…</option>
          ${snap.teams.map((t) => html`<optgroup label=${t.label}>${t.workers.map((w) => html`<option value=${w.id} ?selected=${w.id === this.selectedWorker}>#${w.id} · ${w.type} · ${w.children.length} children${w.leaving ? ' · leaving' : ''}</option>`)}</optgroup>`)}
          <optgroup label="not holding cases">${snap.others.map((w) => html`<option value=${w.id} ?selected=${w.id === this.selectedWorker}>#${w.id} · ${w.type}</option>`)}</optgroup>
        </select></label>
      ${worker && worker.children.length > 0 ? html`<label>Follow one of her children
        <select id="pick-child" @change=${(e: Event) => { this.selectedChild = Number((e.target as HTMLSelectElement).value); }}>
          <option value="-1">Choose a child…</option>
          ${worker.children.map((c) => html`<option value=${c.child} ?selected=${c.child === this.selectedChild}>#${c.child} · ${c.workers} worker${c.workers === 1 ? '' : 's'} so far</option>`)}
        </select></label>` : nothing}
    </div>`;
  }

  private renderWorker() {
    const s = this.demo?.sim.state;
    if (!s || this.selectedWorker < 0) return html`<p>Click a worker's row (or choose her above) to see her caseload, or to make her leave.</p>`;
    const w = viewWorker(s, this.selectedWorker);
    const type = { permanent: 'Permanent', 'newly-qualified': 'Newly qualified', agency: 'Agency' }[w.type] ?? w.type;
    return html`<h3>Worker #${w.id}</h3>
      <p data-testid="worker-facts">${type}, ${s.structure.labels[s.structure.names.indexOf(w.team)] ?? w.team} ·
        ${w.cases} children · load ${w.load.toFixed(1)} of ${w.cap.toFixed(1)} · stress ${(w.stress * 100).toFixed(0)}% ·
        ${w.status === 'active' ? 'in post' : w.status === 'notice' ? 'working her notice' : 'has left'}</p>
      <button id="leave-now" ?disabled=${w.status !== 'active'} @click=${this.makeLeave}>She leaves now</button>`;
  }

  override render() {
    const total = this.scenario.run.years * 52;
    const marks = this.scenario.interventions.map((i) => ({ week: i.week, label: interventionLabel(i) }));
    const child = this.demo && this.selectedChild >= 0 ? this.demo.story(this.selectedChild) : undefined;
    return html`
      <div class="bar" role="toolbar" aria-label="Play controls">
        <label>Story
          <select id="story" @change=${(e: Event) => { const v = (e.target as HTMLSelectElement).value; if (v === '') this.openFreePlay(); else this.openStory(v); }}>
            ${[...STORIES].map(([key, s]) => html`<option value=${key} ?selected=${key === this.storyKey}>${s.title}</option>`)}
            <option value="" ?selected=${this.storyKey === '' && !this.story}>Free play: the average authority</option>
            ${this.storyKey === '' && this.story ? html`<option value="" selected>${this.story.title} (from file)</option>` : nothing}
          </select></label>
        <button id="play" class="primary" @click=${this.toggle} aria-pressed=${this.playing ? 'true' : 'false'}>${this.playing ? 'Pause' : 'Play'}</button>
        <button id="step" @click=${this.stepOnce}>Step a week</button>
        <label>Speed
          <select id="speed" @change=${(e: Event) => { this.speed = Number((e.target as HTMLSelectElement).value); }}>
            ${SPEEDS.map((v) => html`<option value=${v} ?selected=${v === this.speed}>${v} week${v === 1 ? '' : 's'} a second</option>`)}
          </select></label>
        <button id="reset" @click=${() => this.reset()} title="Start again from week 1, keeping the changes made so far">Reset</button>
        <button id="export" @click=${this.exportScenario}>Export scenario</button>
        <label class="file">Open a story or scenario<input id="file" type="file" accept="application/json,.json" @change=${(e: Event) => void this.onFile(e)}></label>
        <button id="present" @click=${() => void this.togglePresenting()} aria-pressed=${this.presenting ? 'true' : 'false'}>${this.presenting ? 'Leave presentation' : 'Present'}</button>
        <span class="week" data-testid="week">Week ${this.week} of ${total}</span>
      </div>
      <hv-timeline .week=${this.week} .total=${total} .marks=${marks} .pauses=${(this.story?.steps ?? []).map((s) => s.week)}></hv-timeline>
      ${this.narration ? html`<div class="narration" role="status" data-testid="narration" data-step=${this.narration.index}>
          <b>Week ${this.narration.week}.</b> ${this.narration.text}
          <button @click=${() => this.play()}>Continue</button></div>` : nothing}
      ${this.message ? html`<p class="message" role="status" data-testid="message">${this.message}</p>` : nothing}
      ${this.fileErrors.length > 0 ? html`<div class="error" role="alert" data-testid="file-error"><b>That file was not opened; the demonstration is unchanged.</b>
          <ul>${this.fileErrors.map((e) => html`<li>${e}</li>`)}</ul></div>` : nothing}
      <div class="layout">
        <section class="view" aria-label="Workers and children">
          <p class="legend">Children's squares: ${COUNT_COLOURS.map((c, n) => html`<span><i style="background:${c}"></i>${['waiting, no worker yet', '1 worker', '2 workers', '3 workers', '4 or more'][n]}</span>`)}
            · Workers: ■ permanent ● newly qualified ◆ agency; bar = caseload against capacity (tick); dot = stress; dashed red = working her notice.
</p>
          <hv-caseload-view .snapshot=${this.snapshot} .selectedWorker=${this.selectedWorker} .selectedChild=${this.selectedChild} ?dark=${this.presenting}
            @worker-select=${(e: CustomEvent<{ worker: number }>) => { this.selectedWorker = e.detail.worker; }}
            @child-select=${(e: CustomEvent<{ child: number }>) => { this.selectedChild = e.detail.child; }}></hv-caseload-view>
        </section>
        <aside>
          <section class="panel" aria-label="Live changes">
            <h3>Change something now</h3>
            <div class="actions">${LIVE_ACTIONS.map((a) => html`<button data-action=${a.action} title=${a.explain} @click=${() => this.onAction(a.action)}>${a.label}</button>`)}</div>
          </section>
          <section class="panel" aria-label="Selected worker">${this.renderPickers()}${this.renderWorker()}</section>
          <section class="panel" aria-label="Followed child"><hv-child-panel .story=${child}></hv-child-panel></section>
        </aside>
      </div>
      <section class="charts" aria-label="Charts">
        ${CHARTS.map((spec) => html`<hv-line-chart .spec=${spec} .sets=${this.chartSet ? [this.chartSet] : []} .marks=${marks}></hv-line-chart>`)}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-trainer': TrainerApp;
  }
}
