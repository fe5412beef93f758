/**
 * Week-to-week workload pressure (docs/model.md §D4, hours). Weighted caseloads say what a caseload needs on
 * average, but a worker's week does not: a court deadline, a child's crisis or a complex family makes some
 * weeks far heavier than the weights say. Surveys find most staff over contract most weeks while the mean
 * caseload is at the DfE level, which a caseload-only model cannot give. Each case-holder's pressure is a
 * mean-one log-normal that drifts week to week (AR(1) in logs), so busy spells last a few weeks and
 * pass, rather than being a fixed trait of the worker.
 */
import { NONE } from '../state/codes.js';
import { standardNormal } from '../state/rng.js';
import type { State } from '../state/state.js';

export function updateWorkloadPressure(s: State): void {
  const { workloadVariation: sigma, workloadSpellWeeks } = s.p.workforce;
  if (!(sigma > 0)) return;
  const ws = s.workers;
  const keep = workloadSpellWeeks > 0 ? Math.exp(-1 / workloadSpellWeeks) : 0;
  const fresh = Math.sqrt(1 - keep * keep) * sigma;
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    if (ws.team[w] >= s.structure.caseTeams || ws.absentFrom[w] !== NONE) continue;
    ws.pressure[w] = keep * ws.pressure[w] + fresh * standardNormal(s.rng.workload);
  }
}

/** How many times the weighted hours this worker's cases need this week (mean 1 over workers and weeks). */
export function workloadFactor(s: State, w: number): number {
  const sigma = s.p.workforce.workloadVariation;
  return sigma > 0 ? Math.exp(s.workers.pressure[w] - (sigma * sigma) / 2) : 1;
}
