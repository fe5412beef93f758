/**
 * <hv-authority-compare>: the chosen authority's published figures beside the model's for the same
 * measures (the median of the run's replications), with the range of its ten statistical neighbours'
 * published figures.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AuthorityIndexEntry } from '../authorities/listing.js';
import type { CalibratedId } from '../authorities/scenario.js';
import type { Summary } from '../metrics/fields.js';

export const COMPARED: readonly { id: CalibratedId; field: keyof Summary; label: string }[] = [
  { id: 'turnover', field: 'turnoverRate', label: 'Turnover rate' },
  { id: 'vacancy', field: 'vacancyRate', label: 'Vacancy rate' },
  { id: 'agency', field: 'agencyRate', label: 'Agency rate' },
  { id: 'caseload', field: 'meanCaseload', label: 'Caseload (cases per case-holding FTE)' },
  { id: 'reReferral', field: 'reReferralRate12m', label: 'Re-referrals within 12 months' },
];

const show = (id: CalibratedId, v: number | undefined): string => (v === undefined || !Number.isFinite(v) ? '–' : id === 'caseload' ? v.toFixed(1) : `${(v * 100).toFixed(1)}%`);

/** The lowest and highest published figure among the neighbours that publish it. */
export function neighbourRange(neighbours: readonly AuthorityIndexEntry[], id: CalibratedId): { lo: number; hi: number; n: number } | undefined {
  const values = neighbours.map((n) => n.published[id]?.value).filter((v): v is number => v !== undefined);
  return values.length > 0 ? { lo: Math.min(...values), hi: Math.max(...values), n: values.length } : undefined;
}

@customElement('hv-authority-compare')
export class AuthorityCompare extends LitElement {
  @property({ attribute: false }) entry?: AuthorityIndexEntry;
  @property({ attribute: false }) neighbours: AuthorityIndexEntry[] = [];
  @property({ attribute: false }) summary?: Summary;

  static override styles = css`
    :host { display: block; margin: 0.8rem 0; }
    table { border-collapse: collapse; font-size: 0.95rem; }
    th, td { padding: 0.25rem 0.7rem; border-bottom: 1px solid #ddd; text-align: right; }
    th:first-child, td:first-child { text-align: left; }
    caption { text-align: left; font-weight: 600; margin-bottom: 0.3rem; }
  `;

  override render() {
    const entry = this.entry;
    if (!entry) return nothing;
    return html`<table data-testid="authority-compare">
      <caption>${entry.name}: published figures and the model</caption>
      <thead><tr><th>measure</th><th>published</th><th>model</th><th>statistical neighbours (published)</th></tr></thead>
      <tbody>${COMPARED.map((c) => {
        const published = entry.published[c.id];
        const range = neighbourRange(this.neighbours, c.id);
        return html`<tr data-measure=${c.id}><td>${c.label}</td>
          <td data-testid="published">${show(c.id, published?.value)}${published ? ` (${published.year})` : ''}</td>
          <td data-testid="model">${show(c.id, this.summary?.[c.field])}</td>
          <td>${range ? `${show(c.id, range.lo)} – ${show(c.id, range.hi)} (${range.n} of 10)` : '–'}</td></tr>`;
      })}</tbody></table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-authority-compare': AuthorityCompare;
  }
}
