/**
 * <hv-trainer>: trainer mode. Plays one run week by week on the page (a typical week takes well under
 * a millisecond, so stepping here keeps the view and the run in lock-step), draws every worker and
 * child, lets the trainer intervene at the current week, follows one child, and narrates a story.
 * The play loop is PlayController, the keys ShortcutsController, what can be opened openFiles.ts;
 * this component keeps the story and scenario, the choices, and the messages. Every live change is
 * written into the scenario before the week it acts in, so the exported scenario replays the
 * demonstration byte for byte.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Intervention, Scenario } from '../../scenario/types.js';
import { viewWorker } from '../../state/views.js';
import { CHART_VIEWS, type ChartSpec } from '../chartSpecs.js';
import { download } from '../download.js';
import type { HandoverEvents } from '../events.js';
import { interventionLabel } from '../interventionLabel.js';
import { resolvedPreset } from '../presets.js';
import { takeFromPlanner } from '../trainerHandoff.js';
import { COUNT_COLOURS } from './caseload-view.js';
import { LIVE_ACTIONS, liveIntervention, type LiveAction } from './liveInterventions.js';
import { openDocument, openFile, type Opened } from './openFiles.js';
import { PlayController } from './playController.js';
import { ShortcutsController } from './shortcutsController.js';
import { STORIES, checkStory, type Story } from './stories.js';
import { trainerStyles } from './styles.js';
import './caseload-view.js';
import './child-panel.js';
import './play-bar.js';
import './timeline.js';
import './worker-panel.js';
import '../line-chart.js';

const ALL_CHARTS = CHART_VIEWS.flatMap((v) => v.charts);
const CHARTS: ChartSpec[] = ['continuity', 'unallocated', 'workforce-fte'].flatMap((id) => ALL_CHARTS.filter((c) => c.id === id));

@customElement('hv-trainer')
export class TrainerApp extends LitElement {
  @state() storyKey = 'spiral';
  @state() story?: Story;
  @state() scenario: Scenario = resolvedPreset('default');
  @state() selectedWorker = -1;
  @state() selectedChild = -1;
  @state() presenting = false;
  @state() message = '';
  @state() fileErrors: string[] = [];
  readonly play = new PlayController(this);
  readonly shortcuts = new ShortcutsController(this, { toggle: () => this.play.toggle(), step: () => this.play.stepOnce(), present: () => void this.togglePresenting() });

  static override styles = trainerStyles;

  override connectedCallback(): void {
    super.connectedCallback();
    const params = new URLSearchParams(location.search);
    const key = params.get('story') ?? 'spiral';
    this.openStory(STORIES.has(key) ? key : 'spiral');
    const from = params.get('from');
    if (from !== null) this.open(openDocument(takeFromPlanner(from), 'the planner view'), 'the planner view');
  }

  private openStory(key: string): void {
    if (key === '') {
      this.show('', undefined, structuredClone(resolvedPreset('default')));
      return;
    }
    const story = STORIES.get(key);
    const checked = story && checkStory(story);
    if (!checked?.scenario) {
      this.message = `The story “${key}” has problems: ${checked?.errors.join('; ') ?? 'there is no such story'}`;
      return;
    }
    this.show(key, story, checked.scenario);
  }

  /** Opens a story file or a scenario; a refused one changes nothing and lists its problems. */
  private open(opened: Opened, source: string): void {
    if ('errors' in opened) {
      this.fileErrors = opened.errors;
      return;
    }
    this.fileErrors = [];
    this.message = opened.story ? `Opened ${source}.` : `Opened “${opened.scenario.name}” from ${source}.`;
    this.show('', opened.story, opened.scenario);
  }

  private show(key: string, story: Story | undefined, scenario: Scenario): void {
    this.storyKey = key;
    this.story = story;
    this.scenario = scenario;
    this.reset();
  }

  /** Starts the run again from week 1 with the scenario as it now stands (live changes included). */
  reset(): void {
    this.selectedChild = -1;
    this.selectedWorker = -1;
    this.play.start(this.scenario, this.story?.steps ?? []);
  }

  /** Records an intervention for the next week to be played: in the run now and in the scenario for replay. */
  private intervene(make: (week: number) => Intervention): void {
    const { intervention, problem } = this.play.intervene(make);
    if (!intervention || !this.play.demo) {
      this.message = `That change cannot be made: ${problem}.`;
      return;
    }
    this.scenario = this.play.demo.scenario;
    this.message = `Week ${intervention.week}: ${interventionLabel(intervention)}.`;
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

  /** The scenario as it now stands, live changes included, as the exported file holds it. */
  scenarioJson(): string {
    return `${JSON.stringify(this.scenario, null, 2)}\n`;
  }

  private exportScenario(): void {
    const name = (this.story?.title ?? this.scenario.name).replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
    download(`${name}-replay.json`, new Blob([this.scenarioJson()], { type: 'application/json' }));
  }

  override render() {
    const play = this.play;
    const total = this.scenario.run.years * 52;
    const marks = this.scenario.interventions.map((i) => ({ week: i.week, label: interventionLabel(i) }));
    const state = play.demo?.sim.state;
    const worker = state && this.selectedWorker >= 0 ? viewWorker(state, this.selectedWorker) : undefined;
    const child = play.demo && this.selectedChild >= 0 ? play.demo.story(this.selectedChild) : undefined;
    return html`
      <hv-play-bar storyKey=${this.storyKey} fileStory=${this.storyKey === '' ? (this.story?.title ?? '') : ''} ?playing=${play.playing} .speed=${play.speed}
        ?presenting=${this.presenting} .week=${play.week} .total=${total} @story-change=${(e: HandoverEvents['story-change']) => this.openStory(e.detail.key)}
        @play-toggle=${() => play.toggle()} @step-request=${() => play.stepOnce()} @speed-change=${(e: HandoverEvents['speed-change']) => play.setSpeed(e.detail.speed)}
        @reset-request=${() => this.reset()} @export-scenario=${this.exportScenario} @present-toggle=${() => void this.togglePresenting()}
        @import-request=${async (e: HandoverEvents['import-request']) => this.open(await openFile(e.detail.file), e.detail.file.name)}></hv-play-bar>
      <hv-timeline .week=${play.week} .total=${total} .marks=${marks} .pauses=${(this.story?.steps ?? []).map((s) => s.week)}></hv-timeline>
      ${play.narration ? html`<div class="narration" role="status" data-testid="narration" data-step=${play.narration.index}>
          <b>Week ${play.narration.week}.</b> ${play.narration.text}
          <button @click=${() => play.play()}>Continue</button></div>` : nothing}
      ${this.message ? html`<p class="message" role="status" data-testid="message">${this.message}</p>` : nothing}
      ${this.fileErrors.length > 0 ? html`<div class="error" role="alert" data-testid="file-error"><b>That file was not opened; the demonstration is unchanged.</b>
          <ul>${this.fileErrors.map((e) => html`<li>${e}</li>`)}</ul></div>` : nothing}
      <div class="layout" @worker-select=${(e: HandoverEvents['worker-select']) => { this.selectedWorker = e.detail.worker; }}
        @child-select=${(e: HandoverEvents['child-select']) => { this.selectedChild = e.detail.child; }}>
        <section class="view" aria-label="Workers and children">
          <p class="legend">Children's squares: ${COUNT_COLOURS.map((c, n) => html`<span><i style="background:${c}"></i>${['waiting, no worker yet', '1 worker', '2 workers', '3 workers', '4 or more'][n]}</span>`)}
            · Workers: ■ permanent ● newly qualified ◆ agency; bar = caseload against capacity (tick); dot = stress; dashed red = working her notice.
</p>
          <hv-caseload-view .snapshot=${play.snapshot} .selectedWorker=${this.selectedWorker} .selectedChild=${this.selectedChild} ?dark=${this.presenting}></hv-caseload-view>
        </section>
        <aside>
          <section class="panel" aria-label="Live changes">
            <h3>Change something now</h3>
            <div class="actions">${LIVE_ACTIONS.map((a) => html`<button data-action=${a.action} title=${a.explain} @click=${() => this.onAction(a.action)}>${a.label}</button>`)}</div>
          </section>
          <section class="panel" aria-label="Selected worker"><hv-worker-panel .snapshot=${play.snapshot} .worker=${worker} .selectedChild=${this.selectedChild} ?playing=${play.playing}
            @leave-request=${(e: HandoverEvents['leave-request']) => this.intervene((week) => ({ week, leave: { count: 0, workers: [e.detail.worker] } }))}></hv-worker-panel></section>
          <section class="panel" aria-label="Followed child"><hv-child-panel .story=${child}></hv-child-panel></section>
        </aside>
      </div>
      <section class="charts" aria-label="Charts">
        ${CHARTS.map((spec) => html`<hv-line-chart .spec=${spec} .sets=${play.chartSet ? [play.chartSet] : []} .marks=${marks}></hv-line-chart>`)}
      </section>
    `;
  }

  private onAction(action: LiveAction): void {
    this.intervene((week) => liveIntervention(action, this.scenario, week));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-trainer': TrainerApp;
  }
}
