/**
 * A child's story in words, from the run's event log (kept from the start of the warm-up, whose weeks
 * are 0 and below): referral, each worker she had and why each change happened, the weeks she waited
 * without a worker and the progress each change cost. Children seeded as already open begin with
 * what is known then.
 */
import type { RunEvent } from '../../state/events.js';
import { CHANGE_CAUSES } from '../../outputs/causes.js';

/** "Week 12", or for the warm-up before the demonstration "30 weeks before". */
export function weekLabel(week: number): string {
  return week >= 1 ? `Week ${week}` : `${1 - week} week${1 - week === 1 ? '' : 's'} before`;
}

export interface StoryLine {
  week: number;
  text: string;
  kind: RunEvent['kind'] | 'start';
}

export interface ChildStory {
  child: number;
  lines: StoryLine[];
  workers: number;
  changes: number;
  weeksWaiting: number;
  progressLostWeeks: number;
}

const STAGE_WORDS: Record<string, string> = {
  '1': 'assessment', '2': 'a child in need plan', '3': 'a child protection plan', '4': 'care (looked after)', '5': 'closed, may return',
};

export function childStory(events: readonly RunEvent[], child: number, knownAtStart: { workers: number }, weeksWaiting: number): ChildStory {
  const lines: StoryLine[] = [];
  let changes = 0;
  let lost = 0;
  let workers = knownAtStart.workers;
  const mine = events.filter((e) => e.caseId === child);
  if (!mine.some((e) => e.kind === 'referral')) {
    lines.push({ week: mine[0]?.week ?? 1, kind: 'start', text: `Already known to children's services when the simulation began, before its warm-up, with ${knownAtStart.workers} social worker${knownAtStart.workers === 1 ? '' : 's'} so far.` });
  }
  for (const e of mine) {
    switch (e.kind) {
      case 'referral':
        // A returning child starts a new episode, and her workers are counted afresh (as the case store and DfE count them).
        if (e.detail === 're-referral') workers = 0;
        lines.push({ week: e.week, kind: e.kind, text: e.detail === 're-referral' ? 'Referred again: she is back.' : 'Referred to children\'s services.' });
        break;
      case 'allocated':
        if (workers === 0) {
          workers = 1;
          lines.push({ week: e.week, kind: e.kind, text: `Allocated her first social worker (#${e.workerId}).` });
        }
        break;
      case 'change': {
        changes++;
        workers++;
        lost += e.progressLostWeeks ?? 0;
        const why = e.cause ? CHANGE_CAUSES[e.cause].words : 'a change';
        const cost = e.progressLostWeeks !== undefined ? `; her plan lost ${e.progressLostWeeks.toFixed(1)} weeks of progress` : '';
        lines.push({ week: e.week, kind: e.kind, text: `New social worker #${e.workerId} (worker number ${workers}) — ${why}${cost}.` });
        break;
      }
      case 'stage':
        lines.push({ week: e.week, kind: e.kind, text: `Moved to ${STAGE_WORDS[e.detail ?? ''] ?? `stage ${e.detail}`}.` });
        break;
      case 'closed':
        lines.push({ week: e.week, kind: e.kind, text: 'Case closed.' });
        break;
      default:
        break;
    }
  }
  return { child, lines, workers, changes, weeksWaiting, progressLostWeeks: lost };
}
