/**
 * <hv-chart-views>: the charts in four tabs (Workforce, Caseload, Children, Cost), following the WAI-ARIA
 * tabs pattern (arrow keys move between tabs). Hidden panels stay in the DOM, so every chart is drawn,
 * but a new result reaches the visible tab's charts first and the hidden tabs' only when the page is
 * idle, one tab at a time, or at once when one is chosen; a running run's partial result is drawn in
 * the visible tab only. Drawing all thirteen charts before the first frame took a sixth of the time
 * from Run to the result on screen (docs/performance.md, "Browser: press Run to drawn").
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CHART_VIEWS } from './chartSpecs.js';
import type { RunSet } from './stats.js';
import type { ChartReference } from './line-chart.js';
import './line-chart.js';
import './closed-cases-chart.js';

/** What a tab's charts draw. */
interface Inputs {
  sets: RunSet[];
  marks: readonly { week: number; label: string }[];
  references: readonly ChartReference[];
}

/** Runs `work` when the main thread is idle (within a second at the latest); browsers without requestIdleCallback wait a moment. */
function whenIdle(work: () => void): void {
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
  /** The inputs each tab's charts were last given. */
  private readonly shown = new Map(CHART_VIEWS.map((v) => [v.id, this.inputs]));
  private idleScheduled = false;

  /** Tabs whose charts do not yet show the latest complete inputs (the page's debug interface reports it). */
  get pendingViews(): number {
    return this.live ? 0 : CHART_VIEWS.filter((v) => this.shown.get(v.id) !== this.inputs).length;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sets') || changed.has('marks') || changed.has('references')) this.inputs = { sets: this.sets, marks: this.marks, references: this.references };
    this.shown.set(this.selected, this.inputs);
  }

  protected override updated(): void {
    if (this.idleScheduled || this.pendingViews === 0) return;
    this.idleScheduled = true;
    whenIdle(() => {
      this.idleScheduled = false;
      const stale = this.live ? undefined : CHART_VIEWS.find((v) => this.shown.get(v.id) !== this.inputs);
      if (!stale) return;
      this.shown.set(stale.id, this.inputs);
      this.requestUpdate(); // its updated() schedules the next stale tab
    });
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
      ${CHART_VIEWS.map((v) => {
        const { sets, marks, references } = this.shown.get(v.id) ?? this.inputs;
        return html`<section role="tabpanel" id="panel-${v.id}" aria-labelledby="tab-${v.id}" ?hidden=${v.id !== this.selected} data-view=${v.id}>
          <div class="grid">
            ${v.charts.map((spec) => html`<hv-line-chart .spec=${spec} .sets=${sets} .marks=${marks} .references=${references}></hv-line-chart>`)}
            ${v.closedCases ? html`<hv-closed-cases-chart .sets=${sets}></hv-closed-cases-chart>` : ''}
          </div>
        </section>`;
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-chart-views': ChartViews;
  }
}
