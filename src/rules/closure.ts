/**
 * Closure and the chance of coming back (docs/model.md §D3): a closed child is re-referred with a
 * probability that rises with the drift of her plans and the changes of worker she had. Her slot is
 * kept until she returns, so her history (last worker, change weeks) is there when she does.
 */
import { detachClosedCase, freeClosedCase, setStage } from '../state/caseload.js';
import { BIRTH_UNKNOWN } from '../state/cases.js';
import { Stage } from '../state/codes.js';
import { leavesCareWeek } from './age.js';
import { geometricWeeks, next } from '../state/rng.js';
import { isReporting, logsEvents, reportingWeek, schedule, type State } from '../state/state.js';

export function reReferralProbability(s: State, c: number, noService: boolean): number {
  const r = s.p.reReferral;
  if (noService) return r.noServiceProbability;
  const cs = s.cases;
  const changes = Math.max(0, cs.workers[c] - 1);
  const p = r.baseProbability * (1 + (r.driftEffectPer26Weeks * Math.max(0, cs.episodeDrift[c])) / 26) * (1 + r.changeEffect * changes);
  return Math.min(0.95, p);
}

/** `noService`: closed at the front of the pathway (no further action, or assessed not in need). */
export function closeCase(s: State, c: number, noService: boolean): void {
  const cs = s.cases;
  s.openCases--;
  s.week.closures++;
  s.totals.closures++;
  if (isReporting(s)) {
    s.window.closed++;
    if (cs.workers[c] >= 3) s.window.closedWith3PlusWorkers++;
    s.window.closedByWorkers[Math.min(4, cs.workers[c])]++;
    s.window.closedDurationSum += s.t - cs.referralWeek[c];
    if (cs.stage[c] === Stage.lookedAfter) s.window.lacCeased++;
  }
  if (logsEvents(s)) s.events.push({ week: reportingWeek(s), kind: 'closed', caseId: cs.childId[c], workerId: cs.worker[c] });
  const p = reReferralProbability(s, c, noService);
  detachClosedCase(s, c);
  if (next(s.rng.reReferral) < p) {
    const delay = geometricWeeks(s.rng.reReferral, 1 / Math.max(1, s.p.reReferral.meanDelayWeeks));
    // A young person who would be 18 by then is an adult: children's services do not take her back.
    if (delay <= s.p.reReferral.maxDelayWeeks && (cs.bornWeek[c] === BIRTH_UNKNOWN || s.t + delay < leavesCareWeek(cs.bornWeek[c]))) {
      setStage(s, c, Stage.awaitingReturn);
      schedule(s.returns, s.t + delay, c);
      return;
    }
  }
  freeClosedCase(s, c);
}
