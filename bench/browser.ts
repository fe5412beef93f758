/**
 * The browser workload: the built app in headless Chromium runs the default scenario (10 years, one
 * replication) in its Web Worker. Two times per run: from pressing Run to the page reporting the run
 * complete, seen from the test driver (so including its round trips to the page), and, measured inside
 * the page, from the click to the animation frame after the one whose callbacks first found the run
 * complete, by which time the visible charts are drawn (the "press Run to the first drawn
 * result"; at most one frame, ~17 ms, late): the median over the clicks, and the first click alone.
 * The next click waits for the hidden chart tabs too, which the page draws when idle. Also the
 * page's own first run, from navigation to its result drawn: what a new visitor waits for. Meanwhile the page records every long task (≥ 50 ms, the Long
 * Tasks API) and the longest gap between two turns of a zero-delay timer loop, which bounds the
 * longest main-thread task of any length.
 * Then, apart from the timed clicks (tracing slows the page a little), where a click's time goes: a few
 * more clicks under a Chrome trace, and the first click of a fresh page under another
 * (bench/browserBreakdown.ts).
 * `tsx bench/browser.ts [repeats]` prints one JSON line.
 */
import type { Page } from 'playwright-core';
import { startApp, waitForRuns } from '../test/browser/harness.js';
import { breakdown, TRACE_CATEGORIES, type ClickPhases } from './browserBreakdown.js';

declare global {
  interface Window {
    __bench: { measuring: boolean; maxGap: number; longTasks: number[]; drawnMs: number[]; loadDrawnMs?: number };
  }
}

const repeats = Number(process.argv[2] ?? 5);
const app = await startApp();
try {
  const page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  await page.addInitScript(`
    const bench = { measuring: false, maxGap: 0, longTasks: [], drawnMs: [], loadDrawnMs: undefined };
    window.__bench = bench;
    let clickAt;
    let seen = 0;
    addEventListener('click', (e) => {
      if (bench.measuring && e.composedPath().some((n) => n.id === 'run')) clickAt = performance.now();
    }, true);
    (function watch() {
      requestAnimationFrame(() => {
        const runs = window.__handover ? window.__handover.runs() : 0;
        if (runs > seen) {
          if (seen === 0) requestAnimationFrame(() => { bench.loadDrawnMs = performance.now(); });
          seen = runs;
          if (clickAt !== undefined) {
            const from = clickAt;
            clickAt = undefined;
            requestAnimationFrame(() => bench.drawnMs.push(performance.now() - from));
          }
        }
        watch();
      });
    })();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (bench.measuring) bench.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    let last = performance.now();
    function tick() {
      const now = performance.now();
      if (bench.measuring) bench.maxGap = Math.max(bench.maxGap, now - last);
      last = now;
      setTimeout(tick, 0);
    }
    setTimeout(tick, 0);
  `);
  await page.goto(`${app.url}?debug`);
  await waitForRuns(page, 1); // the first run on load also starts the workers
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    await page.evaluate(() => { window.__bench.measuring = true; });
    const t0 = performance.now();
    await page.locator('#run').click();
    // The run complete and the visible tab drawn; the hidden tabs, drawn when the page is idle, before the next click.
    await page.waitForFunction((n) => (window.__handover?.runs() ?? 0) >= n, r + 2);
    times.push(performance.now() - t0);
    await waitForRuns(page, r + 2);
    await page.evaluate(() => { window.__bench.measuring = false; });
  }
  const bench = await page.evaluate(() => window.__bench);
  const later = await tracedClicks(page, repeats + 1, repeats > 1 ? 3 : 1);
  const fresh = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await fresh.goto(`${app.url}?debug`);
  await waitForRuns(fresh, 1);
  const first = await tracedClicks(fresh, 1, 1);
  await fresh.close();
  times.sort((a, b) => a - b);
  // The first click is the user's first Run after the page's own run on load: the worker's second run,
  // its code not yet fully optimised; the median is of all the clicks.
  const firstDrawnMs = bench.drawnMs[0];
  const drawn = [...bench.drawnMs].sort((a, b) => a - b);
  const trainer = await trainerFrames(repeats);
  console.log(JSON.stringify({
    medianMs: times[Math.floor(times.length / 2)],
    drawnMedianMs: drawn[Math.floor(drawn.length / 2)],
    firstDrawnMs,
    loadDrawnMs: bench.loadDrawnMs,
    drawn: drawn.length,
    runs: times.length,
    longTasks: bench.longTasks.length,
    longestTaskMs: Math.max(0, ...bench.longTasks),
    maxTimerGapMs: bench.maxGap,
    breakdown: medianPhases(later),
    firstBreakdown: first[0],
    trainer,
  }));
} finally {
  await app.close();
}

/** Clicks Run `count` times under a Chrome trace, the page having completed `done` runs, and reads where each click's time went. */
async function tracedClicks(page: Page, done: number, count: number): Promise<ClickPhases[]> {
  await app.browser.startTracing(page, { categories: TRACE_CATEGORIES });
  for (let r = 0; r < count; r++) {
    await page.locator('#run').click();
    await waitForRuns(page, done + r + 1);
  }
  return breakdown(await app.browser.stopTracing());
}

function medianPhases(clicks: ClickPhases[]): ClickPhases | undefined {
  if (clicks.length === 0) return undefined;
  const median = (key: keyof ClickPhases) => clicks.map((c) => c[key]).sort((a, b) => a - b)[Math.floor(clicks.length / 2)];
  return Object.fromEntries(Object.keys(clicks[0]).map((key) => [key, median(key as keyof ClickPhases)])) as unknown as ClickPhases;
}

/**
 * Trainer mode playing the spiral story at 16 weeks a second: the canvas's draw time per frame and the
 * interval between animation frames (16.7 ms is 60 frames a second), over `seconds` of play.
 */
async function trainerFrames(seconds: number): Promise<{ drawMedianMs: number; drawP95Ms: number; frameMedianMs: number; frameP95Ms: number; framesOver20Ms: number; frames: number }> {
  const page = await app.browser.newPage({ viewport: { width: 1500, height: 1100 } });
  await page.goto(`${app.url}trainer.html?story=spiral&debug`);
  await page.waitForFunction(() => (window.__trainer?.marks().workers ?? 0) > 0);
  await page.locator('#speed').selectOption('16');
  await page.evaluate(`window.__frames = []; (function loop(last) { requestAnimationFrame((now) => { window.__frames.push(now - last); loop(now); }); })(performance.now());`);
  await page.locator('[data-testid="narration"] button').click();
  const end = Date.now() + seconds * 1000;
  // The story pauses at its steps: press Continue whenever it does.
  while (Date.now() < end) {
    const paused = page.locator('[data-testid="narration"] button');
    if (await paused.count()) await paused.click();
    await page.waitForTimeout(100);
  }
  const frames = (await page.evaluate('window.__frames.slice(5)')) as number[];
  const draws = await page.evaluate(() => window.__trainer!.frameTimes());
  await page.close();
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;
  return { drawMedianMs: q(draws, 0.5), drawP95Ms: q(draws, 0.95), frameMedianMs: q(frames, 0.5), frameP95Ms: q(frames, 0.95), framesOver20Ms: frames.filter((f) => f > 20).length, frames: frames.length };
}
