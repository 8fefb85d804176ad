import type { Decision } from '../lib/bindings/Decision';

/** The goal-attainment scale, -2 to +2, as the student reads it. */
export const ATTAINMENT = [-2, -1, 0, 1, 2] as const;
export const attainmentKey = (a: number) => `attainment-${a < 0 ? 'minus' : 'plus'}${Math.abs(a)}`;

/** What a student can decide about a goal at a review. */
export const DECISIONS: Decision[] = ['keep', 'change', 'pause', 'let_go', 'achieved'];

export const RATINGS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
