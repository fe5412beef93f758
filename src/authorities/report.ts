/**
 * docs/authorities.md and its scatter plots: every authority's published rates against the
 * calibrated model's simulated means, the share within tolerance per figure, each miss with a reason,
 * and the model's prediction of each authority's children's continuity (not fitted). Pure: text in,
 * text out; scripts/gen-authorities-doc.ts writes the files.
 */
import type { AuthorityFit, FitFigure } from './fit.js';
import { CALIBRATED, type CalibratedId } from './scenario.js';
import type { AuthorityRecord } from './table.js';

export interface ReportInput {
  record: AuthorityRecord;
  posts: number;
  fit: AuthorityFit;
  /** The parameter bounds of the fit, to say when a miss is a parameter at its limit. */
  bounds: Record<string, [number, number]>;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}`;
const show = (id: CalibratedId | string, x: number): string => (id === 'caseload' ? x.toFixed(1) : pct(x));

/** Why a calibrated figure is outside tolerance, in words a reader can check against the fit file. */
export function missReason(input: ReportInput, figure: FitFigure): string {
  const c = CALIBRATED.find((k) => k.id === figure.id)!;
  const fit = input.fit;
  const value = fit.values[c.parameter];
  const [lo, hi] = input.bounds[c.parameter];
  const search = fit.search ?? [];
  const zs = search.map((s) => s.z[figure.id]).filter((z): z is number => typeof z === 'number');
  const trail = zs.map((z) => z.toFixed(1)).join(' → ');
  if (input.posts < 20) return `a very small service (${Math.round(input.posts)} posts): one worker moves the rate by ${Math.round(100 / Math.max(1, input.posts))} points, and the model's whole-worker steps cannot match it`;
  if ((figure.id !== 'caseload' && (figure.target <= 0.005 || figure.target >= 0.95)) || figure.target === 0) return `the published figure (${show(figure.id, figure.target)}) is at the edge of what a rate can be; the model's turnover, absence and recruitment keep it off the edge`;
  const atBound = (v: number): boolean => v <= lo * 1.001 || v >= hi * 0.999;
  if (atBound(value) || search.some((s) => atBound(s.values[c.parameter]))) {
    const limit = value >= hi * 0.999 || search.some((s) => s.values[c.parameter] >= hi * 0.999) ? hi : lo;
    if (c.id === 'caseload') return `the case-holding posts reached their bound (${limit}, ${limit === hi ? `three times the authority's ${Math.round(input.posts)} posts` : 'one post'}) with the caseload still at ${show(figure.id, figure.mean)}: the published referrals and the published workforce do not give the published caseload in the model`;
    return `${c.parameter} reached its bound (${limit}) in the search and the figure came no nearer than ${show(figure.id, figure.mean)}: the other mechanisms hold it there`;
  }
  const spread = (figure.high - figure.low) / 2;
  const off = Math.abs(figure.mean - figure.target);
  if (spread > figure.tolerance * 0.6 && off <= figure.tolerance + spread) return `its mean over the check's ${fit.settings.checkReplications} seeds is itself uncertain by ±${show(figure.id, spread)} (95% interval), most of the ±${show(figure.id, figure.tolerance)} tolerance: the figure swings so much from seed to seed here that neither the search's ${fit.settings.replications} seeds nor the check can place it more finely`;
  const kept = search.find((s) => CALIBRATED.every((k) => s.values[k.parameter] === fit.values[k.parameter]));
  const keptZ = kept?.z[figure.id];
  if (keptZ !== undefined && Math.abs(keptZ) <= 1 && kept !== search[search.length - 1]) return `within tolerance on the search's ${fit.settings.replications} seeds at the values kept (distance ${keptZ.toFixed(1)} tolerances) but not over the check's ${fit.settings.checkReplications}: the search's seeds were luckier for it than the check's`;
  if (zs.some((z) => Math.abs(z) <= 1)) return `the search had it within tolerance at some evaluations (distance in tolerances ${trail}) but not together with the coupled figures; the values kept are those with the best fit over all five`;
  if (zs.some((z) => z > 0) && zs.some((z) => z < 0)) return `the search crossed the target (distance in tolerances ${trail}) as the coupled figures moved with it; after ${fit.evaluations} evaluations the best overall fit trades it against the others`;
  const moved = search.length > 1 ? Math.max(...search.map((s) => s.values[c.parameter])) / Math.min(...search.map((s) => s.values[c.parameter])) : 1;
  if (moved > 1.5 && Math.max(...zs) - Math.min(...zs) < 1) return `the figure barely answers ${c.parameter}: moving it ${moved.toFixed(1)}-fold changed the figure by less than a tolerance (${trail}); other mechanisms hold it`;
  return `still closing in when the ${fit.evaluations} evaluations ran out (distance in tolerances ${trail}); more evaluations (--max-evaluations) may close it`;
}

