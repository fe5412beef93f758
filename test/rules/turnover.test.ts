import { describe, expect, it } from 'vitest';
import { WorkerType } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import { viewWorker } from '../../src/state/views.js';
import { drawResignations, leavingHazard } from '../../src/rules/turnover.js';
import { describe as summarise } from '../../src/batch/stats.js';
import { drawPropensity } from '../../src/state/staffing.js';
import { addWorker, runWeek, tinyState } from '../helpers/fixtures.js';

const weekly = (annual: number): number => -Math.log(1 - annual) / 52;

/** A long-serving permanent worker (id 3) with no stress in a settled team, base rate 8% a year. */
function settled(overrides = {}) {
  const s = tinyState({ turnover: { baseAnnualRate: 0.08 }, ...overrides });
  const w = addWorker(s, Team.longTerm, WorkerType.permanent, 10 * 52);
  return { s, w };
}

describe('leavingHazard', () => {
  it('leavingHazard of a settled, unstressed, long-serving worker is the weekly base hazard', () => {
    const { s, w } = settled();
    expect(leavingHazard(s, w)).toBeCloseTo(weekly(0.08), 15);
    // 52 weeks of it compound to the annual rate.
    expect(1 - Math.exp(-52 * leavingHazard(s, w))).toBeCloseTo(0.08, 12);
  });

  it('leavingHazard multiplies by 1 + stressMultiplier × stress', () => {
    const { s, w } = settled();
    s.workers.stress[w] = 0.5;
    expect(leavingHazard(s, w)).toBeCloseTo(weekly(0.08) * (1 + 1.5 * 0.5), 15);
  });

  it('leavingHazard multiplies by earlyTenureMultiplier in the first earlyTenureYears, not after', () => {
    const s = tinyState({ turnover: { baseAnnualRate: 0.08 } });
    const fresh = addWorker(s, Team.longTerm, WorkerType.permanent, 103);
    const old = addWorker(s, Team.longTerm, WorkerType.permanent, 104);
    expect(leavingHazard(s, fresh)).toBeCloseTo(weekly(0.08) * 1.5, 15);
    expect(leavingHazard(s, old)).toBeCloseTo(weekly(0.08), 15);
  });

  it('leavingHazard multiplies by 1 + moraleMultiplier × (1 − team morale)', () => {
    const { s, w } = settled();
    s.morale[Team.longTerm] = 0.6;
    expect(leavingHazard(s, w)).toBeCloseTo(weekly(0.08) * 1.4, 15);
    // Worker 0's team starts at its own settled morale (src/engine/settle.ts), below 1 as its staff leave.
    expect(s.morale[Team.assessment]).toBeLessThan(1);
    expect(leavingHazard(s, 0)).toBeCloseTo(weekly(0.08) * (2 - s.morale[Team.assessment]), 15);
  });

  it('leavingHazard multiplies a newly-qualified worker\'s hazard by nqLeavingMultiplier', () => {
    const s = tinyState({ turnover: { baseAnnualRate: 0.08, earlyTenureMultiplier: 1 }, recruitment: { nqLeavingMultiplier: 2 } });
    const nq = addWorker(s, Team.longTerm, WorkerType.newlyQualified, 10);
    expect(leavingHazard(s, nq)).toBeCloseTo(weekly(0.08) * 2, 15);
  });

  it('leavingHazard of an agency worker uses the agency baseline and stress only, not tenure or morale', () => {
    const s = tinyState({ turnover: { baseAnnualRate: 0.08 } });
    const a = addWorker(s, Team.longTerm, WorkerType.agency, 0);
    s.morale[Team.longTerm] = 0.2;
    expect(leavingHazard(s, a)).toBeCloseTo(weekly(0.25), 15);
    s.workers.stress[a] = 1;
    expect(leavingHazard(s, a)).toBeCloseTo(weekly(0.25) * 2.5, 15);
    expect(weekly(0.25)).toBeGreaterThan(weekly(0.08) * 1.5);
  });

  it('leavingHazard is zero with a zero base rate, whatever the stress', () => {
    const s = tinyState();
    s.workers.stress[0] = 1;
    s.morale[Team.assessment] = 0;
    expect(leavingHazard(s, 0) === 0).toBe(true);
  });
});

