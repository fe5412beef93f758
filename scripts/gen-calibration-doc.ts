/**
 * Regenerates docs/calibration.md (targets vs the default over replications, lever effects, the
 * high-turnover authority, the figures of its prose — hours, long-run drift — as {{name}}
 * placeholders, an SVG plot of the default's workforce and continuity series) and the
 * parameter table of docs/model.md (from the schema and default.json, between markers), so neither
 * drifts from the code. Run with `npm run calibration:report` (builds the engine worker first).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { line, scaleLinear } from 'd3';
import { replicationSeeds } from '../src/batch/seeds.js';
import { describe } from '../src/batch/stats.js';
import { fitTargets, targetTable, type TargetFit, type TargetsFile } from '../src/calibrate/index.js';
import { createNodePool, poolRunner } from '../src/node/enginePool.js';
import { SUMMARY_FIELD_NAMES, type RunResult, type Series, type Summary } from '../src/metrics/fields.js';
import { baselineDrift, type SteadyRow } from '../src/metrics/steadiness.js';
import { loadScenarioFile } from '../src/node/loadScenarioFile.js';
import { listParameterPaths } from '../src/scenario/index.js';
import type { Scenario } from '../src/scenario/types.js';

const root = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
const REPLICATIONS = 20;
const YEARS = 5;
const STEADY_YEARS = 20;
const STEADY_SPAN = 5;
/**
 * More runs than the targets need: five-year means of the staffing rates wander with the slow staffing
 * loop, so the change's standard error is about 0.7 points at 20 runs (near the ±1 tolerance) and
 * about 0.35 at 80.
 */
const STEADY_REPLICATIONS = 80;
const LEVERS = ['no-agency', 'agency-pay-cap', 'agency-rules-2024', 'overtime-ban', 'unlimited-unpaid-overtime', 'recruitment-drive', 'flexible-working', 'caseload-cap', 'high-turnover', 'structure-one-worker', 'structure-family-help', 'structure-court-permanence', 'structure-care-leavers', 'structure-disabled-children'];
const LEVER_FIELDS: (keyof Summary)[] = ['turnoverRate', 'vacancyRate', 'agencyRate', 'meanCaseload', 'caseHolderHoursPerFte', 'meanStress', 'unallocatedCases', 'meanDriftWeeks', 'changesPerCaseYear', 'lacShare3PlusWorkers52w', 'agencyCostPerYear'];

function load(name: string): Scenario {
  const { scenario, errors } = loadScenarioFile(root(`scenarios/${name}.json`));
  if (!scenario) throw new Error(`${name}: ${errors.map((e) => e.message).join('; ')}`);
  return scenario;
}

const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;
function fmt(field: keyof Summary, v: number): string {
  if (/Rate|^lacShare|[sS]hare/.test(field)) return pct(v);
  if (field === 'agencyCostPerYear') return `£${(v / 1e6).toFixed(2)}m`;
  return v.toFixed(field === 'meanStress' ? 3 : 1);
}
function diff(field: keyof Summary, v: number): string {
  const sign = v > 0 ? '+' : v < 0 ? '−' : '±';
  const a = Math.abs(v);
  if (/Rate|^lacShare|[sS]hare/.test(field)) return `${sign}${(a * 100).toFixed(1)} pt`;
  if (field === 'agencyCostPerYear') return `${sign}£${(a / 1e6).toFixed(2)}m`;
  return `${sign}${a.toFixed(field === 'meanStress' ? 3 : 1)}`;
}

