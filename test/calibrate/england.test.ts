/**
 * The calibration check of docs/calibration.md: scenarios/default.json, 20 replications (seeds 1–20)
 * of 5 reporting years after warm-up, against every target of scenarios/targets/england.json. Runs on
 * a worker pool (about half a minute on two cores).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTargets, evaluateScenario, type TargetFit, type TargetsFile } from '../../src/calibrate/index.js';
import { loadDefault } from '../helpers/scenarios.js';
import { poolRunner, testPool } from './pool.js';

const targets = JSON.parse(readFileSync(fileURLToPath(new URL('../../scenarios/targets/england.json', import.meta.url)), 'utf8')) as TargetsFile;

const pool = testPool();
afterAll(() => pool.close());

describe('calibration of default.json to England 2023', () => {
  let fits: TargetFit[] = [];

  it('scenarios/targets/england.json is a valid targets file', () => {
    expect(checkTargets(targets)).toEqual([]);
  });

  it('20 replications run', async () => {
    fits = await evaluateScenario(loadDefault(), targets.targets, 20, poolRunner(pool, 5));
    expect(fits).toHaveLength(targets.targets.length);
  }, 300_000);

  for (const target of targets.targets) {
    it(`${target.id}: mean ${target.field} within ${target.value} ± ${target.tolerance}`, () => {
      const fit = fits.find((f) => f.target.id === target.id);
      expect(fit?.mean).toBeGreaterThanOrEqual(target.value - target.tolerance);
      expect(fit?.mean).toBeLessThanOrEqual(target.value + target.tolerance);
    });
  }

  it('every target is within tolerance', () => {
    expect(fits.filter((f) => !f.within).map((f) => f.target.id)).toEqual([]);
  });
});
