/**
 * calibrate() on a synthetic problem: targets generated from the default with a known
 * turnover.baseAnnualRate (0.1); starting from 0.05 the search recovers it. Short runs (2 reporting
 * years after a one-year warm-up, 8 seeds) keep it quick; the same seeds make the objective smooth.
 */
import seedrandom from 'seedrandom';
import { afterAll, describe, expect, it } from 'vitest';
import { calibrate, evaluateScenario, type Target } from '../../src/calibrate/index.js';
import { applyParameterPath } from '../../src/scenario/index.js';
import { loadDefault } from '../helpers/scenarios.js';
import { poolRunner, testPool } from './pool.js';

const pool = testPool();
afterAll(() => pool.close());

function base() {
  const p = loadDefault();
  p.run = { ...p.run, warmupWeeks: 52 };
  return p;
}

describe('calibrate on a synthetic problem', () => {
  it('recovers turnover.baseAnnualRate = 0.1 from a start of 0.05', async () => {
    const runner = poolRunner(pool, 2);
    const truth = applyParameterPath(base(), 'turnover.baseAnnualRate', 0.1);
    const probe: Target[] = [{ id: 'turnover', label: 'turnover', field: 'turnoverRate', value: 0, tolerance: 1, year: 'synthetic', source: { title: 'synthetic' } }];
    const [fit] = await evaluateScenario(truth, probe, 8, runner);
    const targets: Target[] = [{ ...probe[0], value: fit.mean, tolerance: 0.005 }];
    const result = await calibrate({
      base: applyParameterPath(base(), 'turnover.baseAnnualRate', 0.05),
      targets,
      parameters: [{ path: 'turnover.baseAnnualRate', min: 0.02, max: 0.2 }],
      replications: 8,
      maxEvaluations: 20,
      restarts: 0,
      random: seedrandom('recover'),
      runner,
    });
    expect(result.values['turnover.baseAnnualRate']).toBeGreaterThan(0.09);
    expect(result.values['turnover.baseAnnualRate']).toBeLessThan(0.11);
    expect(result.fits[0].within).toBe(true);
  }, 300_000);
});
