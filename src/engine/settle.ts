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
 * the colleagues expected to leave each week at the model's own leaving hazard (with the settled stress
 * and that morale), and the agency workers whose assignments end.
 */
import { WorkerType } from '../state/codes.js';
import type { State } from '../state/state.js';
import { planHours } from '../rules/overtime.js';
import { leavingHazard } from '../rules/turnover.js';
import { moraleTarget, updateStress } from '../rules/stress.js';
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

/** Weekly chance that an agency worker's assignment ends and she leaves the team (renewals and conversions stay). */
function assignmentEndChance(s: State): number {
  const a = s.p.agency;
  const meanAssignment = (a.assignmentWeeks.min + a.assignmentWeeks.max) / 2;
  return ((1 - a.renewalProbability) * (1 - a.conversionProbability)) / Math.max(1, meanAssignment);
}

/**
 * Morale and leaving depend on each other (a team's leavers lower its morale, low morale raises every
 * colleague's hazard), so the balance is found by iteration; it settles within a few rounds, as the drop
 * a round of leavers makes is small.
 */
const MORALE_ROUNDS = 30;

function settleMorale(s: State): void {
  const m = s.p.morale;
  const ws = s.workers;
  const teams = s.structure.allTeams;
  const leaving = new Float64Array(teams);
  const ends = assignmentEndChance(s);
  for (let round = 0; round < MORALE_ROUNDS; round++) {
    leaving.fill(0);
    for (let i = 0; i < ws.activeCount; i++) {
      const w = ws.active[i];
      const chance = 1 - Math.exp(-leavingHazard(s, w)) + (ws.type[w] === WorkerType.agency ? ends : 0);
      leaving[ws.team[w]] += ws.fte[w] * Math.min(1, chance);
    }
    for (let team = 0; team < teams; team++) {
      const target = moraleTarget(s, team);
      const drop = (m.dropPerLeaverShare * leaving[team]) / Math.max(1, s.inPostFte[team] + s.agencyFte[team]);
      s.morale[team] = m.recoveryPerWeek > 0 ? Math.min(target, Math.max(0, target - drop / m.recoveryPerWeek)) : target;
    }
  }
}
