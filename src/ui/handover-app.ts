/**
 * <handover-app>: owns the working scenario (a preset plus edits), runs it in Web Workers, keeps the
 * last valid result on screen, pins a baseline, and saves the session to localStorage and the URL.
 * Children get properties and send events; nothing below writes the scenario.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { RunResult } from '../metrics/fields.js';
import { resultToJson, seriesToCsv, summaryToCsv } from '../outputs/index.js';
import { validateScenario } from '../scenario/index.js';
import type { Intervention, Scenario, ScenarioError } from '../scenario/types.js';
import { CancelledError } from '../workers/pool.js';
import { applyDiff, diffDocuments, setPath } from './diff.js';
import { download } from './download.js';
import { handToTrainer } from './trainerHandoff.js';
import type { LeverChangeDetail } from './events.js';
import { readScenarioFile } from './importScenario.js';
import { DEFAULT_PRESET, PRESET_DOCS, resolvedPreset } from './presets.js';
import { runReplications } from './runner.js';
import { loadSavedScenarios, storeSavedScenarios, withSaved, withoutSaved, type SavedScenario } from './savedScenarios.js';
import { decodeSession, encodeSession, loadStoredSession, storeSession, type Session } from './session.js';
import { partialRunSet, summariseRuns, type RunSet } from './stats.js';
import { appStyles } from './styles.js';
import { interventionLabel } from './interventionLabel.js';
import './scenario-editor.js';
import './headline-row.js';
import './chart-views.js';
import './run-controls.js';
import './my-scenarios.js';
import './authority-picker.js';
import './authority-compare.js';
import type { AuthorityIndexEntry } from '../authorities/listing.js';
import { loadAuthorityIndex, loadAuthorityScenario } from './authorityData.js';
import { COMPARED, neighbourRange } from './authority-compare.js';
import type { ChartReference } from './line-chart.js';

type Doc = Record<string, unknown>;

declare global {
  interface Window {
    __handover?: { lastResultJson?: string; lastScenarioJson?: string; completedRuns: number };
  }
}

@customElement('handover-app')
export class HandoverApp extends LitElement {
  @state() base = DEFAULT_PRESET;
  @state() doc: Doc = resolvedPreset(DEFAULT_PRESET) as unknown as Doc;
  @state() errors: ScenarioError[] = [];
  @state() replications = 1;
  @state() current?: RunSet;
  @state() baseline?: RunSet;
  @state() live?: RunSet;
  @state() running = false;
  @state() progress = 0;
  @state() status = '';
  @state() importErrors: string[] = [];
  /** The scheduled changes of the run on screen, marked on the charts' time axes. */
  @state() runMarks: { week: number; label: string }[] = [];
  @state() saved: SavedScenario[] = [];
  /** The saved scenario the working one was opened from or last saved as. */
  @state() savedName = '';
  /** The English authority the scenario was started from, with its statistical neighbours. */
  @state() authority?: { entry: AuthorityIndexEntry; neighbours: AuthorityIndexEntry[] };
  private baselineSession?: Session['baseline'];
  private abort?: AbortController;
  private results?: RunResult[];
  private frame = 0;
  private saveCount = 0;

  static override styles = appStyles;

  override connectedCallback(): void {
    super.connectedCallback();
    window.__handover = { completedRuns: 0 };
    this.saved = loadSavedScenarios();
    void this.start();
  }

  private async start(): Promise<void> {
    const fromUrl = await decodeSession(location.hash);
    const session = fromUrl ?? loadStoredSession();
    if (session && PRESET_DOCS.has(session.base)) {
      this.base = session.base;
      this.doc = applyDiff(resolvedPreset(session.base) as unknown as Doc, session.diff);
      this.replications = Math.max(1, Math.min(100, session.replications));
      this.baselineSession = session.baseline;
    }
    this.revalidate();
    if (this.baselineSession && PRESET_DOCS.has(this.baselineSession.base)) {
      const doc = applyDiff(resolvedPreset(this.baselineSession.base) as unknown as Doc, this.baselineSession.diff);
      if (validateScenario(doc).length === 0) {
        const set = await this.execute(doc as unknown as Scenario, 'Baseline');
        if (set) this.baseline = set;
      }
    }
    if (this.errors.length === 0) await this.run();
  }

  private session(): Session {
    return { base: this.base, diff: diffDocuments(resolvedPreset(this.base), this.doc), replications: this.replications, baseline: this.baselineSession };
  }

  private revalidate(): void {
    this.errors = validateScenario(this.doc);
    const session = this.session();
    storeSession(session);
    const count = ++this.saveCount;
    void encodeSession(session).then((fragment) => {
      if (count === this.saveCount) history.replaceState(null, '', `#${fragment}`);
    });
  }

  private onLever(event: CustomEvent<LeverChangeDetail>): void {
    this.doc = setPath(this.doc, event.detail.path.split('.'), event.detail.value) as Doc;
    this.revalidate();
  }

  private async onAuthority(event: CustomEvent<{ code: string }>): Promise<void> {
    const [entries, doc] = await Promise.all([loadAuthorityIndex(), loadAuthorityScenario(event.detail.code)]);
    const entry = entries.find((e) => e.code === event.detail.code);
    if (!entry) return;
    this.authority = { entry, neighbours: entry.neighbours.map((c) => entries.find((e) => e.code === c)).filter((e): e is AuthorityIndexEntry => e !== undefined) };
    this.base = DEFAULT_PRESET;
    this.savedName = '';
    this.importErrors = [];
    // The run settings the user chose (seed, years) stay; the authority brings everything else.
    this.doc = { ...doc, run: { ...(doc.run as Doc), ...(this.doc.run as Doc) } };
    this.revalidate();
    await this.run();
  }

  /** The authority's published figures and its neighbours' range, for the charts. */
  private references(): ChartReference[] {
    if (!this.authority) return [];
    const { entry, neighbours } = this.authority;
    return COMPARED.flatMap((c) => {
      const range = neighbourRange(neighbours, c.id);
      return range ? [{ field: c.field, lo: range.lo, hi: range.hi, value: entry.published[c.id]?.value }] : [];
    });
  }

  private onPreset(event: CustomEvent<{ key: string }>): void {
    this.authority = undefined;
    this.base = event.detail.key;
    this.savedName = '';
    this.doc = resolvedPreset(this.base) as unknown as Doc;
    this.importErrors = [];
    this.revalidate();
  }

  private onReplications(event: CustomEvent<{ replications: number }>): void {
    this.replications = event.detail.replications;
    this.revalidate();
  }

  private onSave(event: CustomEvent<{ name: string }>): void {
    const { name } = event.detail;
    const { base, diff } = this.session();
    const list = withSaved(this.saved, { name, base, diff, savedAt: new Date().toISOString() });
    if (!storeSavedScenarios(list)) {
      this.status = 'This browser would not store the scenario (storage full or disabled); export it as JSON instead.';
      return;
    }
    this.saved = list;
    this.savedName = name;
    this.status = `Saved “${name}” in this browser.`;
  }

  private onOpenSaved(event: CustomEvent<{ name: string }>): void {
    const entry = this.saved.find((s) => s.name === event.detail.name);
    if (!entry || !PRESET_DOCS.has(entry.base)) {
      this.status = `“${event.detail.name}” starts from a preset this version does not have.`;
      return;
    }
    this.authority = undefined;
    this.base = entry.base;
    this.doc = applyDiff(resolvedPreset(entry.base) as unknown as Doc, entry.diff);
    this.savedName = entry.name;
    this.importErrors = [];
    this.status = `Opened “${entry.name}”.`;
    this.revalidate();
  }

  private onDeleteSaved(event: CustomEvent<{ name: string }>): void {
    const list = withoutSaved(this.saved, event.detail.name);
    if (!storeSavedScenarios(list)) return;
    this.saved = list;
    if (this.savedName === event.detail.name) this.savedName = '';
    this.status = `Deleted “${event.detail.name}” from this browser.`;
  }

  private resetToPreset(): void {
    this.doc = resolvedPreset(this.base) as unknown as Doc;
    this.revalidate();
  }

  /** Runs a scenario; resolves with its RunSet, or undefined when cancelled or failed. */
  private async execute(scenario: Scenario, label: string): Promise<RunSet | undefined> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.running = true;
    this.progress = 0;
    this.status = `Running “${scenario.name}”${this.replications > 1 ? ` × ${this.replications} replications` : ''}…`;
    const cap = scenario.allocation.caseloadCap;
    try {
      const results = await runReplications(scenario, this.replications, (update) => {
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => {
          if (abort.signal.aborted) return;
          this.progress = update.fraction;
          this.live = partialRunSet(update.rows, update.weeksSoFar, label, scenario.name, cap);
        });
      }, abort.signal);
      cancelAnimationFrame(this.frame);
      this.live = undefined;
      this.results = results;
      this.status = '';
      return summariseRuns(results, label, cap);
    } catch (error) {
      if (this.abort !== abort) return undefined; // replaced by a newer run, which owns the status
      cancelAnimationFrame(this.frame);
      this.live = undefined;
      this.status = error instanceof CancelledError ? 'Run cancelled; the last complete run is still shown.' : `The run failed: ${String(error)}`;
      return undefined;
    } finally {
      if (this.abort === abort) this.running = false;
    }
  }

  async run(): Promise<void> {
    if (this.errors.length > 0) return;
    const scenario = structuredClone(this.doc) as unknown as Scenario;
    const set = await this.execute(scenario, this.baseline ? 'This scenario' : 'Current');
    if (!set || !this.results) return;
    this.current = set;
    this.runMarks = scenario.interventions.map((i: Intervention) => ({ week: i.week, label: interventionLabel(i) }));
    const hook = window.__handover ?? { completedRuns: 0 };
    hook.lastResultJson = resultToJson(this.results[0]);
    hook.lastScenarioJson = JSON.stringify(scenario);
    hook.completedRuns += 1;
    window.__handover = hook;
    this.dataset.runs = String(hook.completedRuns);
  }

  private cancel(): void {
    this.abort?.abort();
  }

  private pin(): void {
    if (!this.current) return;
    this.baseline = { ...this.current, label: 'Baseline' };
    this.current = { ...this.current, label: 'This scenario' };
    const { base, diff } = this.session();
    this.baselineSession = { base, diff };
    this.revalidate();
  }

  private unpin(): void {
    this.baseline = undefined;
    this.baselineSession = undefined;
    if (this.current) this.current = { ...this.current, label: 'Current' };
    this.revalidate();
  }

  private async onImport(event: CustomEvent<{ file: File }>): Promise<void> {
    const outcome = await readScenarioFile(event.detail.file);
    if ('errors' in outcome) {
      this.importErrors = outcome.errors;
      return;
    }
    this.importErrors = [];
    this.savedName = '';
    this.authority = undefined;
    this.base = outcome.base;
    this.doc = outcome.doc;
    this.status = `Imported “${String(outcome.doc.name)}” from ${event.detail.file.name}.`;
    this.revalidate();
  }

  private openTrainer(): void {
    const key = handToTrainer(this.doc);
    if (!key) {
      this.status = 'This browser would not hand the scenario over (storage full or disabled); export it and open the file in trainer mode.';
      return;
    }
    window.open(`./trainer.html?from=${key}`, '_blank', 'noopener');
  }

  private exportScenario(): void {
    const name = String(this.doc.name ?? 'scenario').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
    download(`${name}.json`, new Blob([`${JSON.stringify(this.doc, null, 2)}\n`], { type: 'application/json' }));
  }

  private exportCsv(kind: 'series' | 'summary'): void {
    const results = this.results;
    if (!results) return;
    const text = kind === 'series'
      ? seriesToCsv(results[0])
      : results.map((r, i) => (i === 0 ? summaryToCsv(r) : summaryToCsv(r).split('\n')[1] + '\n')).join('');
    download(`handover-${kind}-seed-${results[0].seed}.csv`, new Blob([text], { type: 'text/csv' }));
  }

  private async copyLink(): Promise<void> {
    const fragment = await encodeSession(this.session());
    history.replaceState(null, '', `#${fragment}`);
    try {
      await navigator.clipboard.writeText(location.href);
      this.status = 'Link copied: it reproduces this scenario, seed and baseline.';
    } catch {
      this.status = `Copy this link: ${location.href}`;
    }
  }

  override render() {
    const sets = [this.live ?? this.current, this.baseline].filter((s): s is RunSet => s !== undefined);
    const run = (this.doc.run ?? {}) as Doc;
    return html`
      <aside aria-label="Scenario">
        <h2>Scenario</h2>
        <hv-authority-picker @authority-pick=${(e: CustomEvent<{ code: string }>) => void this.onAuthority(e)}></hv-authority-picker>
        <hv-scenario-editor .doc=${this.doc} .preset=${resolvedPreset(this.base)} base=${this.base} .errors=${this.errors}
          @lever-change=${this.onLever} @preset-change=${this.onPreset} @reset-request=${this.resetToPreset}></hv-scenario-editor>
        <hv-my-scenarios .saved=${this.saved} suggestion=${String(this.doc.name ?? '')} current=${this.savedName}
          @save-scenario=${this.onSave} @open-scenario=${this.onOpenSaved} @delete-scenario=${this.onDeleteSaved}></hv-my-scenarios>
      </aside>
      <main>
        <hv-run-controls .seed=${run.seed} .years=${run.years} .replications=${this.replications} ?running=${this.running}
          .progress=${this.progress} ?canRun=${this.errors.length === 0} ?hasResult=${this.current !== undefined} ?hasBaseline=${this.baseline !== undefined}
          .errors=${this.errors} @lever-change=${this.onLever} @replications-change=${this.onReplications}
          @run-request=${() => void this.run()} @cancel-request=${this.cancel} @pin-request=${this.pin} @unpin-request=${this.unpin}
          @import-request=${(e: CustomEvent<{ file: File }>) => void this.onImport(e)} @export-scenario=${this.exportScenario} @open-trainer=${this.openTrainer}
          @export-csv=${(e: CustomEvent<{ kind: 'series' | 'summary' }>) => this.exportCsv(e.detail.kind)} @copy-link=${() => void this.copyLink()}></hv-run-controls>
        <p class="status" role="status" data-testid="status">${this.status}</p>
        ${this.importErrors.length > 0
          ? html`<div class="import-error" role="alert" data-testid="import-error"><b>That file was not imported; your scenario is unchanged.</b>
              <ul>${this.importErrors.map((e) => html`<li>${e}</li>`)}</ul></div>`
          : nothing}
        ${this.authority ? html`<hv-authority-compare .entry=${this.authority.entry} .neighbours=${this.authority.neighbours} .summary=${this.current?.summary}></hv-authority-compare>` : nothing}
        <hv-headline-row .current=${this.current} .baseline=${this.baseline}></hv-headline-row>
        <hv-chart-views .sets=${sets} .marks=${this.runMarks} .references=${this.references()}></hv-chart-views>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'handover-app': HandoverApp;
  }
}
