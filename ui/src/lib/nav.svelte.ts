// Which screen is open, and what to open on it (a search result, a link).

export const screens = ['home', 'goals', 'courses', 'journal', 'review', 'share', 'about-me', 'settings', 'help'] as const;
/** Screens reached from inside another one, not from the main navigation. */
export type Screen = (typeof screens)[number] | 'search' | 'recently-deleted' | 'plan' | 'move-plan' | 'print' | 'lock' | 'support' | 'tutor' | 'feedback' | 'about-waymark' | 'students' | 'student';

class Nav {
  screen: Screen = $state('home');
  /** What to open when the screen starts: the id of a goal, course or reflection,
   *  or an action (`new` goal, `start` or `resume` a review). */
  target: string | null = $state(null);
  /** What was typed in the search box. */
  searchText = $state('');
  /** Bumped on every move, so a screen opened twice in a row starts afresh. */
  visit = $state(0);

  go(screen: Screen, target: string | null | undefined = null) {
    this.screen = screen;
    this.target = target ?? null;
    this.visit += 1;
  }

  /** Takes the target once: the screen opens it, and going back does not reopen it. */
  take(): string | null {
    const target = this.target;
    this.target = null;
    return target;
  }
}

export const nav = new Nav();
