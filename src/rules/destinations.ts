/**
 * Where an employed social worker goes when she decides to leave (docs/model.md §D4: another authority,
 * agency work in the region, out of the sector; DfE attrition estimates), and the 2024 national agency
 * rules acting on that choice (DfE statutory guidance on agency child and family social workers, in
 * effect 31 October 2024):
 * - the experience bar: with less than `experienceYears` of post-qualifying experience she cannot
 *   leave for agency work, so she stays, moves to another authority or leaves the profession
 *   (`barredChoice`);
 * - the regional cool-off: a leaver who wanted local agency work waits `noLocalLocumWeeks` before
 *   joining the region's market, goes further afield, or takes a permanent post (`coolOffChoice`).
 * The agency side (supply, the four-week notice, conversion to permanent posts) is in agency.ts and
 * staffing.ts. Every choice draws from the turnover stream, and only when the rule applies, so
 * switching a rule on moves no other mechanism's draws.
 */
import { ChangeCause, Destination } from '../state/events.js';
import { WorkerType } from '../state/codes.js';
import { next } from '../state/rng.js';
import { resign } from '../state/staffing.js';
import { isReporting, type State } from '../state/state.js';

/** Post-qualifying experience in years. */
export function experienceYears(s: State, w: number): number {
  return (s.t - s.workers.qualifiedWeek[w]) / 52;
}

/** Where worker w goes; `mayStay` lets the experience bar keep her in post (not in a wave of resignations or a retirement). */
export function chooseDestination(s: State, w: number, mayStay: boolean): number {
  const d = s.p.turnover.destinations;
  const r = s.p.agency.rules2024;
  const u = next(s.rng.turnover) * (d.otherAuthority + d.agency + d.outOfSector);
  if (u >= d.agency) return u < d.agency + d.otherAuthority ? Destination.otherAuthority : Destination.outOfSector;
  if (r.requireExperience && experienceYears(s, w) < r.experienceYears) {
    const b = r.barredChoice;
    const stay = mayStay ? b.stay : 0;
    const v = next(s.rng.turnover) * (stay + b.otherAuthority + b.outOfSector);
    if (v < stay) return Destination.stays;
    return v < stay + b.otherAuthority ? Destination.otherAuthority : Destination.outOfSector;
  }
  if (r.noLocalLocumWeeks > 0) {
    const c = r.coolOffChoice;
    const v = next(s.rng.turnover) * (c.wait + c.furtherAfield + c.permanentPost);
    if (v >= c.wait) return v < c.wait + c.furtherAfield ? Destination.agencyElsewhere : Destination.otherAuthority;
  }
  return Destination.agencyInRegion;
}

/**
 * Worker w resigns for `destination`. A leaver for local agency work joins the region's market when
 * her notice and any cool-off have passed (at least the week after she leaves: this week's market was
 * updated before anyone left).
 */
export function leaveFor(s: State, w: number, destination: number): void {
  const ws = s.workers;
  if (isReporting(s)) s.window.leaverDestinations[destination] += ws.fte[w];
  resign(s, w, ChangeCause.leaver);
  if (destination !== Destination.agencyInRegion) return;
  const week = ws.noticeEnd[w] + Math.max(1, s.p.agency.rules2024.noLocalLocumWeeks);
  s.poolInflows.set(week, (s.poolInflows.get(week) ?? 0) + 1);
}

/** An employed worker has decided to leave: she goes, unless the experience bar keeps her in post. */
export function decideToLeave(s: State, w: number, retiring: boolean): void {
  if (s.workers.type[w] === WorkerType.agency) {
    resign(s, w, ChangeCause.leaver);
    return;
  }
  const destination = retiring ? Destination.outOfSector : chooseDestination(s, w, true);
  if (destination === Destination.stays) {
    if (isReporting(s)) s.window.barredStays += s.workers.fte[w];
    return;
  }
  leaveFor(s, w, destination);
}
