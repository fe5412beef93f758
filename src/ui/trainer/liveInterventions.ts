/**
 * The live interventions a trainer can trigger, each as the scenario intervention it records, so the
 * exported scenario replays the demonstration exactly. Sizes scale with the authority, so a button
 * means the same in a small and a large one.
 */
import type { Intervention, Scenario } from '../../scenario/types.js';

export type LiveAction = 'surge' | 'resignations' | 'agencyBan' | 'payCap' | 'recruitmentDrive' | 'overtimeBan';

export const LIVE_ACTIONS: readonly { action: LiveAction; label: string; explain: string }[] = [
  { action: 'surge', label: 'Demand surge', explain: 'Half as many contacts again at the front door for 13 weeks.' },
  { action: 'resignations', label: 'Wave of resignations', explain: 'One in twenty case-holding permanent workers resign this week.' },
  { action: 'agencyBan', label: 'Agency ban', explain: 'No new agency workers from now on (those in post stay to the end of their assignment).' },
  { action: 'payCap', label: 'Agency pay cap', explain: 'The regional cap on agency pay: cheaper, but fewer agency workers on offer.' },
  { action: 'recruitmentDrive', label: 'Recruitment drive', explain: 'A campaign that brings in one new worker per twenty posts, in eight weeks.' },
  { action: 'overtimeBan', label: 'Overtime ban', explain: 'No hours beyond contract: less stress, but work left undone slows plans.' },
];

function caseHoldingPosts(s: Scenario): number {
  return s.structure.teams.reduce((sum, team) => sum + (s.workforce.establishment[team.name] ?? 0), 0);
}

/** The intervention for an action at reporting week `week`. */
export function liveIntervention(action: LiveAction, s: Scenario, week: number): Intervention {
  switch (action) {
    case 'surge':
      return { week, surge: { extraContactsPerWeek: Math.max(1, Math.round(s.demand.contactsPerWeek * 0.5)), durationWeeks: 13 } };
    case 'resignations':
      return { week, leave: { count: Math.max(1, Math.round(caseHoldingPosts(s) / 20)) } };
    case 'agencyBan':
      return { week, set: { 'agency.allowed': false } };
    case 'payCap':
      return { week, set: { 'agency.payCap.enabled': true } };
    case 'recruitmentDrive':
      return { week, recruitmentDrive: { hires: Math.max(1, Math.round(caseHoldingPosts(s) / 20)), leadWeeks: 8 } };
    case 'overtimeBan':
      return { week, set: { 'overtime.policy': 'none' } };
  }
}
