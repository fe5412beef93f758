import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runHelp, TOP_HELP } from '../../src/cli/help.js';
import { captureIo } from './captureIo.js';

describe('main(argv)', () => {
  it('with no arguments prints the help on stderr and exits 2', async () => {
    const c = captureIo();
    expect(await main([], c.io)).toBe(2);
    expect(c.stderr()).toBe(TOP_HELP);
  });

  it('"help run" prints the help of run', async () => {
    const c = captureIo();
    expect(await main(['help', 'run'], c.io)).toBe(0);
    expect(c.stdout()).toBe(runHelp());
  });

  it('run --help takes the meaning and bounds of --seed and --years from the scenario schema', () => {
    expect(runHelp()).toMatch(/--seed N\s+Seed for the random streams/);
    expect(runHelp()).toMatch(/Overrides run\.years;\s+a\s+whole\s+number\s+between\s+1\s+and\s+\d+\./);
  });

  it('explains how to give a value that starts with a dash', async () => {
    const c = captureIo();
    expect(await main(['run', 'scenarios/default.json', '--seed', '-1'], c.io)).toBe(2);
    expect(c.stderr()).toBe('handover: option --seed needs a value; for a value starting with "-" write --seed=VALUE (see handover run --help)\n');
  });

  it('refuses a value on a switch and a second scenario file', async () => {
    const a = captureIo();
    expect(await main(['run', 'scenarios/default.json', '--quiet=yes'], a.io)).toBe(2);
    expect(a.stderr()).toContain('option --quiet takes no value');
    const b = captureIo();
    expect(await main(['validate', 'a.json', 'b.json'], b.io)).toBe(2);
    expect(b.stderr()).toBe('handover: handover validate takes one scenario file, found 2: a.json b.json\n');
  });

  it('shows progress on a terminal and clears it before the summary', async () => {
    const c = captureIo({ errIsTty: true });
    expect(await main(['run', 'scenarios/default.json', '--years', '1'], c.io)).toBe(0);
    expect(c.stderr()).toContain('\rweek 13 of 52');
    expect(c.stderr().endsWith('\r\x1b[K')).toBe(true);
    expect(c.stdout()).toContain('Turnover');
  });

  it('stops quietly with 0 when the reader of stdout has gone (EPIPE)', async () => {
    const c = captureIo();
    c.io.out = () => Promise.reject(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(await main(['run', 'scenarios/default.json', '--years', '1', '--format', 'csv', '--quiet'], c.io)).toBe(0);
    expect(c.stderr()).toBe('');
  });
});
