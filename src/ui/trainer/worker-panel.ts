/**
 * <hv-worker-panel>: the chosen worker — lists to choose a worker and one of her children without a
 * mouse, her caseload, stress and status, and the button that makes her leave now. Sends
 * worker-select, child-select and leave-request; <hv-trainer> acts on them.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { WorkerView } from '../../state/views.js';
import { emit } from '../events.js';
import type { Snapshot } from './snapshot.js';
import { controlStyles } from './styles.js';

const TYPES: Record<string, string> = { permanent: 'Permanent', 'newly-qualified': 'Newly qualified', agency: 'Agency' };

@customElement('hv-worker-panel')
export class WorkerPanel extends LitElement {
  @property({ attribute: false }) snapshot?: Snapshot;
  /** The chosen worker as the engine holds her, if one is chosen. */
  @property({ attribute: false }) worker?: WorkerView;
  @property({ type: Number }) selectedChild = -1;
  @property({ type: Boolean }) playing = false;

  static override styles = controlStyles;

  private pick(type: 'worker-select' | 'child-select', event: Event): void {
    const id = Number((event.target as HTMLSelectElement).value);
    if (type === 'worker-select') emit(this, type, { worker: id });
    else emit(this, type, { child: id });
  }

  /** Keyboard route to what the canvas offers by clicking: pick a worker, then one of her children. */
  private renderPickers() {
    const snap = this.snapshot;
    if (!snap) return nothing;
    // The lists hold every worker; rebuilding them sixteen times a second while playing would cost frames.
    if (this.playing) return html`<p class="pickers">Pause to choose a worker or a child from a list.</p>`;
    const chosen = this.worker?.id ?? -1;
    const mark = [...snap.teams.flatMap((t) => t.workers), ...snap.others].find((w) => w.id === chosen);
    return html`<div class="pickers">
      <label>Worker
        <select id="pick-worker" @change=${(e: Event) => this.pick('worker-select', e)}>
          <option value="-1" ?selected=${chosen < 0}>Choose a worker…</option>
          ${snap.teams.map((t) => html`<optgroup label=${t.label}>${t.workers.map((w) => html`<option value=${w.id} ?selected=${w.id === chosen}>#${w.id} · ${w.type} · ${w.children.length} children${w.leaving ? ' · leaving' : ''}</option>`)}</optgroup>`)}
          <optgroup label="not holding cases">${snap.others.map((w) => html`<option value=${w.id} ?selected=${w.id === chosen}>#${w.id} · ${w.type}</option>`)}</optgroup>
        </select></label>
      ${mark && mark.children.length > 0 ? html`<label>Follow one of her children
        <select id="pick-child" @change=${(e: Event) => this.pick('child-select', e)}>
          <option value="-1">Choose a child…</option>
          ${mark.children.map((c) => html`<option value=${c.child} ?selected=${c.child === this.selectedChild}>#${c.child} · ${c.workers} worker${c.workers === 1 ? '' : 's'} so far</option>`)}
        </select></label>` : nothing}
    </div>`;
  }

  override render() {
    const w = this.worker;
    if (!w) return html`${this.renderPickers()}<p>Click a worker's row (or choose her above) to see her caseload, or to make her leave.</p>`;
    return html`${this.renderPickers()}<h3>Worker #${w.id}</h3>
      <p data-testid="worker-facts">${TYPES[w.type] ?? w.type}, ${this.snapshot?.teams.find((t) => t.name === w.team)?.label ?? 'not holding cases'} ·
        ${w.cases} children · load ${w.load.toFixed(1)} of ${w.cap.toFixed(1)} · stress ${(w.stress * 100).toFixed(0)}% ·
        ${w.status === 'active' ? 'in post' : w.status === 'notice' ? 'working her notice' : 'has left'}</p>
      <button id="leave-now" ?disabled=${w.status !== 'active'} @click=${() => emit(this, 'leave-request', { worker: w.id })}>She leaves now</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-worker-panel': WorkerPanel;
  }
}
