import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/run.js';
import { loadScenarioFile } from '../../src/node/loadScenarioFile.js';
import { takeSnapshot } from '../../src/ui/trainer/snapshot.js';

describe('trainer mode draws the scenario\'s teams', () => {
  it('one column per case-holding team of the structure, named by its label, every worker in her team', () => {
    const { scenario } = loadScenarioFile(fileURLToPath(new URL('../../scenarios/structure-court-permanence.json', import.meta.url)));
    if (!scenario) throw new Error('cannot load the preset');
    const sim = createSimulation(scenario, { seed: 1, years: 1 });
    const snap = takeSnapshot(sim.state, 0);
    expect(snap.teams.map((t) => t.label)).toEqual(scenario.structure.teams.map((t) => t.label));
    expect(snap.teams.map((t) => t.name)).toEqual(['assessment', 'longTerm', 'court', 'inCare', 'permanence']);
    for (const team of snap.teams) expect(team.workers.every((w) => sim.state.workers.team[w.id] === team.team)).toBe(true);
    expect(snap.teams.find((t) => t.name === 'court')?.workers.length).toBeGreaterThan(5);
  });
});