function scatter(inputs: readonly ReportInput[], id: CalibratedId, title: string): string {
  const points = inputs.flatMap((i) => {
    const f = i.fit.figures.find((g) => g.id === id);
    return f ? [{ x: f.target, y: f.mean, within: f.within, name: i.record.name }] : [];
  });
  const scale = id === 'caseload' ? 1 : 100;
  const max = Math.max(id === 'caseload' ? 30 : 0.4, ...points.flatMap((p) => [p.x, p.y])) * 1.05;
  const tolerance = CALIBRATED.find((c) => c.id === id)!.tolerance;
  const size = 360;
  const pad = 44;
  const px = (v: number): number => pad + (v / max) * (size - pad - 10);
  const py = (v: number): number => size - pad - (v / max) * (size - pad - 10);
  const ticks = Array.from({ length: 5 }, (_, k) => (max / 5) * k).map((v) => Number((v * scale).toPrecision(2)));
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" font-family="sans-serif" font-size="11">`,
    `<title>${title}: published against simulated, ${points.length} authorities</title>`,
    `<rect width="${size}" height="${size}" fill="white"/>`,
    `<polygon points="${px(0)},${py(tolerance)} ${px(max - tolerance)},${py(max)} ${px(max)},${py(max)} ${px(max)},${py(max - tolerance)} ${px(tolerance)},${py(0)} ${px(0)},${py(0)}" fill="#dde8f4"/>`,
    `<line x1="${px(0)}" y1="${py(0)}" x2="${px(max)}" y2="${py(max)}" stroke="#4a78a8"/>`,
    `<line x1="${pad}" y1="${size - pad}" x2="${size - 10}" y2="${size - pad}" stroke="#333"/>`,
    `<line x1="${pad}" y1="${size - pad}" x2="${pad}" y2="10" stroke="#333"/>`,
    ...ticks.map((t) => `<text x="${px(t / scale).toFixed(1)}" y="${size - pad + 14}" text-anchor="middle">${t}</text><text x="${pad - 4}" y="${(py(t / scale) + 4).toFixed(1)}" text-anchor="end">${t}</text>`),
    `<text x="${(size + pad) / 2}" y="${size - 8}" text-anchor="middle">published${id === 'caseload' ? '' : ' (%)'}</text>`,
    `<text x="12" y="${(size - pad) / 2}" text-anchor="middle" transform="rotate(-90 12 ${(size - pad) / 2})">simulated${id === 'caseload' ? '' : ' (%)'}</text>`,
    `<text x="${pad + 6}" y="22" font-weight="bold">${title}</text>`,
    ...points.map((p) => `<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="3" fill="${p.within ? '#2b6cb0' : '#c53030'}" fill-opacity="0.75"><title>${p.name.replace(/&/g, '&amp;')}</title></circle>`),
    '</svg>',
    '',
  ];
  return parts.join('\n');
}

export interface ReportFiles {
  markdown: string;
  /** file name (in docs/img/) → SVG text */
  plots: Record<string, string>;
}

