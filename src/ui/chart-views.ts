/**
 * <hv-chart-views>: the charts in four tabs (Workforce, Caseload, Children, Cost), following the WAI-ARIA
 * tabs pattern (arrow keys move between tabs). Hidden panels stay in the DOM, so every chart is drawn,
 * but a new result reaches the visible tab's charts first and the hidden tabs' charts only when the
 * page is idle, as many as fit in each idle period, or at once when their tab is chosen; a running
 * run's partial result is drawn in the visible tab only. Drawing all thirteen charts before the first
 * frame took a sixth of the time from Run to the result on screen (docs/performance.md, "Browser:
 * press Run to drawn").
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CHART_VIEWS } from './chartSpecs.js';
import type { RunSet } from './stats.js';
import type { ChartReference } from './line-chart.js';
import './line-chart.js';
import './closed-cases-chart.js';

/** What a chart draws. */
interface Inputs {
  sets: RunSet[];
  marks: readonly { week: number; label: string }[];
  references: readonly ChartReference[];
}

/** Each tab's charts by id, in the order they are drawn. */
const CLOSED_CASES = 'closed-cases';
const CHARTS_OF = new Map(CHART_VIEWS.map((v) => [v.id, [...v.charts.map((c) => c.id), ...(v.closedCases ? [CLOSED_CASES] : [])]]));
const ALL_CHARTS = [...CHARTS_OF.values()].flat();

/** Idle time left below which no further chart is started (a chart takes a few milliseconds). */
const IDLE_MARGIN_MS = 4;

/** Runs `work` when the main thread is idle (within a second at the latest); browsers without requestIdleCallback wait a moment. */
function whenIdle(work: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 50);
}

@customElement('hv-chart-views')
export class ChartViews extends LitElement {
  @property({ attribute: false }) sets: RunSet[] = [];
  /** The scenario's scheduled changes, marked on every chart's time axis. */
  @property({ attribute: false }) marks: readonly { week: number; label: string }[] = [];
  /** Published figures drawn behind the lines they name (an authority's and its neighbours'). */
  @property({ attribute: false }) references: readonly ChartReference[] = [];
  /** The sets are a running run's partial result: hidden tabs wait for the complete one. */
  @property({ type: Boolean }) live = false;
  @state() selected = CHART_VIEWS[0].id;
  private inputs: Inputs = { sets: this.sets, marks: this.marks, references: this.references };
  /** The inputs each chart was last given, by chart id. */
  private readonly shown = new Map(ALL_CHARTS.map((id) => [id, this.inputs]));
  /** Hidden charts are being drawn, or will be when the page is next idle. */
  private idleBusy = false;

  /** Charts not yet drawn with the latest complete inputs (the page's debug interface reports it). */
  get pendingCharts(): number {
    return this.live ? 0 : ALL_CHARTS.filter((id) => this.shown.get(id) !== this.inputs).length;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sets') || changed.has('marks') || changed.has('references')) this.inputs = { sets: this.sets, marks: this.marks, references: this.references };
    for (const id of CHARTS_OF.get(this.selected) ?? []) this.shown.set(id, this.inputs);
  }

  protected override updated(): void {
    this.drawHiddenWhenIdle();
  }

  private drawHiddenWhenIdle(): void {
    if (this.idleBusy || this.pendingCharts === 0) return;
    this.idleBusy = true;
    whenIdle((deadline) => void this.drawWhileIdle(deadline));
  }

  /** Draws stale hidden charts one at a time while the idle period lasts, then waits for the next. */
  private async drawWhileIdle(deadline?: IdleDeadline): Promise<void> {
    do {
      const stale = this.live ? undefined : ALL_CHARTS.find((id) => this.shown.get(id) !== this.inputs);
      if (stale === undefined) break;
      this.shown.set(stale, this.inputs);
      this.requestUpdate();
      await this.updateComplete; // the chart's own update has run by now: it was queued first
    } while ((deadline?.timeRemaining() ?? 0) > IDLE_MARGIN_MS);
    this.idleBusy = false;
    this.drawHiddenWhenIdle();
  }

  static override styles = css`
    :host { display: block; }
    [role='tablist'] { display: flex; gap: 0.25rem; border-bottom: 2px solid #333; flex-wrap: wrap; }
    [role='tab'] { font: inherit; font-weight: 600; padding: 0.45rem 1rem; border: 1px solid #999; border-bottom: none;
      background: #eee; border-radius: 6px 6px 0 0; cursor: pointer; }
    [role='tab'][aria-selected='true'] { background: #0072B2; color: #fff; border-color: #0072B2; }
    [role='tab']:focus-visible { outline: 3px solid #E69F00; outline-offset: 2px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr)); gap: 1.2rem; padding-top: 0.8rem; }
  `;

  select(id: string): void {
    this.selected = id;
  }

  private onKey(event: KeyboardEvent): void {
    const i = CHART_VIEWS.findIndex((v) => v.id === this.selected);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: CHART_VIEWS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const view = CHART_VIEWS[(next + CHART_VIEWS.length) % CHART_VIEWS.length];
    this.selected = view.id;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(`#tab-${view.id}`)?.focus());
  }

  override render() {
    return html`
      <div role="tablist" aria-label="Charts" @keydown=${this.onKey}>
        ${CHART_VIEWS.map((v) => html`<button role="tab" id="tab-${v.id}" aria-controls="panel-${v.id}" aria-selected=${v.id === this.selected ? 'true' : 'false'}
          tabindex=${v.id === this.selected ? 0 : -1} @click=${() => (this.selected = v.id)}>${v.title}</button>`)}
      </div>
      ${CHART_VIEWS.map((v) => html`<section role="tabpanel" id="panel-${v.id}" aria-labelledby="tab-${v.id}" ?hidden=${v.id !== this.selected} data-view=${v.id}>
        <div class="grid">
          ${v.charts.map((spec) => {
            const { sets, marks, references } = this.shown.get(spec.id) ?? this.inputs;
            return html`<hv-line-chart .spec=${spec} .sets=${sets} .marks=${marks} .references=${references}></hv-line-chart>`;
          })}
          ${v.closedCases ? html`<hv-closed-cases-chart .sets=${(this.shown.get(CLOSED_CASES) ?? this.inputs).sets}></hv-closed-cases-chart>` : ''}
        </div>
      </section>`)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-chart-views': ChartViews;
  }
}
