// Locking from the page: everything typed is saved first, then the plan is
// closed in Rust and the page starts afresh, so nothing of the plan stays in
// its memory. And the idle lock: after the minutes the student chose without
// a key pressed or the mouse moved.
import { api } from '../lib/ipc';
import { saving } from '../lib/saving.svelte';

/** The page starts again from nothing (after a lock, or an unlock). */
export function startAfresh(): void {
  window.location.reload();
}

/**
 * Saves what is typed, then locks. Returns false (and does not lock) when
 * something typed could not be saved: the words stay on the screen.
 */
export async function lockNow(): Promise<boolean> {
  await saving.flushAll();
  if (saving.state === 'failed') return false;
  await api.lockNow();
  startAfresh();
  return true;
}

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Locks after `minutes` without use; returns what stops the watch. A lock
 * that cannot save first waits for the next quiet spell.
 */
export function watchIdle(minutes: number, lock: () => Promise<unknown> = lockNow): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void lock(), minutes * 60_000);
  };
  for (const name of ACTIVITY) window.addEventListener(name, restart, { passive: true });
  restart();
  return () => {
    clearTimeout(timer);
    for (const name of ACTIVITY) window.removeEventListener(name, restart);
  };
}

/** Prints the spare key sheet alone (print CSS hides the rest of the page). */
export function printSheet(): void {
  document.body.classList.add('printing-sheet');
  window.print();
  document.body.classList.remove('printing-sheet');
}
