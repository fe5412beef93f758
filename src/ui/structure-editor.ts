/**
 * <hv-structure-editor>: the service structure (scenario `structure`): choose a design from the
 * presets that set one, change each team's posts, the share of referrals a team that assesses takes
 * from the front door and how much longer its plans last, and add, edit or remove the transfer points
 * between teams. Sends lever-change events up (the app owns the scenario); the validator's messages for the
 * structure appear here.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ScenarioError, StageName, StructureParams, TransferCauseName, TransferPoint } from '../scenario/types.js';
import { emit } from './events.js';
import { getPath } from '../scenario/paths.js';
import { PRESET_DOCS, resolvedPreset } from './presets.js';

const STAGES: StageName[] = ['assessment', 'childInNeed', 'childProtection', 'lookedAfter'];
const STAGE_WORDS: Record<StageName, string> = { assessment: 'assessment', childInNeed: 'child in need', childProtection: 'child protection', lookedAfter: 'looked after' };
const CAUSES: Record<TransferCauseName, string> = { court: 'into court work', permanence: 'to permanence', leavingCare: 'to leaving care', teamTransfer: 'other transfer' };

/** The presets that define their own structure (and the default), by design name. */
const DESIGNS = [...PRESET_DOCS.keys()].filter((key) => key === 'default' || PRESET_DOCS.get(key)?.structure !== undefined);

/** "true" and numbers as numbers; anything else stays as typed (and the validator says what it should be). */
const parse = (text: string): unknown => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text);

@customElement('hv-structure-editor')
export class StructureEditor extends LitElement {
  @property({ attribute: false }) doc: unknown;
  @property({ attribute: false }) errors: readonly ScenarioError[] = [];

  static override styles = css`
    :host { display: block; font-size: 0.9rem; }
    label { display: inline-flex; flex-direction: column; font-weight: 600; margin: 0.2rem 0.4rem 0.2rem 0; }
    input, select { font: inherit; padding: 0.15rem; }
    input { width: 5rem; }
    table { border-collapse: collapse; margin: 0.3rem 0; }
    td, th { text-align: left; padding: 0.15rem 0.4rem 0.15rem 0; vertical-align: top; }
    .point { border-top: 1px solid #eee; padding: 0.3rem 0; }
    button { font: inherit; padding: 0.2rem 0.5rem; margin: 0.2rem 0.3rem 0.2rem 0; }
    .error { color: #A33A00; font-weight: 600; }
  `;

  private get structure(): StructureParams | undefined {
    const s = getPath(this.doc, 'structure') as StructureParams | undefined;
    return s && Array.isArray(s.teams) && Array.isArray(s.transfers) ? s : undefined;
  }

  private chooseDesign(key: string): void {
    const preset = resolvedPreset(key);
    emit(this, 'lever-change', { path: 'structure', value: preset.structure });
    emit(this, 'lever-change', { path: 'workforce.establishment', value: preset.workforce.establishment });
  }

  /** Sets or, when left empty, removes one optional field of a team (the validator flags a bad value). */
  private editTeam(i: number, key: 'takesShare' | 'planLengthFactor', text: string): void {
    const teams = (this.structure?.teams ?? []).map((t) => ({ ...t }));
    const team = teams[i] as unknown as Record<string, unknown>;
    if (text.trim() === '') delete team[key];
    else team[key] = parse(text);
    emit(this, 'lever-change', { path: 'structure.teams', value: teams });
  }

  private setTransfers(transfers: TransferPoint[]): void {
    emit(this, 'lever-change', { path: 'structure.transfers', value: transfers });
  }

  private editPoint(i: number, change: Partial<TransferPoint>, drop?: 'afterWeeks' | 'atAge'): void {
    const next = [...(this.structure?.transfers ?? [])];
    const point: TransferPoint = { ...next[i], ...change };
    if (drop) delete point[drop];
    next[i] = point;
    this.setTransfers(next);
  }

