/**
 * <hv-interventions-editor>: scheduled changes during the run (docs/model.md §D6 "Interventions"): at a
 * reporting week, change a lever, make workers resign, add a demand surge or start a recruitment
 * drive. Sends the whole new list up as a lever-change of `interventions`; the validator's messages
 * for each entry appear beside it.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Intervention, ScenarioError } from '../scenario/types.js';
import { emit } from './events.js';
import { LEVER_GROUPS, leverLabel } from './levers.js';

type Kind = 'set' | 'leave' | 'surge' | 'recruitmentDrive';

const TEMPLATES: Record<Kind, { title: string; make: (week: number) => Intervention }> = {
  set: { title: 'Change a lever', make: (week) => ({ week, set: { 'agency.payCap.enabled': true } }) },
  leave: { title: 'Resignations', make: (week) => ({ week, leave: { count: 10, team: 'any' } }) },
  surge: { title: 'Demand surge', make: (week) => ({ week, surge: { extraContactsPerWeek: 30, durationWeeks: 13 } }) },
  recruitmentDrive: { title: 'Recruitment drive', make: (week) => ({ week, recruitmentDrive: { hires: 10, leadWeeks: 12 } }) },
};

const LEVER_PATHS = LEVER_GROUPS.flatMap((g) => g.paths);

function kindOf(item: Intervention): Kind {
  return item.set ? 'set' : item.leave ? 'leave' : item.surge ? 'surge' : 'recruitmentDrive';
}

/** "true" → true, "12" → 12, anything else stays text (and the validator says what it should be). */
function parseValue(text: string): unknown {
  if (text === 'true' || text === 'false') return text === 'true';
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) ? n : text;
}

@customElement('hv-interventions-editor')
export class InterventionsEditor extends LitElement {
  @property({ attribute: false }) items: Intervention[] = [];
  @property({ attribute: false }) errors: readonly ScenarioError[] = [];
  /** The case-holding teams of the scenario's structure, for a wave of resignations. */
  @property({ attribute: false }) teams: string[] = [];

  static override styles = css`
    :host { display: block; }
    .item { border-top: 1px solid #eee; padding: 0.4rem 0; }
    .item b { display: block; }
    label { display: inline-flex; flex-direction: column; font-size: 0.85rem; font-weight: 600; margin: 0.2rem 0.4rem 0.2rem 0; }
    input, select { font: inherit; width: 6.5rem; padding: 0.15rem; }
    select.path { width: 15rem; }
    button { font: inherit; font-size: 0.85rem; padding: 0.2rem 0.5rem; margin: 0.2rem 0.3rem 0.2rem 0; }
    .error { color: #A33A00; font-size: 0.85rem; font-weight: 600; }
    p { font-size: 0.85rem; margin: 0.3rem 0; }
  `;

  private replaceItem(index: number, item: Intervention | undefined): void {
    const next = [...this.items];
    if (item) next[index] = item;
    else next.splice(index, 1);
    emit(this, 'lever-change', { path: 'interventions', value: next });
  }

  private num(index: number, patch: (item: Intervention, value: unknown) => Intervention) {
    return (event: Event) => this.replaceItem(index, patch(this.items[index], parseValue((event.target as HTMLInputElement).value)));
  }

  private fields(item: Intervention, i: number) {
    const field = (label: string, value: unknown, patch: (it: Intervention, v: unknown) => Intervention) =>
      html`<label>${label}<input type="number" .value=${String(value ?? '')} @input=${this.num(i, patch)} /></label>`;
    if (item.set) {
      const [path, value] = Object.entries(item.set)[0] ?? ['agency.payCap.enabled', true];
      return html`<label>Lever<select class="path" @change=${(e: Event) => this.replaceItem(i, { ...item, set: { [(e.target as HTMLSelectElement).value]: value } })}>
          ${LEVER_PATHS.map((p) => html`<option value=${p} ?selected=${p === path}>${leverLabel(p)} (${p})</option>`)}</select></label>
        <label>New value<input type="text" .value=${String(value)} @input=${(e: Event) => this.replaceItem(i, { ...item, set: { [path]: parseValue((e.target as HTMLInputElement).value) } })} /></label>`;
    }
    if (item.leave) {
      return html`${field('Workers', item.leave.count, (it, v) => ({ ...it, leave: { ...it.leave, count: v as number } }))}
        <label>Team<select @change=${(e: Event) => this.replaceItem(i, { ...item, leave: { ...item.leave, count: item.leave?.count ?? 0, team: (e.target as HTMLSelectElement).value as 'any' } })}>
          ${['any', ...this.teams].map((t) => html`<option ?selected=${t === (item.leave?.team ?? 'any')}>${t}</option>`)}</select></label>
        ${item.leave.workers?.length ? html`<span>and worker${item.leave.workers.length > 1 ? 's' : ''} ${item.leave.workers.map((w) => `#${w}`).join(', ')} (chosen in trainer mode)</span>` : nothing}`;
    }
    if (item.surge) {
      return html`${field('Extra contacts/week', item.surge.extraContactsPerWeek, (it, v) => ({ ...it, surge: { ...(it.surge as NonNullable<Intervention['surge']>), extraContactsPerWeek: v as number } }))}
        ${field('Weeks', item.surge.durationWeeks, (it, v) => ({ ...it, surge: { ...(it.surge as NonNullable<Intervention['surge']>), durationWeeks: v as number } }))}`;
    }
    const drive = item.recruitmentDrive;
    return html`${field('Hires', drive?.hires, (it, v) => ({ ...it, recruitmentDrive: { ...(it.recruitmentDrive as NonNullable<Intervention['recruitmentDrive']>), hires: v as number } }))}
      ${field('Lead weeks', drive?.leadWeeks, (it, v) => ({ ...it, recruitmentDrive: { ...(it.recruitmentDrive as NonNullable<Intervention['recruitmentDrive']>), leadWeeks: v as number } }))}`;
  }

  override render() {
    const items = Array.isArray(this.items) ? this.items : [];
    return html`
      <p>Changes at a reporting week (week 1 is the first week after warm-up; 52 weeks a year).</p>
      ${items.map((item, i) => {
        const problems = this.errors.filter((e) => e.path.startsWith(`interventions[${i}]`));
        return html`<div class="item" data-intervention=${i}>
          <b>${TEMPLATES[kindOf(item)].title}</b>
          <label>Week<input type="number" min="1" .value=${String(item.week ?? '')} @input=${this.num(i, (it, v) => ({ ...it, week: v as number }))} /></label>
          ${this.fields(item, i)}
          <button type="button" @click=${() => this.replaceItem(i, undefined)} aria-label="Remove ${TEMPLATES[kindOf(item)].title} at week ${item.week}">Remove</button>
          ${problems.map((e) => html`<div class="error" role="alert">${e.message}</div>`)}
        </div>`;
      })}
      <div>${(Object.keys(TEMPLATES) as Kind[]).map((kind) => html`<button type="button" data-add=${kind}
        @click=${() => emit(this, 'lever-change', { path: 'interventions', value: [...items, TEMPLATES[kind].make(53)] })}>+ ${TEMPLATES[kind].title}</button>`)}</div>
      ${items.length === 0 ? nothing : html`<p>${items.length} scheduled ${items.length === 1 ? 'change' : 'changes'}.</p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-interventions-editor': InterventionsEditor;
  }
}
