/**
 * Hours and overtime (MODEL.md §4): a worker's weighted caseload needs hours in proportion to her
 * capacity; assessment-team workers also carry the front door's contacts. Hours beyond contract are
 * worked up to the overtime policy's limit; work beyond that is not done, so her cases progress at
 * hours worked / hours needed. Absent workers' cases make no progress unless duty cover is on.
 */
import { overtimePolicy } from '../policies/overtime/index.js';
import { CASE_TEAMS, NONE, Team } from '../engine/codes.js';
import { capacityFactor } from '../engine/staffing.js';
import type { State } from '../engine/state.js';

export function hourlyRate(s: State): number {
  return s.p.costs.permanentSalary / 52 / s.p.workforce.contractedHours;
}

export function planHours(s: State): void {
  const ws = s.workers;
  const wf = s.p.workforce;
  const policy = overtimePolicy(s.p.overtime.policy);
  let frontDoorFte = 0;
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    if (ws.team[w] === Team.assessment && ws.absentFrom[w] === NONE) frontDoorFte += ws.fte[w];
  }
  const contactHoursPerFte = frontDoorFte > 0 ? (s.week.contacts * s.p.demand.frontDoorHoursPerContact) / frontDoorFte : 0;
  const dutyRate = s.p.absence.cover === 'duty' ? s.p.absence.dutyCoverProgress : 0;
  let paidOvertime = 0;
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    if (ws.absentFrom[w] !== NONE) {
      ws.hours[w] = 0;
      ws.overtime[w] = 0;
      ws.rate[w] = dutyRate;
      continue;
    }
    const fte = ws.fte[w];
    const contracted = wf.contractedHours * fte;
    let needed = contracted;
    if (ws.team[w] < CASE_TEAMS) {
      const capacity = wf.capacityPerFte * fte * capacityFactor(s, w);
      // A worker with no capacity yet (a protection of 0) needs no hours for no cases, and cannot do any she holds.
      const caseHours = capacity > 0 ? (contracted * ws.load[w]) / capacity : ws.load[w] > 0 ? Infinity : 0;
      needed = caseHours + (ws.team[w] === Team.assessment ? contactHoursPerFte * fte : 0);
    }
    const overtime = Math.min(Math.max(0, needed - contracted), policy.limitHours(s.p.overtime, fte));
    const hours = contracted + overtime;
    ws.overtime[w] = overtime;
    ws.hours[w] = hours;
    ws.rate[w] = needed > hours ? (Number.isFinite(needed) ? hours / needed : 0) : 1;
    if (policy.paid) paidOvertime += overtime;
  }
  s.week.costOvertime += paidOvertime * hourlyRate(s) * s.p.overtime.paidRateMultiplier;
}
