import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../App.svelte';
import { clearMocks, fakePlan, goal, reflection } from '../test/fakePlan';
import { nav } from '../lib/nav.svelte';

afterEach(() => {
  clearMocks();
  nav.go('home');
});

const user = () => userEvent.setup();

/** From Home (where Waymark opens) to the question before removing the goal. */
async function openRemove(u: ReturnType<typeof user>) {
  await u.click(await screen.findByRole('link', { name: 'My goals' }));
  await u.click(await screen.findByRole('button', { name: /Join a walking group/ }));
  await u.click(await screen.findByRole('button', { name: 'Remove this goal…' }));
}

describe('deleting, with a way back', () => {
  it('offers Undo right after a goal is removed, and Undo opens it again', async () => {
    const plan = fakePlan([goal({ id: 'goal-a', title: 'Join a walking group' })]);
    render(App);
    const u = user();
    await openRemove(u);
    await u.click(screen.getByRole('button', { name: 'Yes, remove this goal' }));
    expect(await screen.findByText('Goal removed: Join a walking group')).toBeInTheDocument();
    expect(plan.goals).toHaveLength(0);

    await u.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Join a walking group' })).toBeInTheDocument();
    expect(plan.goals.map((g) => g.id)).toEqual(['goal-a']);
    expect(screen.queryByText('Goal removed: Join a walking group')).toBeNull();
  });

  it('lists what was removed in Recently deleted and puts it back', async () => {
    const plan = fakePlan([], {}, [reflection({ id: 'r1', body: 'A calm morning at the library.' })]);
    render(App);
    const u = user();
    // Remove a reflection from the journal, then close the Undo message.
    await u.click(await screen.findByRole('link', { name: 'Journal' }));
    // The journal is read the first time it opens (screens load lazily): give it time.
    await u.click(await screen.findByRole('button', { name: /^Open/ }, { timeout: 5000 }));
    await u.click(await screen.findByRole('button', { name: 'Remove this reflection…' }));
    await u.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    await u.click(await screen.findByRole('button', { name: 'Close' }));
    expect(plan.reflections).toHaveLength(0);

    await u.click(screen.getByRole('link', { name: 'Settings' }));
    await u.click(await screen.findByRole('button', { name: 'Recently deleted' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'A calm morning at the library.' })).toBeInTheDocument();
    expect(screen.getByText(/Kept until 26 December 2026/)).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: /Put it back/ }));
    await waitFor(() => expect(plan.reflections.map((r) => r.id)).toEqual(['r1']));
    // It opens where it lives: the journal, on that reflection.
    expect(await screen.findByLabelText(/In my own words/)).toHaveValue('A calm morning at the library.');
  });

  it('says truthfully that a removed goal can come back, and the message leads to Recently deleted', async () => {
    const plan = fakePlan([goal({ id: 'goal-a', title: 'Join a walking group' })]);
    render(App);
    const u = user();
    await openRemove(u);
    // No "cannot be undone": it can, for 30 days.
    expect(screen.getByText(/You can put it back from Recently deleted for 30 days/)).toBeInTheDocument();
    expect(screen.queryByText(/cannot be undone/i)).toBeNull();
    await u.click(screen.getByRole('button', { name: 'Yes, remove this goal' }));
    await u.click(await screen.findByRole('button', { name: 'Open Recently deleted' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Join a walking group' })).toBeInTheDocument();
    expect(nav.screen).toBe('recently-deleted');
    expect(plan.goals).toHaveLength(0);
    expect(screen.queryByText('Goal removed: Join a walking group')).toBeNull();
  });
});
