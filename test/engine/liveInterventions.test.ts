/**
 * Trainer mode adds interventions while a run is playing. Added before the week they name, they must
 * give exactly the run the same scenario gives with them written in from the start, so an exported
 * demonstration replays byte for byte; and a named worker's leaving moves exactly her cases.
 */
import { describe, expect, it } from 'vitest';
import { NONE, WorkerStatus } from '../../src/state/codes.js';
import { createSimulation, runScenario } from '../../src/engine/run.js';
import { viewWorker } from '../../src/state/views.js';
import { resultToJson } from '../../src/outputs/index.js';
import type { Intervention, Scenario } from '../../src/scenario/types.js';
import { loadDefault } from '../helpers/scenarios.js';

function busiestWorker(sim: ReturnType<typeof createSimulation>): number {
  const ws = sim.state.workers;
  let best = -1;
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    if (ws.status[w] === WorkerStatus.active && (best === -1 || ws.cases[w] > ws.cases[best])) best = w;
  }
  return best;
}

describe('interventions added while the run plays', () => {
  it('give the same bytes as the scenario with them scheduled from the start', () => {
    const scenario: Scenario = { ...loadDefault(), run: { seed: 3, years: 1, warmupWeeks: 52 } };
    const live = createSimulation(structuredClone(scenario), { recordEvents: true });
    const added: Intervention[] = [];
    while (!live.done) {
      if (live.recorded === 10) {
        const i: Intervention = { week: 11, leave: { count: 0, workers: [busiestWorker(live)] } };
        live.state.p.interventions.push(i);
        added.push(structuredClone(i));
      }
      if (live.recorded === 20) {
        const i: Intervention = { week: 21, surge: { extraContactsPerWeek: 40, durationWeeks: 8 } };
        live.state.p.interventions.push(i);
        added.push(i);
      }
      live.step();
    }
    const replay = runScenario({ ...structuredClone(scenario), interventions: added }, { recordEvents: true });
    expect(resultToJson(live.result())).toBe(resultToJson(replay));
    const untouched = runScenario(structuredClone(scenario), { recordEvents: true });
    expect(resultToJson(untouched)).not.toBe(resultToJson(replay));
  });

  it('a named worker works her notice, then exactly her cases move, each counting one more worker', () => {
    const scenario: Scenario = { ...loadDefault(), run: { seed: 5, years: 1, warmupWeeks: 52 } };
    const sim = createSimulation(scenario);
    for (let k = 0; k < 5; k++) sim.step();
    const w = busiestWorker(sim);
    sim.state.p.interventions.push({ week: sim.recorded + 1, leave: { count: 0, workers: [w] } });
    sim.step();
    expect(viewWorker(sim.state, w).status).toBe('notice');
    const cs = sim.state.cases;
    // Step to the last week of her notice, then record what she holds and what everyone else holds.
    while (sim.state.workers.noticeEnd[w] > sim.state.t) sim.step();
    const hers = viewWorker(sim.state, w).caseSlots.map((c) => ({ c, child: cs.childId[c], workers: cs.workers[c] }));
    expect(hers.length).toBeGreaterThan(2);
    sim.step();
    expect(viewWorker(sim.state, w).status).toBe('left');
    expect(viewWorker(sim.state, w).caseSlots).toEqual([]);
    for (const { c, child, workers } of hers) {
      if (cs.childId[c] !== child) continue; // closed this week and the slot reused
      expect(cs.worker[c]).not.toBe(w);
      // Allocated to someone new: one more worker; still waiting: the count rises when she is allocated.
      expect(cs.workers[c]).toBe(cs.worker[c] === NONE ? workers : workers + 1);
    }
  });
});
