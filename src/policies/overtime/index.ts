/**
 * Overtime policies (docs/model.md §D4, §D6): how many hours beyond contract a worker may put in, and
 * whether they are paid. "Unpaid" with a high limit is the unlimited goodwill-hours culture.
 */
import type { OvertimeParams, OvertimePolicyName } from '../../scenario/types.js';

export interface OvertimePolicy {
  /** Most overtime hours a worker of this FTE may work in a week. */
  limitHours(params: OvertimeParams, fte: number): number;
  paid: boolean;
}

export const OVERTIME_POLICIES: Record<OvertimePolicyName, OvertimePolicy> = {
  none: { limitHours: () => 0, paid: false },
  paid: { limitHours: (p, fte) => p.maxHoursPerWeek * fte, paid: true },
  unpaid: { limitHours: (p, fte) => p.maxHoursPerWeek * fte, paid: false },
};

export function overtimePolicy(name: string): OvertimePolicy {
  const policy = (OVERTIME_POLICIES as Record<string, OvertimePolicy>)[name];
  if (!policy) throw new Error(`overtime.policy: expected one of ${Object.keys(OVERTIME_POLICIES).join(', ')}, found ${JSON.stringify(name)}`);
  return policy;
}
