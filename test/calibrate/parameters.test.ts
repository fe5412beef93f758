/** The free parameters of a calibration: the --params file's format, bounds inside the schema, values that always validate. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsProblems, readParametersDoc, writtenValue } from '../../src/calibrate/parameters.js';
import { loadScenarioFile } from '../../src/node/loadScenarioFile.js';
import { applyParameterPath } from '../../src/scenario/paths.js';
import { schemaAt } from '../../src/scenario/schema.js';
import { validateScenario } from '../../src/scenario/validate.js';

describe('readParametersDoc', () => {
  it('reads a well-formed file', () => {
    expect(readParametersDoc({ parameters: [{ path: 'agency.premium', min: 0.1, max: 0.5 }, { path: 'workforce.establishment.longTerm', min: 50, max: 90, integer: true }] })).toEqual({
      parameters: [{ path: 'agency.premium', min: 0.1, max: 0.5 }, { path: 'workforce.establishment.longTerm', min: 50, max: 90, integer: true }],
      errors: [],
    });
  });

  it('names the field and what was found for every malformed part, and never throws', () => {
    expect(readParametersDoc(null).errors).toEqual(['expected {"parameters": [{"path": …, "min": …, "max": …}, …]}, found null']);
    expect(readParametersDoc({ parameters: [null] }).errors).toEqual(['parameters[0]: expected an object with "path", "min" and "max", found null']);
    expect(readParametersDoc({ parameters: [{ path: 'agency.premium', min: null, max: '1' }] }).errors).toEqual(['parameters[0].min: expected a number, found null', 'parameters[0].max: expected a number, found "1"']);
    expect(readParametersDoc({ parameters: [], extra: 1 }).errors).toEqual(['"extra": no such field (allowed: parameters, description)', 'parameters: expected at least one parameter, found an empty list']);
    fc.assert(
      fc.property(fc.jsonValue(), (doc) => {
        const read = readParametersDoc(doc);
        expect(read.errors.length > 0 || read.parameters.length > 0).toBe(true);
      }),
    );
    fc.assert(fc.property(fc.array(fc.anything(), { maxLength: 4 }), (parameters) => void readParametersDoc({ parameters })));
  });
});

describe('boundsProblems', () => {
  it('refuses bounds outside the schema range, naming the range', () => {
    expect(boundsProblems({ path: 'turnover.baseAnnualRate', min: -5, max: -1 })).toEqual([expect.stringMatching(/^turnover\.baseAnnualRate: bounds -5:-1 reach outside the parameter's range \(.*0.*1.*\)$/)]);
    expect(boundsProblems({ path: 'turnover.baseAnnualRate', min: 0.05, max: 1.5 })).toHaveLength(1);
    expect(boundsProblems({ path: 'turnover.baseAnnualRate', min: 0, max: 1 })).toEqual([]);
    expect(boundsProblems({ path: 'allocation.policy', min: 0, max: 1 })).toEqual(['allocation.policy: not a numeric parameter, so it cannot be calibrated']);
  });

  it('any value searched within accepted bounds is written as a value the scenario validates with', () => {
    const { scenario } = loadScenarioFile('scenarios/default.json');
    const paths = ['workforce.nqProtectionWeeks', 'agency.noticeWeeks', 'turnover.baseAnnualRate', 'recruitment.successProbability', 'agency.premium', 'allocation.caseloadCap', 'workforce.establishment.longTerm', 'demand.contactsPerWeek', 'absence.baseRate'];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (path, a, b, t, integer) => {
        const schema = schemaAt(path.split('.'))!;
        const lo = (schema.exclusiveMinimum ?? schema.minimum ?? 0) + (schema.exclusiveMinimum !== undefined ? 1e-6 : 0);
        const hi = Math.min(schema.maximum ?? 1000, (schema.exclusiveMaximum ?? Infinity) - 1e-6, 1000);
        const [min, max] = [lo + (hi - lo) * Math.min(a, b), lo + (hi - lo) * Math.max(a, b)];
        fc.pre(min < max);
        const p = { path, min, max, ...(integer || schema.type === 'integer' ? { integer: true } : {}) };
        fc.pre(boundsProblems(p).length === 0 && (!p.integer || Math.ceil(min) <= Math.floor(max)));
        const value = writtenValue(p, min + (max - min) * t);
        expect(validateScenario(applyParameterPath(scenario!, path, value))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
