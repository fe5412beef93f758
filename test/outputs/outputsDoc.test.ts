import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERIES_FIELD_NAMES, SUMMARY_FIELD_NAMES } from '../../src/metrics/fields.js';
import { CHANGE_CAUSE_NAMES } from '../../src/state/events.js';
import { outputsDoc } from '../../src/outputs/outputsDoc.js';

const committed = readFileSync(new URL('../../docs/outputs.md', import.meta.url), 'utf8');

describe('outputsDoc()', () => {
  it('equals the committed docs/outputs.md (run `npm run docs:outputs` after changing src/metrics/fields.ts)', () => {
    expect(committed).toBe(outputsDoc());
  });

  it('has a table row for every series and summary field and every cause of a change of worker', () => {
    const text = outputsDoc();
    for (const name of [...SERIES_FIELD_NAMES, ...SUMMARY_FIELD_NAMES, ...CHANGE_CAUSE_NAMES]) expect(text).toContain(`| \`${name}\` |`);
  });
});
