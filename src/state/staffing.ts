/**
 * Starting, resigning, leaving and moving workers: the only code that changes who is employed, so the
 * team counters (FTE in post, on notice, agency) always match the worker store.
 */
import { ChangeCause } from './events.js';
import { NONE, WorkerStatus, WorkerType } from './codes.js';
import { refreshAvailability, releaseAllCases } from './caseload.js';
import { propensitiesVary } from './initialTenure.js';
import { rememberLast } from './rememberLast.js';
import { exponential1, gamma, geometricWeeks, next, uniform, uniformInt } from './rng.js';
import { isReporting, logsEvents, reportingWeek, type State } from './state.js';
import { addWorker, retireWorker } from './workers.js';

export const Route = { experienced: 0, newlyQualified: 1, overseas: 2 } as const;

/** Weekly probability from an annual rate, so that 52 weeks compound to the annual figure. */
export const weeklyProbability = rememberLast((annual) => (annual >= 1 ? 1 : 1 - Math.pow(1 - annual, 1 / 52)), 8);

/** Caseload cap and hours capacity shrink during induction and the newly-qualified year (docs/model.md §D4). */
export function capacityFactor(s: State, w: number): number {
  const ws = s.workers;
  let f = 1;
  if (s.t < ws.nqUntil[w]) f *= s.p.workforce.nqCaseloadProtection;
  if (s.t < ws.inductionUntil[w]) f *= s.p.workforce.inductionCapacity;
  return f;
}

export function updateCapacity(s: State, w: number): void {
  const ws = s.workers;
  ws.capUnits[w] = ws.team[w] < s.structure.caseTeams ? s.p.allocation.caseloadCap * ws.fte[w] * capacityFactor(s, w) : 0;
  refreshAvailability(s, w);
}

export function agencyPremium(s: State): number {
  const a = s.p.agency;
  return a.payCap.enabled ? Math.min(a.premium, a.payCap.premium) : a.premium;
}

/** How a pay cap and the experience rule shrink the regional agency market (docs/model.md §D5). */
export function agencyMarketFactor(s: State): number {
  const a = s.p.agency;
  return (a.payCap.enabled ? a.payCap.supplyFactor : 1) * (a.rules2024.requireExperience ? a.rules2024.experienceSupplyFactor : 1);
}

export function drawAssignmentEnd(s: State): number {
  const r = s.p.agency.assignmentWeeks;
  return s.t + uniformInt(s.rng.agency, r.min, r.max);
}

export function drawNextMove(s: State): number {
  const weeks = geometricWeeks(s.rng.moves, weeklyProbability(s.p.workforce.internalMovesPerYear));
  return Number.isFinite(weeks) ? s.t + weeks : NONE;
}

/** A new starter's propensity to leave: Gamma with mean 1 and variance turnover.propensitySpread. */
export function drawPropensity(s: State): number {
  const v = s.p.turnover.propensitySpread;
  return propensitiesVary(v) ? gamma(s.rng.turnover, 1 / v) * v : 1;
}

/**
 * Starts a worker. `tenureWeeks` > 0 only for the workforce already in post at the start of the run,
 * who also bring the propensity to leave of someone who has stayed that long (src/state/initialTenure.ts).
 * Inductions: new starters work at reduced capacity; overseas recruits have a longer induction.
 */
export function startWorker(s: State, team: number, type: number, route: number, tenureWeeks = 0, propensity?: number): number {
  const wf = s.p.workforce;
  const fte = type !== WorkerType.agency && next(s.rng.recruitment) < wf.partTimeShare ? wf.partTimeFte : 1;
  const startWeek = s.t - tenureWeeks;
  // Newly qualified starters bring no post-qualifying experience; others bring some (the 2024 rules' bar).
  const prior = type === WorkerType.newlyQualified || route === Route.newlyQualified ? 0 : uniform(s.rng.recruitment, s.p.recruitment.priorExperienceYears.min, s.p.recruitment.priorExperienceYears.max);
  const w = addWorker(s.workers, {
    type,
    team,
    fte,
    startWeek,
    qualifiedWeek: startWeek - Math.round(prior * 52),
    leaveThreshold: exponential1(s.rng.turnover),
    propensity: propensity ?? drawPropensity(s),
    absenceThreshold: exponential1(s.rng.absence),
  });
  const ws = s.workers;
  if (type === WorkerType.newlyQualified) ws.nqUntil[w] = ws.startWeek[w] + wf.nqProtectionWeeks;
  const induction = route === Route.overseas ? s.p.recruitment.overseasInductionWeeks : wf.inductionWeeks;
  if (tenureWeeks === 0) ws.inductionUntil[w] = s.t + induction;
  if (type === WorkerType.agency) {
    ws.assignmentEnd[w] = drawAssignmentEnd(s);
    ws.premium[w] = agencyPremium(s);
    s.agencyFte[team] += fte;
  } else {
    s.inPostFte[team] += fte;
    if (tenureWeeks === 0) s.week.startersFte += fte;
    ws.nextMoveWeek[w] = drawNextMove(s);
  }
  updateCapacity(s, w);
  if (logsEvents(s)) s.events.push({ week: reportingWeek(s), kind: 'workerStart', workerId: w, detail: `${type}:${team}` });
  return w;
}

