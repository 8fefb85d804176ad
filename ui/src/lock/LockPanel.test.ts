// Settings with the lock on: a new spare key sheet asks for the password,
// shows the new code, and changes nothing until the code is typed back.
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import LockPanel from './LockPanel.svelte';
import { clearMocks, fakePlan } from '../test/fakePlan';

afterEach(() => clearMocks());

describe('the lock in Settings', () => {
  it('offers to set the lock up when there is none', async () => {
    fakePlan();
    render(LockPanel);
    expect(await screen.findByRole('button', { name: 'Lock my plan with a password' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lock now' })).toBeNull();
  });

  it('makes a new spare key sheet only once its code is typed back', async () => {
    const plan = fakePlan();
    plan.lock.on = true;
    render(LockPanel);
    const u = userEvent.setup();
    await u.click(await screen.findByText('Make a new spare key sheet'));
    await u.type(document.getElementById('new-sheet-password')!, 'my password');
    await u.click(screen.getByRole('button', { name: 'Make a new sheet' }));
    expect(plan.callsOf('begin_new_sheet')).toEqual([{ password: 'my password' }]);
    expect(await screen.findByText('8KQ')).toBeInTheDocument();
    expect(plan.callsOf('finish_new_sheet')).toEqual([]);
    await u.type(screen.getByRole('textbox', { name: 'Spare key code' }), '8kq 2mx r4d h8t w3n c6p j9v b5f y2e');
    await u.click(screen.getByRole('button', { name: 'Keep the new sheet' }));
    expect(plan.callsOf('finish_new_sheet')).toEqual([{ code: '8kq 2mx r4d h8t w3n c6p j9v b5f y2e' }]);
    expect(await screen.findByText(/The old code no longer works/)).toBeInTheDocument();
  });
});
