/**
 * What is already under way at week 0 in an authority that has been running: workers working their
 * notice, and children closed before week 0 who will be referred again. Seeded without them, nobody
 * left in the first four weeks (every team's morale rose about 0.05 before the first leavers) and no
 * child came back for months while returns are about three in ten referrals, so caseloads dipped in
 * the first year (docs/calibration.md, Steady baseline). Both are drawn at the running model's own
 * rates, from the `initial` stream.
 */
import { NONE, Stage, WorkerStatus, WorkerType } from '../state/codes.js';
import { ChangeCause } from '../state/events.js';
import { newCase } from '../state/cases.js';
import { drawDuration } from '../state/durations.js';
import { geometricWeeks, poisson } from '../state/rng.js';
import { resign } from '../state/staffing.js';
import { schedule, type State } from '../state/state.js';
import { referralTeam } from '../state/structure.js';
import { leavingHazard } from '../rules/turnover.js';

/**
 * Each worker is on notice with chance (her weekly leaving hazard × the notice's length), the weeks
 * left of it uniform: the share of a steady workforce that resigned within the last notice period.
 */
export function seedNotices(s: State): void {
  const ws = s.workers;
  const a = s.p.agency;
  const permanent = s.p.turnover.noticeWeeks;
  const agency = a.rules2024.alignNoticeWithPermanent ? permanent : a.noticeWeeks;
  // resign() does not change the active list: a fixed count, in the list's order.
  for (let i = 0; i < ws.activeCount; i++) {
    const w = ws.active[i];
    const notice = ws.type[w] === WorkerType.agency ? agency : permanent;
    if (notice <= 0 || ws.status[w] !== WorkerStatus.active) continue;
    if (s.rng.initial() >= Math.min(1, leavingHazard(s, w) * notice)) continue;
    resign(s, w, ChangeCause.leaver);
    // Resigned 1 to `notice` weeks ago: she leaves in week 0 to notice − 1.
    ws.noticeEnd[w] = s.t + Math.floor(s.rng.initial() * notice);
  }
}

/**
 * Children closed before week 0 whose re-referral falls in the run. Returns arrive at `perWeek` once
 * running; a closure schedules one with a geometric delay (reReferral.meanDelayWeeks) of at most
 * maxDelayWeeks, so the children closed before week 0 return in week k at perWeek × P(k < delay ≤ max)
 * / P(delay ≤ max). Each brings the history a return needs: the referral of her closed episode (for
 * DfE's re-referral within 12 months), a last worker among today's case holders (so she meets a new
 * worker as most returning children do), and her age (`birthWeek`, drawn as for the open cases).
 * Her count of workers so far is drawn with the open cases' (src/engine/init.ts).
 */
export function seedReturns(s: State, perWeek: number, birthWeek: (referralWeek: number) => number): void {
  const r = s.p.reReferral;
  const p = 1 / Math.max(1, r.meanDelayWeeks);
  const max = r.maxDelayWeeks;
  const stay = 1 - p;
  const within = 1 - stay ** max;
  if (!(perWeek > 0) || !(within > 0)) return;
  const sm = s.samplers;
  const pw = s.p.pathway;
  const noService = noServiceShare(s);
  // Closures that come back: those closed without a service return at their own, higher probability.
  const noServiceReturns = noService * r.noServiceProbability;
  const returnsNoService = noServiceReturns / (noServiceReturns + (1 - noService) * r.baseProbability);
  for (let k = 0; k < max; k++) {
    const count = poisson(s.rng.initial, (perWeek * (stay ** k - stay ** max)) / within);
    for (let i = 0; i < count; i++) {
      // Weeks since her closure: the delay's tail beyond k, at most max in all.
      let ago = 1;
      for (let tries = 0; tries < 20; tries++) {
        ago = geometricWeeks(s.rng.initial, p);
        if (ago + k <= max) break;
        ago = 1;
      }
      const closedWithout = s.rng.initial() < returnsNoService;
      const nfa = closedWithout && s.rng.initial() < pw.noFurtherActionShare / noService;
      const episode = nfa ? 0 : drawDuration(sm.assessment, s.rng.initial) + (closedWithout ? 0 : drawDuration(sm.childInNeed, s.rng.initial));
      const referralWeek = -ago - Math.round(episode);
      const c = newCase(s.cases, Stage.awaitingReturn, referralTeam(s.structure, s.rng.initial), referralWeek);
      s.cases.bornWeek[c] = birthWeek(referralWeek);
      s.cases.lastWorker[c] = pastWorker(s);
      schedule(s.returns, s.t + k, c);
    }
  }
}

/** The share of referrals closed without a service: no further action, or assessed not in need. */
export function noServiceShare(s: State): number {
  const pw = s.p.pathway;
  const o = pw.assessmentOutcomes;
  const notInNeed = o.notInNeed / (o.notInNeed + o.childInNeed + o.childProtection + o.lookedAfter);
  return pw.noFurtherActionShare + (1 - pw.noFurtherActionShare) * notInNeed;
}

/** A case holder in post at week 0, at random: the worker a returning child last had, or NONE if there is none. */
function pastWorker(s: State): number {
  const ws = s.workers;
  for (let tries = 0; tries < 50 && ws.activeCount > 0; tries++) {
    const w = ws.active[Math.floor(s.rng.initial() * ws.activeCount)];
    if (ws.team[w] < s.structure.caseTeams) return w;
  }
  return NONE;
}
