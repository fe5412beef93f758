/**
 * "My scenarios": named scenarios the user saved, kept in localStorage as (base preset, changes) like
 * the session, so they stay small and survive preset updates that do not touch the changed fields.
 * Reads never throw: a damaged or foreign entry is skipped rather than losing the rest of the list,
 * the unreadable text is copied aside, and the app says so.
 */
export interface SavedScenario {
  name: string;
  base: string;
  diff: Record<string, unknown>;
  /** ISO time of the last save, shown so two versions can be told apart. */
  savedAt: string;
}

const STORAGE_KEY = 'handover.saved.v1';
/** Long enough for a descriptive name, short enough for the list to stay readable. */
export const MAX_NAME_LENGTH = 80;

function isSaved(value: unknown): value is SavedScenario {
  const v = value as SavedScenario;
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && typeof v.base === 'string'
    && typeof v.diff === 'object' && v.diff !== null && !Array.isArray(v.diff) && typeof v.savedAt === 'string';
}

/** The saved list, and what could not be read (a damaged entry is skipped; the stored text is copied aside first). */
export function loadSavedScenarios(storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): { saved: SavedScenario[]; damage?: string } {
  let text: string | null = null;
  try {
    text = storage.getItem(STORAGE_KEY);
    const parsed: unknown = JSON.parse(text ?? '[]');
    const list = Array.isArray(parsed) ? parsed : [];
    const saved = list.filter(isSaved);
    const lost = Array.isArray(parsed) ? list.length - saved.length : 1;
    if (lost === 0) return { saved };
    keepAside(storage, text ?? '');
    return { saved, damage: Array.isArray(parsed) ? `${lost} of ${list.length} saved scenarios could not be read` : 'the list is not a list' };
  } catch {
    if (text !== null) keepAside(storage, text);
    return { saved: [], damage: 'the list is not valid JSON' };
  }
}

/** Where an unreadable list is kept, so saving again never destroys what could not be read. */
export const DAMAGED_SAVED_KEY = 'handover.saved.v1.damaged';

function keepAside(storage: Pick<Storage, 'setItem'>, text: string): void {
  try {
    storage.setItem(DAMAGED_SAVED_KEY, text);
  } catch {
    // Storage full: the list stays as it is until the next save.
  }
}

/** The list with `entry` added, replacing any entry of the same name; sorted by name. */
export function withSaved(list: readonly SavedScenario[], entry: SavedScenario): SavedScenario[] {
  return [...list.filter((s) => s.name !== entry.name), entry].sort((a, b) => a.name.localeCompare(b.name));
}

export function withoutSaved(list: readonly SavedScenario[], name: string): SavedScenario[] {
  return list.filter((s) => s.name !== name);
}

/** Writes the list; false when storage is full or disabled, so the caller can say it was not saved. */
export function storeSavedScenarios(list: readonly SavedScenario[], storage: Pick<Storage, 'setItem'> = localStorage): boolean {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

/** A name the list can hold: trimmed, not empty, not too long. Returns a message when it cannot. */
export function checkName(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'Give the scenario a name to save it.';
  if (trimmed.length > MAX_NAME_LENGTH) return `Names are at most ${MAX_NAME_LENGTH} characters; this one has ${trimmed.length}.`;
  return undefined;
}
