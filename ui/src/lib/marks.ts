// Moments of the start, for the start-up measurement (docs/PERFORMANCE.md):
// each is a wall-clock time in ms, so Rust can set them against the moment
// the process was launched. Costs nothing otherwise.
export const marks: Record<string, number> = {};

export function mark(name: string) {
  marks[name] = performance.timeOrigin + performance.now();
}

/**
 * Resolves once the page has drawn a frame (after the next animation frame),
 * or after `atMost` ms if no frame comes (a window that is not showing draws
 * none).
 */
export function afterNextFrame(atMost = 500): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, atMost);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }),
    );
  });
}
