/** <hv-child-panel>: the followed child's story, newest last, with her totals. Text only through Lit bindings. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { weekLabel, type ChildStory } from './childStory.js';
import { colourForCount } from './caseload-view.js';

@customElement('hv-child-panel')
export class ChildPanel extends LitElement {
  @property({ attribute: false }) story?: ChildStory;

  static override styles = css`
    :host { display: block; }
    h3 { margin: 0 0 0.3rem; font-size: 1.05em; display: flex; align-items: center; gap: 0.4rem; }
    .swatch { width: 0.9em; height: 0.9em; display: inline-block; border-radius: 2px; }
    .totals { margin: 0 0 0.4rem; }
    ol { margin: 0; padding-left: 1.2rem; max-height: 16rem; overflow-y: auto; }
    li { margin: 0.15rem 0; }
    li.change { font-weight: 600; }
    .week { color: inherit; opacity: 0.75; font-variant-numeric: tabular-nums; }
  `;

  override render() {
    const s = this.story;
    if (!s) return html`<p>Click a child's square to follow her story.</p>`;
    return html`
      <h3><span class="swatch" style="background:${colourForCount(s.workers)}"></span>Child #${s.child}</h3>
      <p class="totals" data-testid="child-totals">${s.workers} social worker${s.workers === 1 ? '' : 's'} so far · ${s.changes} change${s.changes === 1 ? '' : 's'} of worker
        below · ${s.weeksWaiting} week${s.weeksWaiting === 1 ? '' : 's'} waiting without a worker during the demonstration ·
        ${s.progressLostWeeks.toFixed(1)} weeks of plan progress lost to them</p>
      ${s.lines.length === 0 ? nothing : html`<ol data-testid="child-story">${s.lines.map((l) => html`<li class=${l.kind}><span class="week">${weekLabel(l.week)}:</span> ${l.text}</li>`)}</ol>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-child-panel': ChildPanel;
  }
}
