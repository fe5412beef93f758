/**
 * "My scenarios": named scenarios the user saved, kept in localStorage as (base preset, changes) like
 * the session, so they stay small and survive preset updates that do not touch the changed fields.
 * Reads never throw: a damaged or foreign entry is skipped rather than losing the rest of the list.
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

export function loadSavedScenarios(storage: Pick<Storage, 'getItem'> = localStorage): SavedScenario[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isSaved) : [];
  } catch {
    return [];
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