describe('propensity to leave', () => {
  it('leavingHazard multiplies by the worker\'s own propensity', () => {
    const { s, w } = settled();
    s.workers.propensity[w] = 2.5;
    expect(leavingHazard(s, w)).toBeCloseTo(weekly(0.08) * 2.5, 15);
  });

  it('new starters\' propensities have mean 1 and variance turnover.propensitySpread; with no spread, all are 1', () => {
    const s = tinyState({ turnover: { propensitySpread: 0.8 } });
    const { mean, sd } = summarise(Array.from({ length: 20_000 }, () => drawPropensity(s)));
    expect(mean).toBeCloseTo(1, 1);
    expect(sd * sd).toBeCloseTo(0.8, 1);
    const alike = tinyState({ turnover: { propensitySpread: 0 } });
    expect(drawPropensity(alike)).toBe(1);
  });
});

describe('drawResignations', () => {
  it('drawResignations resigns a worker in the week her accumulated hazard passes her threshold, and draws a new one', () => {
    const { s, w } = settled();
    s.workers.leaveThreshold[w] = 2.5 * weekly(0.08);
    drawResignations(s);
    drawResignations(s);
    expect(viewWorker(s, w).status).toBe('active');
    drawResignations(s);
    expect(viewWorker(s, w).status).toBe('notice');
    expect(s.workers.leaveHazard[w]).toBe(0);
    expect(s.workers.leaveThreshold[w]).not.toBe(2.5 * weekly(0.08));
  });

  it('an employee whose service reaches turnover.maxServiceYears retires, whatever her hazard; an agency worker does not', () => {
    const s = tinyState({ turnover: { baseAnnualRate: 0, maxServiceYears: 40 } });
    const veteran = addWorker(s, Team.longTerm, WorkerType.permanent, 40 * 52);
    const almost = addWorker(s, Team.longTerm, WorkerType.permanent, 40 * 52 - 1);
    const locum = addWorker(s, Team.longTerm, WorkerType.agency, 40 * 52);
    drawResignations(s);
    expect([viewWorker(s, veteran).status, viewWorker(s, almost).status, viewWorker(s, locum).status]).toEqual(['notice', 'active', 'active']);
  });

  it('over many workers, a year of drawResignations makes about baseAnnualRate of them resign', () => {
    const s = tinyState({ turnover: { baseAnnualRate: 0.2 }, workforce: { establishment: { assessment: 0, longTerm: 0, inCare: 0, nonCaseHolding: 2000 } } });
    let resigned = 0;
    for (let t = 0; t < 52; t++) {
      s.t = t + 10 * 52;
      for (let i = 0; i < s.workers.activeCount; i++) s.workers.stress[s.workers.active[i]] = 0;
      s.morale.fill(1);
      drawResignations(s);
    }
    for (let w = 0; w < s.workers.count; w++) if (s.workers.status[w] !== 1) resigned++;
    expect(Math.abs(resigned / s.workers.count - 0.2)).toBeLessThan(0.03);
  });

  it('a resignation (via step) sends a permanent leaver to the agency pool when her destination is agency', () => {
    const s = tinyState({ turnover: { noticeWeeks: 0, destinations: { otherAuthority: 0, agency: 1, outOfSector: 0 } }, agency: { rules2024: { noLocalLocumWeeks: 3, coolOffChoice: { wait: 1, furtherAfield: 0, permanentPost: 0 } } } });
    s.workers.leaveThreshold[0] = 0;
    s.p.turnover.baseAnnualRate = 0.08;
    runWeek(s);
    expect(viewWorker(s, 0).status).toBe('notice');
    runWeek(s);
    expect(viewWorker(s, 0).status).toBe('left');
    expect(s.poolInflows.get(0 + 3)).toBe(1);
  });
});
