/**
 * The browser app in real headless Chromium: built with Vite, served statically, driven with
 * playwright-core. Runs are kept short (2 years) so the file takes seconds, not minutes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { runScenario } from '../../src/engine/run.js';
import { resultToJson } from '../../src/outputs/index.js';
import type { Scenario } from '../../src/scenario/types.js';
import { headline, startApp, waitForRuns, type App } from './harness.js';

let app: App;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  app = await startApp();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** The app's address with its debug interface (src/ui/debug.ts) switched on. */
const home = () => `${app.url}?debug`;

async function openPage(url = home()): Promise<{ page: Page; errors: string[] }> {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  contexts.push(context);
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await openGroups(page);
  return { page, errors };
}

/** Opens the app, waits for its first run, then sets a short run so the tests stay quick. */
async function openShort(years = 2): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage();
  await waitForRuns(opened.page, 1);
  await opened.page.locator('#years').fill(String(years));
  return opened;
}

async function runAndWait(page: Page): Promise<void> {
  const before = await page.evaluate(() => window.__handover?.runs() ?? 0);
  await page.locator('#run').click();
  await waitForRuns(page, before + 1);
}

/** Opens every lever group of the editor (only the first is open at the start). */
async function openGroups(page: Page): Promise<void> {
  await page.locator('hv-scenario-editor details').first().waitFor();
  await page.evaluate(() => {
    const editor = document.querySelector('handover-app')?.shadowRoot?.querySelector('hv-scenario-editor');
    for (const details of editor?.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
  });
}

const field = (page: Page, path: string) => page.locator(`hv-lever-field div[data-path="${path}"]`);

describe('browser app', () => {
  it('loads with no console errors and draws every chart with data for the default scenario', async () => {
    const { page, errors } = await openPage();
    await waitForRuns(page, 1);
    const charts = await page.evaluate(() => {
      const views = document.querySelector('handover-app')?.shadowRoot?.querySelector('hv-chart-views')?.shadowRoot;
      const out: { id: string; paths: number; drawn: number; caps: number }[] = [];
      for (const chart of views?.querySelectorAll('hv-line-chart, hv-closed-cases-chart') ?? []) {
        const svg = chart.shadowRoot?.querySelector('svg');
        const marks = [...(svg?.querySelectorAll('path.series, rect.bar') ?? [])];
        const drawn = marks.filter((m) => (m.tagName === 'path' ? (m.getAttribute('d') ?? '').length > 100 : Number(m.getAttribute('height')) >= 0));
        out.push({ id: svg?.getAttribute('data-chart') ?? '?', paths: marks.length, drawn: drawn.length, caps: svg?.querySelectorAll('line.cap').length ?? 0 });
      }
      return out;
    });
    expect(charts.map((c) => c.id)).toEqual([
      'workforce-fte', 'workforce-rates', 'caseload', 'weighted-caseload', 'over-cap', 'hours', 'continuity', 'unallocated', 'drift', 'rereferral', 'closed-cases', 'cost-weekly', 'cost-cumulative',
    ]);
    for (const chart of charts) {
      expect(chart.paths, chart.id).toBeGreaterThan(0);
      expect(chart.drawn, chart.id).toBe(chart.paths);
    }
    // The cap limits weighted caseloads: it is drawn against them, not against the DfE's unweighted count.
    expect(charts.filter((c) => c.caps > 0).map((c) => c.id)).toEqual(['weighted-caseload']);
    const figures = await headline(page);
    expect(Number(figures.shareChanged26w)).toBeGreaterThan(0);
    await expect(page.locator('hv-headline-row li[data-field="shareChanged26w"]').innerText()).resolves.toMatch(/in 10\s*children changed social worker in the last six months/);
    expect(errors).toEqual([]);
  });

  it('draws the run while it runs, then the complete result in its place', async () => {
    const { page } = await openShort(20);
    const before = await page.evaluate(() => window.__handover!.runs());
    await page.locator('#run').click();
    await page.waitForFunction(() => window.__handover!.liveWeeks() > 0);
    const drawnWhileRunning = await page.evaluate(() => ({ weeks: window.__handover!.liveWeeks(), runs: window.__handover!.runs() }));
    expect(drawnWhileRunning.runs).toBe(before);
    expect(drawnWhileRunning.weeks).toBeLessThan(20 * 52);
    await waitForRuns(page, before + 1);
    expect(await page.evaluate(() => window.__handover!.liveWeeks())).toBe(0);
  });

  it('re-runs with a changed lever and the headline figures change', async () => {
    const { page } = await openShort();
    await runAndWait(page);
    const before = await headline(page);
    await field(page, 'agency.payCap.enabled').locator('input').check();
    await runAndWait(page);
    const after = await headline(page);
    expect(after.costPerYear).not.toEqual(before.costPerYear);
  });

  it('flags an invalid value beside its field and keeps the last valid run on screen', async () => {
    const { page } = await openShort();
    await runAndWait(page);
    const before = await headline(page);
    await field(page, 'allocation.caseloadCap').locator('input').fill('-5');
    await expect(field(page, 'allocation.caseloadCap').locator('.error').textContent()).resolves.toContain('allocation.caseloadCap');
    expect(await page.locator('#run').isDisabled()).toBe(true);
    expect(await headline(page)).toEqual(before);
  });

  it('pins a baseline and overlays both series on every chart', async () => {
    const { page } = await openShort();
    await runAndWait(page);
    await page.locator('#pin').click();
    await field(page, 'agency.allowed').locator('input').uncheck();
    await runAndWait(page);
    const sets = await page.evaluate(() => {
      const views = document.querySelector('handover-app')?.shadowRoot?.querySelector('hv-chart-views')?.shadowRoot;
      return [...(views?.querySelectorAll('hv-line-chart') ?? [])].map((c) => {
        const ids = [...(c.shadowRoot?.querySelectorAll('path.series') ?? [])].map((p) => p.getAttribute('data-set'));
        return new Set(ids).size;
      });
    });
    expect(sets.every((n) => n === 2)).toBe(true);
    expect(await page.locator('[data-testid="delta"]').count()).toBeGreaterThan(0);
  });

  it('shows the median and a 90% band over replications, and cancels a long run keeping the last result', async () => {
    const { page } = await openShort(1);
    await page.locator('#replications').selectOption('5');
    await runAndWait(page);
    const bands = await page.evaluate(() => {
      const views = document.querySelector('handover-app')?.shadowRoot?.querySelector('hv-chart-views')?.shadowRoot;
      return [...(views?.querySelectorAll('hv-line-chart') ?? [])].map((c) => c.shadowRoot?.querySelectorAll('path.band').length ?? 0);
    });
    expect(bands.every((n) => n > 0)).toBe(true);
    await expect(page.locator('hv-headline-row .note').innerText()).resolves.toContain('Median of 5 replications');
    const before = await headline(page);
    await page.locator('#years').fill('20');
    await page.locator('#replications').selectOption('20');
    await page.locator('#run').click();
    await page.locator('#cancel:not([disabled])').click();
    await page.locator('[data-testid="status"]', { hasText: 'Run cancelled' }).waitFor();
    expect(await headline(page)).toEqual(before);
  });

  it('schedules a demand surge as an intervention and the headline figures change', async () => {
    const { page } = await openShort();
    await runAndWait(page);
    const before = await headline(page);
    await page.locator('button[data-add="surge"]').click();
    await page.locator('[data-intervention="0"] input').first().fill('5');
    await runAndWait(page);
    const scenario = await page.evaluate(() => JSON.parse(window.__handover?.scenarioJson() ?? '{}') as { interventions: unknown[] });
    expect(scenario.interventions).toEqual([{ week: 5, surge: { extraContactsPerWeek: 30, durationWeeks: 13 } }]);
    expect(await headline(page)).not.toEqual(before);
    const marked = await page.evaluate(() => {
      const views = document.querySelector('handover-app')?.shadowRoot?.querySelector('hv-chart-views')?.shadowRoot;
      return [...(views?.querySelectorAll('hv-line-chart') ?? [])].map((c) => c.shadowRoot?.querySelectorAll('g.mark[data-week="5"]').length ?? 0);
    });
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((n) => n === 1)).toBe(true);
  });

  it('chooses a service design, edits a transfer point and runs it; a transfer to a team that does not hold the stage is flagged beside it', async () => {
    const { page, errors } = await openShort();
    await page.locator('hv-structure-editor select[data-testid="design"]').selectOption('structure-court-permanence');
    await page.locator('hv-structure-editor [data-transfer="0"] input').first().fill('20');
    await runAndWait(page);
    const scenario = await page.evaluate(() => JSON.parse(window.__handover?.scenarioJson() ?? '{}') as Scenario);
    expect(scenario.structure.design).toBe('Dedicated court and permanence teams');
    expect(scenario.structure.teams.map((t) => t.name)).toEqual(['assessment', 'longTerm', 'court', 'inCare', 'permanence']);
    expect(scenario.structure.transfers[0]).toMatchObject({ from: 'longTerm', to: 'court', afterWeeks: 20 });
    expect(scenario.workforce.establishment.court).toBe(16);
    await page.locator('hv-structure-editor [data-transfer="1"] select').nth(1).selectOption('longTerm');
    await expect(page.locator('hv-structure-editor [data-transfer="1"] .error').innerText()).resolves.toContain('a team that holds lookedAfter');
    expect(errors).toEqual([]);
  });

  it('edits how much longer a team\'s plans last and the share of referrals it takes; a share on the front door is flagged', async () => {
    const { page, errors } = await openShort();
    await page.locator('hv-structure-editor select[data-testid="design"]').selectOption('structure-disabled-children');
    await page.getByLabel('How much longer plans last in Disabled children').fill('1.2');
    await runAndWait(page);
    const scenario = await page.evaluate(() => JSON.parse(window.__handover?.scenarioJson() ?? '{}') as Scenario);
    expect(scenario.structure.teams.find((t) => t.name === 'disabledChildren')).toMatchObject({ takesShare: 0.1, planLengthFactor: 1.2 });
    await page.getByLabel('Share of referrals Front door and assessment takes').fill('0.2');
    await expect(page.locator('hv-structure-editor .error').first().innerText()).resolves.toContain('not the front door');
    expect(errors).toEqual([]);
  });

  it('a chosen design opens in trainer mode with one column per team of that design', async () => {
    const { page, errors } = await openShort();
    await page.locator('hv-structure-editor select[data-testid="design"]').selectOption('structure-court-permanence');
    await waitForRuns(page, 1);
    const [trainer] = await Promise.all([page.context().waitForEvent('page'), page.locator('#to-trainer').click()]);
    await trainer.waitForFunction(() => (window.__trainer?.marks().workers ?? 0) > 0);
    const handed = JSON.parse(await trainer.evaluate(() => window.__trainer!.scenarioJson())) as Scenario;
    expect(handed.structure.teams.map((t) => t.name)).toEqual(['assessment', 'longTerm', 'court', 'inCare', 'permanence']);
    const drawn = JSON.parse((await trainer.locator('hv-caseload-view').getAttribute('data-teams')) ?? '[]') as string[];
    expect(drawn).toEqual(handed.structure.teams.map((t) => t.label));
    expect(errors).toEqual([]);
  });

  it('keeps an edited scenario after a reload', async () => {
    const { page } = await openPage();
    await waitForRuns(page, 1);
    await field(page, 'allocation.caseloadCap').locator('input').fill('19');
    await page.waitForTimeout(200);
    await page.goto(home()); // no fragment: the scenario comes back from localStorage
    await openGroups(page);
    await expect(field(page, 'allocation.caseloadCap').locator('input').inputValue()).resolves.toBe('19');
  });

  it('reproduces the same headline figures from a shared link', async () => {
    const { page } = await openShort();
    await field(page, 'recruitment.attractiveness').locator('input').fill('1.3');
    await page.locator('#seed').fill('7');
    await runAndWait(page);
    const figures = await headline(page);
    await page.waitForFunction(() => location.hash.startsWith('#s1.'));
    await page.waitForTimeout(100);
    const link = page.url();
    const other = await openPage(link);
    await waitForRuns(other.page, 1);
    expect(await headline(other.page)).toEqual(figures);
    await expect(other.page.locator('#seed').inputValue()).resolves.toBe('7');
  });

  it('restores the pinned baseline from a shared link, so the comparison is reproduced', async () => {
    const { page } = await openShort();
    await runAndWait(page);
    await page.locator('#pin').click();
    await field(page, 'agency.allowed').locator('input').uncheck();
    await runAndWait(page);
    const figures = await headline(page);
    const deltas = await page.locator('[data-testid="delta"]').allInnerTexts();
    expect(deltas.length).toBeGreaterThan(0);
    await page.waitForFunction(() => location.hash.startsWith('#s1.'));
    await page.waitForTimeout(100);
    const other = await openPage(page.url());
    await waitForRuns(other.page, 1);
    await other.page.locator('[data-testid="delta"]').first().waitFor();
    expect(await headline(other.page)).toEqual(figures);
    expect(await other.page.locator('[data-testid="delta"]').allInnerTexts()).toEqual(deltas);
  });

  it('saves a named scenario, marks edits against the preset, and opens the saved one after a reload', async () => {
    const { page } = await openPage();
    await waitForRuns(page, 1);
    expect(await page.locator('[data-testid="edited"]').count()).toBe(0);
    await field(page, 'allocation.caseloadCap').locator('input').fill('16');
    await page.locator('[data-testid="edited"]', { hasText: 'Edited: 1 change from' }).waitFor();
    await page.locator('#save-name').fill('Cap at 16');
    await page.locator('#save').click();
    await page.locator('[data-testid="status"]', { hasText: 'Saved “Cap at 16”' }).waitFor();
    await page.locator('[data-testid="edited"] button').click();
    await expect(field(page, 'allocation.caseloadCap').locator('input').inputValue()).resolves.not.toBe('16');
    expect(await page.locator('[data-testid="edited"]').count()).toBe(0);
    await page.waitForTimeout(200);
    await page.goto(home());
    await openGroups(page);
    await page.locator('li[data-saved="Cap at 16"] button[data-action="open"]').click();
    await expect(field(page, 'allocation.caseloadCap').locator('input').inputValue()).resolves.toBe('16');
    await page.locator('li[data-saved="Cap at 16"] button[data-action="delete"]').click();
    expect(await page.locator('li[data-saved]').count()).toBe(0);
  });

  it('opens the working scenario in trainer mode, once', async () => {
    const { page } = await openPage();
    await waitForRuns(page, 1);
    await field(page, 'allocation.caseloadCap').locator('input').fill('17');
    const [trainer] = await Promise.all([page.context().waitForEvent('page'), page.locator('#to-trainer').click()]);
    await trainer.waitForFunction(() => (window.__trainer?.marks().workers ?? 0) > 0);
    await trainer.locator('[data-testid="message"]', { hasText: 'from the planner view' }).waitFor();
    const handed = JSON.parse(await trainer.evaluate(() => window.__trainer!.scenarioJson())) as { allocation: { caseloadCap: number } };
    expect(handed.allocation.caseloadCap).toBe(17);
    const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('handover.toTrainer.')));
    expect(left).toEqual([]);
  });

  it('rejects a malformed scenario file with a clear error and keeps the current scenario', async () => {
    const { page } = await openPage();
    await waitForRuns(page, 1);
    await field(page, 'allocation.caseloadCap').locator('input').fill('20');
    await page.locator('#file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"name": "x", <b>oops</b>') });
    await page.locator('[data-testid="import-error"]', { hasText: 'broken.json is not valid JSON' }).waitFor();
    expect(await page.locator('[data-testid="import-error"] b b').count()).toBe(0);
    await page.locator('#file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ extends: 'default', agency: { premium: -1 } })) });
    await page.locator('[data-testid="import-error"]', { hasText: 'agency.premium' }).waitFor();
    await expect(field(page, 'allocation.caseloadCap').locator('input').inputValue()).resolves.toBe('20');
    await page.locator('#file').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ extends: 'default', name: 'Mine', allocation: { caseloadCap: 17 } })) });
    await page.locator('[data-testid="status"]', { hasText: 'Imported “Mine”' }).waitFor();
    await expect(field(page, 'allocation.caseloadCap').locator('input').inputValue()).resolves.toBe('17');
    expect(await page.locator('[data-testid="import-error"]').count()).toBe(0);
  });

  it('gives the same result, byte for byte, as runScenario in Node for the same scenario and seed', async () => {
    const { page } = await openShort();
    await page.locator('#seed').fill('3');
    await runAndWait(page);
    const { scenarioJson, resultJson } = await page.evaluate(() => ({ scenarioJson: window.__handover?.scenarioJson() ?? '', resultJson: window.__handover?.resultJson() ?? '' }));
    const scenario = JSON.parse(scenarioJson) as Scenario;
    expect(scenario.run.seed).toBe(3);
    expect(scenario.run.years).toBe(2);
    expect(resultJson).toBe(resultToJson(runScenario(scenario)));
  });
});
