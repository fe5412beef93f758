/**
 * <hv-chart-views>: the charts in four tabs (Workforce, Caseload, Children, Cost), following the WAI-ARIA
 * tabs pattern (arrow keys move between tabs). Hidden panels stay in the DOM, so every chart is drawn.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CHART_VIEWS } from './chartSpecs.js';
import type { RunSet } from './stats.js';
import type { ChartReference } from './line-chart.js';
import './line-chart.js';
import './closed-cases-chart.js';

@customElement('hv-chart-views')
export class ChartViews extends LitElement {
  @property({ attribute: false }) sets: RunSet[] = [];
  /** The scenario's scheduled changes, marked on every chart's time axis. */
  @property({ attribute: false }) marks: readonly { week: number; label: string }[] = [];
  /** Published figures drawn behind the lines they name (an authority's and its neighbours'). */
  @property({ attribute: false }) references: readonly ChartReference[] = [];
  @state() selected = CHART_VIEWS[0].id;

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
          ${v.charts.map((spec) => html`<hv-line-chart .spec=${spec} .sets=${this.sets} .marks=${this.marks} .references=${this.references}></hv-line-chart>`)}
          ${v.closedCases ? html`<hv-closed-cases-chart .sets=${this.sets}></hv-closed-cases-chart>` : ''}
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
