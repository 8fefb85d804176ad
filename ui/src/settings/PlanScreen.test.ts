import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import PlanScreen from './PlanScreen.svelte';
import { clearMocks, fakePlan, goal } from '../test/fakePlan';

afterEach(() => clearMocks());

describe('where my plan is kept', () => {
  it('shows the folder, the size and the last copy, plainly', async () => {
    fakePlan([goal()]);
    render(PlanScreen);
    expect(await screen.findByText('/home/sam/.local/share/app.waymark.desktop')).toBeInTheDocument();
    expect(screen.getByText('412 KB')).toBeInTheDocument();
    expect(screen.getByText('one goal, 3 steps, 0 reflections, 0 courses')).toBeInTheDocument();
    expect(screen.getAllByText(/26 November 2026/).length).toBeGreaterThan(0);
  });

  it('goes back to a copy only after saying what will happen', async () => {
    const plan = fakePlan([goal()]);
    render(PlanScreen);
    const u = userEvent.setup();
    const [first] = await screen.findAllByRole('button', { name: /Go back to this copy/ });
    await u.click(first!);
    const confirm = screen.getByRole('group');
    expect(within(confirm).getByText(/first saves a copy of your plan as it is now/)).toBeInTheDocument();
    expect(plan.callsOf('restore_backup')).toEqual([]);
    await u.click(within(confirm).getByRole('button', { name: 'Yes, go back to this copy' }));
    expect(plan.callsOf('restore_backup')).toEqual([{ file_name: 'waymark-20261126T080000.000Z-daily.sqlite3' }]);
    expect(await screen.findByText(/Your plan is back to how it was on/)).toBeInTheDocument();
  });

  it('asks before it brings back a copy made before the lock, and locks it then', async () => {
    const plan = fakePlan([goal()]);
    plan.lock.on = true;
    render(PlanScreen);
    const u = userEvent.setup();
    const [first] = await screen.findAllByRole('button', { name: /Go back to this copy/ });
    await u.click(first!);
    await u.click(within(screen.getByRole('group')).getByRole('button', { name: 'Yes, go back to this copy' }));
    const ask = await screen.findByRole('group');
    expect(within(ask).getByText(/made before you locked your plan/)).toBeInTheDocument();
    expect(plan.callsOf('restore_backup_and_lock_it')).toEqual([]);
    await u.click(within(ask).getByRole('button', { name: 'Bring it back and lock it' }));
    expect(plan.callsOf('restore_backup_and_lock_it')).toEqual([{ file_name: 'waymark-20261126T080000.000Z-daily.sqlite3' }]);
    expect(await screen.findByText(/Your plan is back to how it was on/)).toBeInTheDocument();
  });

  it('backs up to the place chosen, and says where', async () => {
    fakePlan([goal()]);
    render(PlanScreen);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Back up now…' }));
    expect(await screen.findByText(/saved to \/media\/usb\/waymark-2026-11-26.sqlite3/)).toBeInTheDocument();
  });
});
