import { describe, expect, it } from 'vitest';
import { createSimulation, runScenario } from '../../src/engine/run.js';
import type { Scenario } from '../../src/scenario/types.js';
import { stableJson } from '../helpers/json.js';
import { loadDefault } from '../helpers/scenarios.js';

function scenario(change: (p: Scenario) => void = () => {}, years = 2, warmupWeeks = 20): Scenario {
  const p = loadDefault();
  p.run = { seed: 1, years, warmupWeeks };
  change(p);
  return p;
}

/** A fingerprint of every child's stage, worker and progress at the end of a week. */
function childrenFingerprint(sim: ReturnType<typeof createSimulation>): string {
  const cs = sim.state.cases;
  return [cs.stage.subarray(0, cs.used).join(), cs.worker.subarray(0, cs.used).join(), cs.progress.subarray(0, cs.used).join()].join('|');
}

describe('determinism', () => {
  it('runScenario with the same scenario and seed gives byte-identical JSON, events included', () => {
    const p = scenario((q) => (q.interventions = [{ week: 5, leave: { count: 3 } }, { week: 9, surge: { extraContactsPerWeek: 50, durationWeeks: 4 } }]));
    const a = stableJson(runScenario(p, { recordEvents: true }));
    const b = stableJson(runScenario(p, { recordEvents: true }));
    expect(a.length).toBeGreaterThan(100_000);
    expect(a === b).toBe(true);
  });

  it('runScenario with different seeds gives different series and summaries', () => {
    const p = scenario();
    const a = runScenario(p, { seed: 1 });
    const b = runScenario(p, { seed: 2 });
    expect(stableJson(a.summary)).not.toBe(stableJson(b.summary));
    expect(Array.from(a.series.contacts)).not.toEqual(Array.from(b.series.contacts));
  });

  it('runScenario options.seed gives the same run as the scenario\'s own seed', () => {
    const viaOption = runScenario(scenario(), { seed: 7 });
    const viaScenario = runScenario(scenario((q) => (q.run.seed = 7)));
    expect(stableJson(viaOption)).toBe(stableJson(viaScenario));
  });

  it('createSimulation stepped week by week gives the same result as runScenario', () => {
    const p = scenario();
    const sim = createSimulation(p);
    let steps = 0;
    while (!sim.done) {
      sim.step();
      steps++;
      expect(sim.recorded).toBe(steps);
    }
    expect(steps).toBe(104);
    expect(stableJson(sim.result())).toBe(stableJson(runScenario(p)));
  });

  it('createSimulation.result() part-way through gives the weeks recorded so far, equal to the start of the full run', () => {
    const p = scenario();
    const sim = createSimulation(p);
    for (let i = 0; i < 30; i++) sim.step();
    const part = sim.result();
    const full = runScenario(p);
    expect(part.weeks).toBe(30);
    expect(Array.from(part.series.openCases)).toEqual(Array.from(full.series.openCases.subarray(0, 30)));
  });

  it('switching on the agency pay cap never moves the referrals stream: contacts and screened-out contacts are identical', () => {
    const off = runScenario(scenario(() => {}, 3, 0));
    const on = runScenario(scenario((q) => (q.agency.payCap.enabled = true), 3, 0));
    expect(on.summary.agencyCostPerYear).toBeLessThan(off.summary.agencyCostPerYear);
    expect(Array.from(on.series.screenedOut)).toEqual(Array.from(off.series.screenedOut));
    expect(Array.from(on.series.contacts)).toEqual(Array.from(off.series.contacts));
  });

  it('banning overtime changes the children\'s weeks, yet screened-out contacts stay identical and contacts differ only after re-referrals could', () => {
    const a = createSimulation(scenario(() => {}, 3, 0));
    const b = createSimulation(scenario((q) => (q.overtime.policy = 'none'), 3, 0));
    let diverged = -1;
    for (let i = 0; i < 156; i++) {
      a.step();
      b.step();
      if (diverged < 0 && childrenFingerprint(a) !== childrenFingerprint(b)) diverged = i;
    }
    const [ra, rb] = [a.result(), b.result()];
    expect(diverged).toBeGreaterThanOrEqual(0);
    expect(Array.from(rb.series.screenedOut)).toEqual(Array.from(ra.series.screenedOut));
    // A child closed in week d can come back in week d + 1 at the earliest.
    expect(Array.from(rb.series.contacts.subarray(0, diverged + 1))).toEqual(Array.from(ra.series.contacts.subarray(0, diverged + 1)));
    expect(Array.from(rb.series.contacts)).not.toEqual(Array.from(ra.series.contacts));
  });
});
