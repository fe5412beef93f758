/**
 * Trainer mode (trainer.html) in real headless Chromium: the caseload view draws what the engine holds,
 * a clicked worker's leaving moves exactly her children, interventions reach the timeline, the charts
 * and the exported scenario (which replays the demonstration byte for byte in Node), stories pause at
 * their steps, and the keyboard drives the run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { NONE, WorkerStatus } from '../../src/state/codes.js';
import { createSimulation } from '../../src/engine/run.js';
import { loadScenarioFile } from '../../src/node/loadScenarioFile.js';
import { resultToJson } from '../../src/outputs/index.js';
import type { Scenario } from '../../src/scenario/types.js';
import { root, startApp, type App } from './harness.js';

let app: App;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  app = await startApp();
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await app?.close();
});

async function openTrainer(story = 'stable-team'): Promise<{ page: Page; errors: string[] }> {
  const context = await app.browser.newContext({ viewport: { width: 1500, height: 1100 } });
  contexts.push(context);
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${app.url}trainer.html?story=${story}&debug`);
  await page.waitForFunction(() => (window.__trainer?.marks().workers ?? 0) > 0);
  return { page, errors };
}

const week = (page: Page) => page.evaluate(() => window.__trainer!.week());
const marks = (page: Page) => page.evaluate(() => window.__trainer!.marks());

async function stepTo(page: Page, target: number): Promise<void> {
  while ((await week(page)) < target) await page.locator('#step').click();
}

/** The marks drawn on the canvas once the view has caught up with the run. */
async function settledMarks(page: Page): Promise<{ workers: number; children: number }> {
  await page.waitForTimeout(100);
  return marks(page);
}

