// The calm "Saving… / Saved" status shown in the header (a polite live region),
// and the list of pending saves to finish before the window closes.

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

class Saving {
  state: SaveState = $state('idle');
  #inFlight = 0;
  #flushers = new Set<() => Promise<void>>();

  /** Follows one write to the plan. */
  async track<T>(promise: Promise<T>): Promise<T> {
    this.#inFlight += 1;
    this.state = 'saving';
    try {
      const value = await promise;
      this.#inFlight -= 1;
      if (this.#inFlight === 0) {
        this.state = 'saved';
        // Everything is saved again: a later close need not be held.
        this.closeHeld = false;
      }
      return value;
    } catch (error) {
      this.#inFlight -= 1;
      this.state = 'failed';
      throw error;
    }
  }

  /** A form with typed but not yet saved text registers how to save it now. */
  onFlush(flush: () => Promise<void>): () => void {
    this.#flushers.add(flush);
    return () => this.#flushers.delete(flush);
  }

  /**
   * Set when the window was asked to close but something could not be saved:
   * the window stays open with the words on screen, and says why.
   */
  closeHeld = $state(false);

  /** Saves everything still waiting (before the window closes). */
  async flushAll(): Promise<void> {
    await Promise.allSettled([...this.#flushers].map((flush) => flush()));
  }

  /**
   * Before the window closes: saves what is waiting, and says whether it may
   * close. If something could not be saved it may not, the first time, so the
   * words are not lost with the window; asked again, it may.
   */
  async mayClose(): Promise<boolean> {
    await this.flushAll();
    if (this.state !== 'failed' || this.closeHeld) return true;
    this.closeHeld = true;
    return false;
  }
}

export const saving = new Saving();
