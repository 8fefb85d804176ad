// The plan someone shared, while tutor review mode shows it. Kept in memory
// only: never written into this Waymark's own plan.
import type { OpenedPlan } from '../lib/bindings/OpenedPlan';
import { api } from '../lib/ipc';
import { toApiError } from '../lib/errors';
import { i18n } from '../lib/i18n.svelte';
import { nav } from '../lib/nav.svelte';
import { feedback } from './feedback.svelte';

class Opened {
  plan: OpenedPlan | null = $state(null);
  /** Why a plan file could not be opened, said kindly. */
  error: string | null = $state(null);
  /** A sealed plan file from a file manager waits for its passphrase. */
  sealed = $state(false);
}

export const opened = new Opened();

/** Shows a plan file Waymark was started with, or handed by a second start;
 *  or, for a tutor's feedback file, receives it and shows it to decide on. */
export async function showOpenedPlan() {
  try {
    const received = await api.takeOpenedFeedback();
    if (received) {
      feedback.received = received;
      feedback.error = null;
      nav.go('feedback', received.review_id);
      return;
    }
  } catch (thrown) {
    const error = toApiError(thrown);
    feedback.received = null;
    feedback.sealed = error.code === 'passphrase_needed';
    feedback.error = feedback.sealed ? null : i18n.describe(error);
    nav.go('feedback');
    return;
  }
  try {
    const plan = await api.takeOpenedPlan();
    if (!plan) return;
    opened.plan = plan;
    opened.error = null;
  } catch (thrown) {
    const error = toApiError(thrown);
    opened.plan = null;
    opened.sealed = error.code === 'passphrase_needed';
    opened.error = opened.sealed ? null : i18n.describe(error);
  }
  nav.go('tutor');
}
