/**
 * An authority's scenario and targets from its row of the authority table. The scenario extends the
 * default (the average English authority) and changes only what the published figures say about
 * this authority: its size (posts from the latest workforce count; case-holding posts from its
 * demand and published caseload), its demand (referrals, the share of assessments that lead to
 * care, from its looked-after children), and the starting points of the five calibrated parameters,
 * scaled from the default's by the authority's published rate against England's. Absolute flows of
 * the default (agency supply, newly qualified intake, budget, rebalancing moves) scale with posts.
 * Pure: the caller passes the default scenario and England's reference figures.
 */
import type { Scenario } from '../scenario/types.js';
import type { AuthorityRecord, Figure } from './table.js';

/** England's figures the default scenario is calibrated to (scenarios/targets/england.json). */
export interface Reference {
  turnoverRate: number;
  vacancyRate: number;
  agencyRate: number;
  meanCaseload: number;
  reReferralRate12m: number;
  referralsPerYear: number;
  lookedAfterCases: number;
}

/** The calibrated parameters, one per calibrated figure, in the order of CALIBRATED. */
export interface FitValues {
  'turnover.baseAnnualRate': number;
  'recruitment.successProbability': number;
  'agency.supplyPerWeek': number;
  caseHoldingPosts: number;
  'reReferral.baseProbability': number;
}

export type FitParameter = keyof FitValues;

/** Each calibrated figure, the summary field it is compared with, its tolerance, and the parameter that moves it. */
export const CALIBRATED = [
  { id: 'turnover', field: 'turnoverRate', rate: 'turnover', tolerance: 0.02, parameter: 'turnover.baseAnnualRate', label: 'Turnover rate of social workers' },
  { id: 'vacancy', field: 'vacancyRate', rate: 'vacancy', tolerance: 0.03, parameter: 'recruitment.successProbability', label: 'Vacancy rate' },
  { id: 'agency', field: 'agencyRate', rate: 'agency', tolerance: 0.03, parameter: 'agency.supplyPerWeek', label: 'Agency rate' },
  { id: 'caseload', field: 'meanCaseload', rate: 'caseload', tolerance: 1.5, parameter: 'caseHoldingPosts', label: 'Average caseload (cases per case-holding FTE)' },
  { id: 'reReferral', field: 'reReferralRate12m', rate: 'reReferralPct', tolerance: 0.03, parameter: 'reReferral.baseProbability', label: 'Re-referrals within 12 months' },
] as const;

export type CalibratedId = (typeof CALIBRATED)[number]['id'];

export const OGL =
  'Contains public sector information licensed under the Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)';

const PUBLICATIONS = {
  workforce: "DfE, Children's social work workforce",
  cin: 'DfE, Characteristics of children in need',
  lac: 'DfE, Children looked after in England including adoptions',
};

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const odds = (p: number): number => p / (1 - p);

/** The published figure as a model value (a share 0–1 for percentages), or null when not published. */
export function publishedValue(record: AuthorityRecord, id: CalibratedId): Figure | null {
  const entry = CALIBRATED.find((c) => c.id === id)!;
  const figure = entry.rate === 'reReferralPct' ? record.demand.reReferralPct : record.rates[entry.rate];
  if (!figure) return null;
  return { ...figure, value: entry.rate === 'caseload' ? figure.value : figure.value / 100 };
}

function cite(publication: string, figure: Figure | null | undefined, what: string): string {
  if (!figure) return `${publication}: ${what} not published for this authority; the default's value`;
  const from = figure.from ? ` (from ${figure.from})` : '';
  return `${publication} ${figure.year}: ${what} ${figure.value}${from} (Open Government Licence v3.0)`;
}

/** Posts (in post + vacancies) of the authority's latest workforce count. */
export function authorityPosts(record: AuthorityRecord): number {
  const c = record.counts;
  if (!c) return 0;
  const vacancy = record.rates.vacancy?.value ?? 0;
  return c.vacancyFte !== null ? c.inPostFte + c.vacancyFte : c.inPostFte / (1 - vacancy / 100);
}

/** Where the search may move each calibrated parameter: the schema's ranges, kept off zero for the steps in logs. */
export function fitBounds(record: AuthorityRecord): Record<FitParameter, [number, number]> {
  return {
    'turnover.baseAnnualRate': [0.005, 1],
    'recruitment.successProbability': [0.002, 1],
    'agency.supplyPerWeek': [0.001, 100000],
    caseHoldingPosts: [1, Math.max(5, authorityPosts(record) * 3)],
    'reReferral.baseProbability': [0.005, 1],
  };
}

