/** An Io that records what main writes, for in-process tests of the command. */
import type { Io } from '../../src/cli/io.js';

export interface Captured {
  io: Io;
  stdout: () => string;
  stderr: () => string;
}

export function captureIo(options: Partial<Pick<Io, 'errIsTty' | 'debug'>> = {}): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      out: async (text) => void out.push(text),
      err: async (text) => void err.push(text),
      errIsTty: options.errIsTty ?? false,
      debug: options.debug ?? false,
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
