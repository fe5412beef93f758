/**
 * <hv-my-scenarios>: save the working scenario under a name, and open or delete saved ones. It keeps
 * no scenario itself: it sends save-scenario / open-scenario / delete-scenario and the app acts.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { emit } from './events.js';
import { MAX_NAME_LENGTH, checkName, type SavedScenario } from './savedScenarios.js';

@customElement('hv-my-scenarios')
export class MyScenarios extends LitElement {
  @property({ attribute: false }) saved: readonly SavedScenario[] = [];
  /** Suggested name: the working scenario's own name. */
  @property() suggestion = '';
  /** The saved scenario the working one came from, if any, so saving again overwrites it by default. */
  @property() current = '';
  @state() private typed?: string;
  @state() private message = '';

  static override styles = css`
    :host { display: block; margin: 0.6rem 0; }
    h3 { font-size: 1rem; margin: 0 0 0.3rem; }
    .row { display: flex; gap: 0.4rem; align-items: center; }
    input { font: inherit; flex: 1; min-width: 0; padding: 0.25rem; }
    button { font: inherit; padding: 0.2rem 0.6rem; border-radius: 5px; border: 1px solid #555; background: #fff; cursor: pointer; }
    button:focus-visible, input:focus-visible { outline: 3px solid #E69F00; outline-offset: 2px; }
    ul { list-style: none; margin: 0.4rem 0 0; padding: 0; }
    li { display: flex; gap: 0.4rem; align-items: center; padding: 0.15rem 0; }
    li .name { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    li.current .name { font-weight: 700; }
    .when { color: #555; font-size: 0.8rem; }
    .message { color: #A33A00; font-size: 0.9rem; margin: 0.2rem 0 0; }
    .empty { color: #555; font-size: 0.9rem; margin: 0.3rem 0 0; }
  `;

  private save(event: Event): void {
    event.preventDefault();
    const name = (this.typed ?? (this.current || this.suggestion)).trim();
    const problem = checkName(name);
    this.message = problem ?? '';
    if (problem) return;
    emit(this, 'save-scenario', { name });
    this.typed = undefined;
  }

  override render() {
    const value = this.typed ?? (this.current || this.suggestion);
    return html`
      <h3 id="mine-heading">My scenarios</h3>
      <form class="row" @submit=${this.save}>
        <input id="save-name" aria-label="Name to save the scenario under" maxlength=${MAX_NAME_LENGTH + 20} .value=${value}
          @input=${(e: Event) => { this.typed = (e.target as HTMLInputElement).value; }}>
        <button id="save" type="submit">Save</button>
      </form>
      ${this.message ? html`<p class="message" role="alert">${this.message}</p>` : nothing}
      ${this.saved.length === 0
        ? html`<p class="empty">Nothing saved yet. Saved scenarios stay in this browser.</p>`
        : html`<ul aria-labelledby="mine-heading">${this.saved.map((s) => html`
            <li class=${s.name === this.current ? 'current' : ''} data-saved=${s.name}>
              <span class="name" title=${s.name}>${s.name}</span>
              <span class="when">${s.savedAt.slice(0, 10)}</span>
              <button data-action="open" aria-label=${`Open ${s.name}`} @click=${() => emit(this, 'open-scenario', { name: s.name })}>Open</button>
              <button data-action="delete" aria-label=${`Delete ${s.name}`} @click=${() => emit(this, 'delete-scenario', { name: s.name })}>Delete</button>
            </li>`)}</ul>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-my-scenarios': MyScenarios;
  }
}
