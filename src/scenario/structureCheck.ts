/**
 * Rules of a service structure a JSON Schema cannot state (scenario `structure`): team names unique,
 * every stage held by some team, each team's posts in workforce.establishment, transfer points
 * between real teams that hold their stage, every team reachable by some case, and no loop of certain
 * transfers that would move a child between teams for ever. Checked on a complete document only: a
 * document that extends another is checked once merged.
 */
import type { ScenarioError } from './types.js';
import { makeError } from './schemaErrors.js';
import { formatPath } from './paths.js';
import { renderValue } from './render.js';
import { hasOwn, isPlainObject } from './schema.js';

const STAGES = ['assessment', 'childInNeed', 'childProtection', 'lookedAfter'] as const;
const NON_CASE_HOLDING = 'nonCaseHolding';
/** Bigger lists already fail the schema's maxItems. */
const MAX_TEAMS = 12;
const MAX_TRANSFERS = 32;

interface Team {
  name: string;
  holds: string[];
  takesShare: number;
}

interface Transfer {
  from: string;
  to: string;
  stage: string;
  probability: number;
}

function readTeams(teams: unknown[]): Team[] | undefined {
  const out: Team[] = [];
  for (const t of teams) {
    if (!isPlainObject(t) || typeof t.name !== 'string' || !Array.isArray(t.holds)) return undefined;
    out.push({ name: t.name, holds: t.holds.filter((h): h is string => typeof h === 'string'), takesShare: typeof t.takesShare === 'number' ? t.takesShare : 0 });
  }
  return out;
}

function teamChecks(teams: Team[], out: ScenarioError[]): void {
  const seen = new Set<string>();
  teams.forEach((t, i) => {
    if (t.name === NON_CASE_HOLDING) out.push(makeError(formatPath(['structure', 'teams', i, 'name']), `a name other than ${NON_CASE_HOLDING} (the posts that hold no cases)`, renderValue(t.name)));
    else if (seen.has(t.name)) out.push(makeError(formatPath(['structure', 'teams', i, 'name']), 'a name no other team has', renderValue(t.name)));
    seen.add(t.name);
  });
  for (const stage of STAGES) {
    if (!teams.some((t) => t.holds.includes(stage))) out.push(makeError('structure.teams', `a team that holds ${stage}, for the cases entering it`, 'none'));
  }
  const frontDoor = teams.findIndex((t) => t.holds.includes('assessment'));
  teams.forEach((t, i) => {
    if (t.takesShare > 0 && (i === frontDoor || !t.holds.includes('assessment')))
      out.push(makeError(formatPath(['structure', 'teams', i, 'takesShare']), 'a share only for a team that holds assessment and is not the front door (the first that holds it)', renderValue(t.takesShare)));
  });
  const taken = teams.reduce((sum, t) => sum + t.takesShare, 0);
  if (taken > 1 + 1e-9) out.push(makeError('structure.teams', 'takesShare adding up to at most 1 over the teams', `a sum of ${Number(taken.toFixed(6))}`));
}

function establishmentChecks(doc: Record<string, unknown>, teams: Team[], out: ScenarioError[]): void {
  const workforce = doc.workforce;
  const e = isPlainObject(workforce) && isPlainObject(workforce.establishment) ? workforce.establishment : undefined;
  if (!e) return;
  const names = new Set(teams.map((t) => t.name));
  for (const t of teams) {
    if (!hasOwn(e, t.name)) out.push(makeError(formatPath(['workforce', 'establishment', t.name]), `the funded posts of team ${t.name} of structure.teams`, 'nothing'));
  }
  for (const key of Object.keys(e)) {
    if (key === NON_CASE_HOLDING || names.has(key) || e[key] === 0) continue;
    out.push(makeError(formatPath(['workforce', 'establishment', key]), `0 or the name of a team of structure.teams (${[...names].join(', ')})`, renderValue(e[key])));
  }
}

