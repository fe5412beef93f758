/**
 * The authority table: one record per current English authority (those in the latest children in
 * need census), with its latest published workforce counts, rates and demand, each with the year it
 * comes from, and its ten statistical neighbours. Derived from the DfE extracts in data/dfe/ (see its
 * README); `npm run authorities` writes it to data/authorities.json. Where an authority's own row is
 * missing because of a reorganisation or a shared service, the figure is taken from the body that
 * published it, named in `from` with the reason; counts shared by several authorities are split in
 * proportion to their children in need.
 */
import { numberOrNull, parseCsv, type CsvRow } from './csv.js';

export interface Figure {
  value: number;
  /** Collection year: workforce at 30 September, children in need and looked after the year to 31 March. */
  year: number;
  /** The body whose published figure this is, when not the authority's own row, and why. */
  from?: string;
}

export interface Counts {
  year: number;
  inPostFte: number;
  leaverFte: number | null;
  agencyFte: number | null;
  vacancyFte: number | null;
  caseHoldersFte: number | null;
  cases: number | null;
  /** Share of the published count that is this authority's (1 unless the count was shared). */
  share: number;
  from?: string;
}

export type RateName = 'turnover' | 'vacancy' | 'agency' | 'absence' | 'caseload';
export type DemandName = 'referrals' | 'reReferralPct' | 'childrenInNeed' | 'lookedAfter' | 'childPopulation';

export interface AuthorityRecord {
  code: string;
  name: string;
  dfeNumber: number;
  region: string;
  /** ONS codes of DfE's ten statistical neighbours, nearest first. */
  neighbours: string[];
  counts: Counts | null;
  /** Percentages as published (turnover, vacancy, agency, absence) and cases per case-holding FTE. */
  rates: Record<RateName, Figure | null>;
  demand: Record<DemandName, Figure | null>;
}

export interface DfeTables {
  workforceCounts: string;
  workforceRates: string;
  referrals: string;
  childrenInNeed: string;
  childrenLookedAfter: string;
  statisticalNeighbours: string;
}

/** Authorities that replaced others, and the bodies whose rows stand in for theirs before then. */
export const PREDECESSORS: Record<string, { code: string; reason: string }> = {
  E06000061: { code: 'E10000021', reason: 'Northamptonshire, split into North and West Northamptonshire in April 2021' },
  E06000062: { code: 'E10000021', reason: 'Northamptonshire, split into North and West Northamptonshire in April 2021' },
  E06000063: { code: 'E10000006', reason: 'Cumbria, split into Cumberland and Westmorland and Furness in April 2023' },
  E06000064: { code: 'E10000006', reason: 'Cumbria, split into Cumberland and Westmorland and Furness in April 2023' },
  E06000065: { code: 'E10000023', reason: 'North Yorkshire County Council, succeeded by the unitary North Yorkshire in April 2023' },
  E06000066: { code: 'E10000027', reason: 'Somerset County Council, succeeded by the unitary Somerset in April 2023' },
};

/** Services run jointly, whose workforce counts are published under one member's code. */
export const SHARED_WORKFORCES: { holder: string; members: string[]; reason: string }[] = [
  { holder: 'E09000021', members: ['E09000021', 'E09000027'], reason: 'Kingston upon Thames and Richmond upon Thames share one workforce (Achieving for Children), counted under Kingston' },
  { holder: 'E06000061', members: ['E06000061', 'E06000062'], reason: "North and West Northamptonshire share one workforce (Northamptonshire Children's Trust), counted under North Northamptonshire" },
];

const RATE_COLUMNS: Record<RateName, string> = {
  turnover: 'turnover_rate_fte',
  vacancy: 'vacancy_rate_fte',
  agency: 'agency_rate_fte',
  absence: 'absence_rate_fte',
  caseload: 'caseload_fte',
};

const LA = 'Local authority';
const LAC_AT_31_MARCH = 'Children looked after on 31 March each year';

