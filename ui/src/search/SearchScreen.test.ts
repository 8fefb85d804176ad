import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SearchScreen from './SearchScreen.svelte';
import { clearMocks, fakePlan, reflection } from '../test/fakePlan';
import { nav } from '../lib/nav.svelte';

afterEach(() => {
  clearMocks();
  nav.searchText = '';
});

describe('the plan-wide search', () => {
  it('pages on from where Rust says, so a hit whose item has gone never repeats one', async () => {
    const plan = fakePlan(
      [],
      {},
      Array.from({ length: 25 }, (_, n) => reflection({ id: `r${n}`, body: `A walk by the river, day ${n}` })),
    );
    plan.searchGone.add('r3');
    nav.searchText = 'walk';
    render(SearchScreen);
    await waitFor(() => expect(screen.getAllByRole('button', { name: /Reflection/ })).toHaveLength(19));

    await userEvent.setup().click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(screen.getAllByRole('button', { name: /Reflection/ })).toHaveLength(24));
    const days = [...document.querySelectorAll('.hit-snippet')].map((p) => p.textContent?.replace(/.*day /, ''));
    expect(new Set(days).size).toBe(24);
    expect(days).not.toContain('3');
    expect(plan.callsOf('search_plan').map((c) => c.offset)).toEqual([0, 20]);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });
});
