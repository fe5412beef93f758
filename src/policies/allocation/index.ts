/** Allocation policies behind one signature: (state, case) → worker id, or NONE if nobody can take her. */
import type { AllocationPolicyName } from '../../scenario/types.js';
import type { State } from '../../state/state.js';
import { continuityFirst } from './continuityFirst.js';
import { leastLoaded } from './leastLoaded.js';
import { roundRobin } from './roundRobin.js';

export type AllocationPolicy = (s: State, c: number) => number;

export const ALLOCATION_POLICIES: Record<AllocationPolicyName, AllocationPolicy> = {
  'least-loaded': leastLoaded,
  'round-robin': roundRobin,
  'continuity-first': continuityFirst,
};

export function allocationPolicy(name: string): AllocationPolicy {
  const policy = (ALLOCATION_POLICIES as Record<string, AllocationPolicy>)[name];
  if (!policy) throw new Error(`allocation.policy: expected one of ${Object.keys(ALLOCATION_POLICIES).join(', ')}, found ${JSON.stringify(name)}`);
  return policy;
}
