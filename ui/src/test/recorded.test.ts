// The fake IPC imitates Rust where the screens need it to: what a tutor is
// shown for a share choice, and what is refused. Here it is held to answers
// recorded from the real core (src-tauri's tests/recorded_answers.rs writes
// them), so it cannot drift from Rust's rules unseen.
import { afterEach, describe, expect, it } from 'vitest';
import { invoke } from '@tauri-apps/api/core';
import { clearMocks, fakePlan } from './fakePlan';
import recorded from '../lib/bindings/recorded/share_preview.json';
import type { Goal } from '../lib/bindings/Goal';
import type { Reflection } from '../lib/bindings/Reflection';
import type { ShareChoice } from '../lib/bindings/ShareChoice';
import type { SharedPlan } from '../lib/bindings/SharedPlan';

/** The life areas are the fake's own short list, not a rule: left out. */
function rules(plan: SharedPlan): Omit<SharedPlan, 'life_areas'> {
  const { life_areas: _areas, ...rest } = plan;
  return rest;
}

describe('the fake share preview answers as the real core did', () => {
  afterEach(() => clearMocks());

  it('has the recorded cases, a refusal among them', () => {
    expect(recorded.cases.length).toBeGreaterThanOrEqual(6);
    expect(recorded.cases.some((c) => 'error' in c)).toBe(true);
  });

  for (const c of recorded.cases) {
    it(`for ${c.name}`, async () => {
      const fake = fakePlan(structuredClone(recorded.goals) as Goal[], {}, structuredClone(recorded.reflections) as Reflection[]);
      Object.assign(fake.about, structuredClone(recorded.about));
      const asked = invoke<SharedPlan>('share_preview', { choice: c.choice as ShareChoice });
      if ('error' in c) {
        await expect(asked).rejects.toMatchObject({ code: c.error });
      } else {
        expect(rules(await asked)).toEqual(rules(c.answer as unknown as SharedPlan));
      }
    });
  }
});
