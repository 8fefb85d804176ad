// The tutor's space: whether this Waymark keeps students' plans (then "My
// students" is in the menu; the app's status says at start), and what My
// students says once when it opens.

class TutorSpace {
  keep = $state(false);
  /** Said once on My students (a student was forgotten). */
  said: string | null = $state(null);
}

export const space = new TutorSpace();
