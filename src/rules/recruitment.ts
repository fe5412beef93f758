/**
 * Permanent recruitment (docs/model.md §D5): every post to fill (a vacancy, or a post whose holder is on
 * notice) has a recruitment process with a time to hire; it succeeds with a chance set by the
 * authority's attractiveness (lower after an "inadequate" inspection), otherwise it starts again.
 * Routes: experienced hires, overseas recruits (longer lead time and induction) and an annual
 * newly-qualified cohort (September). Recruitment drives (interventions) add certain hires.
 */
import { WorkerType } from '../state/codes.js';
import { next, uniformInt } from '../state/rng.js';
import { Route, postsToFill, startWorker } from '../state/staffing.js';
import { schedule, takeScheduled, type State } from '../state/state.js';

/** A scheduled hire is stored as one integer: team, route, and whether it is a drive's certain hire. */
const encode = (team: number, route: number, drive: boolean): number => team * 8 + route * 2 + (drive ? 1 : 0);

export function successProbability(s: State): number {
  const r = s.p.recruitment;
  const flexible = s.p.stress.flexibleWorking ? 1 + r.flexibleWorkingBonus : 1;
  const p = r.successProbability * r.attractiveness * flexible * (r.inadequateRating ? 1 - r.inadequatePenalty : 1);
  return Math.min(1, Math.max(0, p));
}

export function openRecruitment(s: State): void {
  const r = s.p.recruitment;
  if (!r.enabled) return;
  for (let team = 0; team < s.structure.allTeams; team++) {
    const needed = Math.round(postsToFill(s, team)) - s.recruiting[team];
    for (let i = 0; i < needed; i++) {
      const overseas = next(s.rng.recruitment) < r.overseasShare;
      const range = overseas ? r.overseasLeadWeeks : r.timeToHireWeeks;
      schedule(s.hires, s.t + Math.max(1, uniformInt(s.rng.recruitment, range.min, range.max)), encode(team, overseas ? Route.overseas : Route.experienced, false));
      s.recruiting[team]++;
    }
  }
}

export function completeRecruitment(s: State): void {
  const due = takeScheduled(s.hires, s.t);
  if (!due) return;
  const p = successProbability(s);
  for (const code of due) {
    const route = Math.floor((code % 8) / 2);
    const drive = code % 2 === 1;
    const team = drive ? neediestCaseTeam(s) : Math.floor(code / 8);
    if (!drive) s.recruiting[team]--;
    const success = drive || next(s.rng.recruitment) < p;
    if (!success || postsToFill(s, team) < 0.5) continue;
    hire(s, team, route === Route.newlyQualified ? WorkerType.newlyQualified : WorkerType.permanent, route);
  }
}

function hire(s: State, team: number, type: number, route: number): void {
  startWorker(s, team, type, route);
  const c = s.p.costs;
  s.week.costRecruitment += route === Route.overseas ? c.overseasCostPerHire : c.recruitmentCostPerHire;
}

/** The annual newly-qualified cohort joins the case-holding teams with most posts to fill, even beyond establishment. */
export function newlyQualifiedIntake(s: State): void {
  const r = s.p.recruitment;
  if (!r.enabled || s.t % 52 !== r.nqIntakeWeek % 52) return;
  const whole = Math.floor(r.nqIntakePerYear);
  const cohort = whole + (next(s.rng.recruitment) < r.nqIntakePerYear - whole ? 1 : 0);
  for (let i = 0; i < cohort; i++) hire(s, neediestCaseTeam(s), WorkerType.newlyQualified, Route.newlyQualified);
}

function neediestCaseTeam(s: State): number {
  let best = 0;
  for (let team = 1; team < s.structure.caseTeams; team++) if (postsToFill(s, team) > postsToFill(s, best)) best = team;
  return best;
}

/** A recruitment drive: `hires` certain hires arriving after `leadWeeks`, each to the case-holding team with most posts to fill. */
export function scheduleRecruitmentDrive(s: State, hires: number, leadWeeks: number, route: number): void {
  for (let i = 0; i < hires; i++) schedule(s.hires, s.t + Math.max(1, leadWeeks), encode(0, route, true));
}