const sumEstablishment = (s: Scenario): number => {
  const e = s.workforce.establishment;
  return e.assessment + e.longTerm + e.inCare + e.nonCaseHolding;
};

/** The calibrated parameters' starting values: the default's, scaled by this authority's figure against England's. */
export function startValues(record: AuthorityRecord, base: Scenario, ref: Reference): FitValues {
  const rate = (id: CalibratedId): number | null => publishedValue(record, id)?.value ?? null;
  const turnover = rate('turnover');
  const vacancy = rate('vacancy');
  const agency = rate('agency');
  const caseload = rate('caseload');
  const reReferral = rate('reReferral');
  const scale = authorityPosts(record) / sumEstablishment(base);
  const e = base.workforce.establishment;
  const baseCaseHolding = e.assessment + e.longTerm + e.inCare;
  const referrals = record.demand.referrals?.value ?? ref.referralsPerYear * scale;
  // The agency pool is whole workers: below this weekly supply it holds less than one worker when
  // vacancies are filled, so a small authority scaled from the default would get no agency worker at
  // all and its search would start where the agency rate does not answer the supply.
  const leave = base.agency.poolLeavingPerWeek;
  const poolThreshold = leave < 1 ? leave / (1 - leave) : base.agency.supplyPerWeek;
  return {
    'turnover.baseAnnualRate': turnover === null ? base.turnover.baseAnnualRate : clamp((base.turnover.baseAnnualRate * Math.max(turnover, 0.02)) / ref.turnoverRate, 0.01, 0.8),
    'recruitment.successProbability':
      vacancy === null ? base.recruitment.successProbability : clamp((base.recruitment.successProbability * odds(ref.vacancyRate)) / odds(clamp(vacancy, 0.02, 0.6)), 0.005, 0.9),
    'agency.supplyPerWeek': agency === null ? base.agency.supplyPerWeek * scale : Math.max(agency > 0 ? poolThreshold : 0, (base.agency.supplyPerWeek * scale * odds(clamp(agency, 0.005, 0.6))) / odds(ref.agencyRate)),
    caseHoldingPosts: Math.max(1, (baseCaseHolding * (referrals / ref.referralsPerYear) * ref.meanCaseload) / (caseload ?? ref.meanCaseload)),
    'reReferral.baseProbability': reReferral === null ? base.reReferral.baseProbability : clamp((base.reReferral.baseProbability * reReferral) / ref.reReferralRate12m, 0.02, 0.9),
  };
}

const round = (x: number, digits = 4): number => Number(x.toPrecision(digits));

/** Room above the published agency-to-vacancy ratio, so the supply (fitted), not the cover, sets the agency rate. */
const COVER_HEADROOM = 1.25;

/**
 * Agency workers the authority takes per vacant post: its published agency workers per vacancy (per FTE
 * in post: agency/(1 − agency) against vacancy/(1 − vacancy)) with a quarter's room, from 0 to the
 * schema's 5; the default's share where either rate is not published. With England's 0.95 for every
 * authority, an authority such as Hull (agency 10.3%, vacancies 2.4%) could not be matched by any
 * supply, nor one such as Hillingdon (agency 9.0%, vacancies 37.6%) by any supply that its own leavers
 * turning locum do not already exceed.
 */
export function agencyCover(record: AuthorityRecord, base: Scenario): number {
  const agency = publishedValue(record, 'agency')?.value;
  const vacancy = publishedValue(record, 'vacancy')?.value;
  if (agency === undefined || vacancy === undefined || vacancy <= 0 || vacancy >= 1 || agency >= 1) return base.agency.maxShareOfVacancies;
  return round(clamp(COVER_HEADROOM * (odds(agency) / odds(vacancy)), 0, 5), 3);
}

/**
 * Newly qualified social workers taken on a year: the default's, scaled by the authority's posts and by
 * its turnover against England's. Authorities take newly qualified workers to replace leavers; scaled
 * by posts alone, an authority with few leavers (Bedford's turnover is 3.6%) would take more newly
 * qualified workers than it loses and could not hold its published vacancies at any recruitment rate.
 */
export function nqIntake(record: AuthorityRecord, base: Scenario, ref: Reference): number {
  const turnover = publishedValue(record, 'turnover')?.value;
  const scale = authorityPosts(record) / sumEstablishment(base);
  return round(base.recruitment.nqIntakePerYear * scale * (turnover === undefined ? 1 : clamp(turnover / ref.turnoverRate, 0.1, 3)), 3);
}

export interface FitNote {
  /** Written into sources and notes: how the values were fitted and how well. */
  source: string;
  notes: string;
}

