import { describe, expect, it } from 'vitest';
import { agencyRate, caseload, quantileSorted, reReferralRate, share, turnoverRate, vacancyRate } from '../../src/metrics/official.js';

describe('official definitions', () => {
  it('turnoverRate(leavers, inPost) = leavers / in post: 2023 England 5,255 / 33,119 = 15.9%', () => {
    expect(turnoverRate(5255, 33119)).toBeCloseTo(0.1587, 4);
    expect(turnoverRate(3, 0)).toBe(0);
  });

  it('vacancyRate(vacancies, inPost) = vacancies / (vacancies + in post): 13.64% for 15 of 110', () => {
    expect(vacancyRate(15, 95)).toBeCloseTo(0.13636, 5);
    expect(vacancyRate(0, 0)).toBe(0);
    expect(vacancyRate(5, 0)).toBe(1);
  });

  it('agencyRate(agency, inPost) = agency / (agency + in post): 2023 England 7,174 / (7,174 + 33,119) = 17.8%', () => {
    expect(agencyRate(7174, 33119)).toBeCloseTo(0.178, 3);
    expect(agencyRate(0, 0)).toBe(0);
  });

  it('caseload(cases, caseHoldingFte) = cases per case-holding FTE: 2023 England 337,055 / 21,111 = 16.0', () => {
    expect(caseload(337055, 21111)).toBeCloseTo(15.97, 2);
    expect(caseload(10, 0)).toBe(0);
  });

  it('reReferralRate and share divide, giving 0 for an empty denominator', () => {
    expect(reReferralRate(224, 1000)).toBe(0.224);
    expect(share(1, 4)).toBe(0.25);
    expect([reReferralRate(3, 0), share(3, 0), share(3, -1)]).toEqual([0, 0, 0]);
  });

  it('quantileSorted interpolates linearly between order statistics', () => {
    const xs = Float64Array.from([1, 2, 4, 8, 100]);
    expect([0, 0.1, 0.5, 1].map((q) => quantileSorted(xs, 5, q))).toEqual([1, 1.4, 4, 100]);
    expect(quantileSorted(xs, 5, 0.9)).toBeCloseTo(8 + 0.6 * 92, 12);
    expect(quantileSorted(xs, 3, 0.5)).toBe(2);
    expect(quantileSorted(xs, 1, 0.9)).toBe(1);
    expect(quantileSorted(xs, 0, 0.5)).toBe(0);
  });
});
