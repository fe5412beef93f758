/**
 * Diminishing returns to long hours (Pencavel 2015, "The productivity of working hours", Economic
 * Journal 125(589)): output is proportional to hours up to about 49 a week, rises ever more slowly
 * beyond, and hardly at all past about 56. Here each hour beyond `fullOutputHours` yields less than the
 * one before, falling linearly to nothing at `noExtraOutputHours`. That is why unlimited goodwill hours
 * wear workers out without clearing the work.
 */
import type { OvertimeParams } from '../scenario/types.js';

/** Work done (in hours at full output) by a worker who puts in `hours` this week. */
export function outputOfHours(p: OvertimeParams, hours: number): number {
  const knee = p.fullOutputHours;
  if (hours <= knee) return hours;
  const span = p.noExtraOutputHours - knee;
  if (span <= 0) return knee;
  const x = Math.min(hours - knee, span);
  return knee + x - (x * x) / (2 * span);
}

/** Hours needed to do `work` (hours at full output); Infinity when no number of hours would do it. */
export function hoursForOutput(p: OvertimeParams, work: number): number {
  const knee = p.fullOutputHours;
  if (work <= knee) return work;
  const span = p.noExtraOutputHours - knee;
  const y = work - knee;
  if (span <= 0) return Infinity;
  // Rounding can put work that exactly fills the ceiling a hair (well under a second) above it.
  if (y > span / 2 + 1e-9) return Infinity;
  return knee + span * (1 - Math.sqrt(Math.max(0, 1 - (2 * y) / span)));
}

/** The most hours worth working: past this, another hour adds nothing. */
export function usefulHoursCeiling(p: OvertimeParams): number {
  return Math.max(p.fullOutputHours, p.noExtraOutputHours);
}
