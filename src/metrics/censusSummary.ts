/**
 * The 31 March measures of the run summary (src/metrics/census.ts): looked-after children's workers in
 * the year and the DfE reason for each new worker, children in need's changes in six months and
 * workers so far by group, and the DfE reasons for every change in the window (from the weekly change
 * columns, through the one cause-to-reason table).
 */
import { CHANGE_CAUSE_NAMES } from '../state/events.js';
import { Census, DFE_REASONS, DFE_REASON_OF_CAUSE, INVOLVEMENT_GROUPS, LAC_AGE_GROUPS, STATUS_GROUPS, cinGroup, type DfeReason } from './census.js';
import type { Series, SeriesField, SummaryField } from './fields.js';
import { share } from './official.js';

const REASON_FIELD: Record<DfeReason, string> = {
  workerLeft: 'WorkerLeft',
  teamTransfer: 'TeamTransfer',
  managingCaseloads: 'ManagingCaseloads',
  absence: 'Absence',
  firstContactOrReReferral: 'FirstContact',
  childRequest: 'ChildRequest',
  other: 'Other',
};

const total = (a: Float64Array): number => a.reduce((x, y) => x + y, 0);

export type CensusField = Extract<SummaryField, `lac31March${string}` | `lacNewWorker${string}` | `lacEpisode${string}` | `lac2y${string}` | `newWorker${string}` | `cin31March${string}`>;

export function censusSummary(census: Float64Array, series: Series): Record<CensusField, number> {
  const out: Record<string, number> = {};
  const days = census[Census.days];
  const lac = census[Census.lac];
  out.lac31MarchChildren = share(lac, days);
  out.lac31March1WorkerShare = share(census[Census.lacWorkers], lac);
  out.lac31March2WorkersShare = share(census[Census.lacWorkers + 1], lac);
  out.lac31March3PlusWorkersShare = share(census[Census.lacWorkers + 2], lac);
  LAC_AGE_GROUPS.forEach((name, i) => (out[`lac31MarchAge${name}Share`] = share(census[Census.lacAges + i], lac)));
  let lacNew = 0;
  for (let r = 0; r < DFE_REASONS.length; r++) lacNew += census[Census.lacReasons + r];
  DFE_REASONS.forEach((reason, r) => (out[`lacNewWorker${REASON_FIELD[reason]}Share`] = share(census[Census.lacReasons + r], lacNew)));
  let episodes = 0;
  for (let r = 0; r < DFE_REASONS.length; r++) episodes += census[Census.lacEpisodeReasons + r];
  DFE_REASONS.forEach((reason, r) => (out[`lacEpisode${REASON_FIELD[reason]}Share`] = share(census[Census.lacEpisodeReasons + r], episodes)));
  out.lac2yChildren = share(census[Census.lac2y], days);
  let episodes2y = 0;
  for (let r = 0; r < DFE_REASONS.length; r++) episodes2y += census[Census.lac2yEpisodeReasons + r];
  DFE_REASONS.forEach((reason, r) => (out[`lac2yEpisode${REASON_FIELD[reason]}Share`] = share(census[Census.lac2yEpisodeReasons + r], episodes2y)));

  const byReason = new Map<DfeReason, number>(DFE_REASONS.map((r) => [r, 0]));
  let changes = 0;
  for (const cause of CHANGE_CAUSE_NAMES) {
    const n = total(series[`changes${cause[0].toUpperCase()}${cause.slice(1)}` as SeriesField]);
    byReason.set(DFE_REASON_OF_CAUSE[cause], (byReason.get(DFE_REASON_OF_CAUSE[cause]) ?? 0) + n);
    changes += n;
  }
  for (const reason of DFE_REASONS) out[`newWorker${REASON_FIELD[reason]}Share`] = share(byReason.get(reason) ?? 0, changes);

  const all = cinGroup(census, 0);
  out.cin31MarchChildren = share(census[Census.cin], days);
  LAC_AGE_GROUPS.forEach((name, i) => (out[`cin31MarchAge${name}Share`] = share(census[Census.cinAges + i], census[Census.cin])));
  out.cin31MarchChanged6mShare = all.changed6m;
  out.cin31MarchMeanWorkers = all.meanWorkers;
  [...INVOLVEMENT_GROUPS, ...STATUS_GROUPS].forEach((name, i) => {
    const g = cinGroup(census, 1 + i);
    out[`cin31MarchChanged6mShare${name}`] = g.changed6m;
    out[`cin31MarchMeanWorkers${name}`] = g.meanWorkers;
  });
  return out as Record<CensusField, number>;
}
