/**
 * The service's structure as the engine reads it (scenario `structure`): the case-holding teams in
 * the scenario's order, then the non-case-holding group; which team takes a case entering each stage
 * (the first listed that holds it; a share of referrals may go to another team that assesses, takesShare);
 * and the transfer points that move a case between teams inside a
 * stage. Built once per run from the scenario; nothing here changes during the run.
 */
import { record } from './record.js';
import type { Scenario, StageName, TransferCauseName } from '../scenario/types.js';
import { NONE, Stage } from './codes.js';
import { ChangeCause } from './events.js';
import { next, type Rng } from './rng.js';

export const STAGE_CODES: Record<StageName, number> = {
  assessment: Stage.assessment,
  childInNeed: Stage.childInNeed,
  childProtection: Stage.childProtection,
  lookedAfter: Stage.lookedAfter,
};

/** The cause recorded for each kind of transfer point. */
export const TRANSFER_CAUSES: Record<TransferCauseName, number> = {
  court: ChangeCause.court,
  permanence: ChangeCause.permanence,
  leavingCare: ChangeCause.leavingCare,
  teamTransfer: ChangeCause.teamTransfer,
};

export const NON_CASE_HOLDING = 'nonCaseHolding';

export interface TransferRule {
  from: number;
  to: number;
  stage: number;
  /** Weeks after the case joined the team, or NONE. */
  afterWeeks: number;
  /** The child's age in weeks, or NONE. */
  atAgeWeeks: number;
  probability: number;
  workerFollows: number;
  cause: number;
}

export interface Structure {
  /** Case-holding teams; the non-case-holding group is team `caseTeams`. */
  caseTeams: number;
  allTeams: number;
  /** Team names (the scenario's, then "nonCaseHolding") and labels, indexed by team. */
  names: string[];
  labels: string[];
  /** Funded posts per team, indexed by team. */
  posts: number[];
  /** 1 where team × stage code is held: holds[team * STAGE_SLOTS + stage]. */
  holds: Uint8Array;
  /** The team that takes a case entering each stage, indexed by stage code (NONE for free/closed). */
  stageTeam: Int8Array;
  /** The team that receives referrals: the first that holds assessment. */
  frontDoor: number;
  /** Per team, the share of referrals it takes from the front door (takesShare; 0 for most). */
  takesShare: Float64Array;
  /** Whether any team takes a share (so the draw is made only where a design asks for it). */
  anyTakesShare: boolean;
  /** Per team, the factor on the planned work of the plans it holds (planLengthFactor; 1 for most). */
  planLengthFactor: Float64Array;
  transfers: TransferRule[];
  /** Per team, the indexes of the transfer rules that leave it, in scenario order. */
  transfersFrom: number[][];
}

export const STAGE_SLOTS = 6;

export function buildStructure(p: Scenario): Structure {
  const teams = p.structure.teams;
  const caseTeams = teams.length;
  const names = [...teams.map((t) => t.name), NON_CASE_HOLDING];
  const index = new Map(names.map((name, i) => [name, i]));
  const holds = new Uint8Array(caseTeams * STAGE_SLOTS);
  const stageTeam = new Int8Array(STAGE_SLOTS).fill(NONE);
  teams.forEach((team, i) => {
    for (const stage of team.holds) {
      const code = STAGE_CODES[stage];
      holds[i * STAGE_SLOTS + code] = 1;
      if (stageTeam[code] === NONE) stageTeam[code] = i;
    }
  });
  const transfers: TransferRule[] = p.structure.transfers.map((t) => ({
    from: index.get(t.from) ?? NONE,
    to: index.get(t.to) ?? NONE,
    stage: STAGE_CODES[t.stage],
    afterWeeks: t.afterWeeks ?? NONE,
    atAgeWeeks: t.atAge === undefined ? NONE : Math.round(t.atAge * 52),
    probability: t.probability,
    workerFollows: t.workerFollows,
    cause: TRANSFER_CAUSES[t.cause],
  }));
  const transfersFrom: number[][] = Array.from({ length: caseTeams }, () => []);
  transfers.forEach((t, i) => {
    if (t.from >= 0 && t.from < caseTeams) transfersFrom[t.from].push(i);
  });
  const takesShare = Float64Array.from(teams, (t) => t.takesShare ?? 0);
  return record({
    caseTeams,
    allTeams: caseTeams + 1,
    names,
    labels: [...teams.map((t) => t.label), 'Not holding cases'],
    posts: [...teams.map((t) => p.workforce.establishment[t.name] ?? 0), p.workforce.establishment.nonCaseHolding],
    holds,
    stageTeam,
    frontDoor: stageTeam[Stage.assessment],
    takesShare,
    anyTakesShare: takesShare.some((x) => x > 0),
    planLengthFactor: Float64Array.from(teams, (t) => t.planLengthFactor ?? 1),
    transfers,
    transfersFrom,
  });
}

/**
 * The team a new referral goes to: a team that takes a share of referrals from the front door
 * (takesShare, e.g. a disabled children's team) with its share, else the front door. Draws from `rng`
 * only when the design has such a team.
 */
export function referralTeam(st: Structure, rng: Rng): number {
  if (!st.anyTakesShare) return st.frontDoor;
  let u = next(rng);
  for (let team = 0; team < st.caseTeams; team++) {
    const share = st.takesShare[team];
    if (share <= 0) continue;
    if (u < share) return team;
    u -= share;
  }
  return st.frontDoor;
}

export function holdsStage(st: Structure, team: number, stage: number): boolean {
  return team < st.caseTeams && st.holds[team * STAGE_SLOTS + stage] === 1;
}
