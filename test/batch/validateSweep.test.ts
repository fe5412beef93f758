import { describe, expect, it } from 'vitest';
import { validateSweep } from '../../src/batch/index.js';

const base = { scenario: 'default', replications: 2, parameters: { 'agency.premium': { values: [0.3] } } };
const paths = (doc: unknown) => validateSweep(doc).map((e) => e.path);

describe('validateSweep(doc)', () => {
  it('accepts the example sweeps', () => {
    expect(validateSweep(base)).toEqual([]);
  });

  it('names the field of each problem', () => {
    expect(paths({ ...base, replications: 0 })).toEqual(['replications']);
    expect(paths({ ...base, replication: 2 })).toContain('replication');
    expect(paths({ parameters: base.parameters, replications: 1 })).toEqual(['scenario']);
    expect(paths({ ...base, design: 'sobol' })).toEqual(['design']);
    expect(paths({ ...base, parameters: { 'agency.premium': { from: 0.1, to: 0.5 } } })).toEqual(['parameters["agency.premium"].steps']);
  });

  it('an unknown parameter is named with the likely one meant', () => {
    const [e] = validateSweep({ ...base, parameters: { 'agency.premuim': { values: [1] } } });
    expect(e.path).toBe('parameters["agency.premuim"]');
    expect(e.message).toMatch(/did you mean "agency.premium"/);
  });

  it('a range of a switch, run settings and design mismatches are refused', () => {
    expect(paths({ ...base, parameters: { 'agency.allowed': { from: 0, to: 1, steps: 2 } } })).toEqual(['parameters["agency.allowed"]']);
    expect(paths({ ...base, parameters: { 'run.years': { values: [1] } } })).toEqual(['parameters["run.years"]']);
    expect(paths({ ...base, design: 'latinHypercube', points: 4 })).toEqual(['parameters["agency.premium"]', 'parameters["agency.premium"].min', 'parameters["agency.premium"].max']);
    expect(paths({ ...base, design: 'latinHypercube', parameters: { 'agency.premium': { min: 0.5, max: 0.1 } } })).toEqual(['points', 'parameters["agency.premium"].max']);
  });
});
