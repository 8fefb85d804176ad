import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import JournalScreen from './JournalScreen.svelte';
import SearchScreen from '../search/SearchScreen.svelte';
import GoalsScreen from '../goals/GoalsScreen.svelte';
import AboutMeScreen from '../about_me/AboutMeScreen.svelte';
import { clearMocks, fakePlan, goal, reflection } from '../test/fakePlan';
import { nav } from '../lib/nav.svelte';
import { timeline } from './words';

afterEach(() => {
  clearMocks();
  vi.useRealTimers();
});

const user = () => userEvent.setup();
const HOSTILE = 'Before <img src=x onerror=alert(1)> and <script>window.hacked = true</script> after';

/** True if the page has no element the hostile text could have made. */
function noInjectedElements(container: HTMLElement) {
  expect(container.querySelector('img[src="x"]')).toBeNull();
  expect(container.querySelector('script')).toBeNull();
  expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
}

describe('the journal', () => {
  it('groups reflections by month, newest first, with one date heading per entry', async () => {
    fakePlan([], {}, [
      reflection({ id: 'r1', written_on: '2026-10-30', body: 'October words' }),
      reflection({ id: 'r2', written_on: '2026-11-24', body: 'Tuesday words' }),
      reflection({ id: 'r3', written_on: '2026-11-26', body: 'Thursday words' }),
      reflection({ id: 'r4', written_on: '2026-11-02', body: 'Monday words' }),
    ]);
    render(JournalScreen);
    const months = await screen.findAllByRole('heading', { level: 2 });
    expect(months.map((h) => h.textContent)).toEqual(['November 2026', 'October 2026']);
    const entries = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.trim());
    expect(entries).toEqual([
      'Thursday, 26 November 2026',
      'Tuesday, 24 November 2026',
      'Monday, 2 November 2026',
      'Friday, 30 October 2026',
    ]);
    expect(screen.queryAllByRole('heading', { level: 4 })).toHaveLength(0);
    expect(screen.getByText('4 reflections.')).toBeInTheDocument();
  });

  it('has no timeline without reflections', () => {
    expect(timeline([])).toEqual([]);
  });

  it('shows how I feel with words and a symbol, and says what is private', async () => {
    fakePlan([], {}, [
      reflection({ id: 'r1', feeling: 2, shareable: false }),
      reflection({ id: 'r2', feeling: 5, shareable: true, written_on: '2026-11-25' }),
    ]);
    render(JournalScreen);
    const [shared, priv] = await screen.findAllByRole('article');
    expect(within(shared!).getByText('Really good')).toBeInTheDocument();
    expect(within(shared!).getByText('My tutor may see this')).toBeInTheDocument();
    expect(within(priv!).getByText('Not so good')).toBeInTheDocument();
    expect(within(priv!).getByText('Private')).toBeInTheDocument();
  });

  it('writes a reflection with skipped prompts, private unless ticked, and keeps a draft while typing', async () => {
    const plan = fakePlan();
    render(JournalScreen);
    const u = user();
    await u.click(await screen.findByRole('button', { name: 'Write a reflection' }));
    const body = screen.getByLabelText(/In my own words/);
    await waitFor(() => expect(body).toHaveFocus());
    await u.keyboard('The group was kind to me');
    await waitFor(() => expect(plan.drafts['new-reflection']).toContain('The group was kind to me'), { timeout: 2000 });
    await u.type(screen.getByLabelText(/What will I try next/), 'Speak once');
    await u.click(screen.getByRole('radio', { name: /Good$/ }));
    await u.click(screen.getByRole('button', { name: 'Keep this reflection' }));

    const made = plan.callsOf('create_reflection')[0]!.input as Record<string, unknown>;
    expect(made).toMatchObject({
      body: 'The group was kind to me',
      learned: '',
      how_it_went: '',
      try_next: 'Speak once',
      feeling: 4,
      shareable: false,
    });
    expect(await screen.findByText('The group was kind to me')).toBeInTheDocument();
    expect(plan.drafts['new-reflection']).toBeUndefined();
  });

  it('brings back an unfinished reflection just as it was left', async () => {
    fakePlan([], {
      'new-reflection': JSON.stringify({ written_on: '2026-11-20', body: 'Half a thought', shareable: true, feeling: 99 }),
    });
    render(JournalScreen);
    const body = await screen.findByLabelText(/In my own words/);
    expect(body).toHaveValue('Half a thought');
    expect(screen.getByText('We kept what you were writing last time.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /My tutor may see this when I share my plan/ })).toBeChecked();
    // A draft is untrusted: an impossible feeling is dropped.
    expect(screen.getByRole('radio', { name: "I'd rather not say" })).toBeChecked();
  });

  it('says what Rust refused when nothing is written, in Fluent words, and keeps the page', async () => {
    fakePlan();
    render(JournalScreen);
    const u = user();
    await u.click(await screen.findByRole('button', { name: 'Write a reflection' }));
    await u.click(screen.getByRole('button', { name: 'Keep this reflection' }));
    const body = screen.getByLabelText(/In my own words/);
    await waitFor(() => expect(body).toHaveAttribute('aria-invalid', 'true'));
    expect(body).toHaveAccessibleDescription(/Please write a few words first/);
  });

  it('filters to the ones my tutor may see', async () => {
    const plan = fakePlan([], {}, [
      reflection({ id: 'r1', body: 'Private one' }),
      reflection({ id: 'r2', body: 'Shared one', shareable: true }),
    ]);
    render(JournalScreen);
    const u = user();
    await screen.findByText('Private one');
    await u.click(screen.getByText('Show only some reflections'));
    await u.click(screen.getByLabelText('Only the ones my tutor may see'));
    await waitFor(() => expect(screen.queryByText('Private one')).toBeNull());
    expect(screen.getByText('Shared one')).toBeInTheDocument();
    expect(plan.callsOf('list_reflections').at(-1)).toMatchObject({ query: { shareable_only: true } });
  });
});

describe('text that looks like HTML', () => {
  it('is shown as text in the journal', async () => {
    fakePlan([], {}, [reflection({ body: HOSTILE, learned: '<b>bold?</b>' })]);
    const { container } = render(JournalScreen);
    expect(await screen.findByText(HOSTILE)).toBeInTheDocument();
    expect(screen.getByText('<b>bold?</b>')).toBeInTheDocument();
    noInjectedElements(container);
  });

  it('is shown as text in the search results, with the match marked', async () => {
    fakePlan([], {}, [reflection({ body: HOSTILE })]);
    nav.searchText = 'onerror';
    const { container } = render(SearchScreen);
    const mark = await screen.findByText('onerror', { selector: 'mark' });
    expect(mark.closest('.hit-snippet')?.textContent).toBe(HOSTILE);
    noInjectedElements(container);
  });

  it("is shown as text on the goal's page", async () => {
    fakePlan([goal({ id: 'goal-a' })], {}, [reflection({ body: HOSTILE, goal_id: 'goal-a', goal_title: 'Join a walking group' })]);
    nav.go('goals', 'goal-a');
    const { container } = render(GoalsScreen);
    expect(await screen.findByText(HOSTILE)).toBeInTheDocument();
    noInjectedElements(container);
  });
});

describe('About me', () => {
  it('saves what I write and the supports I tick', async () => {
    const plan = fakePlan();
    render(AboutMeScreen);
    const u = user();
    await u.type(await screen.findByLabelText(/The name I like to be called/), 'Jo');
    await u.click(screen.getByRole('checkbox', { name: 'A quiet space' }));
    await waitFor(() => expect(plan.about.supports).toEqual(['quiet_space']), { timeout: 2000 });
    await waitFor(() => expect(plan.about.preferred_name).toBe('Jo'), { timeout: 2000 });
    await u.click(screen.getByRole('checkbox', { name: 'Large print' }));
    // Always in the list's order.
    await waitFor(() => expect(plan.about.supports).toEqual(['large_print', 'quiet_space']), { timeout: 2000 });
  });
});
