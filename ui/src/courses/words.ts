import type { SkipReason } from '../lib/bindings/SkipReason';
import type { CourseRecord } from '../lib/bindings/CourseRecord';
import type { CourseChoice } from '../lib/bindings/CourseChoice';
import { i18n, t } from '../lib/i18n.svelte';

export const choices: CourseChoice[] = ['interested', 'enrolled', 'attending', 'completed', 'withdrawn'];

/** Why a prospectus row was left out, in the student's language. */
export function skipText(row: number, reason: SkipReason): string {
  const { kind, ...args } = reason as { kind: string } & Record<string, string | number>;
  return t(`skip-${kind}`, { row, ...args });
}

/** "In person · Starts 12 January 2027 · 4 sessions" */
export function courseMeta(course: CourseRecord): string[] {
  const parts: string[] = [];
  if (course.delivery) parts.push(t(`delivery-${course.delivery}`));
  if (course.start_date) parts.push(t('course-starts', { date: i18n.date(course.start_date) }));
  if (course.sessions) parts.push(t('course-sessions', { count: course.sessions }));
  return parts;
}

/** Interests as written in About me, split at commas, semicolons and new lines. */
export function interestList(interests: string): string[] {
  const seen = new Set<string>();
  for (const part of interests.split(/[,;\n]/)) {
    const item = part.split(/\s+/).filter(Boolean).join(' ');
    if (item && item.length <= 60) seen.add(item);
  }
  return [...seen].slice(0, 12);
}
