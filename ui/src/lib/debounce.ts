/**
 * Runs `fn` once typing pauses for `ms`, and at least every `maxWait` while
 * typing goes on, so a crash in the middle of a long burst of typing loses at
 * most the last moment of it. `flush()` runs a waiting call at once.
 */
export function debounce<A extends unknown[]>(fn: (...args: A) => Promise<void>, ms: number, maxWait = ms * 2) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;
  let since: number | undefined;
  const run = async () => {
    clearTimeout(timer);
    timer = undefined;
    since = undefined;
    if (!pending) return;
    const args = pending;
    pending = undefined;
    await fn(...args);
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