/** The authority's scenario document (extends the default); `fit` marks the values as calibrated. */
export function authorityScenario(record: AuthorityRecord, base: Scenario, ref: Reference, values: FitValues, fit?: FitNote): Record<string, unknown> {
  const e = base.workforce.establishment;
  const baseCaseHolding = e.assessment + e.longTerm + e.inCare;
  const posts = authorityPosts(record);
  const scale = posts / sumEstablishment(base);
  const caseHolding = values.caseHoldingPosts;
  const team = (n: number): number => Math.max(1, Math.round((caseHolding * n) / baseCaseHolding));
  const establishment = { assessment: team(e.assessment), longTerm: team(e.longTerm), inCare: team(e.inCare), nonCaseHolding: 0 };
  establishment.nonCaseHolding = Math.max(Math.round(posts * 0.1), Math.round(posts) - establishment.assessment - establishment.longTerm - establishment.inCare);

  const referrals = record.demand.referrals;
  const lookedAfter = record.demand.lookedAfter?.value ?? 0;
  const outcomes = base.pathway.assessmentOutcomes;
  const referralCount = referrals?.value ?? ref.referralsPerYear * scale;
  const careShare = round(clamp((outcomes.lookedAfter * (lookedAfter / referralCount)) / (ref.lookedAfterCases / ref.referralsPerYear), 0.01, 0.15), 3);
  const vacancy = publishedValue(record, 'vacancy');
  const turnover = publishedValue(record, 'turnover');
  const published = publishedValue(record, 'caseload');
  const caseload = published && published.value > 0 ? published : null;
  const cover = agencyCover(record, base);
  const fitted = (what: string): string => fit?.source ?? `starting point before calibration: the default's value scaled by this authority's ${what} against England's (npm run authorities)`;
  const counts = record.counts;
  const countFigure = counts ? { value: round(posts, 5), year: counts.year, ...(counts.from ? { from: counts.from } : {}) } : null;
  const sizeSource = `${cite(PUBLICATIONS.workforce, countFigure, 'posts (FTE in post + vacancies)')}; case-holding posts ${fit ? 'calibrated to the published caseload' : 'set from referrals and the published caseload against England’s'}; the split between teams is the default's`;

  return {
    $schema: '../../src/scenario/scenario.schema.json',
    extends: '../default.json',
    name: record.name,
    description: `${record.name} (${record.code}, ${record.region}): about ${Math.round(posts)} social-work posts and ${Math.round(referralCount).toLocaleString('en-GB')} referrals a year, from the DfE's published figures for the authority. Generated by npm run authorities. ${OGL}.`,
    ...(fit ? { notes: fit.notes } : {}),
    demand: { contactsPerWeek: round((base.demand.contactsPerWeek * referralCount) / ref.referralsPerYear), ...(caseload ? { referenceCaseload: caseload.value } : {}) },
    pathway: { assessmentOutcomes: { childInNeed: round(1 - outcomes.notInNeed - outcomes.childProtection - careShare, 6), lookedAfter: careShare } },
    reReferral: { baseProbability: round(values['reReferral.baseProbability']) },
    workforce: {
      establishment,
      ...(vacancy ? { initialVacancyRate: round(clamp(vacancy.value, 0, 0.9), 3) } : {}),
      ...(turnover ? { initialTurnoverRate: round(clamp(turnover.value, 0.01, 0.9), 3) } : {}),
    },
    turnover: { baseAnnualRate: round(values['turnover.baseAnnualRate']) },
    recruitment: { successProbability: round(values['recruitment.successProbability']), nqIntakePerYear: nqIntake(record, base, ref) },
    agency: { supplyPerWeek: round(values['agency.supplyPerWeek']), maxShareOfVacancies: cover },
    allocation: { rebalancing: { maxMovesPerWeek: Math.max(1, Math.round(base.allocation.rebalancing.maxMovesPerWeek * scale)) } },
    costs: { annualBudget: Math.round((base.costs.annualBudget * scale) / 1000) * 1000 },
    sources: {
      'demand.contactsPerWeek': `${cite(PUBLICATIONS.cin, referrals, 'referrals in the year')}; contacts per referral as in the default`,
      ...(caseload ? { 'demand.referenceCaseload': `${cite(PUBLICATIONS.workforce, record.rates.caseload, 'average caseload')}: the caseload this authority's front door runs at, so its thresholds tighten above its own figure rather than England's` } : {}),
      'agency.maxShareOfVacancies':
        record.rates.agency && record.rates.vacancy
          ? `${cite(PUBLICATIONS.workforce, record.rates.agency, 'agency rate (%)')} against its vacancy rate ${record.rates.vacancy.value}%: ${COVER_HEADROOM} × its agency FTE per vacant FTE, so the fitted supply sets the rate below it (above 1, agency workers also cover absence or extra demand)`
          : "the default's: this authority's agency or vacancy rate is not published",
      'pathway.assessmentOutcomes.lookedAfter': `${cite(PUBLICATIONS.lac, record.demand.lookedAfter, 'children looked after at 31 March')}; the default's share scaled by this authority's looked-after children per referral against England's`,
      'pathway.assessmentOutcomes.childInNeed': 'the remainder after the other outcomes, as in the default',
      'workforce.establishment.assessment': sizeSource,
      'workforce.establishment.longTerm': sizeSource,
      'workforce.establishment.inCare': sizeSource,
      'workforce.establishment.nonCaseHolding': `${cite(PUBLICATIONS.workforce, countFigure, 'posts (FTE in post + vacancies)')}; the posts that are not case-holding (at least a tenth)`,
      ...(vacancy ? { 'workforce.initialVacancyRate': cite(PUBLICATIONS.workforce, record.rates.vacancy, 'vacancy rate (%)') } : {}),
      ...(turnover ? { 'workforce.initialTurnoverRate': cite(PUBLICATIONS.workforce, record.rates.turnover, 'turnover rate (%)') } : {}),
      'turnover.baseAnnualRate': `${fitted('turnover rate')}; target ${cite(PUBLICATIONS.workforce, record.rates.turnover, 'turnover rate (%)')}`,
      'recruitment.successProbability': `${fitted('vacancy rate')}; target ${cite(PUBLICATIONS.workforce, record.rates.vacancy, 'vacancy rate (%)')}`,
      'agency.supplyPerWeek': `${fitted('agency rate')}; target ${cite(PUBLICATIONS.workforce, record.rates.agency, 'agency rate (%)')}`,
      'reReferral.baseProbability': `${fitted('re-referral rate')}; target ${cite(PUBLICATIONS.cin, record.demand.reReferralPct, 're-referrals within 12 months (%)')}`,
      'recruitment.nqIntakePerYear': `assumption: the default's intake scaled by this authority's posts against the default's and by its turnover against England's, since newly qualified workers replace leavers; ${cite(PUBLICATIONS.workforce, record.rates.turnover, 'turnover rate (%)')}`,
      'allocation.rebalancing.maxMovesPerWeek': "the default's scaled by this authority's posts against the default's",
      'costs.annualBudget': "assumption: the default's budget scaled by this authority's posts; councils' budgets for the service are not in the DfE tables",
    },
  };
}

