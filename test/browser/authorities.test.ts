/**
 * "Start from your authority" in real headless Chromium: type part of a name, pick the authority,
 * run it, and see its published figures beside the model's and its neighbours' band on the charts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuthorityIndex } from '../../src/node/authorityFiles.js';
import { startApp, waitForRuns, type App } from './harness.js';

let app: App;

beforeAll(async () => {
  app = await startApp();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const glos = readAuthorityIndex().find((e) => e.code === 'E10000013')!;

describe('Start from your authority', () => {
  it('finds Gloucestershire from a few letters, runs it, and shows published against model and the neighbours band', { timeout: 120_000 }, async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${app.url}?debug`);
    await waitForRuns(page, 1);
    // The authorities' data is not part of the first page.
    expect(requested.filter((u) => /\/E\d{8}-|index-.*\.js/.test(u) && !u.endsWith('index.html'))).toEqual([]);
    await page.locator('#years').fill('1');

    await page.locator('#authority').fill('glouc');
    const options = page.locator('hv-authority-picker li button');
    await expect.poll(() => options.allTextContents()).toEqual([expect.stringContaining('South Gloucestershire'), expect.stringContaining('Gloucestershire')]);
    await page.locator('hv-authority-picker button[data-code="E10000013"]').click();
    await waitForRuns(page, 2);

    const table = page.locator('[data-testid="authority-compare"]');
    await expect.poll(() => table.locator('caption').textContent()).toContain('Gloucestershire');
    const turnover = table.locator('tr[data-measure="turnover"]');
    expect(await turnover.locator('[data-testid="published"]').textContent()).toBe(`${(glos.published.turnover!.value * 100).toFixed(1)}% (${glos.published.turnover!.year})`);
    expect(await turnover.locator('[data-testid="model"]').textContent()).toMatch(/^\d+\.\d%$/);
    expect(await table.locator('tr[data-measure="caseload"] [data-testid="model"]').textContent()).toMatch(/^\d+\.\d$/);
    expect(await page.locator('[data-testid="status"]').textContent()).not.toMatch(/failed/);

    const rates = page.locator('hv-line-chart svg[data-chart="workforce-rates"]');
    expect(await rates.locator('.reference-band').count()).toBe(3);
    expect(await rates.locator('.reference-value').count()).toBe(3);
    expect(await rates.textContent()).toContain("Neighbours' range");
    expect(await page.locator('hv-line-chart svg[data-chart="caseload"] .reference-band').count()).toBe(1);
    // The run used the authority's scenario, with the years the user had set.
    const scenario = JSON.parse(await page.evaluate(() => window.__handover?.scenarioJson() ?? "{}"));
    expect(scenario.name).toBe('Gloucestershire');
    expect(scenario.run.years).toBe(1);

    // A reload (the session saved in this browser) and the link in a fresh browser both bring the
    // authority back: its published figures beside the model's, and its neighbours' band.
    const link = await page.evaluate(() => location.href);
    expect(link).toMatch(/#s1\./);
    const comesBack = async (p: typeof page): Promise<void> => {
      await waitForRuns(p, 1);
      const compare = p.locator('[data-testid="authority-compare"]');
      await expect.poll(() => compare.locator('caption').textContent()).toContain('Gloucestershire');
      expect(await compare.locator('tr[data-measure="turnover"] [data-testid="published"]').textContent()).toBe(`${(glos.published.turnover!.value * 100).toFixed(1)}% (${glos.published.turnover!.year})`);
      expect(await p.locator('hv-line-chart svg[data-chart="workforce-rates"] .reference-band').count()).toBe(3);
      const restored = JSON.parse(await p.evaluate(() => window.__handover?.scenarioJson() ?? '{}'));
      expect(restored.name).toBe('Gloucestershire');
      expect(restored.run.years).toBe(1);
    };
    await page.reload();
    await comesBack(page);
    const fresh = await app.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    fresh.setDefaultTimeout(30_000);
    const other = await fresh.newPage();
    other.on('pageerror', (error) => errors.push(error.message));
    await other.goto(link);
    await comesBack(other);
    await fresh.close();

    // Another preset leaves the authority behind, and a reload does not bring it back.
    const before = await page.evaluate(() => location.hash);
    await page.locator('#preset').selectOption('high-turnover');
    await expect.poll(() => page.locator('[data-testid="authority-compare"]').count()).toBe(0);
    // The link is rewritten asynchronously (compressed); the reload must read the new one.
    await page.waitForFunction((old) => location.hash !== old, before);
    await page.reload();
    await waitForRuns(page, 1);
    expect(await page.locator('[data-testid="authority-compare"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
