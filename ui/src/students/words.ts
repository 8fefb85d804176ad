// What the tutor's space says and how it orders students: pure functions,
// so they are tested without a window.
import type { ChangeSummary } from '../lib/bindings/ChangeSummary';
import type { AreaChange } from '../lib/bindings/AreaChange';
import type { StudentSummary } from '../lib/bindings/StudentSummary';

type Say = (id: string, args?: Record<string, string | number>) => string;

/** The summary's figures, in the order they are said. */
const FIGURES: (keyof ChangeSummary)[] = [
  'steps_done',
  'steps_added',
  'goals_added',
  'goals_achieved',
  'goals_resumed',
  'goals_paused',
  'goals_let_go',
  'goals_reworded',
  'courses_chosen',
  'courses_finished',
  'sessions_attended',
  'reflections_shared',
  'feedback_decided',
];

/** The parts of the plain summary: "two steps done", "'Money' went from 3 to 5". */
export function summaryParts(summary: ChangeSummary, areas: AreaChange[], t: Say): string[] {
  const parts = FIGURES.filter((key) => summary[key] > 0).map((key) =>
    t(`changes-${key.replace('_', '-')}`, { count: summary[key] }),
  );
  for (const area of areas) {
    parts.push(
      t('changes-area', {
        area: area.label,
        before: area.before ?? t('changes-rating-none'),
        now: area.now ?? t('changes-rating-none'),
      }),
    );
  }
  return parts;
}

export type StudentSort = 'due' | 'name' | 'received';

/** Students matching the name typed and the course chosen, in the order chosen.
 *  "Due soon" puts the nearest review date first and those without one last. */
export function shownStudents(
  students: StudentSummary[],
  find: string,
  course: string,
  sort: StudentSort,
  locale: string,
): StudentSummary[] {
  const wanted = find.trim().toLocaleLowerCase(locale);
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const byName = (a: StudentSummary, b: StudentSummary) => collator.compare(a.name, b.name);
  const matching = students.filter(
    (s) => (!wanted || s.name.toLocaleLowerCase(locale).includes(wanted)) && (!course || s.courses.includes(course)),
  );
  const order: Record<StudentSort, (a: StudentSummary, b: StudentSummary) => number> = {
    due: (a, b) =>
      (a.next_review_on ?? '\uffff').localeCompare(b.next_review_on ?? '\uffff') || byName(a, b),
    name: byName,
    received: (a, b) => b.last_shared_at.localeCompare(a.last_shared_at) || byName(a, b),
  };
  return matching.sort(order[sort]);
}

/** Every course in any student's latest plan, once, in the locale's order. */
export function allCourses(students: StudentSummary[], locale: string): string[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...new Set(students.flatMap((s) => s.courses))].sort(collator.compare);
}
