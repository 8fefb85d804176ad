// Moments of the start, for the start-up measurement (docs/PERFORMANCE.md):
// each is a wall-clock time in ms, so Rust can set them against the moment
// the process was launched. Costs nothing otherwise.
export const marks: Record<string, number> = {};

export function mark(name: string) {
  marks[name] = performance.timeOrigin + performance.now();
}
