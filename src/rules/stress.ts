/**
 * Stress (burnout) and team morale (docs/model.md §D4). Stress rises with overtime hours and with work left
 * undone, and recovers otherwise: S += gain·(1 − S) − recovery·S keeps it in [0, 1] and settles where
 * gain and recovery balance. Flexible working and good supervision slow the gain. Morale drifts toward
 * a level set by the team's vacancy rate and drops when colleagues leave (src/state/staffing.ts).
 */
import { NONE } from '../state/codes.js';
import { vacancyFte } from '../state/staffing.js';
import type { State } from '../state/state.js';

export function stressShield(s: State): number {
  const st = s.p.stress;
  const flexible = st.flexibleWorking ? 1 - st.flexibleWorkingReduction : 1;
  const supervision = Math.max(0, 1 + st.supervisionEffect * (st.supervisionRatio / st.supervisionReferenceRatio - 1));
  return flexible * supervision;
}

export function updateStress(s: State): void {
  const ws = s.workers;
  const st = s.p.stress;
  const shield = stressShield(s);
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    let gain = 0;
    if (ws.absentFrom[w] === NONE) {
      gain = (st.gainPerOvertimeHour * ws.overtime[w]) / ws.fte[w] + st.gainFromBacklog * (1 - ws.rate[w]);
      gain *= shield;
    }
    const stress = ws.stress[w];
    ws.stress[w] = Math.min(1, Math.max(0, stress + gain * (1 - stress) - st.recoveryPerWeek * stress));
  }
}

/** The morale a team recovers towards: full, less the effect of its vacant posts. */
export function moraleTarget(s: State, team: number): number {
  const establishment = s.establishment[team];
  const vacancyRate = establishment > 0 ? vacancyFte(s, team) / establishment : 0;
  return Math.min(1, Math.max(0, 1 - s.p.morale.vacancyEffect * vacancyRate));
}

export function updateMorale(s: State): void {
  const m = s.p.morale;
  for (let team = 0; team < s.structure.allTeams; team++) s.morale[team] += m.recoveryPerWeek * (moraleTarget(s, team) - s.morale[team]);
}
