/**
 * Front door and referrals (docs/model.md §D2, §D3): contacts arrive as a Poisson stream (seasonal, with
 * scheduled surges); a share meets the threshold and becomes a referral, the rest are screened out.
 * Children whose re-referral falls due this week come back through the same door. The threshold moves
 * with pressure (acceptanceShare). About 7% of
 * referrals end in no further action before assessment.
 */
import { enqueueCase } from '../state/caseload.js';
import { newCase, reopenCase } from '../state/cases.js';
import { Stage } from '../state/codes.js';
import { drawDuration } from '../state/durations.js';
import { next, poisson } from '../state/rng.js';
import { referralTeam } from '../state/structure.js';
import { isReporting, logsEvents, reportingWeek, takeScheduled, type State } from '../state/state.js';
import { closeCase } from './closure.js';
import { scheduleTransfer } from './transfers.js';
import { drawAgeAtReferralWeeks } from './age.js';

export function contactsMean(s: State): number {
  const d = s.p.demand;
  const season = 1 + d.seasonalAmplitude * Math.cos((2 * Math.PI * ((s.t % 52) - d.seasonalPeakWeek)) / 52);
  let extra = 0;
  for (const surge of s.surges) if (s.t >= surge.fromWeek && s.t < surge.untilWeek) extra += surge.extraContactsPerWeek;
  return Math.max(0, d.contactsPerWeek * season + extra);
}

/**
 * The threshold tightens while cases wait unallocated and while caseloads run above their reference:
 * the push-backs that keep a stretched service from an unbounded backlog, and the balancing loop that
 * holds the authority steady when more changes of worker make plans run longer (docs/model.md).
 */
export function acceptanceShare(s: State): number {
  const d = s.p.demand;
  const waiting = s.openCases > 0 ? s.queued / s.openCases : 0;
  const overReference = Math.max(0, caseloadPerFte(s) / d.referenceCaseload - 1);
  return d.referralShareOfContacts * Math.max(0, 1 - d.thresholdResponse * waiting) * Math.max(0, 1 - d.caseloadResponse * overReference);
}

/** Cases held per case-holding FTE (the DfE caseload), as the front door sees it this week. */
export function caseloadPerFte(s: State): number {
  const ws = s.workers;
  let cases = 0, fte = 0;
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    if (ws.team[w] >= s.structure.caseTeams) continue;
    cases += ws.cases[w];
    fte += ws.fte[w];
  }
  return fte > 0 ? cases / fte : 0;
}

export function receiveReferrals(s: State): void {
  const mean = contactsMean(s);
  const share = acceptanceShare(s);
  // Thinning a Poisson stream gives two independent Poisson streams: no per-contact draw needed.
  const accepted = poisson(s.rng.referrals, mean * share);
  const screened = poisson(s.rng.referrals, mean * (1 - share));
  s.week.screenedOut += screened;
  s.week.contacts += screened;
  s.totals.contacts += screened;
  s.totals.screenedOut += screened;
  for (let i = 0; i < accepted; i++) admit(s, newCase(s.cases, Stage.assessment, referralTeam(s.structure, s.rng.structure), s.t), false);
  const returning = takeScheduled(s.returns, s.t);
  if (returning) for (const c of returning) admit(s, c, true);
}

function admit(s: State, c: number, returning: boolean): void {
  const cs = s.cases;
  s.week.contacts++;
  s.week.referrals++;
  s.totals.contacts++;
  s.totals.referrals++;
  s.openCases++;
  if (returning) reopenCase(cs, c, Stage.assessment, referralTeam(s.structure, s.rng.structure), s.t);
  else cs.bornWeek[c] = s.t - drawAgeAtReferralWeeks(s);
  const within12m = s.t - cs.prevReferralWeek[c] <= 52;
  if (within12m) s.week.reReferrals12m++;
  if (isReporting(s)) {
    s.window.referrals++;
    if (within12m) s.window.reReferrals12m++;
  }
  if (logsEvents(s)) s.events.push({ week: reportingWeek(s), kind: 'referral', caseId: cs.childId[c], detail: returning ? 're-referral' : 'new' });
  if (next(s.rng.assessment) < s.p.pathway.noFurtherActionShare) {
    closeCase(s, c, true);
    return;
  }
  cs.workNeeded[c] = drawDuration(s.samplers.assessment, s.rng.casework);
  scheduleTransfer(s, c);
  enqueueCase(s, c);
}
