/**
 * `npm run screenshots`: builds the app, runs the default scenario against a pinned baseline with an
 * agency pay cap over 20 replications, and saves each main view to docs/screenshots/; then trainer mode.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { root, startApp, waitForRuns } from './harness.js';

const out = join(root, 'docs', 'screenshots');

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: false });
  console.log(`docs/screenshots/${name}.png`);
}

async function tab(page: Page, id: string): Promise<void> {
  await page.locator(`#tab-${id}`).click();
  await page.locator('hv-chart-views').scrollIntoViewIfNeeded();
}

const app = await startApp();
try {
  mkdirSync(out, { recursive: true });
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 1000 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${app.url}?debug`);
  await waitForRuns(page, 1);
  await shoot(page, 'editor-and-workforce');

  await page.locator('#replications').selectOption('20');
  await page.locator('#run').click();
  await waitForRuns(page, 2);
  await page.locator('#pin').click();
  await page.locator('hv-scenario-editor details[data-group="agency"] summary').click();
  await page.locator('hv-lever-field div[data-path="agency.payCap.enabled"] input').check();
  await page.locator('#run').click();
  await page.waitForTimeout(400);
  await shoot(page, 'running');
  await waitForRuns(page, 3);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, 'compare-headline');
  for (const view of ['workforce', 'caseload', 'children', 'cost']) {
    await tab(page, view);
    await page.evaluate(() => {
      const views = document.querySelector('handover-app')?.shadowRoot?.querySelector('hv-chart-views');
      views?.scrollIntoView();
    });
    await shoot(page, `view-${view}`);
  }

  // Trainer mode: the spiral story paused at the wave of resignations, a leaver and a child followed,
  // then presentation mode.
  const trainer = await context.newPage();
  await trainer.goto(`${app.url}trainer.html?story=spiral&debug`);
  await trainer.waitForFunction(() => (window.__trainer?.marks().workers ?? 0) > 0);
  await trainer.locator('#speed').selectOption('32');
  await trainer.locator('[data-testid="narration"] button').click();
  await trainer.locator('[data-testid="narration"][data-step="1"]').waitFor();
  await trainer.locator('[data-testid="narration"] button').click();
  await trainer.locator('[data-testid="narration"][data-step="2"]').waitFor();
  const child = await trainer.evaluate(() => {
    for (let w = 0; w < 2000; w++) for (const c of window.__trainer!.workerChildren(w)) if (c.workers >= 3) return c.child;
    return -1;
  });
  const at = await trainer.evaluate((c) => window.__trainer!.childPoint(c), child);
  if (at) await trainer.mouse.click(at.x, at.y);
  await trainer.waitForTimeout(300);
  await shoot(trainer, 'trainer-spiral');
  await trainer.locator('#present').click();
  await trainer.waitForTimeout(300);
  await shoot(trainer, 'trainer-presenting');
} finally {
  await app.close();
}
