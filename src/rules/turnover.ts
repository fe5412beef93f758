/**
 * Leaving (docs/model.md §D4): each worker's weekly hazard = baseline × stress × tenure × morale multipliers
 * × her own propensity to leave (agency workers have their own, higher baseline). Propensities differ
 * between people (a Gamma with mean 1, turnover.propensitySpread): movers leave within a few years and
 * stayers remain, which is why most leavers are recent starters while most staff in post are not.
 * Rather than a random draw per worker per week, each worker draws one Exp(1) threshold and resigns
 * when her accumulated hazard passes it: exact for a hazard that changes week to week, and cheap. Resigners work their notice; when it ends their
 * cases are reallocated, one change of worker per child.
 */
import { ChangeCause } from '../state/events.js';
import { WorkerStatus, WorkerType } from '../state/codes.js';
import { exponential1 } from '../state/rng.js';
import { finishLeaving, resign } from '../state/staffing.js';
import type { State } from '../state/state.js';

const hazardOf = (annual: number): number => (annual >= 1 ? 10 : -Math.log(1 - annual) / 52);

export function leavingHazard(s: State, w: number): number {
  const ws = s.workers;
  const tp = s.p.turnover;
  if (ws.type[w] === WorkerType.agency) return hazardOf(s.p.agency.annualLeavingRate) * (1 + tp.stressMultiplier * ws.stress[w]);
  let h = hazardOf(tp.baseAnnualRate);
  if (ws.type[w] === WorkerType.newlyQualified) h *= s.p.recruitment.nqLeavingMultiplier;
  if (s.t - ws.startWeek[w] < tp.earlyTenureYears * 52) h *= tp.earlyTenureMultiplier;
  h *= 1 + tp.stressMultiplier * ws.stress[w];
  h *= 1 + tp.moraleMultiplier * (1 - s.morale[ws.team[w]]);
  return h * ws.propensity[w];
}

/** Nobody employed by the authority serves past the longest career: she retires (a leaver like any other). */
function retires(s: State, w: number): boolean {
  const ws = s.workers;
  return ws.type[w] !== WorkerType.agency && s.t - ws.startWeek[w] >= s.p.turnover.maxServiceYears * 52;
}

export function drawResignations(s: State): void {
  const ws = s.workers;
  // Iterate over a fixed count: resigning does not change the active list.
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    if (ws.status[w] !== WorkerStatus.active) continue;
    ws.leaveHazard[w] += leavingHazard(s, w);
    if (ws.leaveHazard[w] >= ws.leaveThreshold[w] || retires(s, w)) {
      ws.leaveHazard[w] = 0;
      ws.leaveThreshold[w] = exponential1(s.rng.turnover);
      resign(s, w, ChangeCause.leaver);
    }
  }
}

export function endNotices(s: State): void {
  const ws = s.workers;
  const leaving: number[] = [];
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    if (ws.status[w] === WorkerStatus.notice && ws.noticeEnd[w] <= s.t) leaving.push(w);
  }
  // By id, so the order cases reach the queues does not depend on the active list's history.
  leaving.sort((a, b) => a - b);
  for (const w of leaving) finishLeaving(s, w);
}
