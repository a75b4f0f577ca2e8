// Waiting for an outcome that has no event to await (a count in a test's own array, a line in a
// child's log, a row in the database): poll until it holds, with a generous limit, since a busy
// machine is slow, not wrong. The limit turns a wait without end into a failure that says what
// never came.

/** Polls `check` every 10 ms until it is true; after `ms` it fails, naming `what` (read then). */
export async function until(check: () => boolean, what: string | (() => string), ms = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) {
      throw new Error(`timed out after ${ms} ms waiting for ${typeof what === 'string' ? what : what()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
