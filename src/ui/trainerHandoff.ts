/**
 * Handing the planner's working scenario to trainer mode: the scenario is put in localStorage under
 * a fresh key and trainer.html is opened with that key, so a planner can watch her scenario worker by
 * worker. The trainer takes it once and removes it, so storage does not fill up.
 */
const PREFIX = 'handover.toTrainer.';
let handedOver = 0;

export function handToTrainer(scenario: unknown, storage: Pick<Storage, 'setItem'> = localStorage): string | undefined {
  // Unique within this browser: the time, and a counter for two hand-overs in the same millisecond.
  const key = `${Date.now().toString(36)}-${(handedOver++).toString(36)}`;
  try {
    storage.setItem(PREFIX + key, JSON.stringify(scenario));
    return key;
  } catch {
    return undefined; // storage full or disabled: the caller says so
  }
}

/** The scenario handed over under `key`, removed from storage; undefined when there is none or it cannot be read. */
export function takeFromPlanner(key: string, storage: Pick<Storage, 'getItem' | 'removeItem'> = localStorage): unknown {
  try {
    const text = storage.getItem(PREFIX + key);
    storage.removeItem(PREFIX + key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}