function transferChecks(raw: unknown[], teams: Team[], out: ScenarioError[]): Transfer[] {
  const byName = new Map(teams.map((t) => [t.name, t]));
  const valid: Transfer[] = [];
  raw.forEach((t, i) => {
    if (!isPlainObject(t) || typeof t.from !== 'string' || typeof t.to !== 'string' || typeof t.stage !== 'string') return;
    const at = (key: string): string => formatPath(['structure', 'transfers', i, key]);
    const from = byName.get(t.from);
    const to = byName.get(t.to);
    let ok = true;
    if (!from) out.push(makeError(at('from'), 'the name of a team of structure.teams', renderValue(t.from)));
    if (!to) out.push(makeError(at('to'), 'the name of a team of structure.teams', renderValue(t.to)));
    if (!from || !to) return;
    if (t.from === t.to) {
      out.push(makeError(at('to'), `a team other than the one the case leaves (${t.from})`, renderValue(t.to)));
      ok = false;
    }
    if (!from.holds.includes(t.stage)) {
      out.push(makeError(at('stage'), `a stage team ${t.from} holds (${from.holds.join(', ')})`, renderValue(t.stage)));
      ok = false;
    }
    if (!to.holds.includes(t.stage)) {
      out.push(makeError(at('to'), `a team that holds ${t.stage}`, `${renderValue(t.to)}, which holds ${to.holds.join(', ')}`));
      ok = false;
    }
    const hasWeeks = hasOwn(t, 'afterWeeks');
    const hasAge = hasOwn(t, 'atAge');
    if (hasWeeks === hasAge) {
      out.push(makeError(formatPath(['structure', 'transfers', i]), 'exactly one trigger: afterWeeks or atAge', hasWeeks ? 'both' : 'neither'));
      ok = false;
    }
    if (hasAge && t.stage !== 'lookedAfter') {
      out.push(makeError(at('atAge'), 'a transfer at an age only for lookedAfter (ages are known from the start of care)', `an age for ${t.stage}`));
      ok = false;
    }
    if (ok) valid.push({ from: t.from, to: t.to, stage: t.stage, probability: typeof t.probability === 'number' ? t.probability : 0 });
  });
  return valid;
}

/** Teams no case reaches: not the first to hold any stage, and not the destination of a transfer from a team a case reaches. */
function reachabilityChecks(teams: Team[], transfers: Transfer[], out: ScenarioError[]): void {
  const reached = new Set<string>();
  for (const stage of STAGES) {
    const first = teams.find((t) => t.holds.includes(stage));
    if (first) reached.add(first.name);
  }
  for (const t of teams) if (t.takesShare > 0) reached.add(t.name);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of transfers) {
      if (t.probability > 0 && reached.has(t.from) && !reached.has(t.to)) {
        reached.add(t.to);
        grew = true;
      }
    }
  }
  teams.forEach((t, i) => {
    if (!reached.has(t.name))
      out.push(makeError(formatPath(['structure', 'teams', i]), 'a team some case reaches: the first to hold one of its stages, one taking a share from assessment, or the destination of a transfer point', `team ${t.name}, which no case reaches`));
  });
}

/** A loop of transfer points that always fire (probability 1) for one stage would move a child between teams for ever. */
function loopChecks(raw: unknown[], transfers: Transfer[], out: ScenarioError[]): void {
  for (const stage of STAGES) {
    const next = new Map<string, string[]>();
    for (const t of transfers) if (t.stage === stage && t.probability >= 1) next.set(t.from, [...(next.get(t.from) ?? []), t.to]);
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (team: string): string[] | undefined => {
      if (state.get(team) === 'done') return undefined;
      if (state.get(team) === 'open') return [...path.slice(path.indexOf(team)), team];
      state.set(team, 'open');
      path.push(team);
      for (const to of next.get(team) ?? []) {
        const loop = visit(to);
        if (loop) return loop;
      }
      path.pop();
      state.set(team, 'done');
      return undefined;
    };
    for (const team of next.keys()) {
      const loop = visit(team);
      if (!loop) continue;
      const i = raw.findIndex((t) => isPlainObject(t) && t.from === loop[0] && t.stage === stage);
      out.push(makeError(formatPath(['structure', 'transfers', Math.max(0, i)]), 'transfer points without a loop that always fires', `${loop.join(' → ')} for ${stage}, which would move a child between teams for ever`));
      return;
    }
  }
}

export function structureErrors(doc: Record<string, unknown>): ScenarioError[] {
  if (hasOwn(doc, 'extends')) return [];
  const structure = doc.structure;
  if (!isPlainObject(structure) || !Array.isArray(structure.teams) || structure.teams.length === 0 || structure.teams.length > MAX_TEAMS) return [];
  const teams = readTeams(structure.teams);
  if (!teams) return [];
  const out: ScenarioError[] = [];
  teamChecks(teams, out);
  establishmentChecks(doc, teams, out);
  const raw = Array.isArray(structure.transfers) && structure.transfers.length <= MAX_TRANSFERS ? (structure.transfers as unknown[]) : [];
  const transfers = transferChecks(raw, teams, out);
  reachabilityChecks(teams, transfers, out);
  loopChecks(raw, transfers, out);
  interventionTeamChecks(doc, teams, out);
  return out;
}

/** A wave of resignations names a case-holding team or 'any'. */
function interventionTeamChecks(doc: Record<string, unknown>, teams: Team[], out: ScenarioError[]): void {
  const list = doc.interventions;
  if (!Array.isArray(list) || list.length > 1000) return;
  const names = teams.map((t) => t.name);
  list.forEach((item, i) => {
    const leave = isPlainObject(item) ? item.leave : undefined;
    if (!isPlainObject(leave) || typeof leave.team !== 'string' || leave.team === 'any' || names.includes(leave.team)) return;
    out.push(makeError(formatPath(['interventions', i, 'leave', 'team']), `any or a team of structure.teams (${names.join(', ')})`, renderValue(leave.team)));
  });
}