/** The authority's calibration targets (scenarios/targets/targets.schema.json): its published rates, and its demand as unweighted checks. */
export function authorityTargets(record: AuthorityRecord): Record<string, unknown> {
  const targets: Record<string, unknown>[] = [];
  for (const c of CALIBRATED) {
    const figure = publishedValue(record, c.id);
    if (!figure) continue;
    const publication = c.id === 'reReferral' ? PUBLICATIONS.cin : PUBLICATIONS.workforce;
    targets.push({
      id: c.id,
      label: c.label,
      field: c.field,
      value: round(figure.value, 6),
      tolerance: c.tolerance,
      toleranceReason: 'the tolerance the project sets for every authority (issue 15)',
      year: String(figure.year),
      source: { title: `${publication}, ${record.name}${figure.from ? ` (from ${figure.from})` : ''}`, detail: OGL },
    });
  }
  const checks: [string, string, string, Figure | null][] = [
    ['referrals', 'Referrals in the year (a check of the demand, not fitted)', 'referralsPerYear', record.demand.referrals],
    ['lookedAfter', 'Children looked after (a check of the demand, not fitted)', 'series.lookedAfterCases', record.demand.lookedAfter],
  ];
  for (const [id, label, field, figure] of checks) {
    if (!figure || figure.value <= 0) continue;
    targets.push({
      id,
      label,
      field,
      value: figure.value,
      tolerance: round(Math.max(5, figure.value * 0.15), 4),
      toleranceReason: 'about ±15%: the model carries the demand the authority publishes, not fitted to it',
      weight: 0,
      year: String(figure.year),
      source: { title: `${id === 'referrals' ? PUBLICATIONS.cin : PUBLICATIONS.lac}, ${record.name}${figure.from ? ` (from ${figure.from})` : ''}`, detail: OGL },
    });
  }
  return {
    $schema: '../targets/targets.schema.json',
    name: `${record.name} (${record.code})`,
    description: `${record.name}'s published figures, the targets its scenario is calibrated to. Generated by npm run authorities. ${OGL}`,
    targets,
  };
}

