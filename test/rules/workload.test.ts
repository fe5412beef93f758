import { describe, expect, it } from 'vitest';
import { Team } from '../helpers/teams.js';
import { updateWorkloadPressure, workloadFactor } from '../../src/rules/workload.js';
import { addWorker, tinyState } from '../helpers/fixtures.js';

describe('week-to-week workload pressure (src/rules/workload.ts)', () => {
  it('off (variation 0): every factor is 1 and the stream is not drawn from', () => {
    const s = tinyState({ workforce: { workloadVariation: 0 } });
    const before = s.rng.workload();
    const again = tinyState({ workforce: { workloadVariation: 0 } });
    for (let k = 0; k < 10; k++) updateWorkloadPressure(again);
    expect(workloadFactor(again, 0)).toBe(1);
    expect(again.rng.workload()).toBe(before);
  });

  it('the factor has mean 1, the spread asked for, and busy spells that last about workloadSpellWeeks', () => {
    const s = tinyState({ workforce: { workloadVariation: 0.3, workloadSpellWeeks: 4 } });
    const workers = Array.from({ length: 200 }, () => addWorker(s, Team.longTerm));
    for (let k = 0; k < 30; k++) updateWorkloadPressure(s); // past the start at pressure 0
    let sum = 0, sumLog = 0, sumLog2 = 0, lagged = 0, n = 0;
    for (let week = 0; week < 200; week++) {
      const last = workers.map((w) => s.workers.pressure[w]);
      updateWorkloadPressure(s);
      workers.forEach((w, i) => {
        const x = s.workers.pressure[w];
        sum += workloadFactor(s, w);
        sumLog += x;
        sumLog2 += x * x;
        lagged += x * last[i];
        n++;
      });
    }
    const variance = sumLog2 / n - (sumLog / n) ** 2;
    expect(sum / n).toBeCloseTo(1, 1);
    expect(Math.sqrt(variance)).toBeCloseTo(0.3, 1);
    expect(lagged / n / variance).toBeCloseTo(Math.exp(-1 / 4), 1);
  });

  it('staff in posts without cases, and absent workers, keep their pressure', () => {
    const s = tinyState({ workforce: { workloadVariation: 0.3 } });
    const absent = addWorker(s, Team.longTerm);
    s.workers.absentFrom[absent] = 0;
    const manager = addWorker(s, Team.nonCaseHolding);
    updateWorkloadPressure(s);
    expect([s.workers.pressure[absent], s.workers.pressure[manager]]).toEqual([0, 0]);
    expect(s.workers.pressure[0]).not.toBe(0);
  });
});
