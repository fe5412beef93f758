import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { CHANGE_CAUSE_NAMES, type RunEvent } from '../../src/state/events.js';
import { CHANGE_CAUSES } from '../../src/outputs/causes.js';
import { loadDefault } from '../helpers/scenarios.js';

describe('event log', () => {
  const p = loadDefault();
  p.run = { seed: 2, years: 1, warmupWeeks: 26 };
  const r = runScenario(p, { recordEvents: true });
  const events = r.events ?? [];
  const count = (pred: (e: RunEvent) => boolean): Float64Array => {
    const out = new Float64Array(r.weeks);
    for (const e of events) if (pred(e)) out[e.week - 1]++;
    return out;
  };
  const SERIES_OF_CAUSE = CHANGE_CAUSE_NAMES.map((name) => CHANGE_CAUSES[name].seriesField);

  it('runScenario without recordEvents keeps no event log', () => {
    expect(runScenario(p).events).toBeUndefined();
  });

  it("'withWarmup' also logs the warm-up weeks (numbered 0 and below) but not the seeding, and the run is the same", () => {
    const all = runScenario(p, { recordEvents: 'withWarmup' });
    const warm = (all.events ?? []).filter((e) => e.week <= 0);
    expect(Math.min(...warm.map((e) => e.week))).toBe(1 - 26);
    expect(warm.some((e) => e.kind === 'referral') && warm.some((e) => e.kind === 'change')).toBe(true);
    // Seeding would log a start for each of the ~265 workers in post at week 1 − 26.
    expect(warm.filter((e) => e.kind === 'workerStart' && e.week === 1 - 26).length).toBeLessThan(20);
    expect((all.events ?? []).filter((e) => e.week >= 1)).toEqual(events);
    expect({ ...all, events: undefined }).toEqual({ ...r, events: undefined });
  });

  it('the event log holds reporting weeks only, in order', () => {
    expect(events.length).toBeGreaterThan(1000);
    expect(events.every((e) => e.week >= 1 && e.week <= r.weeks)).toBe(true);
    expect(events.every((e, i) => i === 0 || events[i - 1].week <= e.week)).toBe(true);
  });

  it('every change of worker in the series is in the event log with its cause, week by week', () => {
    CHANGE_CAUSE_NAMES.forEach((cause, i) => {
      expect([cause, Array.from(count((e) => e.kind === 'change' && e.cause === cause))]).toEqual([cause, Array.from(r.series[SERIES_OF_CAUSE[i]])]);
    });
  });

  it('referral and closure events match the referrals and closures series', () => {
    expect(Array.from(count((e) => e.kind === 'referral'))).toEqual(Array.from(r.series.referrals));
    expect(Array.from(count((e) => e.kind === 'closed'))).toEqual(Array.from(r.series.closures));
  });

  it('a change event names a different worker on each side', () => {
    for (const e of events) if (e.kind === 'change') expect(e.workerId).not.toBe(e.fromWorker);
  });
});