  private pointRow(p: TransferPoint, i: number, teams: string[]) {
    const byAge = p.atAge !== undefined;
    const select = <T extends string>(label: string, value: T, options: readonly T[], words: (o: T) => string, set: (v: T) => void) =>
      html`<label>${label}<select @change=${(e: Event) => set((e.target as HTMLSelectElement).value as T)}>
        ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${words(o)}</option>`)}</select></label>`;
    const number = (label: string, value: number | undefined, set: (v: unknown) => void) =>
      html`<label>${label}<input type="number" .value=${String(value ?? '')} @input=${(e: Event) => set(parse((e.target as HTMLInputElement).value))} /></label>`;
    const problems = this.errors.filter((e) => e.path.startsWith(`structure.transfers[${i}]`));
    return html`<div class="point" data-transfer=${i}>
      ${select('From', p.from, teams, (t) => t, (from) => this.editPoint(i, { from }))}
      ${select('To', p.to, teams, (t) => t, (to) => this.editPoint(i, { to }))}
      ${select('Stage', p.stage, STAGES, (s) => STAGE_WORDS[s], (stage) => this.editPoint(i, { stage }))}
      ${select('Trigger', byAge ? 'age' : 'weeks', ['weeks', 'age'] as const, (t) => (t === 'age' ? 'at an age' : 'after weeks in the team'), (t) =>
        this.editPoint(i, t === 'age' ? { atAge: 16 } : { afterWeeks: 26 }, t === 'age' ? 'afterWeeks' : 'atAge'))}
      ${byAge ? number('Age (years)', p.atAge, (v) => this.editPoint(i, { atAge: v as number })) : number('Weeks', p.afterWeeks, (v) => this.editPoint(i, { afterWeeks: v as number }))}
      ${number('Probability', p.probability, (v) => this.editPoint(i, { probability: v as number }))}
      ${number('Worker follows', p.workerFollows, (v) => this.editPoint(i, { workerFollows: v as number }))}
      ${select('Recorded as', p.cause, Object.keys(CAUSES) as TransferCauseName[], (c) => CAUSES[c], (cause) => this.editPoint(i, { cause }))}
      <button type="button" aria-label="Remove transfer point ${i + 1}" @click=${() => this.setTransfers((this.structure?.transfers ?? []).filter((_, k) => k !== i))}>Remove</button>
      ${problems.map((e) => html`<div class="error" role="alert">${e.message}</div>`)}
    </div>`;
  }

  override render() {
    const st = this.structure;
    if (!st) return html`<p class="error">This scenario has no structure to edit.</p>`;
    const teams = st.teams.map((t) => t.name);
    const design = DESIGNS.find((key) => resolvedPreset(key).structure.design === st.design);
    const teamErrors = this.errors.filter((e) => (e.path.startsWith('structure') && !e.path.startsWith('structure.transfers[')) || e.path.startsWith('workforce.establishment'));
    const added: TransferPoint = { from: teams[0], to: teams[teams.length - 1], stage: st.teams[0].holds[0], afterWeeks: 26, probability: 1, workerFollows: 0, cause: 'teamTransfer' };
    return html`
      <label>Design<select data-testid="design" @change=${(e: Event) => this.chooseDesign((e.target as HTMLSelectElement).value)}>
        ${design ? nothing : html`<option selected>${st.design} (edited)</option>`}
        ${DESIGNS.map((key) => html`<option value=${key} ?selected=${key === design}>${resolvedPreset(key).structure.design}</option>`)}
      </select></label>
      <table>
        <tr><th>Team</th><th>Holds</th><th>Posts</th><th>Share of referrals taken</th><th>Plans last (×)</th></tr>
        ${st.teams.map((t, i) => html`<tr data-team=${t.name}><td>${t.label}</td><td>${t.holds.map((h) => STAGE_WORDS[h]).join(', ')}</td>
          <td><input type="number" min="0" aria-label="Posts in ${t.label}" .value=${String(getPath(this.doc, `workforce.establishment.${t.name}`) ?? '')}
            @input=${(e: Event) => emit(this, 'lever-change', { path: `workforce.establishment.${t.name}`, value: parse((e.target as HTMLInputElement).value) })} /></td>
          <td><input type="number" min="0" max="1" step="0.01" placeholder="0" aria-label="Share of referrals ${t.label} takes" .value=${t.takesShare === undefined ? '' : String(t.takesShare)}
            @input=${(e: Event) => this.editTeam(i, 'takesShare', (e.target as HTMLInputElement).value)} /></td>
          <td><input type="number" min="0" step="0.1" placeholder="1" aria-label="How much longer plans last in ${t.label}" .value=${t.planLengthFactor === undefined ? '' : String(t.planLengthFactor)}
            @input=${(e: Event) => this.editTeam(i, 'planLengthFactor', (e.target as HTMLInputElement).value)} /></td></tr>`)}
      </table>
      ${teamErrors.map((e) => html`<div class="error" role="alert">${e.message}</div>`)}
      <p>Transfer points inside a stage (${st.transfers.length}):</p>
      ${st.transfers.map((p, i) => this.pointRow(p, i, teams))}
      <button type="button" data-add="transfer" @click=${() => this.setTransfers([...st.transfers, added])}>+ Transfer point</button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-structure-editor': StructureEditor;
  }
}
