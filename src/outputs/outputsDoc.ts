/**
 * The text of docs/outputs.md, generated from the field lists in src/metrics/fields.ts so the
 * documentation cannot drift from the columns (`npm run docs:outputs` writes it; a test compares).
 * The prose on official definitions follows docs/model.md §D7 and §D9.
 */
import { SERIES_FIELD_NAMES, SERIES_FIELDS, SUMMARY_FIELD_NAMES, SUMMARY_FIELDS, type FieldInfo } from '../metrics/fields.js';
import { DFE_REASONS, DFE_REASON_OF_CAUSE } from '../metrics/census.js';
import { CHANGE_CAUSES } from './causes.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function table(names: readonly string[], fields: Record<string, FieldInfo>): string[] {
  return [
    '| name | unit | definition |',
    '|---|---|---|',
    ...names.map((name) => `| \`${name}\` | ${cell(fields[name].unit)} | ${cell(fields[name].description)} |`),
  ];
}

const INTRO = [
  '# Outputs',
  '',
  '<!-- Generated from src/metrics/fields.ts by `npm run docs:outputs`. Edit the field list there, not this file. -->',
  '',
  'Every run produces two things: a **series** (one value per reporting week for each field below) and a',
  '**summary** (one value per run, over the reporting window that follows the warm-up). The names are the',
  'same everywhere: CSV columns, JSON keys and the labels in the browser. They are stable; researchers can',
  'build on them.',
  '',
  '```sh',
  'npx handover run scenarios/default.json --seed 1 --years 10 --out run.csv                  # series, CSV',
  'npx handover run scenarios/default.json --seed 1 --years 10 --format json --out run.json   # summary + series, JSON',
  'npx handover run scenarios/default.json --summary-only --format csv                        # summary, CSV, to stdout',
  '```',
  '',
  '## File formats',
  '',
  '- **Series CSV**: a header row of the series names below, in this order, then one row per reporting',
  '  week (`years × 52` rows). Lines end in `\\n`; a cell is quoted only if it holds a comma, quote or line break.',
  '- **Summary CSV** (`--summary-only`): a header row `scenario,seed,warmupWeeks,weeks` followed by the',
  '  summary names below, then one row of values, so the summaries of many runs stack into one table.',
  '- **JSON**: `{ "scenario", "seed", "warmupWeeks", "weeks", "summary": { name: value }, "series": { name: [values] } }`,',
  '  keys in the order of the tables below (`--summary-only` leaves out `series`).',
  '- **Numbers**: whole numbers are written as they are; other values are rounded to 6 significant',
  '  digits, with no exponent, thousands separator or locale, so the same run gives the same bytes on every',
  '  machine. A value that cannot be computed (for example a rate when nobody is in post) is an empty',
  '  CSV cell and `null` in JSON.',
  '- Shares are written as fractions between 0 and 1 (0.159, not 15.9%); money is in pounds.',
  '- **Where outputs go, and how big a run may be**: `--out` replaces only a regular file (a link is written',
  '  through, a device or FIFO refused, `-` is stdout), and runs too large for memory are refused before they',
  '  start; [limits.md](limits.md) lists every limit, its estimate and the `--max-memory` override.',
];

