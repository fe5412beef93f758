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
