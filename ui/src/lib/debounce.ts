/**
 * Runs `fn` once typing pauses for `ms`, and at least every `maxWait` while
 * typing goes on, so a crash in the middle of a long burst of typing loses at
 * most the last moment of it. `flush()` runs a waiting call at once.
 *
 * Runs never overlap: a run starts once the one before it has ended, so an
 * older save can never land after a newer one. `flush()` returns only when
 * every run so far has ended, including one the timer had already started:
 * the window may close as soon as it returns.
 */
export function debounce<A extends unknown[]>(fn: (...args: A) => Promise<void>, ms: number, maxWait = ms * 2) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;
  let since: number | undefined;
  /** The last run started, until it has ended. */
  let running: Promise<void> | undefined;
  const run = async () => {
    clearTimeout(timer);
    timer = undefined;
    since = undefined;
    if (!pending) {
      await running;
      return;
    }
    const args = pending;
    pending = undefined;
    const before = running;
    const current = (async () => {
      await before?.catch(() => undefined);
      await fn(...args);
    })();
    running = current;
    try {
      await current;
    } finally {
      if (running === current) running = undefined;
    }
  };
  return {
    call(...args: A) {
      pending = args;
      const now = Date.now();
      since ??= now;
      clearTimeout(timer);
      timer = setTimeout(run, Math.max(0, Math.min(ms, since + maxWait - now)));
    },
    flush: run,
    get waiting() {
      return pending !== undefined;
    },
  };
}
