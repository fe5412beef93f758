import { describe, expect, it } from 'vitest';
import { SERIES_FIELD_NAMES, SUMMARY_FIELD_NAMES } from '../../src/metrics/fields.js';
import { resultToJson } from '../../src/outputs/json.js';
import { fakeResult } from './fakeResult.js';

describe('resultToJson(result)', () => {
  it('gives { scenario, seed, warmupWeeks, weeks, summary, series } with keys in field-list order', () => {
    const doc = JSON.parse(resultToJson(fakeResult(3)));
    expect(Object.keys(doc)).toEqual(['scenario', 'seed', 'warmupWeeks', 'weeks', 'summary', 'series']);
    expect(Object.keys(doc.summary)).toEqual(SUMMARY_FIELD_NAMES);
    expect(Object.keys(doc.series)).toEqual(SERIES_FIELD_NAMES);
    expect(doc.series.week).toEqual([1, 2, 3]);
    expect(doc.series.inPostFte).toEqual([1, 1.33333, 1.66667]);
    expect(doc).toMatchObject({ scenario: 'Fake authority', seed: 7, warmupWeeks: 104, weeks: 3 });
  });

  it('is pretty: two-space indents, one line per summary field and per series, a final newline', () => {
    const text = resultToJson(fakeResult(2));
    expect(text.startsWith('{\n  "scenario": "Fake authority",\n  "seed": 7,\n')).toBe(true);
    expect(text).toContain('\n  "summary": {\n    "reportingWeeks": 2,\n');
    expect(text).toContain('\n    "week": [1, 2],\n');
    expect(text.endsWith('\n  }\n}\n')).toBe(true);
  });

  it('leaves out the series with includeSeries: false', () => {
    const doc = JSON.parse(resultToJson(fakeResult(3), { includeSeries: false }));
    expect(Object.keys(doc)).toEqual(['scenario', 'seed', 'warmupWeeks', 'weeks', 'summary']);
  });

  it('writes values that are not finite as null and rounds like the CSV', () => {
    const result = fakeResult(2, { turnoverRate: NaN, meanCaseload: 12.710199063819982 });
    const doc = JSON.parse(resultToJson(result));
    expect(doc.summary.turnoverRate).toBeNull();
    expect(doc.summary.meanCaseload).toBe(12.7102);
  });

  it('escapes the scenario name as a JSON string', () => {
    const doc = JSON.parse(resultToJson({ ...fakeResult(1), scenarioName: 'Quote " and \\ back' }));
    expect(doc.scenario).toBe('Quote " and \\ back');
  });

  it('gives the same bytes for the same result', () => {
    expect(resultToJson(fakeResult(20))).toBe(resultToJson(fakeResult(20)));
  });
});
