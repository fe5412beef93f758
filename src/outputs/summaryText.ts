/**
 * formatSummary: the short terminal summary of a run, in the words a planner reads, with each output's
 * field name beside it so a researcher can find the column. Pure and deterministic: the same result
 * always gives the same text.
 */
import type { RunResult, SummaryField } from '../metrics/fields.js';
import { CHANGE_CAUSES } from './causes.js';
import { decimal, howMany, money, percent, wrapItems } from './words.js';

const WIDTH = 100;
const LABEL = 'Workforce  ';
const INDENT = ' '.repeat(LABEL.length);

function period(result: RunResult): string {
  const length = result.weeks % 52 === 0 ? `${result.weeks / 52} ${result.weeks === 52 ? 'year' : 'years'}` : `${result.weeks} weeks`;
  return `${length} reported after ${result.warmupWeeks} weeks' warm-up`;
}

/** "3 in 10 children changed … (shareChanged26w 29.8%)", or "… not measured" when nothing was open. */
function childLine(result: RunResult, field: SummaryField, who: string, what: string): string {
  const share = result.summary[field];
  const count = howMany(share);
  if (count === undefined) return `${who[0].toUpperCase()}${who.slice(1)} who ${what}: not measured (${field} n/a)`;
  return `${count} ${who} ${what} (${field} ${percent(share)})`;
}

function causeItems(result: RunResult): string[] {
  const causes = Object.values(CHANGE_CAUSES)
    .map((cause, order) => ({ ...cause, order, share: result.summary[cause.summaryField] }))
    .filter((cause) => Number.isFinite(cause.share) && cause.share > 0);
  // Largest share first; equal shares keep the order of docs/model.md §D3 so the text never depends on sorting details.
  causes.sort((a, b) => b.share - a.share || a.order - b.order);
  return causes.map((cause) => `${cause.words} ${percent(cause.share)}`);
}

function budgetWords(overspend: number): string {
  if (!Number.isFinite(overspend)) return 'budget n/a';
  if (overspend > 0) return `${money(overspend)} over budget`;
  if (overspend < 0) return `${money(overspend)} under budget`;
  return 'on budget';
}

export function formatSummary(result: RunResult): string {
  const s = result.summary;
  const workforce = [
    `Turnover ${percent(s.turnoverRate)} a year`,
    `vacancy rate ${percent(s.vacancyRate)}`,
    `agency rate ${percent(s.agencyRate)}`,
    `caseload ${decimal(s.meanCaseload)} per FTE`,
  ];
  const children = [
    childLine(result, 'shareChanged26w', 'children', 'changed social worker in the last six months'),
    childLine(result, 'shareChanged3Plus26w', 'children', 'had 3 or more changes of worker in 26 weeks'),
    childLine(result, 'shareWith3PlusWorkers', 'children', 'have had 3 or more social workers so far'),
    childLine(result, 'lacShare3PlusWorkers52w', 'looked-after children', 'had 3 or more social workers in the last year'),
    `Re-referral within 12 months ${percent(s.reReferralRate12m)} (reReferralRate12m)`,
  ];
  const causes = causeItems(result);
  const changes = [
    `${decimal(s.changesPerCaseYear)} changes of worker per open case a year${causes.length > 0 ? ', because:' : ''}`,
    ...wrapItems(causes, WIDTH - LABEL.length),
  ];
  const cost = [
    `${money(s.costPerYear)} a year (agency ${money(s.agencyCostPerYear)}, paid overtime ${money(s.overtimeCostPerYear)})`,
    budgetWords(s.overspendPerYear),
  ];
  const section = (label: string, lines: readonly string[]): string[] => lines.map((line, i) => (i === 0 ? label.padEnd(LABEL.length) : INDENT) + line);
  return [
    `${result.scenarioName} · seed ${result.seed} · ${period(result)}`,
    ...section('Workforce', wrapItems(workforce, WIDTH - LABEL.length)),
    ...section('Children', children),
    ...section('Changes', changes),
    ...section('Cost', wrapItems(cost, WIDTH - LABEL.length)),
  ].join('\n') + '\n';
}
