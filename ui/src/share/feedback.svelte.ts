// The tutor's feedback the student is deciding on: opened from a file on the
// Share screen, or from the check-in that records it.
import type { ReceivedFeedback } from '../lib/bindings/ReceivedFeedback';

class Feedback {
  received: ReceivedFeedback | null = $state(null);
  /** Why a feedback file opened from a file manager was not taken in. */
  error: string | null = $state(null);
  /** A sealed feedback file from a file manager waits for its passphrase. */
  sealed = $state(false);
}

export const feedback = new Feedback();