function plot(results: RunResult[]): string {
  const W = 760, H = 250, M = { l: 48, r: 150, t: 24, b: 32 };
  const weeks = results[0].weeks;
  const mean = (f: keyof Series): number[] => Array.from({ length: weeks }, (_, t) => results.reduce((s, r) => s + r.series[f][t], 0) / results.length);
  const panel = (title: string, y0: number, lines: { f: keyof Series; label: string; color: string }[]): string => {
    const x = scaleLinear().domain([1, weeks]).range([M.l, W - M.r]);
    const y = scaleLinear().domain([0, 0.8]).range([y0 + H - M.b, y0 + M.t]);
    const path = line<number>().x((_, i) => x(i + 1)).y((v) => y(v));
    const ticks = y.ticks(4).map((v) => `<line x1="${M.l}" x2="${W - M.r}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/><text x="${M.l - 6}" y="${y(v) + 4}" text-anchor="end">${Math.round(v * 100)}%</text>`).join('');
    const xt = x.ticks(6).map((v) => `<text x="${x(v)}" y="${y0 + H - M.b + 16}" text-anchor="middle">${Math.round(v / 52 * 10) / 10}</text>`).join('');
    const ls = lines.map((l, i) => { const m = mean(l.f); return `<path d="${path(m)}" fill="none" stroke="${l.color}" stroke-width="1.6"/><text x="${W - M.r + 8}" y="${y0 + M.t + 14 + i * 16}" fill="${l.color}">${l.label}</text>`; }).join('');
    return `<text x="${M.l}" y="${y0 + 14}" font-weight="bold">${title}</text>${ticks}${xt}${ls}`;
  };
  const body = panel('Workforce (mean of the replications; x: reporting years)', 0, [
    { f: 'turnoverRate', label: 'turnover (rolling)', color: '#c0392b' },
    { f: 'vacancyRate', label: 'vacancy rate', color: '#2471a3' },
    { f: 'agencyRate', label: 'agency rate', color: '#7d3c98' },
    { f: 'absenceRate', label: 'absence', color: '#7f8c8d' },
  ]) + panel('Children\'s continuity', H, [
    { f: 'shareChanged26w', label: '≥1 change in 26 wk', color: '#d35400' },
    { f: 'lacShareChanged52w', label: 'LAC ≥1 change in 52 wk', color: '#117a65' },
    { f: 'lacShare3PlusWorkers52w', label: 'LAC 3+ workers in 52 wk', color: '#1e8449' },
  ]);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${2 * H}" viewBox="0 0 ${W} ${2 * H}" font-family="sans-serif" font-size="11"><rect width="100%" height="100%" fill="white"/>${body}</svg>\n`;
}

/** Duration bins and age bands in words; any other list (teams, transfer points) as JSON. */
function listValue(list: unknown[]): string {
  return list
    .map((b) => {
      const bin = b as { upToWeeks?: number; underYears?: number; share?: number };
      if (bin.upToWeeks !== undefined) return `≤${bin.upToWeeks} wk: ${bin.share}`;
      if (bin.underYears !== undefined) return `<${bin.underYears} y: ${bin.share}`;
      return JSON.stringify(b);
    })
    .join('; ');
}

function parameterTable(base: Scenario & { sources?: Record<string, string> }, sources: Record<string, string>): string {
  const rows = listParameterPaths().map(({ path, schema }) => {
    let v: unknown = base;
    for (const k of path.split('.')) v = (v as Record<string, unknown> | undefined)?.[k];
    const value = Array.isArray(v) ? listValue(v) : JSON.stringify(v);
    const meaning = (schema.description ?? '').split(/(?<=\.)\s/)[0].replace(/\|/g, '\\|');
    return `| \`${path}\` | ${meaning} | ${String(value).replace(/\|/g, '\\|')} | ${(sources[path] ?? '–').replace(/\|/g, '\\|')} |`;
  });
  return ['| parameter | meaning | default | source |', '|---|---|---|---|', ...rows].join('\n');
}

