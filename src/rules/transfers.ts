/**
 * Moving a case between teams (docs/model.md §D2): at a change of stage, to the team that holds the new
 * stage (a structural handover), and inside a long episode at the scenario's transfer points
 * (`structure.transfers`): a set number of weeks after the case joined its team (pre-proceedings
 * starting, a placement order made) or a set age of the child (a leaving-care team at 16 or 18).
 * When a case joins a team or changes stage its next transfer is drawn: each point leaving that team
 * for that stage fires with its probability, and the earliest that fires is kept.
 */
import { canTakeCases, enqueueCase, releaseCase, setTeam } from '../state/caseload.js';
import { NONE } from '../state/codes.js';
import { next } from '../state/rng.js';
import { schedule, takeScheduled, type State } from '../state/state.js';

/** Moves a case to `team`; its worker keeps the child when `workerMayFollow` and her caseload allows, else the case is passed on with `cause`. */
export function moveToTeam(s: State, c: number, team: number, cause: number, workerMayFollow: boolean): void {
  const w = s.cases.worker[c];
  if (w !== NONE) {
    const ws = s.workers;
    if (workerMayFollow && canTakeCases(s, w) && ws.load[w] <= ws.capUnits[w]) {
      setTeam(s, c, team);
      return;
    }
    releaseCase(s, c, cause);
    setTeam(s, c, team);
    enqueueCase(s, c);
    return;
  }
  setTeam(s, c, team);
}

/** The week the transfer point fires for a case that joined its team in week `joined`. */
function triggerWeek(s: State, c: number, rule: number, joined: number): number {
  const r = s.structure.transfers[rule];
  if (r.afterWeeks !== NONE) return joined + Math.max(1, r.afterWeeks);
  return Math.max(joined + 1, s.cases.bornWeek[c] + r.atAgeWeeks);
}

/**
 * Draws the case's next transfer out of its current team and stage: the rule that fires first, or
 * NONE. (It returns the rule alone, and callers ask triggerWeek for its week, so that nothing is
 * allocated for the several hundred draws a week.)
 */
function drawTransfer(s: State, c: number, joined: number): number {
  const st = s.structure;
  const cs = s.cases;
  let rule = NONE;
  let week = NONE;
  const team = cs.team[c];
  if (team >= st.caseTeams) return rule;
  const from = st.transfersFrom[team];
  for (let k = 0; k < from.length; k++) {
    const i = from[k];
    if (st.transfers[i].stage !== cs.stage[c] || next(s.rng.structure) >= st.transfers[i].probability) continue;
    const at = triggerWeek(s, c, i, joined);
    if (week === NONE || at < week) {
      rule = i;
      week = at;
    }
  }
  return rule;
}

/** Schedules the case's next transfer, having joined its team (or started its stage) in week `joined`. */
export function scheduleTransfer(s: State, c: number, joined = s.t): void {
  const cs = s.cases;
  const rule = drawTransfer(s, c, joined);
  const week = rule === NONE ? NONE : triggerWeek(s, c, rule, joined);
  cs.transferWeek[c] = week;
  cs.transferRule[c] = rule;
  if (week !== NONE) schedule(s.transfersDue, week, c);
}

/**
 * For a case seeded part-way through its stage: the transfers that would already have happened are
 * made before the run starts (no change of worker counted), so the seeded authority starts with its
 * long-episode teams already holding their children.
 */
export function settleSeededTransfers(s: State, c: number, joined: number): void {
  const cs = s.cases;
  let from = joined;
  for (let hops = 0; hops < s.structure.transfers.length + 1; hops++) {
    const rule = drawTransfer(s, c, from);
    const week = rule === NONE ? NONE : triggerWeek(s, c, rule, from);
    if (week === NONE || week > s.t) {
      cs.transferWeek[c] = week;
      cs.transferRule[c] = rule;
      if (week !== NONE) schedule(s.transfersDue, week, c);
      return;
    }
    setTeam(s, c, s.structure.transfers[rule].to);
    from = week;
  }
  cs.transferWeek[c] = NONE;
}

/** This week's transfers: each case still in the team and stage it was scheduled from moves on. */
export function applyTransfers(s: State): void {
  const due = takeScheduled(s.transfersDue, s.t);
  if (!due) return;
  const cs = s.cases;
  const st = s.structure;
  for (const c of due) {
    if (cs.transferWeek[c] !== s.t) continue;
    cs.transferWeek[c] = NONE;
    const r = st.transfers[cs.transferRule[c]];
    if (cs.team[c] !== r.from || cs.stage[c] !== r.stage) continue;
    const follows = next(s.rng.structure) < r.workerFollows;
    moveToTeam(s, c, r.to, r.cause, follows);
    scheduleTransfer(s, c);
  }
}
