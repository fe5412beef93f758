/**
 * Stress and morale at week 0 as the running model holds them, not at rest. Seeded at rest (no stress,
 * full morale) the workforce leaves at about half its usual rate for the first months while hiring goes
 * on as usual, so vacancies fall by two points in the warm-up; recruitment then takes years to let them
 * climb back (a post takes about three years to fill at the default's success rate), and the headline
 * workforce rates drifted up through the first ten reporting years (docs/calibration.md, Steady baseline).
 *
 * Stress: each worker's week is run through the model's own hours and stress rules on her seeded
 * caseload, with the front door's usual contacts, until the week-to-week workload pressure and stress
 * have settled (both forget their start within a few months). Nothing else moves: no case progresses
 * and nobody comes or goes. Morale: each team at the level where its recovery balances the drop from
 * the colleagues expected to leave each week (permanent staff at the starting turnover rate, agency
 * workers whose assignment ends or who resign).
 */
import { WorkerType } from '../state/codes.js';
import { vacancyFte, weeklyProbability } from '../state/staffing.js';
import type { State } from '../state/state.js';
import { planHours } from '../rules/overtime.js';
import { updateStress } from '../rules/stress.js';
import { updateWorkloadPressure } from '../rules/workload.js';

/** A year: stress recovers 4% a week and workload spells last weeks, so a year leaves no trace of the start. */
const SETTLING_WEEKS = 52;

export function settleStressAndMorale(s: State): void {
  s.week.contacts = s.p.demand.contactsPerWeek;
  for (let k = 0; k < SETTLING_WEEKS; k++) {
    updateWorkloadPressure(s);
    planHours(s);
    updateStress(s);
  }
  settleMorale(s);
}

/** Weekly chance that an agency worker's placement ends and she leaves the team (renewals and conversions stay). */
function agencyDepartureChance(s: State, stress: number): number {
  const a = s.p.agency;
  const meanAssignment = (a.assignmentWeeks.min + a.assignmentWeeks.max) / 2;
  const ends = ((1 - a.renewalProbability) * (1 - a.conversionProbability)) / Math.max(1, meanAssignment);
  return ends + weeklyProbability(a.annualLeavingRate) * (1 + s.p.turnover.stressMultiplier * stress);
}

function settleMorale(s: State): void {
  const m = s.p.morale;
  const ws = s.workers;
  let agencyStress = 0, agencyCount = 0;
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    if (ws.type[w] !== WorkerType.agency) continue;
    agencyStress += ws.stress[w];
    agencyCount++;
  }
  const agencyChance = agencyDepartureChance(s, agencyCount > 0 ? agencyStress / agencyCount : 0);
  const permanentChance = weeklyProbability(s.p.workforce.initialTurnoverRate);
  for (let team = 0; team < s.structure.allTeams; team++) {
    const establishment = s.establishment[team];
    const target = Math.min(1, Math.max(0, 1 - m.vacancyEffect * (establishment > 0 ? vacancyFte(s, team) / establishment : 0)));
    const fte = s.inPostFte[team] + s.agencyFte[team];
    const leaving = s.inPostFte[team] * permanentChance + s.agencyFte[team] * agencyChance;
    const drop = (m.dropPerLeaverShare * leaving) / Math.max(1, fte);
    s.morale[team] = m.recoveryPerWeek > 0 ? Math.min(target, Math.max(0, target - drop / m.recoveryPerWeek)) : target;
  }
}
