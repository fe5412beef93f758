import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_COLUMNS, Link, createCaseStore, freeCase, newCase, reopenCase, type CaseStore } from '../../src/state/cases.js';
import { NONE, Stage } from '../../src/state/codes.js';
import { Team } from '../helpers/teams.js';
import type { Column } from '../../src/state/columns.js';
import { ChangeCause } from '../../src/state/events.js';
import { WORKER_COLUMNS, addWorker, createWorkerStore } from '../../src/state/workers.js';

type CaseColumnName = keyof typeof CASE_COLUMNS;
const caseColumns = Object.keys(CASE_COLUMNS) as CaseColumnName[];
const width = (name: CaseColumnName): number => (CASE_COLUMNS[name] as Column).width ?? 1;
const slotValues = (s: CaseStore, name: CaseColumnName, c: number): number[] => Array.from(s[name].subarray(c * width(name), (c + 1) * width(name)));

/** Writes a distinct non-empty value into every column of slot c, as a long history would leave it. */
function dirty(s: CaseStore, c: number, seed: number): void {
  caseColumns.forEach((name, i) => s[name].fill(((seed + i) % 50) + 2, c * width(name), (c + 1) * width(name)));
}

describe('store columns, derived from one table', () => {
  it('a reused slot reads empty in every child and episode column and keeps the tally\'s columns', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 1000 }), (n, seed) => {
        const s = createCaseStore(2);
        for (let i = 0; i < n; i++) newCase(s, Stage.assessment, Team.assessment, i);
        const c = n - 1;
        dirty(s, c, seed);
        const kept = caseColumns.filter((name) => CASE_COLUMNS[name].reset === 'kept' && name !== 'free').map((name) => slotValues(s, name, c));
        freeCase(s, c);
        expect(newCase(s, Stage.childInNeed, Team.longTerm, 77)).toBe(c);
        for (const name of caseColumns) {
          const column = CASE_COLUMNS[name];
          if (column.reset === 'kept') continue;
          const expected = { stage: Stage.childInNeed, team: Team.longTerm, referralWeek: 77, planStart: 77, childId: n }[name as string] ?? column.empty;
          expect(slotValues(s, name, c), name).toEqual(new Array(width(name)).fill(expected));
        }
        expect(caseColumns.filter((name) => CASE_COLUMNS[name].reset === 'kept' && name !== 'free').map((name) => slotValues(s, name, c))).toEqual(kept);
      }),
      { numRuns: 60 },
    );
  });

  it('a returning child starts a new episode with her history carried over', () => {
    for (const lastWorker of [NONE, 5]) {
      const s = createCaseStore(2);
      const c = newCase(s, Stage.assessment, Team.assessment, 0);
      dirty(s, c, 3);
      s.lastWorker[c] = lastWorker;
      s.referralWeek[c] = 40;
      const history = (['childId', 'lastWorker', 'changeWeeks', 'changeNext'] as const).map((name) => slotValues(s, name, c));
      reopenCase(s, c, Stage.assessment, Team.assessment, 90);
      for (const name of caseColumns.filter((n) => CASE_COLUMNS[n].reset === 'episode')) {
        const expected = { stage: Stage.assessment, team: Team.assessment, referralWeek: 90, planStart: 90 }[name as string] ?? CASE_COLUMNS[name].empty;
        const values = new Array(width(name)).fill(expected);
        // She meets a new worker unless she gets her last one back: the change pending in her links.
        if (name === 'link') values[Link.pendingCause] = lastWorker === NONE ? NONE : ChangeCause.reReferral;
        expect(slotValues(s, name, c), name).toEqual(values);
      }
      expect(s.prevReferralWeek[c]).toBe(40);
      expect((['childId', 'lastWorker', 'changeWeeks', 'changeNext'] as const).map((name) => slotValues(s, name, c))).toEqual(history);
    }
  });

  it('growing keeps every slot\'s values in every column and fills the new slots with their empty values', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70 }), (n) => {
        const s = createCaseStore(1);
        for (let i = 0; i < n; i++) dirty(s, newCase(s, Stage.assessment, Team.assessment, i), i);
        expect(s.capacity).toBeGreaterThanOrEqual(n);
        for (const name of caseColumns) {
          expect(s[name].length, name).toBe(s.capacity * width(name));
          for (let c = 0; c < n; c++) if (name !== 'free') expect(slotValues(s, name, c), name).toEqual(new Array(width(name)).fill(((c + caseColumns.indexOf(name)) % 50) + 2));
          for (let c = n; c < s.capacity; c++) expect(slotValues(s, name, c), name).toEqual(new Array(width(name)).fill(CASE_COLUMNS[name].empty));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('the worker store grows with every column, its unused slots empty', () => {
    const s = createWorkerStore(2);
    for (let i = 0; i < 5; i++) addWorker(s, { type: 0, team: 1, fte: 1, startWeek: i, qualifiedWeek: i, leaveThreshold: 1, propensity: 1, absenceThreshold: 1 });
    expect(s.capacity).toBe(8);
    for (const name of Object.keys(WORKER_COLUMNS) as (keyof typeof WORKER_COLUMNS)[]) {
      expect(s[name].length, name).toBe(8);
      expect(Array.from(s[name].subarray(5)), name).toEqual([0, 0, 0].fill(WORKER_COLUMNS[name].empty));
    }
    expect(Array.from(s.startWeek.subarray(0, 5))).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(s.active.subarray(0, 5))).toEqual([0, 1, 2, 3, 4]);
  });
});
