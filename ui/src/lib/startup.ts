// What the first screen needs from Rust, asked for once, all at once, as the
// script starts (before the page is built), so the answers come while it is
// being built: about 30 ms sooner to Home (docs/PERFORMANCE.md).
import type { AppStatus } from './bindings/AppStatus';
import type { DisplaySettings } from './bindings/DisplaySettings';
import { api } from './ipc';

let display: Promise<DisplaySettings | null> | null = null;
let status: Promise<AppStatus> | null = null;

/** The start-up read of the display settings; `null` when the plan could not be opened. */
export function firstDisplay(): Promise<DisplaySettings | null> {
  display ??= api.displaySettings().catch(() => null);
  return display;
}

/** The start-up read of the app's status. */
export function firstStatus(): Promise<AppStatus> {
  status ??= api.appStatus();
  return status;
}
