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

/** Draws the case's next transfer out of its current team and stage (NONE if none fires). */
function drawTransfer(s: State, c: number, joined: number): { rule: number; week: number } {
  const st = s.structure;
  const cs = s.cases;
  let rule = NONE;
  let week = NONE;
  const team = cs.team[c];
  if (team >= st.caseTeams) return { rule, week };
  for (const i of st.transfersFrom[team]) {
    if (st.transfers[i].stage !== cs.stage[c] || s.rng.structure() >= st.transfers[i].probability) continue;
    const at = triggerWeek(s, c, i, joined);
    if (week === NONE || at < week) {
      rule = i;
      week = at;
    }
  }
  return { rule, week };
}

/** Schedules the case's next transfer, having joined its team (or started its stage) in week `joined`. */
export function scheduleTransfer(s: State, c: number, joined = s.t): void {
  const cs = s.cases;
  const next = drawTransfer(s, c, joined);
  cs.transferWeek[c] = next.week;
  cs.transferRule[c] = next.rule;
  if (next.week !== NONE) schedule(s.transfersDue, next.week, c);
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
    const next = drawTransfer(s, c, from);
    if (next.week === NONE || next.week > s.t) {
      cs.transferWeek[c] = next.week;
      cs.transferRule[c] = next.rule;
      if (next.week !== NONE) schedule(s.transfersDue, next.week, c);
      return;
    }
    setTeam(s, c, s.structure.transfers[next.rule].to);
    from = next.week;
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
    const follows = s.p.allocation.handover === 'single-worker' || s.rng.structure() < r.workerFollows;
    moveToTeam(s, c, r.to, r.cause, follows);
    scheduleTransfer(s, c);
  }
}
