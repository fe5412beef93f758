/**
 * <hv-line-chart>: one chart of weekly series. Each line is a field (colour); each run set is a style
 * (current solid, baseline dashed), with its 90% band when it holds replications. d3 gives scales,
 * ticks and path strings; Lit renders the SVG. The legend is drawn inside the SVG so an exported chart
 * is complete. Hover, or focus and the arrow keys, show a read-out of every line at one week.
 */
import { LitElement, css, html, svg, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { area, extent, line, scaleLinear } from 'd3';
import { fieldInfo, PALETTE, type ChartSpec } from './chartSpecs.js';
import { formatValue, money } from './format.js';
import type { Band, RunSet } from './stats.js';
import { chartExportButtons } from './chartExport.js';

const W = 720;
const H = 330;
const M = { top: 58, right: 20, bottom: 44, left: 80 };
const DASH = ['', '7 5'];

/** A published comparison for one line: a band (e.g. the statistical neighbours' range) and a value. */
export interface ChartReference {
  field: string;
  lo: number;
  hi: number;
  value?: number;
}

function legendRows(items: { text: string }[], width: number): { x: number; y: number }[] {
  let x = 0;
  let y = 0;
  return items.map((item) => {
    const w = 30 + item.text.length * 7.2;
    if (x > 0 && x + w > width) [x, y] = [0, y + 18];
    const at = { x, y };
    x += w + 14;
    return at;
  });
}

@customElement('hv-line-chart')
export class LineChart extends LitElement {
  @property({ attribute: false }) spec?: ChartSpec;
  @property({ attribute: false }) sets: RunSet[] = [];
  /** Events to mark on the time axis (trainer mode's live interventions): reporting week, 1-based. */
  @property({ attribute: false }) marks: readonly { week: number; label: string }[] = [];
  /** Published figures to draw behind the lines whose field they name. */
  @property({ attribute: false }) references: readonly ChartReference[] = [];
  @state() private hover?: number;

  static override styles = css`
    :host { display: block; }
    figure { margin: 0; position: relative; }
    figcaption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    svg { width: 100%; height: auto; display: block; font: 13px system-ui, sans-serif; }
    svg:focus-visible { outline: 3px solid #0072B2; outline-offset: 2px; }
    .readout { font-size: 0.9rem; min-height: 1.4em; color: #222; }
    .tools { display: flex; gap: 0.5rem; margin-top: 0.25rem; }
    button { font: inherit; font-size: 0.85rem; padding: 0.2rem 0.6rem; }
  `;

  private weeks(): number {
    return Math.max(0, ...this.sets.map((s) => s.weeks));
  }

  private onPointer(event: PointerEvent): void {
    const svgEl = event.currentTarget as SVGSVGElement;
    const box = svgEl.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * W;
    const weeks = this.weeks();
    const t = Math.round(((x - M.left) / (W - M.left - M.right)) * (weeks - 1));
    this.hover = t >= 0 && t < weeks ? t : undefined;
  }

  private onKey(event: KeyboardEvent): void {
    const weeks = this.weeks();
    if (weeks === 0) return;
    const step = event.shiftKey ? 52 : 4;
    const now = this.hover ?? weeks - 1;
    const next = { ArrowLeft: now - step, ArrowRight: now + step, Home: 0, End: weeks - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.hover = Math.max(0, Math.min(weeks - 1, next));
  }

  override render() {
    const spec = this.spec;
    if (!spec) return nothing;
    const weeks = this.weeks();
    const x = scaleLinear().domain([0, Math.max(1, weeks - 1) / 52]).range([M.left, W - M.right]);
    const values: number[] = [0];
    for (const set of this.sets) {
      for (const l of spec.lines) {
        const band: Band | undefined = set.series[l.field];
        if (!band) continue;
        for (const column of [band.mid, band.lo, band.hi]) if (column) for (const v of column) if (Number.isFinite(v)) values.push(v);
      }
      if (spec.showCap && Number.isFinite(set.caseloadCap)) values.push(set.caseloadCap);
    }
    const refs = this.references.filter((r) => spec.lines.some((l) => l.field === r.field));
    for (const r of refs) values.push(r.lo, r.hi, ...(r.value === undefined ? [] : [r.value]));
    const [lo, hi] = extent(values) as [number, number];
    const y = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).nice().range([H - M.bottom, M.top]);
    const defined = (v: number) => Number.isFinite(v);
    const path = line<number>().defined(defined).x((_, t) => x(t / 52)).y((v) => y(v));
    const fmt = (v: number) => formatValue(v, spec.format);
    const tickFormat = spec.format === 'money' ? money : spec.format === 'share' ? y.tickFormat(6, '%') : y.tickFormat(6);
    const legend = [
      ...spec.lines.map((l) => ({ text: l.label, colour: l.colour, dash: '', title: `${l.field} (${fieldInfo(l.field).unit}): ${fieldInfo(l.field).description}` })),
      ...(spec.showCap ? [{ text: 'Caseload cap (weighted)', colour: PALETTE.black, dash: '2 3', title: 'allocation.caseloadCap' }] : []),
      ...(this.sets.length > 1 ? this.sets.map((s, i) => ({ text: s.label, colour: '#555', dash: DASH[i] ?? '', title: s.scenarioName })) : []),
      ...(refs.length > 0 ? [{ text: "Neighbours' range · published (dotted)", colour: '#777', dash: 'band', title: "The authority's ten statistical neighbours' published figures (lowest to highest), and the authority's own published figure" }] : []),
      ...(this.sets.some((s) => s.runs > 1) ? [{ text: '90% band', colour: '#999', dash: 'band', title: 'Between the 5th and 95th percentile of the replications' }] : []),
    ];
    const spots = legendRows(legend, W - M.left - M.right);
    const hover = this.hover;
    return html`
      <figure>
        <figcaption id="cap">${spec.title}</figcaption>
        <svg viewBox="0 0 ${W} ${H}" role="img" tabindex="0" aria-labelledby="cap" aria-describedby="readout"
          data-chart=${spec.id} data-weeks=${weeks} xmlns="http://www.w3.org/2000/svg"
          @pointermove=${this.onPointer} @pointerleave=${() => (this.hover = undefined)} @keydown=${this.onKey}>
          <rect width=${W} height=${H} fill="#fff"></rect>
          <text x=${M.left} y="16" font-weight="600" font-size="15" fill="#111">${spec.title}</text>
          ${legend.map((item, i) => svg`<g transform="translate(${M.left + spots[i].x},${28 + spots[i].y})"><title>${item.title}</title>
            ${item.dash === 'band'
              ? svg`<rect x="0" y="-6" width="24" height="10" fill=${item.colour} fill-opacity="0.35"></rect>`
              : svg`<line x1="0" x2="24" y1="0" y2="0" stroke=${item.colour} stroke-width="3" stroke-dasharray=${item.dash}></line>`}
            <text x="30" y="4" fill="#222">${item.text}</text></g>`)}
          ${y.ticks(6).map((v) => svg`<g><line x1=${M.left} x2=${W - M.right} y1=${y(v)} y2=${y(v)} stroke="#e3e3e3"></line>
            <text x=${M.left - 6} y=${y(v) + 4} text-anchor="end" fill="#333">${tickFormat(v)}</text></g>`)}
          ${x.ticks(Math.min(10, Math.max(2, Math.floor(weeks / 52) + 1))).map((v) => svg`<g><line x1=${x(v)} x2=${x(v)} y1=${H - M.bottom} y2=${H - M.bottom + 5} stroke="#333"></line>
            <text x=${x(v)} y=${H - M.bottom + 18} text-anchor="middle" fill="#333">${v}</text></g>`)}
          <line x1=${M.left} x2=${W - M.right} y1=${H - M.bottom} y2=${H - M.bottom} stroke="#333"></line>
          <text x=${(M.left + W - M.right) / 2} y=${H - 6} text-anchor="middle" fill="#333">years after warm-up</text>
          <text transform="translate(16,${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle" fill="#333">${spec.axis}</text>
          ${refs.map((r) => {
            const colour = spec.lines.find((l) => l.field === r.field)?.colour ?? '#777';
            return svg`<g class="reference" data-field=${r.field}><rect class="reference-band" x=${M.left} width=${W - M.left - M.right} y=${y(r.hi)} height=${Math.max(1, y(r.lo) - y(r.hi))}
              fill=${colour} fill-opacity="0.1" stroke=${colour} stroke-opacity="0.4" stroke-dasharray="4 3"></rect>
              ${r.value === undefined ? nothing : svg`<line class="reference-value" x1=${M.left} x2=${W - M.right} y1=${y(r.value)} y2=${y(r.value)} stroke=${colour} stroke-width="1.5" stroke-dasharray="1 3"></line>`}</g>`;
          })}
          ${spec.showCap
            ? this.sets.map((s, i) => svg`<line class="cap" x1=${M.left} x2=${W - M.right} y1=${y(s.caseloadCap)} y2=${y(s.caseloadCap)} stroke=${PALETTE.black} stroke-width=${i === 0 ? 1.5 : 1} stroke-dasharray="2 3"></line>`)
            : nothing}
          ${this.sets.map((set, i) => spec.lines.map((l) => {
            const band = set.series[l.field];
            if (!band) return nothing;
            const shade = band.lo && band.hi
              ? svg`<path class="band" fill=${l.colour} fill-opacity=${i === 0 ? 0.22 : 0.12} stroke="none"
                  d=${area<number>().defined(defined).x((_, t) => x(t / 52)).y0((_, t) => y((band.lo as Float64Array)[t])).y1((_, t) => y((band.hi as Float64Array)[t]))(Array.from(band.mid)) ?? ''}></path>`
              : nothing;
            return svg`${shade}<path class="series" data-field=${l.field} data-set=${i} fill="none" stroke=${l.colour}
              stroke-width=${i === 0 ? 2.2 : 1.8} stroke-dasharray=${DASH[i] ?? ''} d=${path(Array.from(band.mid)) ?? ''}></path>`;
          }))}
          ${this.marks.map((m) => svg`<g class="mark" data-week=${m.week}><title>Week ${m.week}: ${m.label}</title>
            <line x1=${x((m.week - 1) / 52)} x2=${x((m.week - 1) / 52)} y1=${M.top} y2=${H - M.bottom} stroke="#D55E00" stroke-width="1.5" stroke-dasharray="5 3"></line>
            <path d="M${x((m.week - 1) / 52) - 5},${H - M.bottom + 10} l5,-9 l5,9 z" fill="#D55E00"></path></g>`)}
          ${hover !== undefined ? svg`<line x1=${x(hover / 52)} x2=${x(hover / 52)} y1=${M.top} y2=${H - M.bottom} stroke="#444" stroke-width="1"></line>` : nothing}
        </svg>
        <div class="readout" id="readout" aria-live="polite">${hover === undefined
          ? 'Point at the chart, or focus it and use the arrow keys, to read the values.'
          : html`Week ${hover + 1} (year ${(hover / 52).toFixed(1)}):
            ${this.sets.map((set) => html`<span>${this.sets.length > 1 ? html`<b>${set.label}</b> ` : nothing}${spec.lines.map((l) => `${l.label} ${fmt(set.series[l.field]?.mid[hover] ?? NaN)}`).join(', ')}. </span>`)}`}</div>
        <div class="tools">${chartExportButtons(this, spec.id)}</div>
      </figure>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-line-chart': LineChart;
  }
}
