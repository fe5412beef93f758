import { describe, expect, it } from 'vitest';
import { createState } from '../../src/engine/init.js';
import { step } from '../../src/engine/step.js';
import { WorkerType } from '../../src/state/codes.js';
import type { State } from '../../src/state/state.js';
import { loadDefault } from '../helpers/scenarios.js';

/** Mean stress of the workers employed by the authority, and mean morale of the teams weighted by their staff. */
function mood(s: State): { stress: number; morale: number } {
  const ws = s.workers;
  let stress = 0, morale = 0, n = 0;
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    if (ws.type[w] === WorkerType.agency) continue;
    stress += ws.stress[w];
    morale += s.morale[ws.team[w]];
    n++;
  }
  return { stress: stress / n, morale: morale / n };
}

// Seeded at rest (stress 0, morale 1) the workforce left at about half its rate for the first months
// and the warm-up ended with vacancies two points low, which recruitment took a decade to restore.
describe('the authority starts with the stress and morale the running model holds', () => {
  it('createState(default): week 0 stress is within a sixth of its mean over the following two years (over seeds 1–3), and morale within 0.06 (each seed)', () => {
    // Stress is compared over the three seeds together: a single seed's gap wanders with the draws (over
    // seeds 1–12 it ranges from 0.04 to 0.20, mean 0.12), so one seed alone tests the draws, not the seeding.
    let gap = 0;
    for (const seed of [1, 2, 3]) {
      const s = createState(loadDefault(), seed, 1, false);
      const start = mood(s);
      let stress = 0, morale = 0;
      const weeks = 104;
      for (let k = 0; k < weeks; k++) {
        step(s);
        s.t++;
        const m = mood(s);
        stress += m.stress / weeks;
        morale += m.morale / weeks;
      }
      expect(start.stress).toBeGreaterThan(0);
      gap += Math.abs(start.stress - stress) / stress / 3;
      expect(Math.abs(start.morale - morale), `seed ${seed}: morale ${start.morale} at week 0, ${morale} after`).toBeLessThan(0.06);
    }
    expect(gap).toBeLessThan(1 / 6);
  });
});
