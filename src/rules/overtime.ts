/**
 * Hours and overtime (docs/model.md §D4): a worker's weighted caseload needs hours in proportion to her
 * capacity, times this week's workload pressure (src/rules/workload.ts); assessment-team workers also
 * carry the front door's contacts. Hours beyond contract are worked up to the overtime policy's limit;
 * work beyond that is not done, so her cases progress at work done / work needed, where long hours
 * yield less per hour (src/rules/hoursOutput.ts). Absent workers' cases make no progress unless duty
 * cover is on.
 */
import { overtimePolicy } from '../policies/overtime/index.js';
import { NONE } from '../state/codes.js';
import { capacityFactor } from '../state/staffing.js';
import { hoursForOutput, outputOfHours, usefulHoursCeiling } from './hoursOutput.js';
import { workloadFactor } from './workload.js';
import type { State } from '../state/state.js';

export function hourlyRate(s: State): number {
  return s.p.costs.permanentSalary / 52 / s.p.workforce.contractedHours;
}

export function planHours(s: State): void {
  const ws = s.workers;
  const wf = s.p.workforce;
  const ot = s.p.overtime;
  const policy = overtimePolicy(ot.policy);
  let frontDoorFte = 0;
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    if (ws.team[w] === s.structure.frontDoor && ws.absentFrom[w] === NONE) frontDoorFte += ws.fte[w];
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
    if (ws.team[w] < s.structure.caseTeams) {
      const capacity = wf.capacityPerFte * fte * capacityFactor(s, w);
      // A worker with no capacity yet (a protection of 0) needs no hours for no cases, and cannot do any she holds.
      const caseHours = capacity > 0 ? (contracted * ws.load[w]) / capacity : ws.load[w] > 0 ? Infinity : 0;
      needed = (caseHours + (ws.team[w] === s.structure.frontDoor ? contactHoursPerFte * fte : 0)) * workloadFactor(s, w);
    }
    // She works until the week's work is done, the policy's limit, or the point where another hour adds nothing.
    const most = Math.max(contracted, Math.min(contracted + policy.limitHours(ot, fte), usefulHoursCeiling(ot)));
    const hours = Math.min(Math.max(contracted, hoursForOutput(ot, needed)), most);
    const overtime = hours - contracted;
    ws.overtime[w] = overtime;
    ws.hours[w] = hours;
    ws.rate[w] = needed > contracted ? (Number.isFinite(needed) ? Math.min(1, outputOfHours(ot, hours) / needed) : 0) : 1;
    if (policy.paid) paidOvertime += overtime;
  }
  s.week.costOvertime += paidOvertime * hourlyRate(s) * ot.paidRateMultiplier;
}
