/**
 * Honest limits: what a run or a sweep will need, estimated from its inputs before any work starts, so
 * that a scenario or sweep the machine cannot hold is refused with the field to blame instead of dying
 * hours in with "heap out of memory". The estimates are deliberately on the high side (docs/limits.md
 * compares them with measured peaks); the memory budget defaults to 2 GB and `--max-memory` raises it.
 */
import type { Scenario } from '../scenario/types.js';

/** Assumption: a laptop with 8 GB shared with a browser and an editor can give one command 2 GB. */
export const DEFAULT_MAX_MEMORY = 2 * 1024 ** 3;

/** Node, the engine and one typical run before any case (measured: about 65 MB, docs/performance.md). */
const BASE_BYTES = 80 * 1024 ** 2;
/** Measured: about 0.7 KB per open case (docs/performance.md, "How cost grows with size"); 1 KB with room for array doubling. */
const BYTES_PER_CASE = 1024;
/** About 25 typed arrays per worker slot (src/state/workers.ts), doubled as the store grows; slots are never reused. */
const BYTES_PER_WORKER = 400;
/**
 * Open cases against arrivals × mean episode: escalations, re-referrals, cases waiting unallocated and
 * the looked-after stock's growth. Measured peak over the estimate without margin: 2.1 (default, 10
 * years), 2.7 (high-turnover), 1.7 (england, 1 year).
 */
const OPEN_CASE_MARGIN = 3;
/** Workers ever employed per head in post per simulated year: turnover, agency assignments ending (assumption, high side). */
const NEW_WORKERS_PER_HEAD_YEAR = 0.6;
/** Measured 220–320 ns per agent-step (docs/performance.md); the high end, for a time that is not promised. */
const NS_PER_AGENT_STEP = 320;

/**
 * Per run of a sweep kept by the main thread: the run record (51 summary numbers, key, parameters,
 * about the 2 KB of its file), its planned run and its row of runs.csv and share of summary.csv.
 */
const BYTES_PER_SWEEP_RUN = 3 * 1024;
/**
 * runs.csv is built as one string, and V8 caps a string at 2^29 − 24 characters (512 MB); at about 600
 * characters a row, 500,000 runs keep well under it whatever the memory.
 */
export const MAX_SWEEP_RUNS = 500_000;
/** Every design point's scenario is validated before anything runs (about 1.3 ms each): 10,000 points is a 15-second check, the latinHypercube maximum. */
export const MAX_DESIGN_POINTS = 10_000;

export interface RunEstimate {
  weeks: number;
  /** The most cases open at once. */
  openCases: number;
  /** Worker slots created over the run. */
  workers: number;
  agentSteps: number;
  bytes: number;
  seconds: number;
  /** The scenario fields that drive the estimate, for messages. */
  blame: string;
}

type Bucket = { upToWeeks: number; share: number };

function meanWeeks(buckets: readonly Bucket[]): number {
  let previous = 0;
  let sum = 0;
  let shares = 0;
  for (const b of buckets) {
    sum += b.share * (previous + b.upToWeeks) / 2;
    shares += b.share;
    previous = b.upToWeeks;
  }
  return shares > 0 ? sum / shares : 0;
}

/** The largest value a field takes over the run: its own, or one an intervention sets. */
function peak(s: Scenario, path: string, own: number): number {
  let most = own;
  for (const i of s.interventions ?? []) {
    const set = i.set?.[path];
    if (typeof set === 'number' && set > most) most = set;
  }
  return most;
}

export function estimateRun(s: Scenario): RunEstimate {
  const weeks = s.run.warmupWeeks + s.run.years * 52;
  const surges = (s.interventions ?? []).reduce((sum, i) => sum + (i.surge?.extraContactsPerWeek ?? 0), 0);
  const contacts = peak(s, 'demand.contactsPerWeek', s.demand.contactsPerWeek) + surges;
  const referrals = contacts * peak(s, 'demand.referralShareOfContacts', s.demand.referralShareOfContacts);
  const d = s.pathway.durations;
  const o = s.pathway.assessmentOutcomes;
  const episode = meanWeeks(d.assessment) + o.childInNeed * meanWeeks(d.childInNeed) + o.childProtection * meanWeeks(d.childProtection) + o.lookedAfter * meanWeeks(d.lookedAfter);
  const openCases = Math.ceil(Math.min(referrals * weeks, OPEN_CASE_MARGIN * referrals * episode));
  const e = s.workforce.establishment;
  const teams = ['assessment', 'longTerm', 'inCare', 'nonCaseHolding'] as const;
  const fte = teams.reduce((sum, t) => sum + peak(s, `workforce.establishment.${t}`, e[t]), 0);
  const heads = fte / Math.max(0.1, 1 - s.workforce.partTimeShare * (1 - s.workforce.partTimeFte));
  const drives = (s.interventions ?? []).reduce((sum, i) => sum + (i.recruitmentDrive?.hires ?? 0), 0);
  const workers = Math.ceil(heads * (1 + NEW_WORKERS_PER_HEAD_YEAR * (weeks / 52)) + s.recruitment.nqIntakePerYear * (weeks / 52) + s.agency.supplyPerWeek * weeks + drives);
  const bytes = BASE_BYTES + openCases * BYTES_PER_CASE + workers * BYTES_PER_WORKER;
  const agentSteps = (openCases + heads) * weeks;
  const blame =
    openCases * BYTES_PER_CASE >= workers * BYTES_PER_WORKER
      ? `demand.contactsPerWeek ${fmt(contacts)}${surges > 0 ? ' (with surges)' : ''} × referralShareOfContacts gives about ${fmt(openCases)} open cases over ${weeks} weeks (run.years ${s.run.years} + run.warmupWeeks ${s.run.warmupWeeks})`
      : `workforce.establishment ${fmt(fte)} FTE (with recruitment and agency supply) gives about ${fmt(workers)} workers over ${weeks} weeks (run.years ${s.run.years} + run.warmupWeeks ${s.run.warmupWeeks})`;
  return { weeks, openCases, workers, agentSteps, bytes, seconds: (agentSteps * NS_PER_AGENT_STEP) / 1e9, blame };
}

