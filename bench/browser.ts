/**
 * The browser workload: the built app in headless Chromium runs the default scenario (10 years, one
 * replication) in its Web Worker; timed from pressing Run to the charts holding the result. Meanwhile
 * the page records every long task (≥ 50 ms, the Long Tasks API) and the longest gap between two
 * turns of a zero-delay timer loop, which bounds the longest main-thread task of any length.
 * `tsx bench/browser.ts [repeats]` prints one JSON line.
 */
import { startApp, waitForRuns } from '../test/browser/harness.js';

declare global {
  interface Window {
    __bench: { measuring: boolean; maxGap: number; longTasks: number[] };
  }
}

const repeats = Number(process.argv[2] ?? 5);
const app = await startApp();
try {
  const page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  await page.addInitScript(`
    const bench = { measuring: false, maxGap: 0, longTasks: [] };
    window.__bench = bench;
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
  await page.goto(app.url);
  await waitForRuns(page, 1); // the first run on load also starts the workers
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    await page.evaluate(() => { window.__bench.measuring = true; });
    const t0 = performance.now();
    await page.locator('#run').click();
    await waitForRuns(page, r + 2);
    times.push(performance.now() - t0);
    await page.evaluate(() => { window.__bench.measuring = false; });
  }
  const bench = await page.evaluate(() => window.__bench);
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({
    medianMs: times[Math.floor(times.length / 2)],
    runs: times.length,
    longTasks: bench.longTasks.length,
    longestTaskMs: Math.max(0, ...bench.longTasks),
    maxTimerGapMs: bench.maxGap,
  }));
} finally {
  await app.close();
}
