/**
 * <hv-lever-field>: one scenario parameter with its label, unit, range and explanation (all from the
 * schema via levers.ts), and the validator's message beside it when the value is invalid. Text typed
 * into a number field is sent as typed when it is not a number, so the validator names the problem.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { emit } from './events.js';
import type { Lever } from './levers.js';

@customElement('hv-lever-field')
export class LeverField extends LitElement {
  @property({ attribute: false }) lever?: Lever;
  @property({ attribute: false }) value: unknown;
  @property({ attribute: false }) error?: string;
  @property({ type: Boolean }) changed = false;

  static override styles = css`
    :host { display: block; padding: 0.45rem 0; border-bottom: 1px solid #eee; }
    .row { display: flex; align-items: center; justify-content: space-between; gap: 0.5rem; }
    label { font-weight: 600; }
    .changed label::after { content: ' •'; color: #D55E00; }
    input[type='number'], select { font: inherit; width: 8.5rem; padding: 0.2rem 0.3rem; }
    input[type='checkbox'] { width: 1.3rem; height: 1.3rem; }
    input:focus-visible, select:focus-visible { outline: 3px solid #0072B2; outline-offset: 1px; }
    .help { font-size: 0.85rem; color: #333; margin-top: 0.15rem; }
    .error { color: #A33A00; font-weight: 600; font-size: 0.9rem; margin-top: 0.2rem; }
    [aria-invalid='true'] { border: 2px solid #D55E00; }
  `;

  private send(value: unknown): void {
    if (this.lever) emit(this, 'lever-change', { path: this.lever.path, value });
  }

  private onNumber(event: Event): void {
    const text = (event.target as HTMLInputElement).value.trim();
    const number = Number(text);
    this.send(text !== '' && Number.isFinite(number) ? number : text);
  }

  private control(lever: Lever) {
    const id = 'f';
    const invalid = this.error ? 'true' : 'false';
    if (lever.kind === 'boolean') {
      return html`<input id=${id} type="checkbox" .checked=${this.value === true} aria-describedby="help err" aria-invalid=${invalid}
        @change=${(e: Event) => this.send((e.target as HTMLInputElement).checked)} />`;
    }
    if (lever.kind === 'choice') {
      return html`<select id=${id} aria-describedby="help err" aria-invalid=${invalid} @change=${(e: Event) => this.send((e.target as HTMLSelectElement).value)}>
        ${lever.choices.map((c) => html`<option value=${c} ?selected=${c === this.value}>${c}</option>`)}
      </select>`;
    }
    return html`<input id=${id} type="number" step=${lever.kind === 'integer' ? '1' : 'any'} min=${lever.min ?? ''} max=${lever.max ?? ''}
      .value=${this.value === undefined ? '' : String(this.value)} aria-describedby="help err" aria-invalid=${invalid} @input=${this.onNumber} />`;
  }

  override render() {
    const lever = this.lever;
    if (!lever) return nothing;
    return html`<div class=${this.changed ? 'changed' : ''} data-path=${lever.path}>
      <div class="row"><label for="f" title=${lever.source}>${lever.label}</label>${this.control(lever)}</div>
      <div class="help" id="help">${lever.explanation} <i>Unit: ${lever.unit}; range ${lever.range}.</i></div>
      <div class="error" id="err" role=${this.error ? 'alert' : nothing}>${this.error ?? ''}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-lever-field': LeverField;
  }
}