/** The 31 March measures (src/metrics/census.ts) with the published figure where there is one. */
const PUBLISHED: Partial<Record<keyof Summary, string>> = {
  lac31MarchChildren: '534 (DfE, Children looked after in England 2025: 81,770 ÷ 153)',
  lac31MarchAge16PlusShare: '23% (Children\'s Commissioner, Stability Index 2019: looked after at 31 March 2018)',
  cin31MarchAge1to4Share: 'under 5 together: 23.6% (DfE Characteristics of children in need 2015-16)',
  cin31MarchAge10to15Share: '30.6% (DfE Characteristics of children in need 2015-16)',
  cin31MarchAge16PlusShare: '27%, including 18 and over (DfE Children in need 2024: 106,780 of 399,460; written answer HL11139)',
  lacStartedPerYear: '211 (DfE 2024-25: 32,270 ÷ 153)',
  lacCeasedPerYear: '225 (DfE 2024-25: 34,450 ÷ 153)',
  lac31March3PlusWorkersShare: '27% (DfE, Stability measures for children looked after in England, 2023-24)',
  lacEpisodeManagingCaseloadsShare: '13% (DfE Stability measures 2023-24)',
  lacEpisodeAbsenceShare: '3% (2023-24)',
  lacEpisodeFirstContactShare: '8% (2023-24)',
  lacEpisodeChildRequestShare: 'under 0.5% (2023-24)',
  lac2yEpisodeTeamTransferShare: '19% (DfE Stability measures 2024-25, looked after 2 years, over 2 years)',
  lac2yEpisodeManagingCaseloadsShare: '17% (2024-25, 2 years)',
  lac2yEpisodeAbsenceShare: '5% (2024-25, 2 years)',
  lac2yEpisodeFirstContactShare: '4% (2024-25, 2 years)',
  lac2yEpisodeChildRequestShare: 'under 0.5% (2024-25, 2 years)',
};
function officialTable(results: RunResult[]): string {
  const fields = SUMMARY_FIELD_NAMES.filter((f) => /^(lac31March|lacStarted|lacCeased|lacNewWorker|lacEpisode|lac2y|newWorker|cin31March)/.test(f));
  const rows = fields.map((f) => {
    const { mean, ci95Low: low, ci95High: high } = describe(results.map((r) => r.summary[f]));
    const v = (x: number): string => (/Share/.test(f) ? pct(x) : x.toFixed(/Children|PerYear/.test(f) ? 0 : 2));
    return `| \`${f}\` | ${v(mean)} (${v(low)} – ${v(high)}) | ${PUBLISHED[f] ?? '–'} |`;
  });
  return ['| output | simulated mean (95% interval) | published |', '|---|---|---|', ...rows].join('\n');
}

