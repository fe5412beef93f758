/**
 * The plan calendar against the sweep it replaced (src/rules/casework.ts): over random authorities and
 * seeds, a reference written here adds each open case's rate to a shadow progress every week, slot by
 * slot, as the old weekly sweep did (resetting it at each new plan and taking off each change of
 * worker's loss, read from the event log), and decides which plans end or escalate. The engine must end
 * and escalate exactly those plans in exactly that week; only a plan whose two progress sums fall on
 * either side of its work within 1e-9 (rounding) may differ, and those are counted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leavesCareWeek } from '../../src/rules/age.js';
import { progressCases } from '../../src/rules/casework.js';
import { currentProgress, holdWaitingCases } from '../../src/state/caseload.js';
import { NONE, Stage } from '../../src/state/codes.js';
import type { State } from '../../src/state/state.js';
import { resetWeek } from '../../src/engine/init.js';
import { applyInterventions } from '../../src/engine/interventions.js';
import { step } from '../../src/engine/step.js';
import { updateAbsence } from '../../src/rules/absence.js';
import { endAgencyAssignments, fillAgencyRequests, releaseSurplusAgency, requestAgencyCover, updateAgencyMarket } from '../../src/rules/agency.js';
import { allocateWaitingCases } from '../../src/rules/allocation.js';
import { applyInternalMoves } from '../../src/rules/internalMoves.js';
import { planHours } from '../../src/rules/overtime.js';
import { updateWorkloadPressure } from '../../src/rules/workload.js';
import { endProtections } from '../../src/rules/protections.js';
import { rebalanceCaseloads } from '../../src/rules/rebalancing.js';
import { applyRequestedChanges } from '../../src/rules/requests.js';
import { completeRecruitment, newlyQualifiedIntake, openRecruitment } from '../../src/rules/recruitment.js';
import { receiveReferrals } from '../../src/rules/referrals.js';
import { applyTransfers } from '../../src/rules/transfers.js';
import { updateMorale, updateStress } from '../../src/rules/stress.js';
import { drawResignations, endNotices } from '../../src/rules/turnover.js';
import { settleTally } from '../../src/state/tally.js';
import { updateRings } from '../../src/metrics/weekly.js';
import type { Scenario } from '../../src/scenario/types.js';
import { stateOf } from '../helpers/fixtures.js';
import { loadDefault, randomScenario } from '../helpers/scenarios.js';

/** src/engine/step.ts with a look at the state just before and after the week's progress. */
function stepWithProgressHook(s: State, before: () => void, after: () => void): void {
  resetWeek(s.week);
  applyInterventions(s);
  updateAgencyMarket(s);
  endNotices(s);
  updateAbsence(s);
  applyInternalMoves(s);
  completeRecruitment(s);
  newlyQualifiedIntake(s);
  fillAgencyRequests(s);
  endAgencyAssignments(s);
  releaseSurplusAgency(s);
  endProtections(s);
  receiveReferrals(s);
  updateWorkloadPressure(s);
  planHours(s);
  before();
  progressCases(s);
  after();
  applyTransfers(s);
  rebalanceCaseloads(s);
  applyRequestedChanges(s);
  allocateWaitingCases(s);
  holdWaitingCases(s);
  updateStress(s);
  updateMorale(s);
  drawResignations(s);
  openRecruitment(s);
  requestAgencyCover(s);
  settleTally(s);
}

interface Comparison {
  plansEnded: number;
  straddles: number;
  mismatches: string[];
}

