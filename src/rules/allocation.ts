/**
 * Allocation (docs/model.md §D3, §D6): waiting cases are given workers by the allocation policy, in
 * priority order CP > LAC > CIN > assessment and first come first served within a priority. When
 * nobody in the team is below the caseload cap the rest of the team's queue waits.
 */
import { allocationPolicy } from '../policies/allocation/index.js';
import { assignCase, dequeueCase } from '../state/caseload.js';
import { NONE, PRIORITIES } from '../state/codes.js';
import type { State } from '../state/state.js';
import { nextCase } from '../state/cases.js';

export function allocateWaitingCases(s: State): void {
  if (s.queued === 0) return;
  const pick = allocationPolicy(s.p.allocation.policy);
  // Continuity-first can still place a child with her own known worker when the team is full.
  const keepTrying = s.p.allocation.policy === 'continuity-first';
  const cs = s.cases;
  for (let team = 0; team < s.structure.caseTeams; team++) {
    let full = false;
    for (let prio = 0; prio < PRIORITIES && !full; prio++) {
      const q = team * PRIORITIES + prio;
      let c = s.queueHead[q];
      while (c !== NONE) {
        const next = nextCase(cs, c);
        const w = pick(s, c);
        if (w === NONE) {
          if (!keepTrying) {
            full = true;
            break;
          }
        } else {
          dequeueCase(s, c);
          assignCase(s, c, w);
        }
        c = next;
      }
    }
  }
}
