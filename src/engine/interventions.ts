/**
 * Interventions (docs/model.md §D6) applied at the start of their reporting week: set any parameter, make
 * workers resign, add a demand surge, start a recruitment drive. They are part of the scenario, so a
 * run with interventions replays exactly. Parameter changes take effect through the same state the
 * rules read every week; derived values (establishment, duration samplers, caps) are rebuilt here.
 */
import { applyParameterPath } from '../scenario/paths.js';
import type { Intervention } from '../scenario/types.js';
import { ChangeCause } from '../state/events.js';
import { WorkerStatus, WorkerType } from '../state/codes.js';
import { durationSampler } from '../state/durations.js';
import { next } from '../state/rng.js';
import { resign, updateCapacity, Route } from '../state/staffing.js';
import type { State } from '../state/state.js';
import { scheduleRecruitmentDrive } from '../rules/recruitment.js';
import { chooseDestination, leaveFor } from '../rules/destinations.js';

const ROUTES: Record<string, number> = { experienced: Route.experienced, 'newly-qualified': Route.newlyQualified, overseas: Route.overseas };

export function interventionWeek(s: State, i: Intervention): number {
  return s.warmupWeeks + i.week - 1;
}

export function applyInterventions(s: State): void {
  for (const i of s.p.interventions) if (interventionWeek(s, i) === s.t) applyIntervention(s, i);
}

function applyIntervention(s: State, i: Intervention): void {
  if (i.set) {
    let p = s.p;
    for (const [path, value] of Object.entries(i.set)) p = applyParameterPath(p, path, value);
    // Interventions already scheduled stay scheduled whatever `set` did to the list.
    p.interventions = s.p.interventions;
    s.p = p;
    refreshDerived(s);
  }
  if (i.leave) {
    for (const w of i.leave.workers ?? []) resignNamed(s, w);
    makeWorkersResign(s, i.leave.count, i.leave.team ?? 'any');
  }
  if (i.surge) s.surges.push({ fromWeek: s.t, untilWeek: s.t + i.surge.durationWeeks, extraContactsPerWeek: i.surge.extraContactsPerWeek });
  if (i.recruitmentDrive) scheduleRecruitmentDrive(s, i.recruitmentDrive.hires, i.recruitmentDrive.leadWeeks, ROUTES[i.recruitmentDrive.route ?? 'experienced']);
}

function refreshDerived(s: State): void {
  const e = s.p.workforce.establishment;
  s.establishment.set(s.structure.names.map((name) => e[name] ?? 0));
  const d = s.p.pathway.durations;
  s.samplers = {
    assessment: durationSampler(d.assessment),
    childInNeed: durationSampler(d.childInNeed),
    childProtection: durationSampler(d.childProtection),
    lookedAfter: durationSampler(d.lookedAfter),
  };
  const ws = s.workers;
  for (let k = 0; k < ws.activeCount; k++) updateCapacity(s, ws.active[k]);
}

/** A particular worker hands in her notice now (a trainer's click); ignored unless she is in post and not already leaving. */
function resignNamed(s: State, w: number): void {
  const ws = s.workers;
  if (w >= ws.count || ws.status[w] !== WorkerStatus.active) return;
  if (ws.type[w] === WorkerType.agency) resign(s, w, ChangeCause.agencyEnd);
  else leaveFor(s, w, chooseDestination(s, w, false));
}

/** A wave of resignations: `count` employed workers, chosen at random, hand in their notice now. */
function makeWorkersResign(s: State, count: number, team: string): void {
  const ws = s.workers;
  const teamCode = team === 'any' ? -1 : s.structure.names.indexOf(team);
  const candidates: number[] = [];
  for (let k = 0; k < ws.activeCount; k++) {
    const w = ws.active[k];
    if (ws.status[w] !== WorkerStatus.active || ws.type[w] === WorkerType.agency) continue;
    if (teamCode === -1 ? ws.team[w] < s.structure.caseTeams : ws.team[w] === teamCode) candidates.push(w);
  }
  candidates.sort((a, b) => a - b);
  const n = Math.min(count, candidates.length);
  for (let k = 0; k < n; k++) {
    const j = k + Math.floor(next(s.rng.interventions) * (candidates.length - k));
    [candidates[k], candidates[j]] = [candidates[j], candidates[k]];
    leaveFor(s, candidates[k], chooseDestination(s, candidates[k], false));
  }
}

