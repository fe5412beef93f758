/**
 * Agency staff (docs/model.md §D5): a regional market (a pool of available agency workers fed by new supply
 * and by permanent leavers turning locum) fills a share of vacancies after a short delay, at a
 * premium. Assignments are fixed-term: at the end they are renewed, converted to permanent, or end,
 * passing the caseload on (cause 3). A permanent arrival releases surplus agency cover. The 2024
 * national rules act on supply, notice and, while agency work is restricted, conversion to permanent
 * posts (what they do to permanent leavers is destinations.ts); the regional pay cap is a separate
 * lever on price and supply.
 */
import { ChangeCause } from '../state/events.js';
import { WorkerStatus, WorkerType } from '../state/codes.js';
import { next, poisson } from '../state/rng.js';
import { Route, agencyMarketFactor, convertToPermanent, drawAssignmentEnd, resign, startWorker, vacancyFte } from '../state/staffing.js';
import { isReporting, schedule, takeScheduled, type State } from '../state/state.js';

export function agencySupplyPerWeek(s: State): number {
  return s.p.agency.supplyPerWeek * agencyMarketFactor(s);
}

export function updateAgencyMarket(s: State): void {
  const inflow = s.poolInflows.get(s.t) ?? 0;
  s.poolInflows.delete(s.t);
  s.agencyPool += poisson(s.rng.agency, agencySupplyPerWeek(s)) + inflow;
  if (isReporting(s)) s.window.poolJoiners += inflow;
  s.agencyPool *= 1 - s.p.agency.poolLeavingPerWeek;
}

/** Active agency cover in a team, not counting workers already on notice. */
function agencyCover(s: State, team: number): number {
  return s.agencyFte[team] - s.agencyNoticeFte[team];
}

export function requestAgencyCover(s: State): void {
  const a = s.p.agency;
  if (!a.allowed) return;
  for (let team = 0; team < s.structure.allTeams; team++) {
    const allowed = Math.floor(a.maxShareOfVacancies * vacancyFte(s, team) + 1e-9);
    const needed = allowed - Math.ceil(agencyCover(s, team) - 1e-9) - s.agencyRequests[team];
    for (let i = 0; i < needed; i++) {
      // Requests are made at the end of the week, so the earliest arrival is next week.
      schedule(s.agencyArrivals, s.t + Math.max(1, a.fillDelayWeeks), team);
      s.agencyRequests[team]++;
    }
  }
}

export function fillAgencyRequests(s: State): void {
  const due = takeScheduled(s.agencyArrivals, s.t);
  if (!due) return;
  const a = s.p.agency;
  for (const team of due) {
    s.agencyRequests[team]--;
    const stillNeeded = agencyCover(s, team) + 1 <= a.maxShareOfVacancies * vacancyFte(s, team) + 1e-9;
    if (!a.allowed || s.agencyPool < 1 || !stillNeeded) continue;
    s.agencyPool -= 1;
    startWorker(s, team, WorkerType.agency, Route.experienced);
  }
}

export function endAgencyAssignments(s: State): void {
  const ws = s.workers;
  const a = s.p.agency;
  const ending: number[] = [];
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    if (ws.type[w] === WorkerType.agency && ws.status[w] === WorkerStatus.active && ws.assignmentEnd[w] <= s.t) ending.push(w);
  }
  ending.sort((x, y) => x - y);
  // While agency work is restricted, more locums whose assignment ends take a permanent post.
  const r = a.rules2024;
  const conversion = r.requireExperience || r.noLocalLocumWeeks > 0 ? r.restrictedConversionProbability : a.conversionProbability;
  for (const w of ending) {
    const u = next(s.rng.agency);
    if (!a.allowed) resign(s, w, ChangeCause.agencyEnd);
    else if (u < a.renewalProbability) ws.assignmentEnd[w] = drawAssignmentEnd(s);
    else if (u < a.renewalProbability + (1 - a.renewalProbability) * conversion) {
      convertToPermanent(s, w);
      if (isReporting(s)) s.window.agencyConversions++;
    } else resign(s, w, ChangeCause.agencyEnd);
  }
}

/**
 * When permanent staff fill posts, agency cover beyond what the remaining vacancies allow is let go,
 * shortest assignment left first: beyond the vacancies themselves, or beyond maxShareOfVacancies of
 * them where an authority covers more than its vacant posts (absence, extra demand).
 */
export function releaseSurplusAgency(s: State): void {
  const ws = s.workers;
  const cover = Math.max(1, s.p.agency.maxShareOfVacancies);
  for (let team = 0; team < s.structure.allTeams; team++) {
    let surplus = Math.floor(agencyCover(s, team) - cover * vacancyFte(s, team) + 1e-9);
    if (surplus <= 0) continue;
    const candidates: number[] = [];
    for (let i = 0; i < ws.activeCount; i++) {
      const w = ws.active[i];
      if (ws.team[w] === team && ws.type[w] === WorkerType.agency && ws.status[w] === WorkerStatus.active) candidates.push(w);
    }
    candidates.sort((x, y) => ws.assignmentEnd[x] - ws.assignmentEnd[y] || x - y);
    for (const w of candidates) {
      if (surplus <= 0) break;
      resign(s, w, ChangeCause.agencyEnd);
      surplus--;
    }
  }
}
