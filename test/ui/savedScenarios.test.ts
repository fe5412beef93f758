import { describe, expect, it } from 'vitest';
import { DAMAGED_SAVED_KEY, checkName, loadSavedScenarios, storeSavedScenarios, withSaved, withoutSaved, type SavedScenario } from '../../src/ui/savedScenarios.js';

class MemoryStorage {
  items = new Map<string, string>();
  getItem(key: string): string | null { return this.items.get(key) ?? null; }
  setItem(key: string, value: string): void { this.items.set(key, value); }
}

const entry = (name: string, cap = 18): SavedScenario => ({ name, base: 'default', diff: { 'allocation.caseloadCap': cap }, savedAt: '2026-11-23T10:00:00.000Z' });

describe('saved scenarios', () => {
  it('round-trips through storage, sorted by name, and replaces an entry saved again under its name', () => {
    const storage = new MemoryStorage();
    let list = withSaved([], entry('Pay cap'));
    list = withSaved(list, entry('Agency ban'));
    list = withSaved(list, entry('Pay cap', 15));
    expect(storeSavedScenarios(list, storage)).toBe(true);
    const back = loadSavedScenarios(storage).saved;
    expect(back.map((s) => s.name)).toEqual(['Agency ban', 'Pay cap']);
    expect(back[1].diff).toEqual({ 'allocation.caseloadCap': 15 });
    expect(withoutSaved(back, 'Agency ban').map((s) => s.name)).toEqual(['Pay cap']);
  });

  it('skips damaged entries, says how many, and copies the unreadable list aside without losing the rest', () => {
    const storage = new MemoryStorage();
    const damaged = JSON.stringify([entry('Good'), { name: 3 }, null, { name: 'No diff', base: 'default', savedAt: 'x' }]);
    storage.setItem('handover.saved.v1', damaged);
    const read = loadSavedScenarios(storage);
    expect(read.saved.map((s) => s.name)).toEqual(['Good']);
    expect(read.damage).toBe('3 of 4 saved scenarios could not be read');
    expect(storage.getItem(DAMAGED_SAVED_KEY)).toBe(damaged);
    storage.setItem('handover.saved.v1', '{not json');
    expect(loadSavedScenarios(storage)).toEqual({ saved: [], damage: 'the list is not valid JSON' });
    expect(storage.getItem(DAMAGED_SAVED_KEY)).toBe('{not json');
    storage.setItem('handover.saved.v1', '{"a":1}');
    expect(loadSavedScenarios(storage)).toEqual({ saved: [], damage: 'the list is not a list' });
  });

  it('reads a sound list, or none, with no damage reported', () => {
    const storage = new MemoryStorage();
    expect(loadSavedScenarios(storage)).toEqual({ saved: [] });
    storeSavedScenarios([entry('A')], storage);
    expect(loadSavedScenarios(storage)).toEqual({ saved: [entry('A')] });
    expect(storage.getItem(DAMAGED_SAVED_KEY)).toBeNull();
  });

  it('reports a full or disabled storage instead of throwing', () => {
    const full = { setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); } };
    expect(storeSavedScenarios([entry('x')], full)).toBe(false);
  });

  it('asks for a name that is neither empty nor too long', () => {
    expect(checkName('   ')).toMatch(/name/);
    expect(checkName('x'.repeat(81))).toMatch(/at most 80 characters; this one has 81/);
    expect(checkName('  Agency ban  ')).toBeUndefined();
  });
});
