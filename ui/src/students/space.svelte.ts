// The tutor's space: whether this Waymark keeps students' plans (then "My
// students" is in the menu), and which student is open.
import { api } from '../lib/ipc';

class TutorSpace {
  keep = $state(false);
  loaded = $state(false);
  /** What My students says once when it opens (a student was forgotten). */
  said: string | null = $state(null);

  async load(): Promise<void> {
    try {
      this.keep = (await api.studentsSettings()).keep;
    } catch {
      this.keep = false;
    }
    this.loaded = true;
  }
}

export const space = new TutorSpace();
