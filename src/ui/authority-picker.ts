/**
 * <hv-authority-picker>: "Start from your authority". Type a few letters of an English authority's
 * name (or its ONS code) and pick it from the matches; sends `authority-pick` with the code. The list
 * of authorities is loaded the first time the field is used, not with the page.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { AuthorityIndexEntry } from '../authorities/listing.js';
import { filterAuthorities } from '../authorities/listing.js';
import { emit } from './events.js';
import { loadAuthorityIndex } from './authorityData.js';

const SHOWN = 8;

@customElement('hv-authority-picker')
export class AuthorityPicker extends LitElement {
  @state() private entries?: AuthorityIndexEntry[];
  @state() private query = '';
  @state() private failed = '';

  static override styles = css`
    :host { display: block; margin-bottom: 1rem; }
    label { font-weight: 600; display: block; margin-bottom: 0.3rem; }
    input { font: inherit; width: 100%; box-sizing: border-box; padding: 0.35rem 0.5rem; }
    ul { list-style: none; margin: 0.3rem 0 0; padding: 0; border: 1px solid #bbb; border-radius: 4px; }
    li button { font: inherit; width: 100%; text-align: left; padding: 0.3rem 0.5rem; background: #fff; border: none; cursor: pointer; }
    li button:hover, li button:focus-visible { background: #e6f0f8; outline: 2px solid #0072B2; }
    .region { color: #555; font-size: 0.85em; }
    details { font-size: 0.85rem; color: #333; margin-top: 0.4rem; }
  `;

  private async onInput(event: InputEvent): Promise<void> {
    this.query = (event.target as HTMLInputElement).value;
    if (!this.entries) {
      try {
        this.entries = await loadAuthorityIndex();
      } catch (error) {
        this.failed = `The list of authorities did not load: ${String(error)}`;
      }
    }
  }

  private pick(entry: AuthorityIndexEntry): void {
    this.query = '';
    emit(this, 'authority-pick', { code: entry.code });
  }

  override render() {
    const matches = this.entries && this.query.trim().length >= 2 ? filterAuthorities(this.entries, undefined, this.query.trim()) : [];
    return html`
      <label for="authority">Start from your authority</label>
      <input id="authority" type="search" autocomplete="off" placeholder="Type a few letters, e.g. Glouc" .value=${this.query}
        @input=${(e: InputEvent) => void this.onInput(e)} aria-describedby="authority-about" />
      ${this.failed ? html`<p role="alert">${this.failed}</p>` : nothing}
      ${matches.length > 0
        ? html`<ul aria-label="Matching authorities">${matches.slice(0, SHOWN).map((e) => html`<li><button data-code=${e.code} @click=${() => this.pick(e)}>
            ${e.name} <span class="region">${e.region} · ${e.posts} posts</span></button></li>`)}</ul>
            ${matches.length > SHOWN ? html`<p class="region">and ${matches.length - SHOWN} more: type more of the name</p>` : nothing}`
        : nothing}
      <details id="authority-about"><summary>About these figures</summary>
        Each of England's 153 authorities starts from its own published figures: the DfE's Children's social work workforce,
        Characteristics of children in need, Children looked after in England and statistical neighbours. Contains public sector
        information licensed under the Open Government Licence v3.0.</details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-authority-picker': AuthorityPicker;
  }
}
