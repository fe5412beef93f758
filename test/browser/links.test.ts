/**
 * Share links and saved sessions that are damaged, hostile or too big, in real headless Chromium: the
 * page never crashes, says on screen what it kept, clamps replications to its range, and leaves a
 * heavy run from a link for the user to start.
 */
import { promisify } from 'node:util';
import { deflateRaw, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, waitForRuns, type App } from './harness.js';

let app: App;

beforeAll(async () => {
  app = await startApp();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const home = () => `${app.url}?debug`;
const link = (json: unknown) => `${home()}#s1.${deflateRawSync(Buffer.from(typeof json === 'string' ? json : JSON.stringify(json))).toString('base64url')}`;
const notice = (page: Page) => page.locator('[data-testid="notice"]');
const capInput = (page: Page) => page.locator('hv-lever-field div[data-path="allocation.caseloadCap"] input');

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('crash', () => errors.push('the page crashed'));
  await page.goto(url);
  return { page, errors };
}

describe('damaged and hostile links and sessions', () => {
  it('a damaged link says so and keeps the scenario saved in this browser, not the default', async () => {
    const { page, errors } = await open(home());
    await waitForRuns(page, 1);
    await page.locator('#seed').fill('19');
    await page.waitForFunction(() => localStorage.getItem('handover.session.v1')?.includes('"run.seed":19'));
    await page.goto('about:blank'); // a new fragment alone would not reload the page
    await page.goto(`${home()}#s1.AAAAthis-is-not-a-link`);
    await notice(page).waitFor();
    await expect(notice(page).innerText()).resolves.toMatch(/This link could not be opened: it is cut short or has been changed .*\. Kept: the scenario you last worked on in this browser\./);
    await expect(page.locator('#seed').inputValue()).resolves.toBe('19');
    await waitForRuns(page, 1);
    expect(errors).toEqual([]);
  });

  it('a 130 KB link (100 MB of name, deflated) is refused before unpacking; the page runs the default and says why', async () => {
    // Built and deflated off the test's thread (a 100 MB string and a synchronous deflate would stall it).
    const payload = Buffer.concat([Buffer.from('{"b":"default","d":{"name":"'), Buffer.alloc(100_000_000, 'x'), Buffer.from('"},"r":1}')]);
    const huge = `${home()}#s1.${(await promisify(deflateRaw)(payload)).toString('base64url')}`;
    expect(huge.length).toBeGreaterThan(125_000);
    const { page, errors } = await open(huge);
    await notice(page).waitFor();
    await expect(notice(page).innerText()).resolves.toMatch(/This link could not be opened: it is [\d,]+ characters long; a link holds at most 65,536\. Kept: the Average English authority preset\./);
    await waitForRuns(page, 1);
    expect(errors).toEqual([]);
  });

  it('a link with a 20,000-part path and 100 replications keeps the rest, clamps to 50, and waits for Run', async () => {
    const deep = Array.from({ length: 20_000 }, () => 'a').join('.');
    const { page, errors } = await open(link({ b: 'default', d: { [deep]: 1, 'allocation.caseloadCap': 16, 'run.years': 20 }, r: 100 }));
    await notice(page).waitFor();
    const text = await notice(page).innerText();
    expect(text).toContain('This link: 1 change was left out (path "a.a.a');
    expect(text).toContain('has more than 8 parts; at most 8 are allowed); the other 2 were kept.');
    expect(text).toContain('This link: 100 replications were asked for; the app runs 1 to 50, so it uses 50.');
    expect(text).toMatch(/This link: Its runs are large \(about [\d,]+ ten-year runs of an average authority\), so they wait for you: press Run to start them\./);
    // Nothing was started: Cancel is off, no progress bar, no headline figures.
    expect(await page.locator('#cancel').isDisabled()).toBe(true);
    expect(await page.locator('#progress').count()).toBe(0);
    expect(await page.locator('hv-headline-row li[data-field]').count()).toBe(0);
    await expect(page.locator('#replications').inputValue()).resolves.toBe('50');
    await expect(capInput(page).inputValue()).resolves.toBe('16');
    // The user makes it light and runs it.
    await page.locator('#years').fill('1');
    await page.locator('#replications').selectOption('1');
    await page.locator('#run').click();
    await waitForRuns(page, 1);
    expect(errors).toEqual([]);
  });

  it('a link with 7 replications, not one of the offered counts, runs 7 and shows 7', async () => {
    const { page, errors } = await open(link({ b: 'default', d: { 'run.years': 1 }, r: 7 }));
    await waitForRuns(page, 1);
    await expect(page.locator('#replications').inputValue()).resolves.toBe('7');
    await expect(page.locator('hv-headline-row .note').innerText()).resolves.toContain('Median of 7 replications');
    expect(await notice(page).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a damaged saved session is reported, kept aside in storage, and the default preset runs', async () => {
    const { page, errors } = await open(home());
    await waitForRuns(page, 1);
    await page.evaluate(() => localStorage.setItem('handover.session.v1', '{"base":"default","diff":{"a'));
    await page.goto('about:blank');
    await page.goto(home());
    await notice(page).waitFor();
    await expect(notice(page).innerText()).resolves.toContain('The session saved in this browser could not be restored: it is not valid JSON. It is kept in this browser\'s storage under “handover.session.v1.damaged”.');
    expect(await page.evaluate(() => localStorage.getItem('handover.session.v1.damaged'))).toBe('{"base":"default","diff":{"a');
    await waitForRuns(page, 1);
    await page.locator('[data-testid="notice"] button').click();
    expect(await notice(page).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('random link payloads and stored sessions never crash the page: it runs, or says what it kept', async () => {
    const payloads = fc.sample(fc.oneof(
      fc.jsonValue().map((v) => link(v)),
      fc.record({ b: fc.constantFrom('default', 'high-turnover', 'nope'), d: fc.dictionary(fc.constantFrom('run.years', 'allocation.caseloadCap', 'name', 'x.y', '__proto__.p', 'constructor'), fc.jsonValue()), r: fc.jsonValue() }).map((v) => link(v)),
      fc.string().map((t) => `${home()}#s1.${encodeURIComponent(t)}`),
    ), { numRuns: 6, seed: 12 });
    const stored = fc.sample(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.record({ base: fc.constant('default'), diff: fc.dictionary(fc.string(), fc.jsonValue()), replications: fc.jsonValue() }).map((v) => JSON.stringify(v))), { numRuns: 4, seed: 12 });
    const { page, errors } = await open(home());
    await waitForRuns(page, 1);
    const settled = (p: Page) => p.waitForFunction(() => {
      const root = document.querySelector('handover-app')?.shadowRoot;
      return (window.__handover?.runs() ?? 0) > 0 || root?.querySelector('[data-testid="notice"]') || root?.querySelector('hv-run-controls')?.shadowRoot?.querySelector('p.error');
    });
    for (const url of payloads) {
      await page.goto('about:blank');
      await page.goto(url);
      await settled(page);
    }
    for (const text of stored) {
      await page.evaluate((t) => localStorage.setItem('handover.session.v1', t), text);
      await page.goto('about:blank');
      await page.goto(home());
      await settled(page);
    }
    expect(errors).toEqual([]);
  });
});