/** Runs the scenario with the reference sweep beside the engine; returns what ended and any disagreement. */
function compareWithSweep(p: Scenario, seed: number): Comparison {
  const s = stateOf(p, seed);
  s.events = [];
  s.eventsInWarmup = true;
  const cs = s.cases;
  const shadow = new Map<number, number>();
  for (let c = 0; c < cs.used; c++) shadow.set(cs.childId[c], currentProgress(s, c));
  const out: Comparison = { plansEnded: 0, straddles: 0, mismatches: [] };
  let seen = 0; // events taken into the shadow progress
  let logged = 0; // events before this week's progress
  let expected = new Map<number, number>(); // childId → work needed, for plans the sweep ends or escalates this week
  let margins = new Map<number, number>(); // childId → shadow progress − work, for every open case
  let sweepSum = 0;
  let sweepOpen = 0;
  const before = (): void => {
    const events = s.events!;
    for (; seen < events.length; seen++) {
      const e = events[seen];
      if (e.caseId === undefined) continue;
      if (e.kind === 'referral' || e.kind === 'stage') shadow.set(e.caseId, 0);
      else if (e.kind === 'change') shadow.set(e.caseId, (shadow.get(e.caseId) ?? 0) - (e.progressLostWeeks ?? 0));
    }
    expected = new Map();
    margins = new Map();
    sweepSum = 0;
    sweepOpen = 0;
    const careLimit = 1 + s.p.pathway.careOverrunLimit;
    const heldRate = s.p.allocation.heldCaseProgress;
    for (let c = 0; c < cs.used; c++) {
      const st = cs.stage[c];
      if (st === Stage.free || st === Stage.awaitingReturn) continue;
      const id = cs.childId[c];
      const was = shadow.get(id) ?? 0;
      const engine = currentProgress(s, c);
      if (Math.abs(engine - was) > 1e-9 * Math.max(1, Math.abs(was))) out.mismatches.push(`week ${s.t}: child ${id}'s progress ${engine}, the sweep's ${was}`);
      const w = cs.worker[c];
      const r = w !== NONE ? s.workers.rate[w] : heldRate * cs.held[c];
      const now = was + r;
      shadow.set(id, now);
      sweepSum += r;
      sweepOpen++;
      margins.set(id, now - cs.workNeeded[c]);
      const due = now >= cs.workNeeded[c] || s.t >= leavesCareWeek(cs.bornWeek[c]) || (st === Stage.lookedAfter && s.t - cs.planStart[c] >= cs.workNeeded[c] * careLimit);
      if (due || cs.escalateWeek[c] === s.t) expected.set(id, cs.workNeeded[c]);
    }
    seen = events.length;
    logged = seen;
  };
  const after = (): void => {
    const events = s.events!;
    const ended = new Set<number>();
    // Read only: the next week's look takes these events into the shadow progress.
    for (let i = logged; i < events.length; i++) {
      const e = events[i];
      if ((e.kind === 'stage' || e.kind === 'closed') && e.caseId !== undefined) ended.add(e.caseId);
    }
    out.plansEnded += ended.size;
    for (const id of new Set([...ended, ...expected.keys()])) {
      if (ended.has(id) === expected.has(id)) continue;
      if (Math.abs(margins.get(id) ?? Infinity) <= 1e-9) out.straddles++;
      else out.mismatches.push(`week ${s.t}: child ${id} ${ended.has(id) ? 'ended' : 'did not end'}; the sweep says ${expected.has(id) ? 'end' : 'continue'} (progress − work ${margins.get(id)})`);
    }
    if (Math.abs(s.week.progressSum - sweepSum) > 1e-9 * Math.max(1, sweepSum) || s.week.progressCases !== sweepOpen)
      out.mismatches.push(`week ${s.t}: progress ${s.week.progressSum} over ${s.week.progressCases} cases, the sweep's ${sweepSum} over ${sweepOpen}`);
  };
  while (s.t < s.totalWeeks) {
    stepWithProgressHook(s, before, after);
    updateRings(s);
    s.t++;
  }
  return out;
}

const seedArb = fc.integer({ min: 1, max: 2 ** 31 - 1 });

describe('the plan calendar against a weekly sweep', () => {
  it('stepWithProgressHook runs the same week as step (the same event log, so the comparison below is of the real week)', () => {
    const p = { ...loadDefault(), run: { seed: 3, years: 1, warmupWeeks: 8 } };
    const logs = [step, (s: State) => stepWithProgressHook(s, () => undefined, () => undefined)].map((run) => {
      const s = stateOf(p, 3);
      s.events = [];
      s.eventsInWarmup = true;
      while (s.t < s.totalWeeks) {
        run(s);
        updateRings(s);
        s.t++;
      }
      return JSON.stringify(s.events);
    });
    expect(logs[1]).toBe(logs[0]);
  });

  it('progressCases ends and escalates exactly the plans a weekly sweep would, in the same week, over random authorities and seeds', () => {
    let ended = 0;
    let straddles = 0;
    fc.assert(
      fc.property(randomScenario, seedArb, (p, seed) => {
        const r = compareWithSweep(p, seed);
        expect(r.mismatches.slice(0, 5)).toEqual([]);
        ended += r.plansEnded;
        straddles += r.straddles;
      }),
      { numRuns: 25 },
    );
    expect(ended).toBeGreaterThan(1000);
    expect(straddles).toBeLessThanOrEqual(ended * 1e-4);
  });

  it('progressCases agrees with a weekly sweep on the default authority over three years, warm-up included', () => {
    const r = compareWithSweep({ ...loadDefault(), run: { seed: 1, years: 1, warmupWeeks: 104 } }, 1);
    expect(r.mismatches.slice(0, 5)).toEqual([]);
    expect(r.plansEnded).toBeGreaterThan(5000);
    expect(r.straddles).toBe(0);
  });
});
