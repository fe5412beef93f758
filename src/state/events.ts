/**
 * What happened to whom: the causes of a change of worker and the entries of the optional event log.
 * They are written by the stores and rules as the run goes; the outputs (src/metrics/fields.ts) count
 * and report them.
 */

/** Causes of a change of worker (docs/model.md §D3), stored as small integers. */
export const ChangeCause = {
  leaver: 0,
  agencyEnd: 1,
  handover: 2,
  holding: 3,
  /** A manager moves the case off a worker well above her team's mean caseload. DfE reason: managing caseloads. */
  rebalance: 4,
  internalMove: 5,
  absence: 6,
  reReferral: 7,
  /** A manager gives a new starter cases from colleagues. DfE reason: managing caseloads. */
  newStarter: 8,
  /** A periodic caseload review evens out a team's caseloads. DfE reason: managing caseloads. */
  caseReview: 9,
  /** A transfer point moves a child-protection or looked-after case into court work. DfE reason: transfer by the standard process between teams. */
  court: 10,
  /** A transfer point moves a looked-after child to a permanence team. DfE reason: transfer by the standard process between teams. */
  permanence: 11,
  /** A transfer point moves a looked-after young person to a leaving-care team. DfE reason: transfer by the standard process between teams. */
  leavingCare: 12,
  /** Any other transfer point between teams inside a stage. DfE reason: transfer by the standard process between teams. */
  teamTransfer: 13,
  /** A looked-after child asked for a new worker and was given one. DfE reason: the child's request. */
  childRequest: 14,
  /** A manager withdrew the worker from one case for a reason of that case (conflict of interest, complaint upheld, threats). DfE reason: other. */
  withdrawn: 15,
} as const;
export type ChangeCauseCode = (typeof ChangeCause)[keyof typeof ChangeCause];
export const CHANGE_CAUSE_NAMES = Object.keys(ChangeCause) as (keyof typeof ChangeCause)[];

/** Where an employed leaver goes (src/rules/destinations.ts); `stays`: the 2024 experience bar kept her in post. */
export const Destination = { otherAuthority: 0, agencyInRegion: 1, agencyElsewhere: 2, outOfSector: 3, stays: 4 } as const;

/** One entry of the optional event log (trainer mode, tests, "follow a child"). */
export interface RunEvent {
  week: number;
  kind: 'referral' | 'allocated' | 'change' | 'queued' | 'stage' | 'closed' | 'workerStart' | 'workerResign' | 'workerLeave';
  caseId?: number;
  workerId?: number;
  fromWorker?: number;
  cause?: keyof typeof ChangeCause;
  /** Weeks of plan progress the change cost (kind 'change'). */
  progressLostWeeks?: number;
  detail?: string;
}
