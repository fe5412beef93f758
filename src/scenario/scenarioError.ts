/** One problem in a scenario document; `path` is '' for the document itself (shown as "(root)"). */
export interface ScenarioError {
  /** Where the problem is, e.g. `agency.payCap.premium` or `pathway.durations.childInNeed[2].share`. */
  path: string;
  /** What was expected, in plain words: "a number between 0 and 1". */
  expected: string;
  /** A short rendering of what was found. */
  actual: string;
  /** `${path}: expected ${expected}, found ${actual}`. */
  message: string;
}
