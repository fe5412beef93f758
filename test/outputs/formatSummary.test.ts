import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/outputs/summaryText.js';
import { howMany, money, percent, wrapItems } from '../../src/outputs/words.js';
import { fakeResult } from './fakeResult.js';

describe('formatSummary(result)', () => {
  const text = formatSummary(fakeResult(520));

  it('opens with the scenario, seed and reporting period', () => {
    expect(text.split('\n')[0]).toBe("Fake authority · seed 7 · 10 years reported after 104 weeks' warm-up");
  });

  it('gives the workforce rates in the official terms', () => {
    expect(text).toContain('Turnover 15.9% a year · vacancy rate 18.9% · agency rate 17.9% · caseload 16.0 per FTE');
  });

  it("gives children's continuity in words, with the field name beside each figure", () => {
    expect(text).toContain('3 in 10 children changed social worker in the last six months (shareChanged26w 29.8%)');
    expect(text).toContain('1 in 48 children had 3 or more changes of worker in 26 weeks (shareChanged3Plus26w 2.1%)');
    expect(text).toContain('1 in 5 children have had 3 or more social workers so far (shareWith3PlusWorkers 18.7%)');
    expect(text).toContain('Re-referral within 12 months 22.4% (reReferralRate12m)');
  });

  it('lists the causes of changes largest first, ties in the order of docs/model.md §D3, and leaves out causes that never happened', () => {
    expect(text).toContain('handover between teams 50.0% · worker left 25.0% · agency assignment ended 25.0%');
    expect(text).not.toContain('worker moved team');
  });

  it('gives the cost a year and the gap to the budget', () => {
    expect(text).toContain('£14.7m a year (agency £2.9m, paid overtime £0) · £1.3m under budget');
  });

  it('says "not measured" instead of a number when a share could not be computed', () => {
    const noCases = formatSummary(fakeResult(52, { shareChanged26w: NaN }));
    expect(noCases).toContain('Children who changed social worker in the last six months: not measured (shareChanged26w n/a)');
  });

  it('gives the same text every time for the same result', () => {
    expect(formatSummary(fakeResult(520))).toBe(text);
  });

  it('ends with one newline and keeps lines short enough for a terminal', () => {
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
  });
});

describe('summary words', () => {
  it('howMany(share) says a share as a planner would', () => {
    expect([0, 0.298, 0.06, 0.021, 0.0004, 0.96, 1, NaN].map(howMany)).toEqual(['No', '3 in 10', '1 in 17', '1 in 48', 'Fewer than 1 in 1000', 'Almost all', 'All', undefined]);
  });

  it('howMany(share) never says a fraction more than a fifth away from the share', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.95, maxExcluded: true, noNaN: true }), (share) => {
        const words = howMany(share) ?? '';
        const m = /^(\d+) in (\d+)$/.exec(words);
        expect(m, words).not.toBeNull();
        const said = Number(m?.[1]) / Number(m?.[2]);
        expect(Math.abs(said - share)).toBeLessThanOrEqual(share / 5 + 1e-12);
      }),
      { numRuns: 2000 },
    );
  });

  it('howMany(share) says "Fewer than 1 in 1000", "Almost all", "No" and "All" only where they are true', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 2, noNaN: true }), (share) => {
        const words = howMany(share);
        if (words === 'No') expect(share).toBeLessThanOrEqual(0);
        if (words === 'All') expect(share).toBeGreaterThanOrEqual(1);
        if (words === 'Almost all') expect(share >= 0.95 && share < 1).toBe(true);
        if (words === 'Fewer than 1 in 1000') expect(share > 0 && share < 0.001).toBe(true);
      }),
    );
  });

  it('percent(share) writes one decimal, no locale, and n/a for NaN', () => {
    expect([0.159, 0, -0.00001, NaN].map(percent)).toEqual(['15.9%', '0.0%', '0.0%', 'n/a']);
  });

  it('money(amount) writes £, k, m and bn without sign', () => {
    expect([950, 95_000, 14_685_560, 2_250_000_000, -1_314_439].map(money)).toEqual(['£950', '£95k', '£14.7m', '£2.25bn', '£1.3m']);
  });

  it('wrapItems(items, width) joins with " · " and breaks before an item that would overflow', () => {
    expect(wrapItems(['aaaa', 'bbbb', 'cccc'], 11)).toEqual(['aaaa · bbbb', 'cccc']);
  });
});
