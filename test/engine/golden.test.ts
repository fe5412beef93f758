/**
 * Golden file: the summary of scenarios/default.json, seed 1, 2 years. Any change to the engine's
 * output shows up here. When a change is deliberate (a fix, a recalibration of default.json),
 * regenerate with `UPDATE_GOLDEN=1 npx vitest run test/engine/golden.test.ts` and commit the file
 * with the change that caused it. The scenario is stored beside the summary so a failure says
 * whether the scenario or the engine moved.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { loadDefault } from '../helpers/scenarios.js';

const GOLDEN = fileURLToPath(new URL('./golden/default-seed1-2y.json', import.meta.url));

describe('golden summary', () => {
  const scenario = loadDefault();
  const result = runScenario(scenario, { seed: 1, years: 2 });
  const current = JSON.parse(JSON.stringify({ scenario, seed: 1, years: 2, summary: result.summary })) as Record<string, unknown>;

  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(GOLDEN), { recursive: true });
    writeFileSync(GOLDEN, `${JSON.stringify(current, null, 2)}\n`);
  }
  const golden = existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, unknown>) : {};

  it('the golden file exists (create it with UPDATE_GOLDEN=1)', () => {
    expect(existsSync(GOLDEN)).toBe(true);
  });

  it('scenarios/default.json is the scenario the golden summary was made from (else regenerate with UPDATE_GOLDEN=1)', () => {
    expect(current.scenario).toEqual(golden.scenario);
  });

  it('runScenario(default.json, seed 1, 2 years) reproduces the golden summary exactly', () => {
    expect(current.summary).toEqual(golden.summary);
  });
});