const DEFINITIONS = [
  '## Official definitions',
  '',
  'Where a published statistic exists the model measures it the same way, so its outputs can be set beside',
  'the national figures (docs/model.md §D9).',
  '',
  '- **Turnover rate** (DfE, *Children\'s social work workforce*): FTE of social workers employed by the',
  '  authority who left in the year, divided by FTE in post. Agency workers are excluded, as in the census;',
  '  their churn is reported separately (`agencyEndsRolling52w`, `agencyChurnRate`). The weekly series is',
  '  rolling: leavers in the last 52 weeks over FTE in post now. The summary annualises leavers over the',
  '  reporting window and divides by mean FTE in post.',
  '- **Vacancy rate** (DfE): vacancy FTE / (vacancy FTE + FTE in post). A funded post covered by an agency',
  '  worker is still a vacancy.',
  '- **Agency rate** (DfE): agency FTE / (agency FTE + FTE in post).',
  '- **Caseload** (DfE): cases held / FTE of case-holding social workers (not all social workers hold cases).',
  '  The DfE counts every case as one (`meanCaseload`, `caseloadP10`…`caseloadP90`). The caseload cap',
  '  (`allocation.caseloadCap`) limits the *weighted* caseload instead, each case counting its stage\'s',
  '  `pathway.caseWeights` (a child protection case more than an assessment), so the cap is read against',
  '  `meanWeightedCaseload` and `weightedCaseloadP90`, and `shareOverCap` compares each worker\'s weighted',
  '  caseload with her own cap.',
  '- **Changes of worker in 26 weeks**: for each open case, the changes of allocated social worker in the',
  '  last 26 weeks, whatever their cause; the outputs give the share of open cases with at least 1, 2 and 3',
  '  such changes. `shareWith3PlusWorkers` counts distinct workers over the whole episode so far.',
  '- **Looked-after children\'s stability** (DfE *Stability measures*; Children\'s Commissioner *Stability',
  '  Index*): the share of looked-after children with 3 or more different social workers in the last 52',
  '  weeks (the worker at the start of the window plus 2 or more changes), and with at least 1 and at least',
  '  2 changes in 52 weeks.',
  '- **Re-referral within 12 months** (DfE *Children in need* census): a referral of a child whose previous',
  '  referral was within the last 52 weeks, as a share of all referrals.',
  '- **At 31 March** (the `lac31March…`, `lacNewWorker…`, `lacEpisode…`, `lac2y…` and `cin31March…` summary fields): the official',
  '  populations are the children on the census day, not every open case in every week. The model\'s year',
  '  starts in the first week of January, so 31 March is the end of week 12 of each year; the summary',
  '  averages over every 31 March in the reporting window (0 if it holds none).',
  '  - `lac31March1WorkerShare`, `lac31March2WorkersShare`, `lac31March3PlusWorkersShare` match DfE',
  '    *Stability measures for children looked after in England* (from 2023-24): children looked after at',
  '    31 March by the number of social workers they had in the year (27% had 3 or more in 2023-24).',
  '  - `lacNewWorker…Share` match the reasons for each new social worker in the same publication (from',
  '    2023-24), over the new workers in the year of children looked after at 31 March; `newWorker…Share`',
  '    give the same categories for every change of worker in the window. The categories and the causes',
  '    counted in each are in the table below. A looked-after child asking for a new worker is the',
  "    child's request (`allocation.childRequestPerYear`); a manager withdrawing a worker from one case (a",
  '    conflict of interest, a complaint upheld, threats to the worker: `allocation.withdrawnPerYear`) is',
  '    other.',
  '  - `lacEpisode…Share` are the same reasons as DfE counts them: over every social worker episode of the',
  '    year, the worker the child had when the year began included (counted by the change that brought',
  "    her, or as first contact when she was the child's first worker); `lac2yEpisode…Share` are DfE's",
  '    two-year measure (from 2024-25), over two years for the children looked after at 31 March for two',
  "    years or more (`lac2yChildren`). A first worker whose reason is not known (the child's case was",
  '    seeded at the start of the run, or more than four changes came since) is left out, as DfE leaves',
  '    out episodes without a reason.',
  '  - `cin31MarchChanged6mShare…` and `cin31MarchMeanWorkers…` match the *Characteristics of children in',
  '    need* population at 31 March (every open case, child protection plans and looked-after children',
  '    included): changes of worker in the last six months and social workers during the episode so far,',
  '    for all children and by length of involvement (referral to 31 March) and by legal status.',
];

function causesSection(): string[] {
  return [
    '## Why a child\'s worker changes',
    '',
    'Every change of worker is recorded with its cause (docs/model.md §D3). The series counts changes per week by',
    'cause; the summary gives each cause\'s share of all changes in the reporting window. The words in the',
    'second column are those of the terminal summary; the third is the DfE category the cause is counted in',
    '(the reasons for a new social worker of a looked-after child, *Stability measures*, from 2023-24:',
    `${DFE_REASONS.map((r) => `\`${r}\``).join(', ')}), the one table in \`src/metrics/census.ts\`.`,
    '',
    '| cause | in the terminal summary | DfE category | weekly series | summary share | what happened |',
    '|---|---|---|---|---|---|',
    ...Object.entries(CHANGE_CAUSES).map(
      ([name, c]) => `| \`${name}\` | ${c.words} | \`${DFE_REASON_OF_CAUSE[name as keyof typeof DFE_REASON_OF_CAUSE]}\` | \`${c.seriesField}\` | \`${c.summaryField}\` | ${cell(SERIES_FIELDS[c.seriesField].description)} |`,
    ),
  ];
}

export function outputsDoc(): string {
  return [
    ...INTRO,
    '',
    '## Per-week series',
    '',
    ...table(SERIES_FIELD_NAMES, SERIES_FIELDS),
    '',
    '## Run summary',
    '',
    ...table(SUMMARY_FIELD_NAMES, SUMMARY_FIELDS),
    '',
    ...DEFINITIONS,
    '',
    ...causesSection(),
    '',
  ].join('\n');
}
