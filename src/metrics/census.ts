/**
 * The official populations at 31 March (DfE): looked-after children on that day, with the social
 * workers they had in the year and the DfE reason for each new worker (Children looked after in
 * England, stability measures, from 2023-24), and children in need on that day, with changes of worker
 * in the last six months and workers during the episode so far, by length of involvement and by legal
 * status (Characteristics of children in need). Counts are added up over every 31 March in the
 * reporting window and turned into shares in the summary (src/metrics/censusSummary.ts); a window
 * without a 31 March gives 0.
 *
 * The model's year starts in the first week of January (seasonal peak in spring, newly qualified staff
 * in September), so 31 March is the end of week 12 of each year.
 */
import { CHANGE_SLOTS, LONG_AGO } from '../state/cases.js';
import { NONE, Stage } from '../state/codes.js';
import { ChangeCause } from '../state/events.js';
import type { State } from '../state/state.js';
import { share } from './official.js';

export const MARCH_31_WEEK_OF_YEAR = 12;

/** DfE's reasons for a new social worker of a looked-after child (SSDA903, from 2023-24). */
export const DFE_REASONS = ['workerLeft', 'teamTransfer', 'managingCaseloads', 'absence', 'firstContactOrReReferral', 'childRequest', 'other'] as const;
export type DfeReason = (typeof DFE_REASONS)[number];

/**
 * Every cause of a change of worker in DfE's categories: the one table (docs/outputs.md prints it). A
 * new cause will not type-check until it is placed here.
 */
export const DFE_REASON_OF_CAUSE: Record<keyof typeof ChangeCause, DfeReason> = {
  leaver: 'workerLeft',
  agencyEnd: 'workerLeft',
  internalMove: 'workerLeft',
  handover: 'teamTransfer',
  holding: 'managingCaseloads',
  rebalance: 'managingCaseloads',
  newStarter: 'managingCaseloads',
  caseReview: 'managingCaseloads',
  absence: 'absence',
  reReferral: 'firstContactOrReReferral',
  court: 'teamTransfer',
  permanence: 'teamTransfer',
  leavingCare: 'teamTransfer',
  teamTransfer: 'teamTransfer',
  childRequest: 'childRequest',
  withdrawn: 'other',
};

const REASON_INDEX: Uint8Array = Uint8Array.from(
  (Object.keys(ChangeCause) as (keyof typeof ChangeCause)[]).sort((a, b) => ChangeCause[a] - ChangeCause[b]).map((name) => DFE_REASONS.indexOf(DFE_REASON_OF_CAUSE[name])),
);

const FIRST_CONTACT = DFE_REASONS.indexOf('firstContactOrReReferral');
/** DfE's two-year measure: children looked after at 31 March for two years or more, over those two years. */
const TWO_YEARS = 104;

/** Children in need at 31 March are grouped by how long they have been open and by legal status. */
export const INVOLVEMENT_GROUPS = ['Under3m', '3to6m', '6to12m', '1to2y', '2yPlus'] as const;
const INVOLVEMENT_UPTO_WEEKS = [13, 26, 52, 104, Infinity];
export const STATUS_GROUPS = ['Assessment', 'ChildInNeed', 'ChildProtection', 'LookedAfter'] as const;
const GROUPS = 1 + INVOLVEMENT_GROUPS.length + STATUS_GROUPS.length;

/** DfE's age groups of looked-after children and of children in need at 31 March: under 1, 1 to 4, 5 to 9, 10 to 15, 16 and over. */
export const LAC_AGE_GROUPS = ['Under1', '1to4', '5to9', '10to15', '16Plus'] as const;
const LAC_AGE_UPTO_WEEKS = [52, 5 * 52, 10 * 52, 16 * 52, Infinity];

/** Layout of the census accumulator (WindowTotals.census). */
export const Census = {
  days: 0,
  lac: 1,
  lacWorkers: 2, // 1, 2, 3+ workers in the year: 3 slots
  lacReasons: 5, // one slot per DFE_REASONS
  lacEpisodeReasons: 5 + DFE_REASONS.length, // one slot per DFE_REASONS
  lac2y: 5 + 2 * DFE_REASONS.length, // looked after for two years or more
  lac2yEpisodeReasons: 6 + 2 * DFE_REASONS.length, // one slot per DFE_REASONS
  lacAges: 6 + 3 * DFE_REASONS.length, // one slot per LAC_AGE_GROUPS
  cinAges: 6 + 3 * DFE_REASONS.length + LAC_AGE_GROUPS.length, // one slot per LAC_AGE_GROUPS
  cin: 6 + 3 * DFE_REASONS.length + 2 * LAC_AGE_GROUPS.length, // per group: children, changed in 6 months, workers so far
} as const;
export const CENSUS_SIZE = Census.cin + 3 * GROUPS;

