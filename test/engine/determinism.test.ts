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

  /**
   * Runs the default authority with and without a policy change in lockstep. Returns both results and
   * the first week after which any child's stage, worker or progress differs (-1 if none does).
   */
  function lockstep(change: (p: Scenario) => void) {
    // The front door's threshold responses make acceptance depend on the queue and caseloads by design; off here so
    // the referrals stream alone decides who arrives.
    const steadyDoor = (p: Scenario) => ((p.demand.thresholdResponse = 0), (p.demand.caseloadResponse = 0));
    const a = createSimulation(scenario(steadyDoor, 3, 0));
    const b = createSimulation(scenario((p) => (steadyDoor(p), change(p)), 3, 0));
    let diverged = -1;
    for (let i = 0; i < 156; i++) {
      a.step();
      b.step();
      if (diverged < 0 && childrenFingerprint(a) !== childrenFingerprint(b)) diverged = i;
    }
    return { off: a.result(), on: b.result(), diverged };
  }

  /** Contacts are new children (the referrals stream) plus re-referrals, which can differ only the week after children's state did. */
  function expectReferralsStreamUntouched({ off, on, diverged }: ReturnType<typeof lockstep>): void {
    expect(Array.from(on.series.screenedOut)).toEqual(Array.from(off.series.screenedOut));
    const same = diverged < 0 ? off.weeks : diverged + 1;
    expect(Array.from(on.series.contacts.subarray(0, same))).toEqual(Array.from(off.series.contacts.subarray(0, same)));
  }

  it('switching on the agency pay cap never moves the referrals stream', () => {
    const run = lockstep((q) => (q.agency.payCap.enabled = true));
    expect(run.on.summary.agencyCostPerYear).toBeLessThan(run.off.summary.agencyCostPerYear);
    expectReferralsStreamUntouched(run);
  });

  it('banning overtime changes the children\'s weeks but not the referrals stream', () => {
    const run = lockstep((q) => (q.overtime.policy = 'none'));
    expect(run.diverged).toBeGreaterThanOrEqual(0);
    expect(Array.from(run.on.series.contacts)).not.toEqual(Array.from(run.off.series.contacts));
    expectReferralsStreamUntouched(run);
  });
});
