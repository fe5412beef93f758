/** Node-only edges: atomic file writes and reading scenario files (everything else stays pure). */
export { writeFileAtomic, tempPathFor } from './writeFileAtomic.js';
export { loadScenarioFile, scenarioFileLoader, locateScenario, displayPath, SCENARIOS_DIR } from './loadScenarioFile.js';
export { parseJson, type ParsedJson } from './parseJson.js';
export { jsonErrorOffset } from './jsonErrorOffset.js';
export { describeFsError, isFsError, errorCode } from './fsErrors.js';
