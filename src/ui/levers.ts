/**
 * The levers the editor shows, grouped by theme (docs/model.md §D6 policies plus the main demand and
 * workforce parameters). Everything a user reads about a lever — explanation, unit, range, choices —
 * comes from the schema's description and bounds; only the grouping and the short label live here.
 */
import { listParameterPaths, type JsonSchema } from '../scenario/index.js';

export interface Lever {
  path: string;
  label: string;
  /** The first sentence(s) of the schema description, before "Unit:". */
  explanation: string;
  unit: string;
  /** "0 to 1", "1 to 104", or the choices. */
  range: string;
  kind: 'number' | 'integer' | 'boolean' | 'choice';
  choices: readonly string[];
  min?: number;
  max?: number;
  source: string;
}

export interface LeverGroup {
  id: string;
  title: string;
  paths: readonly string[];
}

export const LEVER_GROUPS: readonly LeverGroup[] = [
  { id: 'demand', title: 'Demand', paths: ['demand.contactsPerWeek', 'demand.referralShareOfContacts', 'demand.thresholdResponse', 'demand.seasonalAmplitude'] },
  {
    id: 'workforce',
    title: 'Workforce',
    paths: [
      'workforce.initialVacancyRate', 'workforce.capacityPerFte', 'workforce.contractedHours', 'workforce.partTimeShare',
      'workforce.nqCaseloadProtection', 'workforce.internalMovesPerYear', 'turnover.baseAnnualRate', 'turnover.noticeWeeks',
      'stress.flexibleWorking', 'stress.supervisionRatio',
    ],
  },
  {
    id: 'recruitment',
    title: 'Recruitment',
    paths: [
      'recruitment.enabled', 'recruitment.timeToHireWeeks.min', 'recruitment.timeToHireWeeks.max', 'recruitment.successProbability',
      'recruitment.attractiveness', 'recruitment.inadequateRating', 'recruitment.overseasShare', 'recruitment.nqIntakePerYear',
      'costs.recruitmentCostPerHire', 'costs.annualBudget',
    ],
  },
  {
    id: 'agency',
    title: 'Agency',
    paths: [
      'agency.allowed', 'agency.fillDelayWeeks', 'agency.maxShareOfVacancies', 'agency.supplyPerWeek', 'agency.premium',
      'agency.payCap.enabled', 'agency.payCap.premium', 'agency.payCap.supplyFactor',
      'agency.rules2024.alignNoticeWithPermanent', 'agency.rules2024.requireExperience', 'agency.rules2024.noLocalLocumWeeks',
      'agency.conversionProbability',
    ],
  },
  { id: 'overtime', title: 'Overtime', paths: ['overtime.policy', 'overtime.maxHoursPerWeek', 'overtime.paidRateMultiplier'] },
  {
    id: 'allocation',
    title: 'Allocation and handovers',
    paths: [
      'allocation.policy', 'allocation.caseloadCap', 'allocation.heldByManager',
      'allocation.rebalancing.enabled', 'allocation.rebalancing.newStarterShare', 'allocation.rebalancing.overloadThreshold',
      'allocation.rebalancing.reviewEveryWeeks', 'allocation.rebalancing.reviewTolerance', 'absence.cover',
    ],
  },
];

/** Where a name needs more than its split camelCase ("nq" → "newly qualified"). */
const WORDS: Record<string, string> = { nq: 'newly qualified', fte: 'FTE', cap: 'cap', rules2024: '2024 rules', per: 'per' };

function words(key: string): string {
  if (WORDS[key]) return WORDS[key];
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(' ')
    .map((w) => WORDS[w.toLowerCase()] ?? w.toLowerCase())
    .join(' ');
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Labels where the last name alone would be too bare ("Enabled", "Policy"). */
const LABELS: Record<string, string> = {
  'recruitment.enabled': 'Permanent recruitment',
  'recruitment.timeToHireWeeks.min': 'Time to hire: shortest',
  'recruitment.timeToHireWeeks.max': 'Time to hire: longest',
  'agency.allowed': 'Agency staff allowed',
  'agency.payCap.enabled': 'Regional agency pay cap',
  'overtime.policy': 'Overtime policy',
  'allocation.policy': 'Allocation policy',
  'allocation.rebalancing.enabled': 'Managers move cases between workers',
  'allocation.rebalancing.newStarterShare': 'New starter: share of a caseload from colleagues',
  'allocation.rebalancing.overloadThreshold': 'Move cases off a worker above (× team mean)',
  'allocation.rebalancing.reviewEveryWeeks': 'Caseload review every (weeks)',
  'allocation.rebalancing.reviewTolerance': 'Review evens out above (× team mean)',
  'absence.cover': 'Absence cover',
  'turnover.baseAnnualRate': 'Base leaving rate',
  'turnover.noticeWeeks': 'Notice period',
};

/** "agency.payCap.premium" → "Pay cap: premium"; "demand.contactsPerWeek" → "Contacts per week". */
export function leverLabel(path: string): string {
  if (LABELS[path]) return LABELS[path];
  const keys = path.split('.').slice(1);
  return capitalise(keys.map(words).join(': '));
}

/** Splits "What it is. Unit: weeks. Source: …" into its parts. */
export function parseDescription(description = ''): { explanation: string; unit: string; source: string } {
  const unitAt = description.indexOf(' Unit: ');
  if (unitAt < 0) return { explanation: description, unit: '', source: '' };
  const explanation = description.slice(0, unitAt).trim();
  const rest = description.slice(unitAt + 7);
  const end = rest.search(/\.\s+[A-Z]/);
  const unit = (end < 0 ? rest : rest.slice(0, end)).replace(/\.$/, '').trim();
  const source = end < 0 ? '' : rest.slice(end + 1).trim();
  return { explanation, unit, source };
}

function describeRange(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.join(', ');
  if (schema.type === 'boolean') return 'on or off';
  const lo = schema.minimum ?? schema.exclusiveMinimum;
  const hi = schema.maximum ?? schema.exclusiveMaximum;
  if (lo !== undefined && hi !== undefined) return `${lo} to ${hi}`;
  if (lo !== undefined) return `${schema.exclusiveMinimum !== undefined ? 'above' : 'at least'} ${lo}`;
  if (hi !== undefined) return `at most ${hi}`;
  return 'any number';
}

const SCHEMAS = new Map(listParameterPaths().map((p) => [p.path, p.schema]));

export function lever(path: string): Lever {
  const schema = SCHEMAS.get(path);
  if (!schema) throw new Error(`levers.ts names ${path}, which is not a scenario parameter`);
  const { explanation, unit, source } = parseDescription(schema.description);
  const kind = schema.enum ? 'choice' : schema.type === 'boolean' ? 'boolean' : schema.type === 'integer' ? 'integer' : 'number';
  return {
    path,
    label: leverLabel(path),
    explanation,
    unit,
    range: describeRange(schema),
    kind,
    choices: (schema.enum ?? []).map(String),
    min: schema.minimum ?? schema.exclusiveMinimum,
    max: schema.maximum ?? schema.exclusiveMaximum,
    source,
  };
}
