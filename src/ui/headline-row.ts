/** <hv-headline-row>: the key figures in a planner's words, with the difference from the baseline. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { HEADLINES, headlineTitle } from './format.js';
import type { RunSet } from './stats.js';

@customElement('hv-headline-row')
export class HeadlineRow extends LitElement {
  @property({ attribute: false }) current?: RunSet;
  @property({ attribute: false }) baseline?: RunSet;

  static override styles = css`
    :host { display: block; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.6rem; }
    li { border: 1px solid #ccc; border-radius: 6px; padding: 0.5rem 0.7rem; background: #fff; }
    .figure { font-size: 1.7rem; font-weight: 700; color: #111; }
    .words { font-size: 0.95rem; color: #222; }
    .delta { font-size: 0.95rem; font-weight: 600; margin-top: 0.2rem; }
    .worse { color: #B34700; }
    .better { color: #005A8C; }
    .note { font-size: 0.9rem; color: #333; margin: 0.3rem 0 0; }
  `;

  override render() {
    const now = this.current;
    if (!now) return html`<p class="note">Run the scenario to see its headline figures.</p>`;
    const base = this.baseline;
    return html`<ul aria-label="Headline figures" data-testid="headline">
        ${HEADLINES.map((h) => {
          const d = base ? now.summary[h.field] - base.summary[h.field] : 0;
          const tone = d === 0 ? '' : (d > 0) === h.higherIsWorse ? 'worse' : 'better';
          return html`<li title=${headlineTitle(h.field)} data-field=${h.field} data-value=${String(now.summary[h.field])}>
            <div class="figure">${h.figure(now.summary)}</div>
            <div class="words">${h.words(now.summary)}</div>
            ${base ? html`<div class="delta ${tone}" data-testid="delta">${h.delta(now.summary, base.summary)} vs ${base.label}
              <span class="words">(was ${h.figure(base.summary)})</span></div>` : nothing}
          </li>`;
        })}
      </ul>
      <p class="note">${now.runs > 1 ? `Median of ${now.runs} replications` : 'One run'} of “${now.scenarioName}”, ${Math.round(now.weeks / 52)} years after warm-up.</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-headline-row': HeadlineRow;
  }
}
