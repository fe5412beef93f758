import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, jsonNumber } from '../../src/outputs/formatNumber.js';

describe('formatNumber(x)', () => {
  it('writes integers as integers, without a decimal point or exponent', () => {
    expect([0, 1, -3, 52, 14685560, 2 ** 40].map(formatNumber)).toEqual(['0', '1', '-3', '52', '14685560', '1099511627776']);
  });

  it('writes -0 as 0', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-1e-120)).toBe('0');
  });

  it('rounds other values to 6 significant digits and drops trailing zeros', () => {
    expect(formatNumber(0.1313485113835377)).toBe('0.131349');
    expect(formatNumber(37.800000000000004)).toBe('37.8');
    expect(formatNumber(12.710199063819982)).toBe('12.7102');
    expect(formatNumber(-10870.77)).toBe('-10870.8');
    expect(formatNumber(9.9999996)).toBe('10');
  });

  it('never writes an exponent, however large or small the value', () => {
    expect(formatNumber(14685560.769230785)).toBe('14685600');
    expect(formatNumber(1.23456789e-7)).toBe('0.000000123457');
    expect(formatNumber(123456789.5)).toBe('123457000');
  });

  it('writes NaN and infinities as an empty cell, and null in JSON', () => {
    expect([NaN, Infinity, -Infinity].map(formatNumber)).toEqual(['', '', '']);
    expect(jsonNumber(NaN)).toBe('null');
    expect(jsonNumber(0.5)).toBe('0.5');
  });

  it('gives text that reads back within 6 significant digits, as plain decimal digits', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (x) => {
        const text = formatNumber(x);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Math.abs(Number(text) - x)).toBeLessThanOrEqual(Math.abs(x) * 5e-6 + 1e-100);
      }),
    );
  });
});
