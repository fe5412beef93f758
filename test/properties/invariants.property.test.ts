/**
 * Over random plausible authorities (test/helpers/scenarios.ts randomScenario) and random seeds, the
 * engine's bookkeeping holds after every week, warm-up included: every open case is with a worker in
 * post or on a queue, the flow identities hold, caseloads equal the cases pointing at each worker,
 * no count goes negative (src/state/invariants.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../src/state/invariants.js';
import { validateScenario } from '../../src/scenario/validate.js';
import { runWeek, stateOf } from '../helpers/fixtures.js';
import { randomScenario } from '../helpers/scenarios.js';

const seedArb = fc.integer({ min: 1, max: 2 ** 31 - 1 });

describe('invariants over random scenarios', () => {
  it('randomScenario only produces scenarios the validator accepts', () => {
    fc.assert(
      fc.property(randomScenario, (p) => {
        expect(validateScenario(p).map((e) => e.message)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('checkInvariants(state) is [] after createState and after every week, for any scenario and seed', () => {
    fc.assert(
      fc.property(randomScenario, seedArb, (p, seed) => {
        const s = stateOf(p, seed);
        expect(checkInvariants(s)).toEqual([]);
        while (s.t < s.totalWeeks) {
          runWeek(s);
          const errors = checkInvariants(s);
          if (errors.length > 0) expect({ week: s.t - 1, errors: errors.slice(0, 5) }).toEqual({ week: s.t - 1, errors: [] });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('every worker in post or agency is counted once, and nobody who has left holds a case, at the end of any run', () => {
    fc.assert(
      fc.property(randomScenario, seedArb, (p, seed) => {
        const s = stateOf(p, seed);
        while (s.t < s.totalWeeks) runWeek(s);
        const ws = s.workers;
        const active = new Set(Array.from(ws.active.subarray(0, ws.activeCount)));
        expect(active.size).toBe(ws.activeCount);
        for (let w = 0; w < ws.count; w++) {
          expect(active.has(w)).toBe(ws.status[w] !== 3);
          if (ws.status[w] === 3) expect(ws.cases[w]).toBe(0);
        }
      }),
      { numRuns: 20 },
    );
  });
});