describe('trainer mode', () => {
  it('draws one mark per worker in post and per open child, as the engine run in Node holds them', async () => {
    const { page, errors } = await openTrainer('stable-team');
    await stepTo(page, 6);
    const drawn = await settledMarks(page);
    // The same story in Node: the default preset with the story's seed and years, stepped to week 6.
    const { scenario } = loadScenarioFile(`${root}scenarios/default.json`);
    const sim = createSimulation({ ...scenario!, run: { ...scenario!.run, seed: 2, years: 2 } });
    while (sim.recorded < 6) sim.step();
    const ws = sim.state.workers;
    let inPost = 0;
    for (let i = 0; i < ws.activeCount; i++) if (ws.status[ws.active[i]] !== WorkerStatus.left) inPost++;
    expect(drawn).toEqual({ workers: inPost, children: sim.state.openCases });
    expect(await page.locator('hv-caseload-view').getAttribute('data-children')).toBe(String(sim.state.openCases));
    expect(errors).toEqual([]);
  });

  it('a clicked worker who leaves passes on exactly her children, each counting one more worker', async () => {
    const { page } = await openTrainer('stable-team');
    const id = await page.evaluate(() => window.__trainer!.busiestWorker());
    // Her row may lie below the window (the view is as tall as the workforce): scroll to it as a user would.
    const box = await page.evaluate((w) => {
      const row = window.__trainer!.workerBox(w)!;
      window.scrollBy(0, row.y + row.height / 2 - window.innerHeight / 2);
      const b = window.__trainer!.workerBox(w)!;
      return { x: b.x + 30, y: b.y + b.height / 2 };
    }, id);
    await page.mouse.click(box.x, box.y);
    await expect(page.locator('[data-testid="worker-facts"]').innerText()).resolves.toContain('in post');
    await page.locator('#leave-now').click();
    await page.locator('[data-testid="message"]', { hasText: `worker #${id} left` }).waitFor();
    // She works her notice; just before she goes, note her children and their counts.
    let hers = await page.evaluate((w) => window.__trainer!.workerChildren(w), id);
    for (let k = 0; k < 12; k++) {
      await page.locator('#step').click();
      const now = await page.evaluate((w) => window.__trainer!.workerChildren(w), id);
      if (now.length === 0) break;
      hers = now;
    }
    expect(hers.length).toBeGreaterThan(3);
    expect(await page.evaluate((w) => window.__trainer!.workerChildren(w), id)).toEqual([]);
    let moved = 0;
    for (const { child, workers } of hers) {
      const after = await page.evaluate((c) => window.__trainer!.childWorkers(c), child);
      if (!after) continue; // closed this week
      expect(after.worker).not.toBe(id);
      expect(after.workers).toBe(after.worker === NONE ? workers : workers + 1);
      if (after.worker !== NONE) moved++;
    }
    expect(moved).toBeGreaterThan(0);
    const drawn = await settledMarks(page);
    const engine = await page.evaluate(() => window.__trainer!.engine());
    expect(drawn).toEqual({ workers: engine.workersInPost, children: engine.openCases });
  });

  it('marks an intervention on the timeline and every chart, records it in the exported scenario, and the export replays the run byte for byte', async () => {
    const { page } = await openTrainer('stable-team');
    await stepTo(page, 4);
    await page.locator('button[data-action="surge"]').click();
    await page.locator('button[data-action="overtimeBan"]').click();
    await stepTo(page, 9);
    expect(await page.locator('hv-timeline .mark[data-week="5"]').count()).toBe(2);
    const chartMarks = await page.evaluate(() => [...document.querySelector('hv-trainer')!.shadowRoot!.querySelectorAll('hv-line-chart')]
      .map((c) => c.shadowRoot?.querySelectorAll('g.mark[data-week="5"]').length ?? 0));
    expect(chartMarks).toEqual([2, 2, 2]);
    const exported = JSON.parse(await page.evaluate(() => window.__trainer!.scenarioJson())) as Scenario;
    expect(exported.interventions).toEqual([
      { week: 5, surge: { extraContactsPerWeek: 61, durationWeeks: 13 } }, // half the default's 122 contacts a week
      { week: 5, set: { 'overtime.policy': 'none' } },
    ]);
    const live = await page.evaluate(() => window.__trainer!.resultJson());
    const sim = createSimulation(exported, { recordEvents: 'withWarmup' });
    while (sim.recorded < 9) sim.step();
    expect(resultToJson(sim.result())).toBe(live);
    // And in the page: open the exported file, play to the same week, same bytes.
    await page.locator('#file').setInputFiles({ name: 'replay.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await page.locator('[data-testid="message"]', { hasText: 'from replay.json' }).waitFor();
    expect(await week(page)).toBe(1);
    await stepTo(page, 9);
    expect(await page.evaluate(() => window.__trainer!.resultJson())).toBe(live);
  });

  it('a story pauses at each step with its narration, and follows a child through her changes', async () => {
    const { page } = await openTrainer('spiral');
    await expect(page.locator('[data-testid="narration"]').getAttribute('data-step')).resolves.toBe('0');
    await page.locator('#speed').selectOption('32');
    await page.locator('[data-testid="narration"] button').click();
    await page.locator('[data-testid="narration"][data-step="1"]').waitFor();
    expect(await week(page)).toBe(10);
    await expect(page.locator('#play').innerText()).resolves.toBe('Play');
    await expect(page.locator('[data-testid="narration"]').innerText()).resolves.toContain('Six social workers');
    await page.locator('[data-testid="narration"] button').click();
    await page.locator('[data-testid="narration"][data-step="2"]').waitFor();
    expect(await week(page)).toBe(15);
    // Follow a child who has had at least three workers.
    const child = await page.evaluate(() => {
      const t = window.__trainer!;
      for (let w = 0; w < 2000; w++) for (const c of t.workerChildren(w)) if (c.workers >= 3) return c.child;
      return -1;
    });
    expect(child).toBeGreaterThanOrEqual(0);
    const at = await page.evaluate((c) => window.__trainer!.childPoint(c), child);
    await page.mouse.click(at!.x, at!.y);
    await expect(page.locator('[data-testid="child-totals"]').innerText()).resolves.toMatch(/^[3-9]\d* social workers so far/);
    expect(await page.locator('[data-testid="child-story"] li').count()).toBeGreaterThan(0);
  });

  it('without a mouse: a worker and one of her children can be chosen from lists, and she can be made to leave', async () => {
    const { page } = await openTrainer('stable-team');
    const id = await page.evaluate(() => window.__trainer!.busiestWorker());
    await page.locator('#pick-worker').selectOption(String(id));
    await expect(page.locator('[data-testid="worker-facts"]').innerText()).resolves.toContain('in post');
    await page.locator('#leave-now').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="message"]', { hasText: `worker #${id} left` }).waitFor();
    const child = (await page.evaluate((w) => window.__trainer!.workerChildren(w), id))[0].child;
    await page.locator('#pick-child').selectOption(String(child));
    await expect(page.locator('hv-child-panel h3').innerText()).resolves.toContain(`Child #${child}`);
  });

  it('space plays and pauses, the right arrow steps a week, and a bad story file is refused without losing the run', async () => {
    const { page } = await openTrainer('stable-team');
    await page.locator('[data-testid="week"]').click(); // focus the page, not a control
    const start = await week(page);
    await page.keyboard.press('ArrowRight');
    expect(await week(page)).toBe(start + 1);
    await page.keyboard.press(' ');
    await expect(page.locator('#play').innerText()).resolves.toBe('Pause');
    await page.waitForFunction((w) => (window.__trainer?.week() ?? 0) > w + 1, start + 1);
    await page.keyboard.press(' ');
    await expect(page.locator('#play').innerText()).resolves.toBe('Play');
    const paused = await week(page);
    await page.waitForTimeout(400);
    expect(await week(page)).toBe(paused);
    await page.locator('#file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ title: 'x', summary: 'y', scenario: 'default', seed: 1, years: 1, steps: [{ week: 99, text: 'z' }] })) });
    await page.locator('[data-testid="file-error"]', { hasText: 'steps[0].week' }).waitFor();
    expect(await week(page)).toBe(paused);
    const { scenario: england } = loadScenarioFile(`${root}scenarios/england.json`);
    await page.locator('#file').setInputFiles({ name: 'england.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(england)) });
    await page.locator('[data-testid="file-error"]', { hasText: 'use the planner view' }).waitFor();
    expect(await week(page)).toBe(paused);
  });
});
