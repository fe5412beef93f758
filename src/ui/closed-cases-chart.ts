/**
 * <hv-closed-cases-chart>: how many social workers children had before their case closed, from the
 * summary's closedShareWith{0..4Plus}Workers, one bar per run set (current, baseline) in each group.
 */
import { LitElement, css, html, svg, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { format, scaleBand, scaleLinear } from 'd3';
import { SUMMARY_FIELDS, type SummaryField } from '../metrics/fields.js';
import { PALETTE } from './chartSpecs.js';
import type { RunSet } from './stats.js';
import { chartExportButtons } from './chartExport.js';

const W = 720;
const H = 300;
const M = { top: 50, right: 20, bottom: 44, left: 64 };
const BINS: readonly { field: SummaryField; label: string }[] = [
  { field: 'closedShareWith0Workers', label: 'none' },
  { field: 'closedShareWith1Worker', label: '1' },
  { field: 'closedShareWith2Workers', label: '2' },
  { field: 'closedShareWith3Workers', label: '3' },
  { field: 'closedShareWith4PlusWorkers', label: '4 or more' },
];
const FILLS = [PALETTE.blue, PALETTE.sky];
const pct = format('.0%');

@customElement('hv-closed-cases-chart')
export class ClosedCasesChart extends LitElement {
  @property({ attribute: false }) sets: RunSet[] = [];

  static override styles = css`
    :host { display: block; }
    figure { margin: 0; position: relative; }
    figcaption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    svg { width: 100%; height: auto; display: block; font: 13px system-ui, sans-serif; }
    .tools { display: flex; gap: 0.5rem; margin-top: 0.25rem; }
    button { font: inherit; font-size: 0.85rem; padding: 0.2rem 0.6rem; }
  `;

  override render() {
    const sets = this.sets.filter((s) => Number.isFinite(s.summary.closedShareWith1Worker));
    const x = scaleBand<string>().domain(BINS.map((b) => b.label)).range([M.left, W - M.right]).padding(0.25);
    const inner = scaleBand<number>().domain(sets.map((_, i) => i)).range([0, x.bandwidth()]).padding(0.08);
    const top = Math.max(0.1, ...sets.flatMap((s) => BINS.map((b) => s.summary[b.field])));
    const y = scaleLinear().domain([0, top]).nice().range([H - M.bottom, M.top]);
    const title = 'Social workers per child, for cases that closed';
    return html`<figure>
      <figcaption>${title}</figcaption>
      <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${title} data-chart="closed-cases" xmlns="http://www.w3.org/2000/svg">
        <rect width=${W} height=${H} fill="#fff"></rect>
        <text x=${M.left} y="16" font-weight="600" font-size="15" fill="#111">${title}</text>
        ${sets.map((s, i) => svg`<g transform="translate(${M.left + i * 220},30)"><rect y="-9" width="14" height="12" fill=${FILLS[i]}></rect>
          <text x="20" y="2" fill="#222">${s.label}${s.runs > 1 ? ` (median of ${s.runs})` : ''}</text></g>`)}
        ${y.ticks(5).map((v) => svg`<line x1=${M.left} x2=${W - M.right} y1=${y(v)} y2=${y(v)} stroke="#e3e3e3"></line>
          <text x=${M.left - 6} y=${y(v) + 4} text-anchor="end" fill="#333">${pct(v)}</text>`)}
        ${BINS.map((b) => sets.map((s, i) => {
          const v = s.summary[b.field];
          const bx = (x(b.label) ?? 0) + (inner(i) ?? 0);
          return svg`<g><title>${b.label} workers, ${s.label}: ${format('.1%')(v)} — ${SUMMARY_FIELDS[b.field].description}</title>
            <rect class="bar" data-field=${b.field} x=${bx} width=${inner.bandwidth()} y=${y(v)} height=${Math.max(0, y(0) - y(v))} fill=${FILLS[i]}></rect>
            <text x=${bx + inner.bandwidth() / 2} y=${y(v) - 4} text-anchor="middle" fill="#222" font-size="12">${pct(v)}</text></g>`;
        }))}
        ${BINS.map((b) => svg`<text x=${(x(b.label) ?? 0) + x.bandwidth() / 2} y=${H - M.bottom + 18} text-anchor="middle" fill="#333">${b.label}</text>`)}
        <line x1=${M.left} x2=${W - M.right} y1=${H - M.bottom} y2=${H - M.bottom} stroke="#333"></line>
        <text x=${(M.left + W - M.right) / 2} y=${H - 6} text-anchor="middle" fill="#333">different social workers during the episode</text>
        <text transform="translate(16,${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle" fill="#333">share of closed cases</text>
      </svg>
      ${sets.length === 0 ? html`<p>Shown when a run finishes.</p>` : nothing}
      <div class="tools">${chartExportButtons(this, 'closed-cases')}</div>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-closed-cases-chart': ClosedCasesChart;
  }
}
