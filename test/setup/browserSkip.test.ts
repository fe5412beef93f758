/** When the browser tests run, are skipped with one line, or fail for want of a browser (test/browser/chrome.ts). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSkipReason, chromePath, DEFAULT_CHROME } from '../browser/chrome.js';

describe('browser test skipping', () => {
  it('uses HANDOVER_CHROME, else Debian\'s chromium', () => {
    expect(chromePath({})).toBe(DEFAULT_CHROME);
    expect(chromePath({ HANDOVER_CHROME: '/opt/chrome' })).toBe('/opt/chrome');
  });

  it('skips with one line that says how to enable the tests when no browser is found', () => {
    const reason = browserSkipReason({ HANDOVER_CHROME: '/nonexistent/chromium' });
    expect(reason).toBeDefined();
    expect(reason).not.toContain('\n');
    expect(reason).toContain('/nonexistent/chromium');
    expect(reason).toContain('HANDOVER_CHROME=');
  });

  it('does not take a folder or a non-executable file for a browser', () => {
    const dir = mkdtempSync(join(tmpdir(), 'handover-chrome-'));
    const plain = join(dir, 'chromium');
    writeFileSync(plain, '', { mode: 0o644 });
    expect(browserSkipReason({ HANDOVER_CHROME: dir })).toBeDefined();
    expect(browserSkipReason({ HANDOVER_CHROME: plain })).toBeDefined();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails instead of skipping under HANDOVER_REQUIRE_BROWSER=1', () => {
    expect(() => browserSkipReason({ HANDOVER_CHROME: '/nonexistent/chromium', HANDOVER_REQUIRE_BROWSER: '1' })).toThrow(/HANDOVER_REQUIRE_BROWSER=1 but no Chromium at \/nonexistent\/chromium/);
  });

  it('runs them when the executable exists', () => {
    expect(browserSkipReason({ HANDOVER_CHROME: process.execPath, HANDOVER_REQUIRE_BROWSER: '1' })).toBeUndefined();
  });
});
