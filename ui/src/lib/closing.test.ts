// Closing the window while a save cannot be made: Waymark stays open once,
// with the words on screen and a plain message, and closes when asked again.
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import JournalScreen from '../journal/JournalScreen.svelte';
import CloseHeld from './components/CloseHeld.svelte';
import { clearMocks, fakePlan } from '../test/fakePlan';
import { saving } from './saving.svelte';

afterEach(() => {
  clearMocks();
  saving.closeHeld = false;
  saving.state = 'idle';
});

async function startWriting(words: string) {
  const plan = fakePlan();
  render(JournalScreen);
  render(CloseHeld);
  const u = userEvent.setup();
  await u.click(await screen.findByRole('button', { name: 'Write a reflection' }));
  const body = screen.getByLabelText(/In my own words/);
  await waitFor(() => expect(body).toHaveFocus());
  await u.keyboard(words);
  return { plan, body, u };
}

describe('closing the window', () => {
  it('closes at once when everything is saved', async () => {
    const { plan } = await startWriting('A calm morning');
    expect(await saving.mayClose()).toBe(true);
    expect(plan.drafts['new-reflection']).toContain('A calm morning');
    expect(screen.queryByText('Waymark has stayed open')).toBeNull();
  });

  it('stays open once, with the words on screen, when they cannot be saved', async () => {
    const { plan, body } = await startWriting('Words the disk will not take');
    plan.failing.add('save_draft');

    expect(await saving.mayClose()).toBe(false);
    expect(body).toHaveValue('Words the disk will not take');
    expect(await screen.findByText('Waymark has stayed open')).toBeInTheDocument();
    expect(document.getElementById('close-held')).toHaveAttribute('role', 'alert');
    expect(screen.getByText(/could not be saved just now/)).toBeInTheDocument();
    expect(plan.drafts['new-reflection'] ?? '').not.toContain('Words the disk will not take');

    // Asked again, it closes: the student has been told, and decides.
    expect(await saving.mayClose()).toBe(true);
  });

  it('lets go of the hold once a later save works', async () => {
    const { plan, u } = await startWriting('First words');
    plan.failing.add('save_draft');
    expect(await saving.mayClose()).toBe(false);
    expect(await screen.findByText('Waymark has stayed open')).toBeInTheDocument();

    plan.failing.delete('save_draft');
    await u.keyboard(' and more');
    await waitFor(() => expect(plan.drafts['new-reflection']).toContain('First words and more'), { timeout: 2000 });
    await waitFor(() => expect(screen.queryByText('Waymark has stayed open')).toBeNull());
    expect(await saving.mayClose()).toBe(true);
  });
});
