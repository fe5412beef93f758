/** The scenario module's public surface: schema, validation, resolution and parameter paths. */
export type { ScenarioDocument, ScenarioError, ScenarioSources } from './types.js';
export { scenarioSchema, describeExpected, type JsonSchema } from './schema.js';
export { validateScenario, formatErrors } from './validate.js';
export { describeSchemaErrors } from './schemaErrors.js';
export { resolveScenario, mergeScenarios, type ResolveResult, type ScenarioLoader } from './resolve.js';
export { applyParameterPath, getPath, setPath, pathParts, PathError, MAX_PATH_PARTS, listParameterPaths, isParameterLeaf, isParameterPath, formatPath, type ParameterPath } from './paths.js';