export const isMarch31 = (t: number): boolean => t % 52 === MARCH_31_WEEK_OF_YEAR;

/** Adds this week's 31 March populations to the accumulator. */
export function takeCensus(s: State, census: Float64Array): void {
  const cs = s.cases;
  census[Census.days]++;
  const from26 = s.t - 26;
  const from52 = s.t - 52;
  for (let c = 0; c < cs.used; c++) {
    const st = cs.stage[c];
    if (st < Stage.assessment || st > Stage.lookedAfter) continue;
    let changed26 = 0, changed52 = 0;
    for (let k = 0; k < CHANGE_SLOTS; k++) {
      const week = cs.changeWeeks[c * CHANGE_SLOTS + k];
      if (week > from26) changed26++;
      if (week > from52) {
        changed52++;
        if (st === Stage.lookedAfter) census[Census.lacReasons + REASON_INDEX[cs.changeCauses[c * CHANGE_SLOTS + k]]]++;
      }
    }
    const age = s.t - cs.bornWeek[c];
    let band = 0;
    while (age >= LAC_AGE_UPTO_WEEKS[band]) band++;
    census[Census.cinAges + band]++;
    if (st === Stage.lookedAfter) {
      census[Census.lac]++;
      addEpisodeReasons(s, c, 52, census, Census.lacEpisodeReasons);
      if (s.t - cs.planStart[c] >= TWO_YEARS) {
        census[Census.lac2y]++;
        addEpisodeReasons(s, c, TWO_YEARS, census, Census.lac2yEpisodeReasons);
      }
      census[Census.lacWorkers + Math.min(2, changed52)]++;
      census[Census.lacAges + band]++;
    }
    const open = s.t - cs.referralWeek[c];
    let length = 0;
    while (open >= INVOLVEMENT_UPTO_WEEKS[length]) length++;
    addChild(census, 0, changed26, cs.workers[c]);
    addChild(census, 1 + length, changed26, cs.workers[c]);
    addChild(census, 1 + INVOLVEMENT_GROUPS.length + (st - Stage.assessment), changed26, cs.workers[c]);
  }
}

/**
 * DfE's reasons are over every social worker episode of the period (Stability measures), the one open
 * when the period began included: each new worker counts by her change's cause, and the first worker
 * by the change that brought her, or as first contact when no change came before (she was the
 * child's first worker, or the child was first allocated in the period). Her reason is unknown, and
 * she is not counted (DfE's returns also have episodes without a reason), when the ring of recent
 * changes was filled inside the period or the child's case was seeded at the start of the run with no
 * history.
 */
function addEpisodeReasons(s: State, c: number, weeks: number, census: Float64Array, base: number): void {
  const cs = s.cases;
  const from = s.t - weeks;
  let before = NONE;
  let empty = false;
  for (let k = 0; k < CHANGE_SLOTS; k++) {
    const week = cs.changeWeeks[c * CHANGE_SLOTS + k];
    if (week > from) census[base + REASON_INDEX[cs.changeCauses[c * CHANGE_SLOTS + k]]]++;
    else if (week === LONG_AGO) empty = true;
    else if (before === NONE || week > cs.changeWeeks[c * CHANGE_SLOTS + before]) before = k;
  }
  if (before !== NONE) census[base + REASON_INDEX[cs.changeCauses[c * CHANGE_SLOTS + before]]]++;
  else if (empty && cs.referralWeek[c] >= 0) census[base + FIRST_CONTACT]++;
}

function addChild(census: Float64Array, group: number, changed26: number, workers: number): void {
  const b = Census.cin + 3 * group;
  census[b]++;
  if (changed26 > 0) census[b + 1]++;
  census[b + 2] += workers;
}

/** Children in need at 31 March in `group` (0 = all, then INVOLVEMENT_GROUPS, then STATUS_GROUPS): share changed in 6 months, mean workers so far. */
export function cinGroup(census: Float64Array, group: number): { changed6m: number; meanWorkers: number } {
  const b = Census.cin + 3 * group;
  return { changed6m: share(census[b + 1], census[b]), meanWorkers: share(census[b + 2], census[b]) };
}
