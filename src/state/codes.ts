/** Small-integer codes stored in the typed arrays (STYLE.md: enums are const objects). */

export const Stage = {
  free: 0,
  assessment: 1,
  childInNeed: 2,
  childProtection: 3,
  lookedAfter: 4,
  /** Closed, with a re-referral scheduled: the slot keeps the child's history until she returns. */
  awaitingReturn: 5,
} as const;
export type StageCode = (typeof Stage)[keyof typeof Stage];
export const STAGE_NAMES = ['free', 'assessment', 'childInNeed', 'childProtection', 'lookedAfter', 'awaitingReturn'] as const;


export const WorkerType = { permanent: 0, newlyQualified: 1, agency: 2 } as const;
export const WORKER_TYPE_NAMES = ['permanent', 'newly-qualified', 'agency'] as const;

export const WorkerStatus = { active: 1, notice: 2, left: 3 } as const;

/** Queue priority when nobody can take a case: CP > LAC > CIN > assessment (docs/model.md §D3). */
export const PRIORITIES = 4;
export function priorityOf(stage: number): number {
  switch (stage) {
    case Stage.childProtection:
      return 0;
    case Stage.lookedAfter:
      return 1;
    case Stage.childInNeed:
      return 2;
    default:
      return 3;
  }
}

/** Not a worker: the end of a list, an unallocated case. */
export const NONE = -1;
