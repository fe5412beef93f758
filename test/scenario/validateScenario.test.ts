import { describe, it, expect } from 'vitest';
import { formatErrors, validateScenario } from '../../src/scenario/validate.js';
import { defaultDoc, setAt } from './files.js';

/** validateScenario of default.json with one change. */
function errorsWith(path: (string | number)[], value: unknown) {
  const doc = defaultDoc();
  setAt(doc, path, value);
  return validateScenario(doc);
}

describe('validateScenario', () => {
  it('finds no errors in default.json', () => {
    expect(validateScenario(defaultDoc())).toEqual([]);
  });

  it('names the path, the expected type and the value found for a wrong type', () => {
    expect(errorsWith(['agency', 'payCap', 'premium'], 'high')).toEqual([
      {
        path: 'agency.payCap.premium',
        expected: 'a number between 0 and 5',
        actual: '"high"',
        message: 'agency.payCap.premium: expected a number between 0 and 5, found "high"',
      },
    ]);
  });

  it('gives the range for a value out of range, including inside a list', () => {
    const errors = errorsWith(['pathway', 'durations', 'childInNeed', 2, 'share'], 1.5);
    expect(errors.map((e) => [e.path, e.expected, e.actual])).toEqual([
      ['pathway.durations.childInNeed', 'bins whose shares add up to 1', 'a sum of 2.35'],
      ['pathway.durations.childInNeed[2].share', 'a number between 0 and 1', '1.5'],
    ]);
  });

  it('describes whole numbers and exclusive minimums in words', () => {
    expect(errorsWith(['run', 'years'], 2.5)[0]).toMatchObject({ path: 'run.years', expected: 'a whole number between 1 and 20', actual: '2.5' });
    expect(errorsWith(['workforce', 'contractedHours'], 0)[0]).toMatchObject({ expected: 'a number greater than 0 and at most 60', actual: '0' });
  });

  it('reports an unknown key with the fields allowed there', () => {
    expect(errorsWith(['agency', 'payCap', 'level'], 3)).toEqual([
      {
        path: 'agency.payCap.level',
        expected: 'no such field (allowed: enabled, premium, supplyFactor)',
        actual: '3',
        message: 'agency.payCap.level: expected no such field (allowed: enabled, premium, supplyFactor), found 3',
      },
    ]);
  });

  it('tells an old file with allocation.handover what replaced it, in one error', () => {
    const errors = errorsWith(['allocation', 'handover'], 'single-worker');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe(
      'allocation.handover: expected no such field: one worker from assessment to closure is now a service structure whose one team holds every stage (extend "structure-one-worker.json", or give structure.teams), and team handovers are the default structure, found "single-worker"',
    );
  });

  it('lists the keywords for a bad enum', () => {
    expect(errorsWith(['overtime', 'policy'], 'sometimes')[0]).toMatchObject({ path: 'overtime.policy', expected: 'one of: none, paid, unpaid', actual: '"sometimes"' });
  });

  it('reports a missing field in a complete scenario', () => {
    expect(errorsWith(['agency', 'premium'], undefined)[0]).toMatchObject({ path: 'agency.premium', expected: 'a number between 0 and 5', actual: 'nothing (missing field)' });
  });

  it('accepts a scenario with extends that gives only some fields', () => {
    expect(validateScenario({ extends: 'default.json', name: 'x', agency: { payCap: { enabled: true } } })).toEqual([]);
  });

  it('reports shares that do not add up to 1', () => {
    expect(errorsWith(['turnover', 'destinations', 'agency'], 0.27)).toEqual([
      {
        path: 'turnover.destinations',
        expected: 'shares that add up to 1 (otherAuthority + agency + outOfSector)',
        actual: 'a sum of 1.1',
        message: 'turnover.destinations: expected shares that add up to 1 (otherAuthority + agency + outOfSector), found a sum of 1.1',
      },
    ]);
    expect(errorsWith(['pathway', 'assessmentOutcomes', 'notInNeed'], 0.3)[0]).toMatchObject({ path: 'pathway.assessmentOutcomes', actual: 'a sum of 0.98' });
  });

  it('tolerates rounding in shares (±1e-6)', () => {
    expect(errorsWith(['turnover', 'destinations'], { otherAuthority: 0.1 + 0.2, agency: 0.3, outOfSector: 0.4 })).toEqual([]);
  });

  it('reports duration bins that do not increase or whose shares do not add up to 1', () => {
    const bins = [
      { upToWeeks: 13, share: 0.5 },
      { upToWeeks: 13, share: 0.3 },
      { upToWeeks: 52, share: 0.1 },
    ];
    expect(errorsWith(['pathway', 'durations', 'childInNeed'], bins)).toEqual([
      expect.objectContaining({ path: 'pathway.durations.childInNeed', expected: 'bins whose shares add up to 1', actual: 'a sum of 0.9' }),
      expect.objectContaining({ path: 'pathway.durations.childInNeed[1].upToWeeks', expected: "more weeks than the previous bin's upToWeeks (13)", actual: '13' }),
    ]);
  });

  it('reports a range whose min is above its max', () => {
    expect(errorsWith(['agency', 'assignmentWeeks'], { min: 39, max: 13 })).toEqual([
      expect.objectContaining({ path: 'agency.assignmentWeeks', expected: 'a range with min no larger than max', actual: '{"min":39,"max":13}' }),
    ]);
  });

  it('reports an intervention setting a parameter that does not exist, with a suggestion', () => {
    const errors = errorsWith(['interventions'], [{ week: 3, set: { 'agency.premum': 0.4 } }]);
    expect(errors).toEqual([
      expect.objectContaining({ path: 'interventions[0].set["agency.premum"]', expected: 'the path of a parameter (did you mean agency.premium?)', actual: '0.4' }),
    ]);
  });

  it('refuses an intervention that sets run.* (fixed once the run starts)', () => {
    const errors = errorsWith(['interventions'], [{ week: 3, set: { 'run.years': 3, 'agency.premium': 0.4 } }]);
    expect(errors).toEqual([
      expect.objectContaining({ path: 'interventions[0].set["run.years"]', expected: 'a parameter that can change during a run (not run.*)', actual: '3' }),
    ]);
  });

  it('reports dangerous keys in an intervention set as unknown parameters, with a well-formed path', () => {
    const doc = defaultDoc();
    setAt(doc, ['interventions'], JSON.parse('[{"week": 1, "set": {"__proto__": {"polluted": 1}, "constructor": 2}}]'));
    expect(validateScenario(doc).map((e) => [e.path, e.expected])).toEqual([
      ['interventions[0].set.__proto__', 'the path of a parameter'],
      ['interventions[0].set.constructor', 'the path of a parameter'],
    ]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('checks the value an intervention sets against that parameter', () => {
    const errors = errorsWith(['interventions'], [{ week: 1, label: 'ok', leave: { count: 2 } }, { week: 2, leave: { count: 1 } }, { week: 3, set: { 'agency.premium': 7 } }, { week: 4, set: { 'overtime.policy': 'paid' } }]);
    expect(errors).toEqual([
      {
        path: 'interventions[2].set["agency.premium"]',
        expected: 'a number between 0 and 5',
        actual: '7',
        message: 'interventions[2].set["agency.premium"]: expected a number between 0 and 5, found 7',
      },
    ]);
  });

  it('lets one intervention move shares together, and reports one that breaks their sum', () => {
    const together = { week: 5, set: { 'turnover.destinations.agency': 0.07, 'turnover.destinations.outOfSector': 0.66 } };
    expect(errorsWith(['interventions'], [together])).toEqual([]);
    const alone = { week: 5, set: { 'turnover.destinations.agency': 0.07 } };
    expect(errorsWith(['interventions'], [alone])).toEqual([
      expect.objectContaining({
        path: 'interventions[0].set["turnover.destinations.agency"]',
        expected: 'a value that keeps turnover.destinations valid (shares that add up to 1 (otherAuthority + agency + outOfSector))',
      }),
    ]);
  });

  it('checks list values set by an intervention item by item', () => {
    const set = { 'pathway.durations.assessment': [{ upToWeeks: 9, share: 'all' }] };
    expect(errorsWith(['interventions'], [{ week: 1, set }])[0]).toMatchObject({ path: 'interventions[0].set["pathway.durations.assessment"][0].share', expected: 'a number between 0 and 1' });
  });

  it('requires exactly one action per intervention', () => {
    const errors = errorsWith(['interventions'], [{ week: 2, leave: { count: 1 }, surge: { extraContactsPerWeek: 10, durationWeeks: 4 } }, { week: 0 }]);
    expect(errors.map((e) => [e.path, e.expected])).toEqual([
      ['interventions[0]', 'exactly one of set, leave, surge or recruitmentDrive'],
      ['interventions[1]', 'exactly one of set, leave, surge or recruitmentDrive'],
      ['interventions[1].week', 'a whole number between 1 and 1040'],
    ]);
  });

  it('reports sources that cite no parameter', () => {
    const doc = defaultDoc();
    setAt(doc, ['sources', 'agency.cap'], 'DfE 2024');
    expect(validateScenario(doc)).toEqual([expect.objectContaining({ path: 'sources["agency.cap"]', expected: 'the path of a parameter', actual: '"DfE 2024"' })]);
  });

  it('renders the document root as (root) and truncates long values', () => {
    const [e] = validateScenario('x'.repeat(1000));
    expect(e.path).toBe('');
    expect(e.message.startsWith('(root): expected a scenario object, found "xxx')).toBe(true);
    expect(e.actual.length).toBeLessThanOrEqual(60);
  });

  it('orders errors by the schema order of their group, then by path, and removes duplicates', () => {
    const doc = defaultDoc();
    setAt(doc, ['costs', 'nqSalary'], -1);
    setAt(doc, ['run', 'seed'], -1);
    setAt(doc, ['interventions'], Array.from({ length: 11 }, (_, i) => ({ week: i === 2 || i === 10 ? 0 : 1, leave: { count: 1 } })));
    const paths = validateScenario(doc).map((e) => e.path);
    expect(paths).toEqual(['run.seed', 'costs.nqSalary', 'interventions[2].week', 'interventions[10].week']);
    expect(validateScenario(doc)).toEqual(validateScenario(doc));
  });
});

describe('formatErrors', () => {
  it('gives a count and one line per error, and nothing for no errors', () => {
    expect(formatErrors([])).toBe('');
    const text = formatErrors(errorsWith(['overtime', 'policy'], 'x'));
    expect(text).toBe('1 problem in the scenario:\n  - overtime.policy: expected one of: none, paid, unpaid, found "x"');
  });
});
