// "Your review is due" as a desktop notification: asked for once per start of
// the app. Rust decides whether to show it (only if the student turned it on
// and the day has come); the page gives the words, in the student's language.
import { api } from '../lib/ipc';
import { i18n, t } from '../lib/i18n.svelte';

let asked = false;

export function remindOnce(date: string) {
  if (asked) return;
  asked = true;
  api.remindReviewDue(t('notify-review-title'), t('notify-review-body', { date: i18n.date(date) })).catch(() => undefined);
}
