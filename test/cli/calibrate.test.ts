/**
 * The workflow of docs/calibration.md, "Calibrating your own authority", through the real command:
 * `handover calibrate` fits the made-up authority of scenarios/targets/example-authority.json, and what
 * it writes is a valid scenario that reproduces the reported fit. Fewer replications and evaluations
 * than the documented example keep it to about ten seconds on two cores.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/node/loadScenarioFile.js';
import { handoverAsync, STACK_LINE } from './spawn.js';

const dir = mkdtempSync(join(tmpdir(), 'handover-calibrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Report {
  evaluations: number;
  values: Record<string, number>;
  fits: { id: string; within: boolean }[];
}

describe('handover calibrate on the example authority', () => {
  it('meets every Northbridge target and writes a calibrated scenario, a report and its JSON', async () => {
    const out = join(dir, 'fit');
    const ran = await handoverAsync([
      'calibrate', 'scenarios/default.json', '--targets', 'scenarios/targets/example-authority.json',
      '--param', 'turnover.baseAnnualRate=0.05:0.4', '--param', 'recruitment.successProbability=0.04:0.3',
      '--replications', '6', '--max-evaluations', '30', '--restarts', '0', '--out', out,
    ]);
    expect(ran.stderr).not.toMatch(STACK_LINE);
    expect(ran.status).toBe(0);
    expect(ran.stderr).toMatch(/evaluation +1: objective/); // progress, on stderr
    expect(ran.stdout).toContain('4 of 4 targets within tolerance');
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    expect(report.evaluations).toBeLessThanOrEqual(30);
    expect(report.fits.map((f) => [f.id, f.within])).toEqual([['turnover', true], ['vacancy', true], ['agency', true], ['lac3PlusWorkers', true]]);
    // Northbridge turns over faster than the average authority (21% against 15.9%), so its fitted baseline is higher.
    expect(report.values['turnover.baseAnnualRate']).toBeGreaterThan(0.175);
    const { scenario, errors } = loadScenarioFile(join(out, 'calibrated.json'));
    expect(errors).toEqual([]);
    expect(scenario?.turnover.baseAnnualRate).toBeCloseTo(report.values['turnover.baseAnnualRate'], 3);
    expect(scenario?.recruitment.successProbability).toBeCloseTo(report.values['recruitment.successProbability'], 3);
    // The report shows the fit after, every target met, and before, where the average authority missed them.
    const [after, before] = readFileSync(join(out, 'report.md'), 'utf8').split('## Targets (base scenario, before)');
    expect(after).toContain('## Targets (calibrated)');
    expect(after).not.toContain('**no**');
    expect(before).toContain('**no**');
  }, 300_000);
});