export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n >= 1e9) return `${(n / 1e9).toPrecision(3)} billion`;
  if (n >= 1e6) return `${(n / 1e6).toPrecision(3)} million`;
  // Grouped by hand, as en-GB groups them: the first toLocaleString loads ICU's locale data, about 10 ms
  // of every cold `handover run`, which estimates its size before it starts (docs/performance.md).
  const whole = Math.round(n);
  const digits = String(Math.abs(whole)).replace(/\B(?=(\d{3})+$)/g, ',');
  return whole < 0 || Object.is(whole, -0) ? `-${digits}` : digits;
}

export function formatDuration(seconds: number): string {
  if (seconds < 1.5) return 'a second';
  if (seconds < 90) return `${Math.round(seconds)} seconds`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} minutes`;
  if (seconds < 48 * 3600) return `${Math.round(seconds / 3600)} hours`;
  return `${fmt(seconds / 86400)} days`;
}

export function formatMemory(bytes: number): string {
  if (bytes >= 1024 ** 4) return `${(bytes / 1024 ** 4).toFixed(1)} TB`;
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  return `${Math.ceil(bytes / 1024 ** 2)} MB`;
}

/** "8GB", "512 MB", "1.5g" → bytes; a message for anything else. */
export function parseMemory(text: string): number | string {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(k|m|g|t)i?b?\s*$/i.exec(text);
  if (!m) return `expected a size such as 8GB or 512MB, found "${text}"`;
  const bytes = Number(m[1]) * 1024 ** ' kmgt'.indexOf(m[2].toLowerCase());
  if (!(bytes >= 64 * 1024 ** 2)) return `expected at least 64MB, found "${text}"`;
  return bytes;
}

const override = (bytes: number): string => `--max-memory ${Math.ceil(bytes / 1024 ** 3)}GB allows it on a machine with that much free memory`;

/**
 * Undefined when `concurrent` runs of the scenario at once fit the memory budget; otherwise a message
 * naming the fields, the estimate and the limit.
 */
export function runLimitProblem(s: Scenario, maxBytes: number, concurrent = 1): string | undefined {
  const e = estimateRun(s);
  const bytes = concurrent * e.bytes;
  if (bytes <= maxBytes) return undefined;
  const each = concurrent > 1 ? `${concurrent} runs at once (one per --jobs) need about ${formatMemory(bytes)}, ${formatMemory(e.bytes)} each` : `this run needs about ${formatMemory(bytes)}`;
  return `${each} of memory, over the limit of ${formatMemory(maxBytes)}: ${e.blame}. Reduce them, or ${override(bytes)} (a run is about ${formatDuration(e.seconds)} of work on one core; see docs/limits.md)`;
}

export interface SweepShape {
  /** Design points, counted without expanding the design (may be Infinity). */
  points: number;
  replications: number;
  /** The sweep field to blame for the size. */
  field: string;
}

/**
 * Undefined when the sweep fits; otherwise the sweep field to blame and a message. `worst` is the run
 * estimate with every varied parameter at its largest.
 */
export function sweepLimitProblem(shape: SweepShape, worst: RunEstimate, jobs: number, maxBytes: number): { path: string; message: string } | undefined {
  const runs = shape.points * shape.replications;
  if (shape.points > MAX_DESIGN_POINTS) return { path: shape.field, message: `the design has ${fmt(shape.points)} points, over the limit of ${fmt(MAX_DESIGN_POINTS)} (each is checked before anything runs); use fewer values or a latinHypercube design (see docs/limits.md)` };
  if (runs > MAX_SWEEP_RUNS) return { path: 'replications', message: `${fmt(shape.points)} design points × ${fmt(shape.replications)} replications is ${fmt(runs)} runs, over the limit of ${fmt(MAX_SWEEP_RUNS)} for one sweep; split it into several sweeps (see docs/limits.md)` };
  const lanes = Math.max(1, Math.min(jobs, runs));
  const bytes = runs * BYTES_PER_SWEEP_RUN + lanes * worst.bytes;
  if (bytes <= maxBytes) return undefined;
  return { path: 'replications', message: `this sweep needs about ${formatMemory(bytes)} of memory (${fmt(runs)} runs' results, plus ${lanes} simulation${lanes === 1 ? '' : 's'} at once of up to ${formatMemory(worst.bytes)} each: ${worst.blame}), over the limit of ${formatMemory(maxBytes)}. Use fewer runs or --jobs, or ${override(bytes)} (see docs/limits.md)` };
}
