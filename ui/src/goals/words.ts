/** The draft key under which an unfinished new goal is kept. */
export const NEW_GOAL_DRAFT = 'new-goal';

import type { GoalStatus } from '../lib/bindings/GoalStatus';

/** How each status is said: nothing here is ever "failed" or "overdue". */
export const statusWords: Record<GoalStatus, { label: string; hint: string; heading: string }> = {
  active: {
    label: 'Working on it',
    hint: 'This is one of my goals right now.',
    heading: 'Goals I am working on',
  },
  paused: {
    label: 'Resting for now',
    hint: 'I will come back to it when the time is right.',
    heading: 'Resting for now',
  },
  achieved: {
    label: 'Achieved',
    hint: 'I did it.',
    heading: 'Goals I have achieved',
  },
  let_go: {
    label: 'Let go',
    hint: 'It is not for me any more, and that is fine.',
    heading: 'Goals I have let go',
  },
};

export const statusOrder: GoalStatus[] = ['active', 'paused', 'achieved', 'let_go'];

/** "30 June 2027" from "2027-06-30"; the text itself if it is not a date. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function stepsSummary(done: number, total: number): string {
  if (total === 0) return 'No steps yet';
  if (done === total) return total === 1 ? 'The step is done' : `All ${total} steps done`;
  return `${done} of ${total} steps done`;
}
