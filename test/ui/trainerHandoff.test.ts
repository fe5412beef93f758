import { describe, expect, it } from 'vitest';
import { handToTrainer, takeFromPlanner } from '../../src/ui/trainerHandoff.js';

class MemoryStorage {
  items = new Map<string, string>();
  getItem(key: string): string | null { return this.items.get(key) ?? null; }
  setItem(key: string, value: string): void { this.items.set(key, value); }
  removeItem(key: string): void { this.items.delete(key); }
}

describe('handing a scenario to trainer mode', () => {
  it('is taken once and leaves nothing behind', () => {
    const storage = new MemoryStorage();
    const key = handToTrainer({ name: 'Mine', allocation: { caseloadCap: 17 } }, storage)!;
    expect(takeFromPlanner(key, storage)).toEqual({ name: 'Mine', allocation: { caseloadCap: 17 } });
    expect(storage.items.size).toBe(0);
    expect(takeFromPlanner(key, storage)).toBeUndefined();
  });

  it('reports a full storage and a damaged entry instead of throwing', () => {
    expect(handToTrainer({}, { setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); } })).toBeUndefined();
    const storage = new MemoryStorage();
    storage.setItem('handover.toTrainer.x', '{broken');
    expect(takeFromPlanner('x', storage)).toBeUndefined();
    expect(storage.items.size).toBe(0);
  });
});