export function authoritiesReport(inputs: readonly ReportInput[]): ReportFiles {
  const plotted: [CalibratedId, string][] = [
    ['turnover', 'Turnover rate'],
    ['vacancy', 'Vacancy rate'],
    ['agency', 'Agency rate'],
    ['caseload', 'Caseload per case-holding FTE'],
  ];
  const plots = Object.fromEntries(plotted.map(([id, title]) => [`authorities-${id}.svg`, scatter(inputs, id, title)]));
  const settings = inputs[0]?.fit.settings;
  const secondPass = inputs.filter((i) => i.fit.settings.startFrom !== undefined).length;
  // The few that a first pass left outside tolerance may have been fitted again with a larger budget.
  const budget = Math.min(...inputs.map((i) => i.fit.settings.maxEvaluations));
  const longer = inputs.filter((i) => i.fit.settings.maxEvaluations > budget);
  const longest = Math.max(0, ...longer.map((i) => i.fit.settings.maxEvaluations));
  const summary = CALIBRATED.map((c) => {
    const figures = inputs.flatMap((i) => i.fit.figures.filter((f) => f.id === c.id));
    const within = figures.filter((f) => f.within).length;
    const share = figures.length > 0 ? within / figures.length : 0;
    return `| ${c.label} | ±${c.id === 'caseload' ? c.tolerance : c.tolerance * 100}${c.id === 'caseload' ? ' cases' : ' points'} | ${within} of ${figures.length} | ${(share * 100).toFixed(0)}% | ${share >= 0.9 ? 'met' : '**not met**'} |`;
  });
  const misses = inputs.flatMap((i) =>
    i.fit.figures
      .filter((f) => f.weight > 0 && !f.within)
      .map((f) => `| ${i.record.code} | ${i.record.name} | ${f.id} | ${show(f.id as CalibratedId, f.target)} | ${show(f.id as CalibratedId, f.mean)} | ${missReason(i, f)} |`),
  );
  const cell = (i: ReportInput, id: CalibratedId): string => {
    const f = i.fit.figures.find((g) => g.id === id);
    return f ? `${show(id, f.target)} → ${show(id, f.mean)}${f.within ? '' : ' ✗'}` : '–';
  };
  const rows = inputs.map(
    (i) =>
      `| ${i.record.code} | ${i.record.name} | ${i.record.region} | ${Math.round(i.posts)} | ${CALIBRATED.map((c) => cell(i, c.id)).join(' | ')} | ${pct(i.fit.predictions.lacShare3PlusWorkers52w)} | ${pct(i.fit.predictions.shareChanged26w)} |`,
  );
  const markdown = [
    '# Every English authority: published figures against the calibrated model',
    '',
    '<!-- Generated by npm run authorities:report from scenarios/authorities/fits/; do not edit by hand. -->',
    '',
    `Each of England's ${inputs.length} current authorities has a scenario in \`scenarios/authorities/<ONS code>.json\`, generated by`,
    '`npm run authorities` from the DfE figures in `data/dfe/` and calibrated by',
    '`handover calibrate --authorities all --out scenarios/authorities/fits` (`handover calibrate --authorities all --help` describes the search; README, "Every English authority").',
    settings
      ? `Each fit took at most ${budget} evaluations${longer.length > 0 ? ` (${longer.length} fitted again with up to ${longest})` : ''} of ${settings.replications} replications (the start and any point that looked within tolerance checked over ${settings.checkReplications}); the figures below are the simulated means over ${settings.checkReplications} replications × ${settings.years} reporting years (after the scenario's warm-up) of the values written into the authority's file. Distances in the reasons are (simulated − published) / tolerance at each evaluation.`
      : '',
    secondPass > 0 ? `For ${secondPass} authorities the fit kept is a second pass's, started from the first pass's values (\`--start-from\`), which put more of their figures within tolerance (the authorities the first pass left outside tolerance on some figure were fitted again; the second pass's fit is kept only where it is better).` : '',
    'How long the calibration of every authority takes is in docs/performance.md.',
    '',
    "Figures: DfE, Children's social work workforce; Characteristics of children in need; Children looked after in England; statistical neighbours.",
    'Contains public sector information licensed under the Open Government Licence v3.0.',
    '',
    '## Within tolerance',
    '',
    'The aim is at least 90% of authorities within tolerance on each calibrated figure.',
    '',
    '| figure | tolerance | authorities within | share | aim |',
    '|---|---|---|---|---|',
    ...summary,
    '',
    '## Published against simulated',
    '',
    'Each point is an authority (red: outside tolerance); the line is simulated = published and the shaded band the tolerance.',
    '',
    plotted.map(([id, title]) => `![${title}: published against simulated](img/authorities-${id}.svg)`).join(' '),
    '',
    `## Misses (${misses.length})`,
    '',
    ...(misses.length > 0 ? ['| code | authority | figure | published | simulated | reason |', '|---|---|---|---|---|---|', ...misses] : ['None.']),
    '',
    '## Every authority',
    '',
    'Rates in %, caseload in cases per case-holding FTE: published → simulated (✗ outside tolerance). The last two columns are',
    "the model's **prediction** of children's continuity, not fitted to anything: the share of looked-after children with 3 or",
    'more social workers in the year (DfE publishes this for England only), and the share of children who changed social worker in',
    'the last six months.',
    '',
    '| code | authority | region | posts | turnover | vacancy | agency | caseload | re-referrals | LAC with 3+ workers (predicted) | changed worker in 6 months (predicted) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  return { markdown, plots };
}
