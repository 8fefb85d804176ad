/** Runs `fn` once typing pauses for `ms`; `flush()` runs a waiting call at once. */
export function debounce<A extends unknown[]>(fn: (...args: A) => Promise<void>, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;
  const run = async () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const args = pending;
    pending = undefined;
    await fn(...args);
  };
  return {
    call(...args: A) {
      pending = args;
      clearTimeout(timer);
      timer = setTimeout(run, ms);
    },
    flush: run,
    get waiting() {
      return pending !== undefined;
    },
  };
}
