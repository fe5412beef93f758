import { describe, expect, it } from 'vitest';
import { SERIES_FIELD_NAMES, SUMMARY_FIELD_NAMES } from '../../src/metrics/fields.js';
import { csvCell, seriesToCsv, summaryToCsv } from '../../src/outputs/csv.js';
import { fakeResult } from './fakeResult.js';

describe('seriesToCsv(result)', () => {
  it('writes the header in SERIES_FIELD_NAMES order and one row per reporting week', () => {
    const lines = seriesToCsv(fakeResult(5)).split('\n');
    expect(lines[0]).toBe(SERIES_FIELD_NAMES.join(','));
    expect(lines.length).toBe(1 + 5 + 1); // header, 5 weeks, and the empty string after the final newline
    expect(lines[lines.length - 1]).toBe('');
    for (const line of lines.slice(1, -1)) expect(line.split(',').length).toBe(SERIES_FIELD_NAMES.length);
  });

  it('writes each cell through the shared number format', () => {
    const rows = seriesToCsv(fakeResult(3)).split('\n').slice(1, -1).map((line) => line.split(','));
    expect(rows.map((row) => row[0])).toEqual(['1', '2', '3']);
    // Column 1 (inPostFte) holds 1 + t/3.
    expect(rows.map((row) => row[1])).toEqual(['1', '1.33333', '1.66667']);
  });

  it('writes NaN as an empty cell', () => {
    const result = fakeResult(2);
    result.series.vacancyRate[1] = NaN;
    const column = SERIES_FIELD_NAMES.indexOf('vacancyRate');
    const row = seriesToCsv(result).split('\n')[2].split(',');
    expect(row[column]).toBe('');
  });

  it('writes only the reporting weeks when the arrays are longer', () => {
    const result = { ...fakeResult(4), weeks: 2 };
    expect(seriesToCsv(result).split('\n').length).toBe(1 + 2 + 1);
  });

  it('gives the same bytes for the same result', () => {
    expect(seriesToCsv(fakeResult(10))).toBe(seriesToCsv(fakeResult(10)));
  });
});

describe('summaryToCsv(result)', () => {
  it('writes the run identity and every summary field as one header and one row', () => {
    const [header, row, end] = summaryToCsv(fakeResult(52)).split('\n');
    expect(header.split(',')).toEqual(['scenario', 'seed', 'warmupWeeks', 'weeks', ...SUMMARY_FIELD_NAMES]);
    expect(row.split(',').slice(0, 5)).toEqual(['Fake authority', '7', '104', '52', '52']);
    expect(end).toBe('');
  });

  it('quotes a scenario name that holds a comma or a quote', () => {
    const result = { ...fakeResult(1), scenarioName: 'Cap, "strict"' };
    expect(summaryToCsv(result).split('\n')[1].startsWith('"Cap, ""strict""",7,')).toBe(true);
  });
});

describe('csvCell(text)', () => {
  it('leaves plain text alone and quotes commas, quotes and line breaks', () => {
    expect(['plain', 'a,b', 'say "hi"', 'two\nlines'].map(csvCell)).toEqual(['plain', '"a,b"', '"say ""hi"""', '"two\nlines"']);
  });
});
