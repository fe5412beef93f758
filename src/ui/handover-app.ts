/**
 * <handover-app>: owns the working scenario (a preset plus edits) and wires the page together. The
 * concerns live in reactive controllers: runs (RunController), the session in storage and the link
 * (SessionController), "My scenarios" (SavedController), files (FilesController) and the authority
 * the scenario was started from (AuthorityController). Children get properties and send typed events
 * (src/ui/events.ts); nothing below writes the scenario.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { PathError, setPath } from '../scenario/paths.js';
import type { ScenarioError } from '../scenario/types.js';
import { validateScenario } from '../scenario/index.js';
import { FilesController } from './controllers/filesController.js';
import { AuthorityController, type PickedAuthority } from './controllers/authorityController.js';
import { RunController } from './controllers/runController.js';
import { SavedController } from './controllers/savedController.js';
import { SessionController } from './controllers/sessionController.js';
import { diffDocuments } from './diff.js';
import type { HandoverEvents } from './events.js';
import { DEFAULT_PRESET, presetDocument, resolveDocument, resolvedPreset } from './presets.js';
import { warmWorkers } from './runner.js';
import type { Session } from './session.js';
import type { RunSet } from './stats.js';
import { appStyles } from './styles.js';
import './scenario-editor.js';
import './headline-row.js';
import './chart-views.js';
import './run-controls.js';
import './my-scenarios.js';
import './authority-picker.js';
import './authority-compare.js';

type Doc = Record<string, unknown>;

@customElement('handover-app')
export class HandoverApp extends LitElement {
  @state() base = DEFAULT_PRESET;
  @state() doc: Doc = presetDocument(DEFAULT_PRESET);
  @state() errors: ScenarioError[] = [];
  @state() replications = 1;
  @state() status = '';
  readonly runs = new RunController(this, (status) => { this.status = status; });
  readonly session = new SessionController(this);
  readonly saved = new SavedController(this);
  readonly files = new FilesController(this);
  readonly authorities = new AuthorityController(this);
  /** The pinned baseline's scenario, kept in the session so a shared link reproduces the comparison. */
  private baselineSession?: Session['baseline'];
  /** A baseline restored from a link that waits for the user's Run. */
  private pendingBaseline?: Doc;

  static override styles = appStyles;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.start();
  }

  private async start(): Promise<void> {
    const restored = await this.session.restore();
    const savedNotice = this.saved.load();
    if (savedNotice) this.session.show([...this.session.notices, savedNotice]);
    this.base = restored.base;
    this.doc = restored.doc;
    this.replications = restored.replications;
    if (restored.baseline) {
      this.baselineSession = { base: restored.baseline.base, diff: diffDocuments(resolvedPreset(restored.baseline.base), restored.baseline.doc) };
      this.pendingBaseline = restored.baseline.doc;
    }
    // The authority's published figures and neighbours come back with its scenario (loaded lazily, as when picked).
    const authority = restored.authority ? await this.authorities.find(restored.authority) : undefined;
    if (authority) this.authorities.set(authority);
    else if (restored.authority) this.session.show([...this.session.notices, `The authority ${restored.authority} is not one of this version's, so its published figures are not shown; the scenario was kept.`]);
    this.changed();
    if (restored.autoRun) await this.run();
    const scenario = resolveDocument(this.doc).scenario;
    if (scenario) warmWorkers(scenario);
  }

  private sessionNow(): Session {
    return { base: this.base, diff: diffDocuments(resolvedPreset(this.base), this.doc), replications: this.replications, baseline: this.baselineSession, authority: this.authorities.picked?.entry.code };
  }

  /** After every change to the working scenario: validate it and save the session. */
  private changed(): void {
    this.errors = validateScenario(this.doc);
    this.session.save(this.sessionNow());
  }

  private open(base: string, doc: Doc, status: string, authority?: PickedAuthority): void {
    this.authorities.set(authority);
    this.base = base;
    this.doc = doc;
    this.status = status;
    this.changed();
  }

  private async onAuthority(event: HandoverEvents['authority-pick']): Promise<void> {
    const found = await this.authorities.load(event.detail.code);
    if (!found) return;
    this.saved.name = '';
    this.files.clearErrors();
    // The run settings the user chose (seed, years) stay; the authority brings everything else.
    const { doc, picked } = found;
    this.open(DEFAULT_PRESET, { ...doc, run: { ...(doc.run as Doc), ...(this.doc.run as Doc) } }, `Started from ${picked.entry.name}'s published figures.`, picked);
    await this.run();
  }

  private onLever(event: HandoverEvents['lever-change']): void {
    try {
      this.doc = setPath(this.doc, event.detail.path, event.detail.value);
    } catch (error) {
      if (!(error instanceof PathError)) throw error;
      this.status = `That change cannot be made: ${error.message}.`;
      return;
    }
    this.changed();
  }

  private onPreset(event: HandoverEvents['preset-change']): void {
    this.saved.name = '';
    this.files.clearErrors();
    this.open(event.detail.key, presetDocument(event.detail.key), '');
  }

  private onReplications(event: HandoverEvents['replications-change']): void {
    this.replications = event.detail.replications;
    this.changed();
  }

  private onOpenSaved(event: HandoverEvents['open-scenario']): void {
    const { opened, message } = this.saved.open(event.detail.name);
    if (!opened) {
      this.status = message;
      return;
    }
    this.files.clearErrors();
    this.open(opened.base, opened.doc, message);
  }

  private async onImport(event: HandoverEvents['import-request']): Promise<void> {
    const imported = await this.files.importFile(event.detail.file);
    if (!imported) return;
    this.saved.name = '';
    this.open(imported.base, imported.doc, `Imported “${String(imported.doc.name)}” from ${event.detail.file.name}.`);
  }

  async run(): Promise<void> {
    const scenario = resolveDocument(this.doc).scenario;
    if (!scenario) return;
    const baseline = this.pendingBaseline && resolveDocument(this.pendingBaseline).scenario;
    this.pendingBaseline = undefined;
    if (baseline && !(await this.runs.run(baseline, this.replications, 'baseline'))) return;
    await this.runs.run(scenario, this.replications);
  }

  private pin(): void {
    this.runs.pin();
    const { base, diff } = this.sessionNow();
    this.baselineSession = { base, diff };
    this.changed();
  }

  private unpin(): void {
    this.runs.unpin();
    this.baselineSession = undefined;
    this.changed();
  }

  private say(status: string | undefined): void {
    if (status !== undefined) this.status = status;
  }

  override render() {
    const runs = this.runs;
    const picked = this.authorities.picked;
    const sets = [runs.live ?? runs.current, runs.baseline].filter((s): s is RunSet => s !== undefined);
    const run = (this.doc.run ?? {}) as Doc;
    const notices = this.session.notices;
    return html`
      <aside aria-label="Scenario">
        <h2>Scenario</h2>
        <hv-authority-picker @authority-pick=${(e: HandoverEvents['authority-pick']) => void this.onAuthority(e)}></hv-authority-picker>
        <hv-scenario-editor .doc=${this.doc} .preset=${resolvedPreset(this.base)} base=${this.base} .errors=${this.errors}
          @lever-change=${this.onLever} @preset-change=${this.onPreset} @reset-request=${() => this.open(this.base, presetDocument(this.base), '')}></hv-scenario-editor>
        <hv-my-scenarios .saved=${this.saved.saved} suggestion=${String(this.doc.name ?? '')} current=${this.saved.name}
          @save-scenario=${(e: HandoverEvents['save-scenario']) => this.say(this.saved.save(e.detail.name, this.base, this.sessionNow().diff))}
          @open-scenario=${this.onOpenSaved} @delete-scenario=${(e: HandoverEvents['delete-scenario']) => this.say(this.saved.remove(e.detail.name))}></hv-my-scenarios>
      </aside>
      <main>
        <hv-run-controls .seed=${run.seed} .years=${run.years} .replications=${this.replications} ?running=${runs.running}
          .progress=${runs.progress} ?canRun=${this.errors.length === 0} ?hasResult=${runs.current !== undefined} ?hasBaseline=${runs.baseline !== undefined}
          .errors=${this.errors} @lever-change=${this.onLever} @replications-change=${this.onReplications}
          @run-request=${() => void this.run()} @cancel-request=${() => runs.cancel()} @pin-request=${this.pin} @unpin-request=${this.unpin}
          @import-request=${(e: HandoverEvents['import-request']) => void this.onImport(e)} @export-scenario=${() => this.files.exportScenario(this.doc)}
          @open-trainer=${() => this.say(this.files.openTrainer(this.doc))} @copy-link=${async () => this.say(await this.session.copyLink(this.sessionNow()))}
          @export-csv=${(e: HandoverEvents['export-csv']) => runs.results && this.files.exportCsv(runs.results, e.detail.kind)}></hv-run-controls>
        ${notices.length > 0
          ? html`<div class="notice" role="alert" data-testid="notice"><ul>${notices.map((n) => html`<li>${n}</li>`)}</ul>
              <button type="button" @click=${() => this.session.show([])}>Dismiss</button></div>`
          : nothing}
        <p class="status" role="status" data-testid="status">${this.status}</p>
        ${this.files.importErrors.length > 0
          ? html`<div class="import-error" role="alert" data-testid="import-error"><b>That file was not imported; your scenario is unchanged.</b>
              <ul>${this.files.importErrors.map((e) => html`<li>${e}</li>`)}</ul></div>`
          : nothing}
        ${picked ? html`<hv-authority-compare .entry=${picked.entry} .neighbours=${picked.neighbours} .summary=${runs.current?.summary}></hv-authority-compare>` : nothing}
        <hv-headline-row .current=${runs.current} .baseline=${runs.baseline}></hv-headline-row>
        <hv-chart-views .sets=${sets} .live=${runs.live !== undefined} .marks=${runs.marks} .references=${this.authorities.references()}></hv-chart-views>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'handover-app': HandoverApp;
  }
}
