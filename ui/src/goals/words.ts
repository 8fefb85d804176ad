import type { GoalStatus } from '../lib/bindings/GoalStatus';
import type { LifeArea } from '../lib/bindings/LifeArea';
import { i18n, t } from '../lib/i18n.svelte';

/** The draft key under which an unfinished new goal is kept. */
export const NEW_GOAL_DRAFT = 'new-goal';

/** Statuses in the order the student sees them. Nothing is ever "failed". */
export const statusOrder: GoalStatus[] = ['active', 'paused', 'achieved', 'let_go'];

/** A life area's name in the student's language (or as stored, for their own). */
export function areaLabel(areas: LifeArea[], key: string): string {
  if (i18n.has(`area-${key}`)) return t(`area-${key}`);
  return areas.find((a) => a.key === key)?.label ?? key;
}

export function stepsSummary(done: number, total: number): string {
  if (total === 0) return t('steps-summary-none');
  if (done === total) return t('steps-summary-all', { total });
  return t('steps-summary', { done, total });
}
