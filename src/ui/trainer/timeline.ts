/**
 * <hv-timeline>: the demonstration's weeks as a strip — how far the run has got, the story's pauses
 * (blue dots) and every intervention (orange triangles with their label on hover).
 */
import { LitElement, css, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';

const W = 1000;
const H = 46;
const PAD = 12;

@customElement('hv-timeline')
export class Timeline extends LitElement {
  @property({ type: Number }) week = 0;
  @property({ type: Number }) total = 52;
  @property({ attribute: false }) marks: readonly { week: number; label: string }[] = [];
  @property({ attribute: false }) pauses: readonly number[] = [];

  static override styles = css`
    :host { display: block; }
    svg { width: 100%; height: auto; display: block; font: 12px system-ui, sans-serif; color: inherit; }
  `;

  override render() {
    const x = (week: number) => PAD + ((W - 2 * PAD) * Math.max(0, week - 1)) / Math.max(1, this.total - 1);
    const years = Math.floor(this.total / 52);
    return html`<svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${`Week ${this.week} of ${this.total}; ${this.marks.length} interventions marked`} data-week=${this.week}>
      <rect x=${PAD} y="16" width=${W - 2 * PAD} height="10" rx="5" fill="#e3e3e3"></rect>
      <rect x=${PAD} y="16" width=${Math.max(0, x(this.week) - PAD)} height="10" rx="5" fill="#0072B2"></rect>
      ${Array.from({ length: years + 1 }, (_, y) => svg`<g><line x1=${x(y * 52 + 1)} x2=${x(y * 52 + 1)} y1="28" y2="33" stroke="currentColor"></line>
        <text x=${x(y * 52 + 1)} y="44" text-anchor=${y === 0 ? 'start' : y === years ? 'end' : 'middle'} fill="currentColor">${y === 0 ? 'start' : `year ${y}`}</text></g>`)}
      ${this.pauses.map((w) => svg`<circle class="pause" cx=${x(w)} cy="21" r="4" fill="#56B4E9" stroke="#0b3d5c"><title>Story pauses at week ${w}</title></circle>`)}
      ${this.marks.map((m) => svg`<g class="mark" data-week=${m.week}><title>Week ${m.week}: ${m.label}</title>
        <path d="M${x(m.week) - 6},12 l6,-11 l6,11 z" fill="#D55E00"></path></g>`)}
      <line x1=${x(this.week)} x2=${x(this.week)} y1="10" y2="32" stroke="currentColor" stroke-width="2"></line>
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-timeline': Timeline;
  }
}
