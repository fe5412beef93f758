import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handover } from './spawn.js';

const tmp = mkdtempSync(join(tmpdir(), 'handover-sensitivity-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('handover sensitivity', () => {
  it('writes a ranked CSV and a chart-ready JSON for the four continuity outputs, the same with 1 or 2 jobs', () => {
    const args = ['sensitivity', 'scenarios/default.json', '--years', '1', '--replications', '2', '--vary', 'turnover.baseAnnualRate,demand.contactsPerWeek'];
    const one = handover([...args, '--jobs', '1', '--out', join(tmp, 'one'), '--quiet']);
    expect(one.status, one.stderr).toBe(0);
    const two = handover([...args, '--jobs', '2', '--out', join(tmp, 'two')]);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stdout).toMatch(/shareChanged26w: /);
    const csv = readFileSync(join(tmp, 'one', 'sensitivity.csv'), 'utf8');
    expect(csv).toBe(readFileSync(join(tmp, 'two', 'sensitivity.csv'), 'utf8'));
    expect(csv.trim().split('\n')).toHaveLength(1 + 4 * 2);
    const json = JSON.parse(readFileSync(join(tmp, 'one', 'sensitivity.json'), 'utf8'));
    expect(json.outputs.map((o: { output: string }) => o.output)).toEqual(['shareChanged26w', 'shareWith3PlusWorkers', 'reReferralRate12m', 'lacShare3PlusWorkers52w']);
    expect(json.outputs[0].bars.map((b: { rank: number }) => b.rank)).toEqual([1, 2]);
  });

  it('an unknown or non-numeric parameter is refused naming it', () => {
    const ran = handover(['sensitivity', 'scenarios/default.json', '--vary', 'turnover.nope,agency.allowed', '--out', join(tmp, 'x')]);
    expect(ran.status).toBe(2);
    expect(ran.stderr).toMatch(/^handover: --vary: /);
    expect(ran.stderr).toMatch(/turnover\.nope: no such scenario parameter/);
    expect(ran.stderr).toMatch(/agency\.allowed: not a number/);
  });

  it('--params (calibrate\'s JSON file of free parameters) is refused in one line pointing to --vary, with nothing written', () => {
    const ran = handover(['sensitivity', 'scenarios/default.json', '--params', 'turnover.baseAnnualRate', '--out', join(tmp, 'old')]);
    expect(ran.status).toBe(2);
    expect(ran.stderr.trim().split('\n')).toEqual(["handover: --params: handover sensitivity takes the parameters to screen as --vary a,b,... (--params is handover calibrate's JSON file of free parameters), found --params turnover.baseAnnualRate"]);
    expect(existsSync(join(tmp, 'old'))).toBe(false);
  });
});
