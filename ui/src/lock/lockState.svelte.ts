// Whether the plan has a lock, and when it locks by itself: read once the
// plan is open, changed by Settings, watched by the app (the header's "Lock
// now" and the idle lock).
class LockState {
  lockOn = $state(false);
  idleMinutes: number | null = $state(null);
}

export const lockState = new LockState();
