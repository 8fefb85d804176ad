// The plan someone shared, while tutor review mode shows it. Kept in memory
// only: never written into this Waymark's own plan.
import type { OpenedPlan } from '../lib/bindings/OpenedPlan';

class Opened {
  plan: OpenedPlan | null = $state(null);
}

export const opened = new Opened();
