/**
 * UserError: a problem the user can fix (a flag, a path, a file, a scenario value). main prints its
 * message without a stack trace and exits with code 2; anything else is a bug and exits with 1.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** Exit codes: 0 done, 1 an internal error (a bug), 2 a problem with the command, a file or the scenario. */
export const EXIT = { ok: 0, internal: 1, usage: 2 } as const;

const LONG_RUN = 120;
const MAX_LINE = 1000;

/**
 * A message fit for one terminal line even when it quotes the user's input: a run of more than 120
 * characters without a space (a 10 MB key) keeps its first 60 and last 20 with the count between, and
 * a line still over 1,000 characters keeps its start and end. A plain scan: a regular expression over
 * 10 MB of one word overflows the stack.
 */
export function clip(text: string): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !/\s/.test(text[i])) continue;
    const run = text.slice(start, i);
    parts.push(run.length > LONG_RUN ? `${run.slice(0, 60)}…(${run.length - 80} characters)…${run.slice(-20)}` : run);
    if (i < text.length) parts.push(text[i]);
    start = i + 1;
  }
  const short = parts.join('');
  if (short.length <= MAX_LINE) return short;
  return `${short.slice(0, 700)}…(${short.length - 900} characters)…${short.slice(-200)}`;
}
