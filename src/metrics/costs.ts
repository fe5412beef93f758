/**
 * Workforce cost (docs/model.md §D5, §D7): salaries with on-costs for staff in post (newly qualified on their
 * own scale), agency workers at the permanent salary plus the premium agreed when their assignment
 * started, paid overtime and recruitment (counted where they happen, in src/rules/overtime.ts and
 * src/rules/recruitment.ts).
 */
import { WorkerType } from '../state/codes.js';
import type { State } from '../state/state.js';

export interface StaffCost {
  permanent: number;
  agency: number;
}

export function weeklyStaffCost(s: State): StaffCost {
  const ws = s.workers;
  const c = s.p.costs;
  let permanent = 0;
  let agency = 0;
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    const type = ws.type[w];
    if (type === WorkerType.agency) agency += ws.fte[w] * c.permanentSalary * (1 + ws.premium[w]);
    else permanent += ws.fte[w] * (type === WorkerType.newlyQualified ? c.nqSalary : c.permanentSalary);
  }
  return { permanent: permanent / 52, agency: agency / 52 };
}
