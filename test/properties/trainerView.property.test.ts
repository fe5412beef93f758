/**
 * Trainer mode draws what the engine holds, for any plausible authority and seed, every week: one mark
 * per worker in post, one per open child, no child twice, and each child's colour count
 * equal to her workers so far.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Stage, WorkerStatus } from '../../src/state/codes.js';
import { countMarks, takeSnapshot } from '../../src/ui/trainer/snapshot.js';
import { runWeek, stateOf } from '../helpers/fixtures.js';
import { randomScenario } from '../helpers/scenarios.js';

describe('trainer snapshot over random scenarios', () => {
  it('shows every worker in post and every open child exactly once, with her worker count', () => {
    fc.assert(
      fc.property(randomScenario, fc.integer({ min: 1, max: 2 ** 31 - 1 }), (p, seed) => {
        const s = stateOf(p, seed);
        for (let week = 0; week < 30 && s.t < s.totalWeeks; week++) {
          runWeek(s);
          const snap = takeSnapshot(s, week);
          const ws = s.workers;
          let workers = 0;
          for (let i = 0; i < ws.activeCount; i++) if (ws.status[ws.active[i]] !== WorkerStatus.left) workers++;
          expect(countMarks(snap)).toEqual({ workers, children: s.openCases });
          const cs = s.cases;
          const bySlot = snap.teams.flatMap((t) => [...t.queue, ...t.workers.flatMap((w) => w.children)]);
          expect(new Set(bySlot.map((m) => m.child)).size).toBe(bySlot.length);
          const wrong = bySlot.filter((m) => cs.stage[m.slot] < Stage.assessment || cs.stage[m.slot] > Stage.lookedAfter || m.workers !== cs.workers[m.slot]);
          expect(wrong).toEqual([]);
        }
      }),
      { numRuns: 30 },
    );
  });
});
