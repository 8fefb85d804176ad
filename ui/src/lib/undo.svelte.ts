// The "Removed. Undo" message after a delete. It stays until it is used,
// closed, or replaced by the next one: no time limit to beat.
import type { Restored } from './bindings/Restored';
import { api } from './ipc';
import { nav } from './nav.svelte';

class Undo {
  /** What was removed, in words, and how to put it back. */
  offer: { message: string; id: string } | null = $state(null);

  removed(message: string, id: string) {
    this.offer = { message, id };
  }

  dismiss() {
    this.offer = null;
  }

  /** Puts the thing back and opens it where it lives. */
  async undo(): Promise<Restored | null> {
    const offer = this.offer;
    if (!offer) return null;
    const restored = await api.restoreDeleted(offer.id);
    this.offer = null;
    open(restored);
    return restored;
  }
}

/** Opens a restored thing on its screen. */
export function open(restored: Restored) {
  if (restored.kind === 'goal') nav.go('goals', restored.item_id);
  else if (restored.kind === 'step') nav.go('goals', restored.goal_id);
  else if (restored.kind === 'reflection') nav.go('journal', restored.item_id);
  else nav.go('courses', restored.item_id);
}

export const undo = new Undo();
