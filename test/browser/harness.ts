/**
 * Browser-test harness: builds the app with `vite build` into a temporary folder, serves it with a
 * small static server on a free port, and launches headless Chromium through playwright-core
 * (Debian's /usr/bin/chromium, or the executable named by HANDOVER_CHROME; see chrome.ts for when the
 * browser tests are skipped).
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromePath } from './chrome.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Built in a child process that the test awaits (never a synchronous spawn): a vite build can take
 * longer than vitest's worker heartbeat on a loaded machine, and a blocked worker fails the whole run.
 */
export function buildApp(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'handover-dist-'));
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => (status === 0 ? resolve(outDir) : reject(new Error(`vite build failed:\n${output}`))));
  });
}

export function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    resolve({ server, url: `http://127.0.0.1:${port}/` });
  }));
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

export interface App {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

export async function startApp(): Promise<App> {
  const dir = await buildApp();
  const { server, url } = await serve(dir);
  const browser = await launch();
  return {
    browser,
    url,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the app has completed `count` runs in total since the page loaded and every chart tab,
 * hidden ones included, shows the latest (the page must be opened with `?debug`).
 */
export async function waitForRuns(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => (window.__handover?.runs() ?? 0) >= n && window.__handover?.chartsPending() === 0, count, { timeout: 60_000 });
}

/** The headline figures: summary field → value, as rendered. */
export function headline(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const app = document.querySelector('handover-app');
    const row = app?.shadowRoot?.querySelector('hv-headline-row');
    const out: Record<string, string> = {};
    for (const li of row?.shadowRoot?.querySelectorAll('li[data-field]') ?? []) out[li.getAttribute('data-field') ?? ''] = li.getAttribute('data-value') ?? '';
    return out;
  });
}
