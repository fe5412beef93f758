/**
 * Session and persistence for <handover-app>: restores the working scenario at start-up (from the link,
 * else from this browser), saves it on every change (storage and the link), copies the link, and keeps
 * the notices that say what a damaged link or saved session lost. Never falls back silently: anything
 * left out, clamped or not started is a notice on screen.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Scenario } from '../../scenario/types.js';
import { applyDiff } from '../diff.js';
import { DEFAULT_PRESET, PRESET_DOCS, presetDocument, presetName, resolveDocument, resolvedPreset } from '../presets.js';
import { HEAVY_RUNS, runWork } from '../runWork.js';
import { DAMAGED_KEY, MAX_LINK_CHARS, decodeSession, encodeSession, loadStoredSession, storeSession, type Session, type SessionRead } from '../session.js';
import { leftOut } from '../sessionCheck.js';

type Doc = Record<string, unknown>;

/** A scenario to put on screen: its preset, the document, and how many replications. */
export interface Restored {
  base: string;
  doc: Doc;
  replications: number;
  baseline?: { base: string; doc: Doc };
  /** False when the link asked for more work than HEAVY_RUNS: the user's Run starts it. */
  autoRun: boolean;
  /** The ONS code of the authority the scenario was started from. */
  authority?: string;
}

const PRESETS: ReadonlySet<string> = new Set(PRESET_DOCS.keys());

/** The preset with the session's changes; a change that cannot be applied becomes a note. */
export function openSession(base: string, diff: Doc, notes: string[], what = 'change'): Doc {
  const { doc, problems } = applyDiff(presetDocument(base), diff);
  if (problems.length > 0) notes.push(leftOut(problems, what, Object.keys(diff).length - problems.length));
  return doc;
}

export class SessionController implements ReactiveController {
  notices: string[] = [];
  private saves = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The session to start from: the link's, else this browser's, else the default preset; with notices. */
  async restore(): Promise<Restored> {
    const notices: string[] = [];
    const link = await decodeSession(location.hash, PRESETS);
    const stored = loadStoredSession(PRESETS);
    const usable = (read: SessionRead | undefined) => (read && 'session' in read ? read : undefined);
    if (stored && 'damage' in stored) notices.push(`The session saved in this browser could not be restored: ${stored.damage}. It is kept in this browser's storage under “${DAMAGED_KEY}”.`);
    let read = usable(link);
    if (link && 'damage' in link) {
      read = usable(stored);
      notices.push(`This link could not be opened: ${link.damage}. Kept: ${read ? 'the scenario you last worked on in this browser' : `the ${presetName(DEFAULT_PRESET)} preset`}.`);
    } else if (!link) read = usable(stored);
    if (!read) {
      this.show(notices);
      return { base: DEFAULT_PRESET, doc: presetDocument(DEFAULT_PRESET), replications: 1, autoRun: true };
    }
    const from = read === link ? 'This link' : 'The session saved in this browser';
    const notes = [...read.notes];
    const { session } = read;
    const restored: Restored = { base: session.base, doc: openSession(session.base, session.diff, notes), replications: session.replications, autoRun: true };
    if (session.authority) restored.authority = session.authority;
    if (session.baseline) restored.baseline = { base: session.baseline.base, doc: openSession(session.baseline.base, session.baseline.diff, notes, 'baseline change') };
    if (read === link) {
      const reference = resolvedPreset(DEFAULT_PRESET);
      const work = [restored.doc, restored.baseline?.doc].reduce((sum, doc) => sum + (doc ? workOf(doc, restored.replications, reference) : 0), 0);
      if (work > HEAVY_RUNS) {
        restored.autoRun = false;
        notes.push(`Its runs are large (about ${Math.round(work).toLocaleString('en-GB')} ten-year runs of an average authority), so they wait for you: press Run to start them.`);
      }
    }
    notices.push(...notes.map((note) => `${from}: ${note}`));
    this.show(notices);
    return restored;
  }

  /** Saves the session in this browser and in the address bar (left out of the address when too long for a link). */
  save(session: Session): void {
    storeSession(session);
    const count = ++this.saves;
    void encodeSession(session).then((fragment) => {
      if (count !== this.saves) return;
      history.replaceState(null, '', fragment.length - 3 <= MAX_LINK_CHARS ? `#${fragment}` : location.pathname + location.search);
    });
  }

  /** Copies a link that reproduces the session; returns what to tell the user. */
  async copyLink(session: Session): Promise<string> {
    const fragment = await encodeSession(session);
    if (fragment.length - 3 > MAX_LINK_CHARS) return 'This scenario is too large for a link; use Export scenario and send the file instead.';
    history.replaceState(null, '', `#${fragment}`);
    try {
      await navigator.clipboard.writeText(location.href);
      return 'Link copied: it reproduces this scenario, seed and baseline.';
    } catch {
      return `Copy this link: ${location.href}`;
    }
  }

  show(notices: string[]): void {
    this.notices = notices;
    this.host.requestUpdate();
  }
}

/** Work of a restored document, or 0 when it is not a runnable scenario (it will not run anyway). */
function workOf(doc: Doc, replications: number, reference: Scenario): number {
  const scenario = resolveDocument(doc).scenario;
  return scenario ? runWork(scenario, replications, reference) : 0;
}
