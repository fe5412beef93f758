import { describe, expect, it } from 'vitest';
import { WorkerType } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { weeklyStaffCost } from '../../src/metrics/costs.js';
import { addWorker, tinyState } from '../helpers/fixtures.js';

describe('weeklyStaffCost', () => {
  it('weeklyStaffCost: permanent at the salary, newly qualified at theirs, agency at salary × (1 + premium), per week', () => {
    // No newly qualified staff among those seeded (protection of 0 weeks), so the seeded three are permanent.
    const s = tinyState({ workforce: { nqProtectionWeeks: 0 } });
    addWorker(s, Team.longTerm, WorkerType.newlyQualified, 10);
    addWorker(s, Team.longTerm, WorkerType.agency, 0);
    const cost = weeklyStaffCost(s);
    expect(cost.permanent).toBeCloseTo((3 * 52000 + 42000) / 52, 9);
    expect(cost.agency).toBeCloseTo((52000 * 1.53) / 52, 9);
  });

  it('weeklyStaffCost pays part-time workers pro rata and the premium agreed at the start of the assignment', () => {
    const s = tinyState({ workforce: { partTimeShare: 1, partTimeFte: 0.5, nqProtectionWeeks: 0 }, agency: { payCap: { enabled: true, premium: 0.3, supplyFactor: 0.7 } } });
    addWorker(s, Team.longTerm, WorkerType.agency, 0);
    s.p.agency.payCap.enabled = false;
    const cost = weeklyStaffCost(s);
    // Three funded posts are filled by six half-time workers, paid as three.
    expect(s.workers.count).toBe(7);
    expect(cost.permanent).toBeCloseTo((6 * 0.5 * 52000) / 52, 9);
    expect(cost.agency).toBeCloseTo((52000 * 1.3) / 52, 9);
  });
});
