import { describe, expect, it } from 'vitest';
import { NONE, Stage, WorkerStatus } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { checkInvariants } from '../../src/state/invariants.js';
import type { State } from '../../src/state/state.js';
import { addCase, runWeeks, stateOf, tinyState } from '../helpers/fixtures.js';
import { loadDefault } from '../helpers/scenarios.js';

/** Worker 0 holds slots 0 and 1, slot 2 waits. */
function consistent(): State {
  const s = tinyState({ allocation: { caseloadCap: 1.6 } });
  addCase(s, Stage.assessment, { worker: 0 });
  addCase(s, Stage.assessment, { worker: 0 });
  addCase(s, Stage.assessment, { worker: 1 });
  addCase(s, Stage.assessment, { worker: 2 });
  return s;
}

describe('checkInvariants', () => {
  it('checkInvariants returns [] for a consistent state and after a year of the default authority', () => {
    expect(checkInvariants(consistent())).toEqual([]);
    const s = stateOf({ ...loadDefault(), run: { seed: 1, years: 1, warmupWeeks: 0 } });
    runWeeks(s, 52);
    expect(checkInvariants(s)).toEqual([]);
  });

  // Each corruption below is one a store bug could cause; the checker must name it.
  const corruptions: [string, (s: State) => void, RegExp][] = [
    ['a case held by a worker who has left', (s) => (s.workers.status[1] = WorkerStatus.left), /held by worker 1 who has left|worker 1 has left but holds/],
    ['a caseload count that disagrees with the list', (s) => (s.workers.cases[0] = 3), /worker 0 has caseload 3 but 2 cases/],
    ['a load that disagrees with the weights', (s) => (s.workers.load[0] += 1), /worker 0 has load/],
    ['an open case neither allocated nor queued', (s) => (s.cases.worker[3] = NONE), /case 3 is open, unallocated and not queued|points at -1/],
    ['an open count that disagrees with the slots', (s) => s.openCases++, /open case count/],
    ['a referral identity broken', (s) => s.totals.referrals++, /referrals .* ≠ open/],
    ['a contact identity broken', (s) => s.totals.screenedOut++, /contacts .* ≠ referrals \+ screened out/],
    ['an in-post FTE that disagrees with the workers', (s) => (s.inPostFte[Team.assessment] = 2), /in-post FTE/],
    ['a negative agency pool', (s) => (s.agencyPool = -1), /agency pool negative/],
    ['a queue count that disagrees with the queues', (s) => s.queued++, /queue count/],
    ['a worker who can take cases missing from the heap', (s) => (s.workers.heapPos[2] = NONE), /heap membership/],
  ];

  it.each(corruptions)('checkInvariants reports %s', (_name, corrupt, message) => {
    const s = consistent();
    corrupt(s);
    const errors = checkInvariants(s);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(message);
  });
});
