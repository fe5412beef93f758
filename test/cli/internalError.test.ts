/**
 * An unexpected error inside a command is a bug: exit 1, a request to report it, a stack trace only
 * with HANDOVER_DEBUG. In a file of its own because it mocks the engine and resets the module
 * registry, and main loads each command's modules when it runs, which would then load fresh copies of
 * the error classes beside the ones main compares with.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureIo } from './captureIo.js';
import { STACK_LINE } from './spawn.js';

afterEach(() => {
  vi.doUnmock('../../src/engine/run.js');
  vi.resetModules();
});

describe('main(argv) on an internal error', () => {
  it('turns an unexpected error into exit 1 and a request to report it, without a stack trace', async () => {
    vi.doMock('../../src/engine/run.js', () => ({
      runScenario: () => {
        throw new Error('state went wrong');
      },
    }));
    const fresh = await import('../../src/cli/main.js');
    const c = captureIo();
    expect(await fresh.main(['run', 'scenarios/default.json', '--years', '1'], c.io)).toBe(1);
    expect(c.stderr()).toMatch(/^handover: internal error: state went wrong\nThis is a bug in Handover; please report it/);
    expect(c.stderr()).toContain('HANDOVER_DEBUG=1');
    expect(c.stderr()).not.toMatch(STACK_LINE);

    const debug = captureIo({ debug: true });
    expect(await fresh.main(['run', 'scenarios/default.json', '--years', '1'], debug.io)).toBe(1);
    expect(debug.stderr()).toMatch(STACK_LINE);
  });
});