/** Hands in notice: no new cases from now; the caseload is passed on when the notice ends. */
export function resign(s: State, w: number, cause: number): void {
  const ws = s.workers;
  if (ws.status[w] !== WorkerStatus.active) return;
  const agency = ws.type[w] === WorkerType.agency;
  const a = s.p.agency;
  const notice = agency ? (a.rules2024.alignNoticeWithPermanent ? s.p.turnover.noticeWeeks : a.noticeWeeks) : s.p.turnover.noticeWeeks;
  ws.status[w] = WorkerStatus.notice;
  ws.noticeEnd[w] = s.t + notice;
  ws.leavingCause[w] = cause;
  if (agency) s.agencyNoticeFte[ws.team[w]] += ws.fte[w];
  else s.noticeFte[ws.team[w]] += ws.fte[w];
  refreshAvailability(s, w);
  if (logsEvents(s)) s.events.push({ week: reportingWeek(s), kind: 'workerResign', workerId: w });
}

/** The notice has ended: the cases go back to the team queues and the worker is gone. */
export function finishLeaving(s: State, w: number): void {
  const ws = s.workers;
  const team = ws.team[w];
  const cause = ws.leavingCause[w] === NONE ? ChangeCause.leaver : ws.leavingCause[w];
  releaseAllCases(s, w, cause);
  if (ws.type[w] === WorkerType.agency) {
    s.agencyFte[team] -= ws.fte[w];
    s.agencyNoticeFte[team] -= ws.fte[w];
    s.week.agencyEnds++;
    // Agency workers go back to the regional market, unless a cap or the experience rule sends them elsewhere.
    if (next(s.rng.agency) < agencyMarketFactor(s)) s.agencyPool += 1;
  } else {
    s.inPostFte[team] -= ws.fte[w];
    s.noticeFte[team] -= ws.fte[w];
    s.week.leaversFte += ws.fte[w];
    if (isReporting(s)) {
      s.window.leaversFte += ws.fte[w];
      if (s.t - ws.startWeek[w] < 5 * 52) s.window.leaversUnder5YearsFte += ws.fte[w];
    }
  }
  const teamFte = s.inPostFte[team] + s.agencyFte[team];
  s.morale[team] = Math.max(0, s.morale[team] - (s.p.morale.dropPerLeaverShare * ws.fte[w]) / Math.max(1, teamFte));
  refreshAvailability(s, w);
  retireWorker(ws, w);
  if (logsEvents(s)) s.events.push({ week: reportingWeek(s), kind: 'workerLeave', workerId: w });
}

/** An internal move (promotion, transfer): the worker's cases are handed on and she joins another team. */
export function moveWorker(s: State, w: number, toTeam: number): void {
  const ws = s.workers;
  const from = ws.team[w];
  releaseAllCases(s, w, ChangeCause.internalMove);
  ws.status[w] = WorkerStatus.notice; // out of the heap while moving
  refreshAvailability(s, w);
  ws.status[w] = WorkerStatus.active;
  s.inPostFte[from] -= ws.fte[w];
  s.inPostFte[toTeam] += ws.fte[w];
  ws.team[w] = toTeam;
  ws.nextMoveWeek[w] = drawNextMove(s);
  updateCapacity(s, w);
}

/** A spell of sickness absence from this week until week `until`: she takes no new cases meanwhile. */
export function startAbsence(s: State, w: number, until: number): void {
  s.workers.absentFrom[w] = s.t;
  s.workers.absentUntil[w] = until;
  refreshAvailability(s, w);
}

export function endAbsence(s: State, w: number): void {
  s.workers.absentFrom[w] = NONE;
  s.workers.absentUntil[w] = NONE;
  refreshAvailability(s, w);
}

/** An agency worker taken on as a permanent employee: a starter, but no child changes worker. */
export function convertToPermanent(s: State, w: number): void {
  const ws = s.workers;
  const team = ws.team[w];
  s.agencyFte[team] -= ws.fte[w];
  s.inPostFte[team] += ws.fte[w];
  s.week.startersFte += ws.fte[w];
  ws.type[w] = WorkerType.permanent;
  ws.premium[w] = 0;
  ws.assignmentEnd[w] = NONE;
  ws.nextMoveWeek[w] = drawNextMove(s);
}

/** Vacancy in FTE as the census counts it: funded posts without an authority-employed worker. */
export function vacancyFte(s: State, team: number): number {
  return Math.max(0, s.establishment[team] - s.inPostFte[team]);
}

/** Posts to recruit for: vacancies plus posts whose holder is working her notice. */
export function postsToFill(s: State, team: number): number {
  return Math.max(0, s.establishment[team] - s.inPostFte[team] + s.noticeFte[team]);
}
