/**
 * <hv-scenario-editor>: the preset picker and every lever, grouped by theme in collapsible sections.
 * Properties down (the working document, its base preset and its errors), events up (preset-change,
 * lever-change); the app owns the scenario.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { getPath } from '../scenario/paths.js';
import type { Intervention, ScenarioError } from '../scenario/types.js';
import { diffDocuments } from './diff.js';
import { emit } from './events.js';
import { LEVER_GROUPS, lever } from './levers.js';
import { PRESET_DOCS, presetName } from './presets.js';
import './lever-field.js';
import './interventions-editor.js';
import './structure-editor.js';

/** The names of the scenario's case-holding teams. */
function teamNames(doc: unknown): string[] {
  const teams = getPath(doc, 'structure.teams');
  return Array.isArray(teams) ? teams.map((t: { name?: unknown }) => String(t?.name)) : [];
}

const GROUPS = LEVER_GROUPS.map((g) => ({ ...g, levers: g.paths.map(lever) }));

@customElement('hv-scenario-editor')
export class ScenarioEditor extends LitElement {
  @property({ attribute: false }) doc: unknown;
  @property({ attribute: false }) preset: unknown;
  @property() base = 'default';
  @property({ attribute: false }) errors: readonly ScenarioError[] = [];

  static override styles = css`
    :host { display: block; }
    label { font-weight: 600; display: block; margin-bottom: 0.2rem; }
    select { font: inherit; width: 100%; padding: 0.3rem; }
    .description { font-size: 0.9rem; color: #333; }
    details { border: 1px solid #ccc; border-radius: 6px; margin: 0.5rem 0; padding: 0 0.6rem; background: #fff; }
    summary { font-weight: 700; padding: 0.45rem 0; cursor: pointer; }
    summary:focus-visible { outline: 3px solid #0072B2; }
    .count { font-weight: 400; color: #A33A00; }
    .other { color: #A33A00; font-size: 0.9rem; }
    .edited { font-size: 0.9rem; color: #1a1a1a; background: #fff8e5; border-left: 4px solid #E69F00; padding: 0.3rem 0.5rem; }
    .edited button { font: inherit; margin-left: 0.4rem; padding: 0.1rem 0.5rem; border-radius: 5px; border: 1px solid #555; background: #fff; cursor: pointer; }
    .edited button:focus-visible { outline: 3px solid #0072B2; }
  `;

  override render() {
    const byPath = new Map<string, string>();
    for (const e of this.errors) if (!byPath.has(e.path)) byPath.set(e.path, e.message);
    const shown = new Set(LEVER_GROUPS.flatMap((g) => g.paths));
    const inStructure = (path: string): boolean => path.startsWith('structure') || path.startsWith('workforce.establishment');
    const elsewhere = this.errors.filter((e) => !shown.has(e.path) && !e.path.startsWith('interventions') && !inStructure(e.path));
    const badStructure = this.errors.some((e) => inStructure(e.path));
    const scheduled = getPath(this.doc, 'interventions');
    const items = (Array.isArray(scheduled) ? scheduled : []) as Intervention[];
    const badSchedule = this.errors.some((e) => e.path.startsWith('interventions'));
    const description = getPath(this.doc, 'description');
    const edits = Object.keys(diffDocuments(this.preset, this.doc)).length;
    return html`
      <label for="preset">Start from a preset</label>
      <select id="preset" @change=${(e: Event) => emit(this, 'preset-change', { key: (e.target as HTMLSelectElement).value })}>
        ${[...PRESET_DOCS.keys()].map((key) => html`<option value=${key} ?selected=${key === this.base}>${presetName(key)}</option>`)}
      </select>
      <p class="description">${typeof description === 'string' ? description : ''}</p>
      ${edits > 0
        ? html`<p class="edited" data-testid="edited">Edited: ${edits} ${edits === 1 ? 'change' : 'changes'} from ${presetName(this.base)}
            <button type="button" @click=${() => emit(this, 'reset-request')}>Reset to preset</button></p>`
        : nothing}
      ${elsewhere.map((e) => html`<p class="other" role="alert">${e.message}</p>`)}
      ${GROUPS.map((g, i) => {
        const bad = g.paths.filter((p) => byPath.has(p)).length;
        return html`<details ?open=${i === 0 || bad > 0} data-group=${g.id}>
          <summary>${g.title} <span class="count">${bad > 0 ? `(${bad} to fix)` : ''}</span></summary>
          ${g.levers.map((l) => {
            const value = getPath(this.doc, l.path);
            return html`<hv-lever-field .lever=${l} .value=${value} .error=${byPath.get(l.path)}
              ?changed=${JSON.stringify(value) !== JSON.stringify(getPath(this.preset, l.path))}></hv-lever-field>`;
          })}
        </details>`;
      })}
      <details ?open=${badStructure} data-group="structure">
        <summary>Service structure <span class="count">${badStructure ? '(to fix)' : ''}</span></summary>
        <hv-structure-editor .doc=${this.doc} .errors=${this.errors}></hv-structure-editor>
      </details>
      <details ?open=${items.length > 0 || badSchedule} data-group="interventions">
        <summary>Scheduled changes <span class="count">${badSchedule ? '(to fix)' : items.length > 0 ? `(${items.length})` : ''}</span></summary>
        <hv-interventions-editor .items=${items} .errors=${this.errors} .teams=${teamNames(this.doc)}></hv-interventions-editor>
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-scenario-editor': ScenarioEditor;
  }
}
