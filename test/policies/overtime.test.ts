import { describe, expect, it } from 'vitest';
import { OVERTIME_POLICIES, overtimePolicy } from '../../src/policies/overtime/index.js';
import { loadDefault } from '../helpers/scenarios.js';

describe('overtime policies', () => {
  const params = { ...loadDefault().overtime, maxHoursPerWeek: 10 };

  it('overtimePolicy("none") allows no overtime; paid and unpaid allow maxHoursPerWeek pro rata to FTE', () => {
    expect([0.5, 1].map((fte) => overtimePolicy('none').limitHours(params, fte))).toEqual([0, 0]);
    expect([0.5, 1].map((fte) => overtimePolicy('paid').limitHours(params, fte))).toEqual([5, 10]);
    expect([0.5, 1].map((fte) => overtimePolicy('unpaid').limitHours(params, fte))).toEqual([5, 10]);
  });

  it('only the paid policy is paid', () => {
    expect(Object.entries(OVERTIME_POLICIES).map(([name, p]) => [name, p.paid])).toEqual([
      ['none', false],
      ['paid', true],
      ['unpaid', false],
    ]);
  });

  it('overtimePolicy names the field and the choices for an unknown keyword', () => {
    expect(() => overtimePolicy('goodwill')).toThrow(/overtime\.policy.*none, paid, unpaid.*"goodwill"/);
  });
});
