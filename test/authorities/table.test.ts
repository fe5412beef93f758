import { describe, expect, it } from 'vitest';
import { authorityPosts, deriveAuthorityTable, nationalFigures, parseCsv, SHARED_WORKFORCES } from '../../src/authorities/index.js';
import { readDfeTables } from '../../src/node/authorityFiles.js';

const tables = readDfeTables();
const table = deriveAuthorityTable(tables);
const national = nationalFigures(tables);
const byCode = new Map(table.map((r) => [r.code, r]));
const sum = (values: (number | null | undefined)[]): number => values.reduce<number>((a, v) => a + (v ?? 0), 0);

describe('parseCsv', () => {
  it('reads quoted commas and doubled quotes, and names a ragged line', () => {
    expect(parseCsv('a,b\n"Bristol, City of","say ""hi"""\n')).toEqual([{ a: 'Bristol, City of', b: 'say "hi"' }]);
    expect(() => parseCsv('a,b\n1,2,3\n', 'x.csv')).toThrow('x.csv: line 2 has 3 fields, expected 2');
  });
});

describe('deriveAuthorityTable(data/dfe)', () => {
  it('has one record per current authority: the 153 of the latest children in need census, codes unique', () => {
    const latestYear = Math.max(...parseCsv(tables.childrenInNeed).map((r) => Number(r.year)));
    const current = parseCsv(tables.childrenInNeed).filter((r) => r.level === 'Local authority' && Number(r.year) === latestYear);
    expect(table).toHaveLength(current.length);
    expect(table).toHaveLength(153);
    expect(new Set(table.map((r) => r.code)).size).toBe(153);
    expect(table.map((r) => r.code).sort()).toEqual(current.map((r) => r.new_la_code).sort());
  });

  it('gives every authority a region, a workforce count, ten neighbours that are current authorities, and referrals', () => {
    for (const r of table) {
      expect(r.region, r.name).not.toBe('');
      // Posts, not FTE in post: the Isles of Scilly's two posts are both vacant and covered by agency.
      expect(authorityPosts(r), r.name).toBeGreaterThan(0);
      expect(r.neighbours, r.name).toHaveLength(10);
      for (const n of r.neighbours) expect(byCode.has(n), `${r.name} → ${n}`).toBe(true);
      expect(r.neighbours, r.name).not.toContain(r.code);
      expect(r.demand.referrals?.value, r.name).toBeGreaterThan(0);
    }
  });

  it('takes each figure from the latest year published', () => {
    const glos = byCode.get('E10000013')!;
    expect(glos.name).toBe('Gloucestershire');
    expect(glos.rates.turnover).toEqual({ value: 10.9, year: 2025 });
    expect(glos.counts?.year).toBe(2022);
    expect(glos.demand.referrals).toEqual({ value: 8129, year: 2025 });
    // Sheffield published no 2025 workforce rates: its 2024 figures are used, and said to be.
    expect(byCode.get('E08000019')!.rates.turnover?.year).toBe(2024);
  });

  it('national referrals, children in need and looked-after children are the sum of the authorities (within rounding)', () => {
    const latest = table.filter((r) => r.demand.referrals?.year === national.demand.referrals!.year);
    expect(latest).toHaveLength(153);
    expect(sum(table.map((r) => r.demand.referrals?.value)) / national.demand.referrals!.value).toBeCloseTo(1, 2);
    expect(sum(table.map((r) => r.demand.childrenInNeed?.value)) / national.demand.childrenInNeed!.value).toBeCloseTo(1, 2);
    // Two suppressed small authorities (Isles of Scilly, City of London) are missing from the sum.
    expect(sum(table.map((r) => r.demand.lookedAfter?.value)) / national.demand.lookedAfter!.value).toBeCloseTo(1, 2);
  });

  it('national FTE in post of the latest count is the sum of the authorities, shared and split counts included once', () => {
    const counted = table.filter((r) => r.counts?.year === national.counts.year);
    const total = sum(counted.map((r) => r.counts?.inPostFte));
    expect(total / national.counts.inPostFte).toBeGreaterThan(0.97);
    expect(total / national.counts.inPostFte).toBeLessThan(1.02);
  });

  it('splits a shared workforce count between its members in shares that add up to 1', () => {
    for (const group of SHARED_WORKFORCES) {
      expect(sum(group.members.map((c) => byCode.get(c)!.counts!.share))).toBeCloseTo(1, 9);
      for (const c of group.members) expect(byCode.get(c)!.counts!.from).toBe(group.reason);
    }
    const heirs = ['E06000063', 'E06000064'].map((c) => byCode.get(c)!.counts!);
    expect(sum(heirs.map((c) => c.share))).toBeCloseTo(1, 9);
  });
});
