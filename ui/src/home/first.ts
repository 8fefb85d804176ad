// Home's data is read at start-up alongside the app's own status, so the
// first screen does not wait for one round trip after another.
import type { Home } from '../lib/bindings/Home';
import { api } from '../lib/ipc';

let early: Promise<Home> | null = null;

/** Starts reading Home's data now (once, at start-up). */
export function readHomeEarly() {
  early ??= api.home();
  // Unread if the plan could not be opened: the reason is shown instead.
  early.catch(() => undefined);
}

/** Home's data: the start-up read the first time, a fresh read after that. */
export function readHome(): Promise<Home> {
  const read = early ?? api.home();
  early = null;
  return read;
}
