/**
 * "My scenarios" for <handover-app>: the named scenarios kept in this browser, which one the working
 * scenario came from, and saving, opening and deleting them. Opening checks the entry like a session
 * (src/ui/sessionCheck.ts), so a damaged entry opens with what is sound and says what was left out.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PRESET_DOCS } from '../presets.js';
import { DAMAGED_SAVED_KEY, loadSavedScenarios, storeSavedScenarios, withSaved, withoutSaved, type SavedScenario } from '../savedScenarios.js';
import { checkSession } from '../sessionCheck.js';
import { openSession } from './sessionController.js';

type Doc = Record<string, unknown>;

export class SavedController implements ReactiveController {
  saved: SavedScenario[] = [];
  /** The saved scenario the working one was opened from or last saved as. */
  name = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Reads the list; returns a notice when part of it could not be read. */
  load(): string | undefined {
    const { saved, damage } = loadSavedScenarios();
    this.saved = saved;
    this.host.requestUpdate();
    return damage ? `My scenarios: ${damage}; the rest are listed, and the stored list is kept in this browser's storage under “${DAMAGED_SAVED_KEY}”.` : undefined;
  }

  hostConnected(): void {}

  save(name: string, base: string, diff: Doc): string {
    const list = withSaved(this.saved, { name, base, diff, savedAt: new Date().toISOString() });
    if (!storeSavedScenarios(list)) return 'This browser would not store the scenario (storage full or disabled); export it as JSON instead.';
    this.saved = list;
    this.name = name;
    this.host.requestUpdate();
    return `Saved “${name}” in this browser.`;
  }

  /** The saved scenario as (base, document), with what was said about it; undefined with a message when it cannot open. */
  open(name: string): { opened?: { base: string; doc: Doc }; message: string } {
    const entry = this.saved.find((s) => s.name === name);
    if (!entry) return { message: `“${name}” is no longer saved in this browser.` };
    const read = checkSession({ base: entry.base, diff: entry.diff, replications: 1 }, new Set(PRESET_DOCS.keys()));
    if ('damage' in read) return { message: `“${name}” cannot be opened: ${read.damage}.` };
    const notes = [...read.notes];
    const doc = openSession(read.session.base, read.session.diff, notes);
    this.name = entry.name;
    this.host.requestUpdate();
    return { opened: { base: read.session.base, doc }, message: [`Opened “${entry.name}”.`, ...notes].join(' ') };
  }

  remove(name: string): string | undefined {
    const list = withoutSaved(this.saved, name);
    if (!storeSavedScenarios(list)) return undefined;
    this.saved = list;
    if (this.name === name) this.name = '';
    this.host.requestUpdate();
    return `Deleted “${name}” from this browser.`;
  }
}
