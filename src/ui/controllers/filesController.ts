/**
 * File import and export for <handover-app>: reading a scenario file (a bad one changes nothing and
 * its problems are listed), writing the working scenario as JSON, the weekly series and the
 * replication summaries as CSV, and handing the scenario to trainer mode.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RunResult } from '../../metrics/fields.js';
import { seriesToCsv, summaryToCsv } from '../../outputs/index.js';
import { debugRequested } from '../debug.js';
import { download } from '../download.js';
import { readScenarioFile } from '../importScenario.js';
import { handToTrainer } from '../trainerHandoff.js';

type Doc = Record<string, unknown>;

export class FilesController implements ReactiveController {
  /** Why the last imported file was refused; empty once a file is imported or the preset changes. */
  importErrors: string[] = [];

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The imported scenario, or undefined when the file was refused (importErrors says why). */
  async importFile(file: File): Promise<{ base: string; doc: Doc } | undefined> {
    const outcome = await readScenarioFile(file);
    this.importErrors = 'errors' in outcome ? outcome.errors : [];
    this.host.requestUpdate();
    return 'errors' in outcome ? undefined : outcome;
  }

  clearErrors(): void {
    this.importErrors = [];
    this.host.requestUpdate();
  }

  exportScenario(doc: Doc): void {
    const name = String(doc.name ?? 'scenario').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
    download(`${name}.json`, new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' }));
  }

  /** The first run's weekly series, or one summary row per replication. */
  exportCsv(results: readonly RunResult[], kind: 'series' | 'summary'): void {
    const text = kind === 'series'
      ? seriesToCsv(results[0])
      : results.map((r, i) => (i === 0 ? summaryToCsv(r) : summaryToCsv(r).split('\n')[1] + '\n')).join('');
    download(`handover-${kind}-seed-${results[0].seed}.csv`, new Blob([text], { type: 'text/csv' }));
  }

  /** Opens trainer mode on the scenario; returns a message when the browser would not hand it over. */
  openTrainer(doc: Doc): string | undefined {
    const key = handToTrainer(doc);
    if (!key) return 'This browser would not hand the scenario over (storage full or disabled); export it and open the file in trainer mode.';
    // The debug interface, when on, follows into trainer mode.
    window.open(`./trainer.html?from=${key}${debugRequested() ? '&debug' : ''}`, '_blank', 'noopener');
    return undefined;
  }
}
