/** The team indexes of the default structure (scenarios/default.json and the tiny fixture): for tests that place workers and cases by hand. */
export const Team = { assessment: 0, longTerm: 1, inCare: 2, nonCaseHolding: 3 } as const;
export const TEAM_NAMES = ['assessment', 'longTerm', 'inCare', 'nonCaseHolding'] as const;
export const CASE_TEAMS = 3;
export const ALL_TEAMS = 4;
