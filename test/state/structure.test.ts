import { describe, expect, it } from 'vitest';
import { createStreams } from '../../src/state/rng.js';
import { buildStructure, referralTeam } from '../../src/state/structure.js';
import { loadDefault } from '../helpers/scenarios.js';

describe('referralTeam', () => {
  it('sends referrals to the front door without drawing, unless a team takes a share', () => {
    const p = loadDefault();
    const st = buildStructure(p);
    const rng = createStreams(1).structure;
    const before = Array.from(rng.state);
    expect(referralTeam(st, rng)).toBe(st.frontDoor);
    expect(Array.from(rng.state)).toEqual(before);
  });

  it('gives a team that takes a share of referrals about that share', () => {
    const p = loadDefault();
    p.structure.teams = [...p.structure.teams, { name: 'disabled', label: 'D', holds: ['assessment', 'childInNeed'], takesShare: 0.2 }];
    p.workforce.establishment.disabled = 10;
    const st = buildStructure(p);
    const rng = createStreams(3).structure;
    const n = 20000;
    let taken = 0;
    for (let i = 0; i < n; i++) {
      const team = referralTeam(st, rng);
      expect([st.frontDoor, 3]).toContain(team);
      if (team === 3) taken++;
    }
    expect(Math.abs(taken / n - 0.2)).toBeLessThan(0.015);
  });
});
