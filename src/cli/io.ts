/**
 * Where the command writes: stdout for results, stderr for messages. Passed into main so tests can
 * capture output without spawning a process. Writes resolve once the text is handed to the stream, so
 * a large CSV on a pipe is not cut short when the exit code is set.
 */

export interface Io {
  out(text: string): Promise<void>;
  err(text: string): Promise<void>;
  /** Whether stderr is a terminal (progress is shown only there). */
  errIsTty: boolean;
  /** HANDOVER_DEBUG=1: show stack traces of internal errors. */
  debug: boolean;
}

function writer(stream: NodeJS.WriteStream): (text: string) => Promise<void> {
  // A closed pipe (`handover … | head`) is reported through the write callback; without a listener the
  // same error would also surface as an uncaught 'error' event with a stack trace.
  stream.on('error', () => undefined);
  return (text) => new Promise((done, fail) => stream.write(text, (error) => (error ? fail(error) : done())));
}

export function processIo(): Io {
  return {
    out: writer(process.stdout),
    err: writer(process.stderr),
    errIsTty: process.stderr.isTTY === true,
    debug: process.env.HANDOVER_DEBUG === '1',
  };
}