/** Rows of one level, newest year first; a joint row ("A / B") is listed under each of its codes. */
function byCode(rows: CsvRow[]): Map<string, CsvRow[]> {
  const map = new Map<string, CsvRow[]>();
  for (const row of rows) {
    if (row.level !== LA) continue;
    for (const code of row.new_la_code.split('/').map((c) => c.trim())) {
      if (code === '') continue;
      const list = map.get(code) ?? [];
      list.push(row);
      map.set(code, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => Number(b.year) - Number(a.year));
  return map;
}

/** The newest non-blank value of `column` among `rows` (newest first), with its year and who published it. */
function latest(rows: CsvRow[] | undefined, column: string, code: string): Figure | null {
  for (const row of rows ?? []) {
    const value = numberOrNull(row[column]);
    if (value === null) continue;
    const joint = row.new_la_code.includes('/');
    return { value, year: Number(row.year), ...(joint ? { from: `${row.la_name} (a joint figure)` } : row.new_la_code !== code ? { from: row.la_name } : {}) };
  }
  return null;
}

function latestWithPredecessor(map: Map<string, CsvRow[]>, code: string, column: string): Figure | null {
  const own = latest(map.get(code), column, code);
  if (own) return own;
  const before = PREDECESSORS[code];
  if (!before) return null;
  const figure = latest(map.get(before.code), column, before.code);
  return figure ? { ...figure, from: before.reason } : null;
}

function countsFrom(row: CsvRow, share: number, from?: string): Counts {
  const n = (column: string): number | null => {
    const value = numberOrNull(row[column]);
    return value === null ? null : value * share;
  };
  return {
    year: Number(row.year),
    inPostFte: n('social_worker_fte') ?? 0,
    leaverFte: n('leaver_fte'),
    agencyFte: n('agency_fte'),
    vacancyFte: n('vacancy_fte'),
    caseHoldersFte: n('case_holders_fte'),
    cases: n('cases'),
    share,
    ...(from ? { from } : {}),
  };
}

const newestCount = (rows: CsvRow[] | undefined): CsvRow | undefined => rows?.find((r) => numberOrNull(r.social_worker_fte) !== null);

export function deriveAuthorityTable(tables: DfeTables): AuthorityRecord[] {
  const counts = parseCsv(tables.workforceCounts, 'workforce-counts.csv');
  const rates = byCode(parseCsv(tables.workforceRates, 'workforce-rates.csv'));
  const referrals = byCode(parseCsv(tables.referrals, 'referrals.csv'));
  const cin = byCode(parseCsv(tables.childrenInNeed, 'children-in-need.csv'));
  const lac = byCode(parseCsv(tables.childrenLookedAfter, 'children-looked-after.csv').filter((r) => r.measure === LAC_AT_31_MARCH));
  const countRows = byCode(counts);
  const neighbourRows = parseCsv(tables.statisticalNeighbours, 'statistical-neighbours.csv');

  const cinRows = parseCsv(tables.childrenInNeed, 'children-in-need.csv').filter((r) => r.level === LA);
  const latestYear = Math.max(...cinRows.map((r) => Number(r.year)));
  const current = cinRows.filter((r) => Number(r.year) === latestYear);
  const codeByName = new Map(current.map((r) => [r.la_name, r.new_la_code]));
  const cinNow = (code: string): number => latest(cin.get(code), 'cin_at_31_march', code)?.value ?? 0;

  const successors = (code: string): string[] => current.map((r) => r.new_la_code).filter((c) => PREDECESSORS[c]?.code === code);

  function countsFor(code: string): Counts | null {
    const shared = SHARED_WORKFORCES.find((g) => g.members.includes(code));
    if (shared) {
      const row = newestCount(countRows.get(shared.holder));
      const total = shared.members.reduce((sum, c) => sum + cinNow(c), 0);
      return row ? countsFrom(row, total > 0 ? cinNow(code) / total : 1 / shared.members.length, shared.reason) : null;
    }
    const own = newestCount(countRows.get(code));
    if (own) return countsFrom(own, 1);
    const before = PREDECESSORS[code];
    const row = before ? newestCount(countRows.get(before.code)) : undefined;
    if (!before || !row) return null;
    const heirs = successors(before.code);
    const total = heirs.reduce((sum, c) => sum + cinNow(c), 0);
    return countsFrom(row, total > 0 ? cinNow(code) / total : 1, before.reason);
  }

  const regionOf = (code: string): string => {
    const row = countRows.get(code)?.[0] ?? countRows.get(PREDECESSORS[code]?.code ?? '')?.[0];
    return row?.region ?? '';
  };

  return neighbourRows
    .map((row): AuthorityRecord => {
      const code = codeByName.get(row['LA.Name']);
      if (!code) throw new Error(`statistical-neighbours.csv: "${row['LA.Name']}" is not a current authority in children-in-need.csv ${latestYear}`);
      const neighbours = Array.from({ length: 10 }, (_, i) => row[`SN${i + 1}`]).map((name) => {
        const c = codeByName.get(name);
        if (!c) throw new Error(`statistical-neighbours.csv: neighbour "${name}" of ${row['LA.Name']} is not a current authority`);
        return c;
      });
      return {
        code,
        name: row['LA.Name'],
        dfeNumber: Number(row['LA.number']),
        region: regionOf(code),
        neighbours,
        counts: countsFor(code),
        rates: Object.fromEntries(Object.entries(RATE_COLUMNS).map(([name, column]) => [name, latestWithPredecessor(rates, code, column)])) as Record<RateName, Figure | null>,
        demand: {
          referrals: latestWithPredecessor(referrals, code, 'referrals'),
          reReferralPct: latestWithPredecessor(referrals, code, 're_referral_pct'),
          childrenInNeed: latestWithPredecessor(cin, code, 'cin_at_31_march'),
          lookedAfter: latestWithPredecessor(lac, code, 'number'),
          childPopulation: latestWithPredecessor(lac, code, 'child_population'),
        },
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

export interface NationalFigures {
  counts: Counts;
  rates: Record<RateName, Figure | null>;
  demand: Record<DemandName, Figure | null>;
}

/** England's own published rows (level "National"), for the scaling of authorities and for checks. */
export function nationalFigures(tables: DfeTables): NationalFigures {
  const national = (text: string, name: string, keep: (r: CsvRow) => boolean = () => true): CsvRow[] =>
    parseCsv(text, name)
      .filter((r) => r.level === 'National' && keep(r))
      .sort((a, b) => Number(b.year) - Number(a.year));
  const pick = (rows: CsvRow[], column: string): Figure | null => latest(rows, column, '');
  const counts = national(tables.workforceCounts, 'workforce-counts.csv');
  const rates = national(tables.workforceRates, 'workforce-rates.csv');
  const referrals = national(tables.referrals, 'referrals.csv');
  const cin = national(tables.childrenInNeed, 'children-in-need.csv');
  const lac = national(tables.childrenLookedAfter, 'children-looked-after.csv', (r) => r.measure === LAC_AT_31_MARCH);
  return {
    counts: countsFrom(counts[0], 1),
    rates: Object.fromEntries(Object.entries(RATE_COLUMNS).map(([name, column]) => [name, pick(rates, column)])) as Record<RateName, Figure | null>,
    demand: {
      referrals: pick(referrals, 'referrals'),
      reReferralPct: pick(referrals, 're_referral_pct'),
      childrenInNeed: pick(cin, 'cin_at_31_march'),
      lookedAfter: pick(lac, 'number'),
      childPopulation: pick(lac, 'child_population'),
    },
  };
}
