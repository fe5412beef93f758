/**
 * <hv-run-controls>: seed, years and replications; run, cancel and progress; pin a baseline; and the
 * keep-and-share tools (link, import, export). It only sends events; the app acts on them.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ScenarioError } from '../scenario/types.js';
import { emit } from './events.js';

const REPLICATIONS = [1, 5, 10, 20, 50];

@customElement('hv-run-controls')
export class RunControls extends LitElement {
  @property({ attribute: false }) seed: unknown;
  @property({ attribute: false }) years: unknown;
  @property({ type: Number }) replications = 1;
  @property({ type: Boolean }) running = false;
  @property({ type: Number }) progress = 0;
  @property({ type: Boolean }) canRun = true;
  @property({ type: Boolean }) hasResult = false;
  @property({ type: Boolean }) hasBaseline = false;
  @property({ attribute: false }) errors: readonly ScenarioError[] = [];

  static override styles = css`
    :host { display: block; }
    .bar { display: flex; flex-wrap: wrap; align-items: end; gap: 0.6rem 1rem; }
    label { display: flex; flex-direction: column; font-weight: 600; font-size: 0.9rem; }
    input { font: inherit; width: 6rem; padding: 0.25rem; }
    select { font: inherit; padding: 0.25rem; }
    button { font: inherit; font-weight: 600; padding: 0.4rem 0.9rem; border-radius: 6px; border: 1px solid #555; background: #fff; cursor: pointer; }
    button.primary { background: #0072B2; color: #fff; border-color: #0072B2; }
    button:disabled { opacity: 0.5; cursor: not-allowed; }
    button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #E69F00; outline-offset: 2px; }
    .error { color: #A33A00; font-weight: 600; font-size: 0.9rem; }
    progress { width: 12rem; height: 1.1rem; }
    .group { display: flex; gap: 0.4rem; align-items: center; flex-wrap: wrap; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  `;

  private number(path: string, event: Event): void {
    const text = (event.target as HTMLInputElement).value.trim();
    const n = Number(text);
    emit(this, 'lever-change', { path, value: text !== '' && Number.isFinite(n) ? n : text });
  }

  /** The offered counts, and the session's own when a link or saved session brought another (from 1 to 50). */
  private choices(): number[] {
    return REPLICATIONS.includes(this.replications) ? REPLICATIONS : [...REPLICATIONS, this.replications].sort((a, b) => a - b);
  }

  private onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) emit(this, 'import-request', { file });
    input.value = '';
  }

  override render() {
    const fieldError = (path: string) => this.errors.find((e) => e.path === path)?.message;
    return html`
      <div class="bar">
        <label>Seed<input id="seed" type="number" step="1" .value=${String(this.seed ?? '')} aria-invalid=${fieldError('run.seed') ? 'true' : 'false'}
          @input=${(e: Event) => this.number('run.seed', e)} /></label>
        <label>Years<input id="years" type="number" step="1" min="1" max="20" .value=${String(this.years ?? '')} aria-invalid=${fieldError('run.years') ? 'true' : 'false'}
          @input=${(e: Event) => this.number('run.years', e)} /></label>
        <label>Replications<select id="replications" @change=${(e: Event) => emit(this, 'replications-change', { replications: Number((e.target as HTMLSelectElement).value) })}>
          ${this.choices().map((n) => html`<option value=${n} ?selected=${n === this.replications}>${n === 1 ? '1 (single run)' : `${n} seeds`}</option>`)}
        </select></label>
        <div class="group">
          <button class="primary" id="run" ?disabled=${!this.canRun} @click=${() => emit(this, 'run-request')}>${this.running ? 'Run again' : 'Run'}</button>
          <button id="cancel" ?disabled=${!this.running} @click=${() => emit(this, 'cancel-request')}>Cancel</button>
          ${this.running ? html`<progress id="progress" max="1" .value=${this.progress} aria-label="Run progress"></progress><span>${Math.round(this.progress * 100)}%</span>` : nothing}
        </div>
        <div class="group">
          <button id="pin" ?disabled=${!this.hasResult || this.running} @click=${() => emit(this, 'pin-request')}>Pin as baseline</button>
          ${this.hasBaseline ? html`<button id="unpin" @click=${() => emit(this, 'unpin-request')}>Clear baseline</button>` : nothing}
        </div>
        <div class="group">
          <button id="share" @click=${() => emit(this, 'copy-link')}>Copy link</button>
          <button id="import" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#file')?.click()}>Import scenario…</button>
          <input id="file" class="sr" type="file" accept=".json,application/json" tabindex="-1" aria-label="Scenario file to import" @change=${this.onFile} />
          <button id="export-json" @click=${() => emit(this, 'export-scenario')}>Export scenario</button>
          <button id="to-trainer" ?disabled=${!this.canRun} title="Open this scenario and seed in trainer mode, to watch every worker and child" @click=${() => emit(this, 'open-trainer')}>Watch in trainer mode</button>
          <button id="export-csv" ?disabled=${!this.hasResult} @click=${() => emit(this, 'export-csv', { kind: 'series' })}>Weekly CSV</button>
          <button id="export-summary" ?disabled=${!this.hasResult} @click=${() => emit(this, 'export-csv', { kind: 'summary' })}>Summary CSV</button>
        </div>
      </div>
      ${['run.seed', 'run.years'].map((p) => (fieldError(p) ? html`<p class="error" role="alert">${fieldError(p)}</p>` : nothing))}
      ${!this.canRun ? html`<p class="error">Fix the flagged values to run; the last valid run stays on screen.</p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-run-controls': RunControls;
  }
}
