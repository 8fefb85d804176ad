import type { Reflection } from '../lib/bindings/Reflection';
import type { ReflectionInput } from '../lib/bindings/ReflectionInput';
import { i18n, t } from '../lib/i18n.svelte';

/** The draft key under which an unfinished new reflection is kept. */
export const NEW_REFLECTION_DRAFT = 'new-reflection';

/** How I feel, 1 to 5: each has words and a symbol, never colour alone. */
export const FEELINGS = [1, 2, 3, 4, 5] as const;
const SYMBOLS = ['○', '◔', '◑', '◕', '●'];
export const feelingSymbol = (feeling: number) => SYMBOLS[feeling - 1] ?? '';
export const feelingWords = (feeling: number) => t(`feeling-${feeling}`);

/** The gentle prompts, in order, with the field each answer is kept in. */
export const PROMPTS = [
  { field: 'learned', key: 'prompt-learned' },
  { field: 'how_it_went', key: 'prompt-how-it-went' },
  { field: 'try_next', key: 'prompt-try-next' },
] as const;

/** Today as YYYY-MM-DD, on the student's own calendar. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyReflection(): ReflectionInput {
  return {
    written_on: today(),
    body: '',
    learned: '',
    how_it_went: '',
    try_next: '',
    feeling: null,
    shareable: false,
    course_id: null,
    session_date: null,
    goal_id: null,
  };
}

export function inputOf(r: Reflection): ReflectionInput {
  return {
    written_on: r.written_on,
    body: r.body,
    learned: r.learned,
    how_it_went: r.how_it_went,
    try_next: r.try_next,
    feeling: r.feeling,
    shareable: r.shareable,
    course_id: r.course_id,
    session_date: r.session_date,
    goal_id: r.goal_id,
  };
}

/** Only the expected fields of a draft are taken back: a draft is untrusted too. */
export function reflectionFromDraft(body: string): ReflectionInput | null {
  try {
    const raw: unknown = JSON.parse(body);
    if (typeof raw !== 'object' || raw === null) return null;
    const r = raw as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    const id = (v: unknown) => (typeof v === 'string' && v ? v : null);
    const feeling = typeof r.feeling === 'number' && r.feeling >= 1 && r.feeling <= 5 ? Math.round(r.feeling) : null;
    return {
      written_on: text(r.written_on) || today(),
      body: text(r.body),
      learned: text(r.learned),
      how_it_went: text(r.how_it_went),
      try_next: text(r.try_next),
      feeling,
      shareable: r.shareable === true,
      course_id: id(r.course_id),
      session_date: id(r.session_date),
      goal_id: id(r.goal_id),
    };
  } catch {
    return null;
  }
}

export const hasWords = (r: ReflectionInput) => [r.body, r.learned, r.how_it_went, r.try_next].some((s) => s.trim());

export type Month = { key: string; label: string; items: Reflection[] };

/** The timeline: months, newest first, each with its reflections, newest
 *  first. One heading for the month and one (its day) for each entry: no
 *  third level in between. */
export function timeline(reflections: Reflection[]): Month[] {
  const months: Month[] = [];
  for (const r of reflections) {
    const key = r.written_on.slice(0, 7);
    let month = months.at(-1);
    if (!month || month.key !== key) {
      month = { key, label: i18n.monthYear(r.written_on), items: [] };
      months.push(month);
    }
    month.items.push(r);
  }
  return months;
}