async function main(): Promise<void> {
  const pool = createNodePool(undefined, { entry: new URL('../build/workers/node.js', import.meta.url) });
  const runner = poolRunner(pool, YEARS);
  const runAll = (s: Scenario): Promise<RunResult[]> => Promise.all(replicationSeeds(s.run.seed, REPLICATIONS).map((seed) => runner(s, seed)));
  const steadyRunner = poolRunner(pool, STEADY_YEARS);
  try {
    const targets = JSON.parse(readFileSync(root('scenarios/targets/england.json'), 'utf8')) as TargetsFile;
    const base = await runAll(load('default'));
    const fits: TargetFit[] = fitTargets(targets.targets, base);
    const means = (rs: RunResult[], f: keyof Summary): number => describe(rs.map((r) => r.summary[f])).mean;
    const levers: Record<string, RunResult[]> = {};
    for (const name of LEVERS) levers[name] = await runAll(load(name));
    writeFileSync(root('docs/img/default-series.svg'), plot(base));
    const steadySeeds = replicationSeeds(load('default').run.seed, STEADY_REPLICATIONS);
    const long = await Promise.all(steadySeeds.map((seed) => steadyRunner(load('default'), seed)));
    const steady = baselineDrift(long.map((r) => r.series), STEADY_YEARS, STEADY_SPAN);
    const steadyValue = (r: SteadyRow, v: number, signed = false): string => {
      const sign = signed ? (v > 0 ? '+' : v < 0 ? '−' : '±') : '';
      return r.share ? `${sign}${(Math.abs(v) * 100).toFixed(1)}${signed ? ' pt' : '%'}` : `${sign}${Math.abs(v).toFixed(2)}`;
    };
    const steadyRows = steady.map((r) => `| \`${r.field}\` | ${steadyValue(r, r.early)} | ${steadyValue(r, r.late)} | ${steadyValue(r, r.change, true)} | ${steadyValue(r, r.standardError).replace('%', ' pt')} | ±${r.share ? `${r.tolerance * 100} pt` : r.tolerance} | ${r.steady ? 'yes' : '**no**'} |`);

    const leverRows = LEVERS.map((name) => `| \`${name}\` | ${LEVER_FIELDS.map((f) => diff(f, means(levers[name], f) - means(base, f))).join(' | ')} |`);
    const high = levers['high-turnover'];
    const contFields: (keyof Summary)[] = ['turnoverRate', 'vacancyRate', 'agencyRate', 'shareChanged26w', 'shareChanged3Plus26w', 'shareWith3PlusWorkers', 'lacShareChanged52w', 'lacShareChanged2Plus52w', 'lacShare3PlusWorkers52w', 'changesPerCaseYear', 'meanDriftWeeks', 'reReferralRate12m', 'unallocatedCases'];
    const contRows = contFields.map((f) => { const d = describe(base.map((r) => r.summary[f])); const h = describe(high.map((r) => r.summary[f])); return `| \`${f}\` | ${fmt(f, d.mean)} | ${fmt(f, h.mean)} (${fmt(f, h.ci95Low)} – ${fmt(f, h.ci95High)}) |`; });
    const met = fits.filter((f) => f.within).length;

    const figures: Record<string, string> = {
      replications: String(REPLICATIONS),
      caseHolderHours: means(base, 'caseHolderHoursPerFte').toFixed(1),
      meanHoursWorked: means(base, 'meanHoursWorked').toFixed(1),
      excessiveHours: pct(means(base, 'shareExcessiveHours')),
    };
    const template = readFileSync(root('docs/calibration.template.md'), 'utf8');
    const doc = template
      .replace('{{summary}}', `${met} of ${fits.length} targets are within tolerance: means of ${REPLICATIONS} replications (seeds ${load('default').run.seed}–${load('default').run.seed + REPLICATIONS - 1}) of ${YEARS} reporting years after the scenario's ${load('default').run.warmupWeeks}-week warm-up.`)
      .replace('{{targets}}', targetTable(fits))
      .replace('{{official}}', officialTable(base))
      .replace('{{steady}}', [`${steady.filter((r) => r.steady).length} of ${steady.length} measures steady: means of ${STEADY_REPLICATIONS} replications (seeds ${steadySeeds[0]}–${steadySeeds[steadySeeds.length - 1]}) of ${STEADY_YEARS} reporting years, years 1–${STEADY_SPAN} against years ${STEADY_YEARS - STEADY_SPAN + 1}–${STEADY_YEARS}.`, '', `| measure | years 1–${STEADY_SPAN} | years ${STEADY_YEARS - STEADY_SPAN + 1}–${STEADY_YEARS} | change | standard error | tolerance | steady |`, '|---|---|---|---|---|---|---|', ...steadyRows].join('\n'))
      .replace('{{levers}}', [`| preset | ${LEVER_FIELDS.map((f) => `\`${f}\``).join(' | ')} |`, `|---|${LEVER_FIELDS.map(() => '---').join('|')}|`, `| default (level) | ${LEVER_FIELDS.map((f) => fmt(f, means(base, f))).join(' | ')} |`, ...leverRows].join('\n'))
      .replace('{{highTurnover}}', ['| output | default | high-turnover (95% interval) |', '|---|---|---|', ...contRows].join('\n'))
      .replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
        if (!(name in figures)) throw new Error(`docs/calibration.template.md: no figure ${whole}`);
        return figures[name];
      });
    writeFileSync(root('docs/calibration.md'), `<!-- Generated by npm run calibration:report from docs/calibration.template.md; edit the template, not this file. -->\n${doc}`);

    const defaultDoc = JSON.parse(readFileSync(root('scenarios/default.json'), 'utf8')) as Scenario & { sources: Record<string, string> };
    const model = readFileSync(root('docs/model.md'), 'utf8');
    const start = '<!-- parameters:start -->';
    const end = '<!-- parameters:end -->';
    const table = parameterTable(defaultDoc, defaultDoc.sources);
    writeFileSync(root('docs/model.md'), model.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`));
    console.log(`docs/calibration.md: ${met}/${fits.length} targets within tolerance; docs/model.md parameter table: ${listParameterPaths().length} parameters`);
  } finally {
    pool.close();
  }
}

await main();
