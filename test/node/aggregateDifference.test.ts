/** aggregateDifference names the row, the column and both values of any one cell changed in an aggregate CSV. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateDifference } from '../../src/node/mergeSweeps.js';

const cell = fc.stringMatching(/^[0-9a-z.]{1,8}$/);

describe('aggregateDifference', () => {
  it('is undefined for the same text, and otherwise names the changed cell of runs.csv by run key and column', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), cell, (width, rows, r, c, replacement) => {
        const header = ['key', ...Array.from({ length: width }, (_, i) => `field${i}`)];
        const body = rows.map((row, i) => [`p${i}`, ...row.slice(0, width)]);
        const csv = (table: string[][]): string => `${[header, ...table].map((row) => row.join(',')).join('\n')}\n`;
        expect(aggregateDifference('runs.csv', csv(body), csv(body))).toBeUndefined();
        const row = r % body.length;
        const column = 1 + (c % width);
        fc.pre(body[row][column] !== replacement);
        const edited = body.map((cells, i) => (i === row ? cells.map((v, j) => (j === column ? replacement : v)) : cells));
        expect(aggregateDifference('runs.csv', csv(edited), csv(body))).toBe(`runs.csv: run p${row}, field${column - 1} is ${replacement}, but its run files give ${body[row][column]}`);
      }),
    );
  });

  it('reads quoted cells as one cell', () => {
    const fromRuns = 'point,label,output,mean\n0,"a, b",turnoverRate,0.1\n';
    expect(aggregateDifference('summary.csv', fromRuns.replace('0.1', '0.2'), fromRuns)).toBe('summary.csv: point 0, output turnoverRate, mean is 0.2, but its run files give 0.1');
  });
});
