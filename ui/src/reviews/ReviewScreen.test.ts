import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ReviewScreen from './ReviewScreen.svelte';
import { clearMocks, fakePlan, goal, review } from '../test/fakePlan';
import { nav } from '../lib/nav.svelte';

afterEach(() => clearMocks());

describe('the progress chart', () => {
  it('has nothing to draw with no reviews, and says so', async () => {
    fakePlan([goal()]);
    const { container } = render(ReviewScreen);
    expect(await screen.findByText('No reviews finished yet.')).toBeInTheDocument();
    expect(container.querySelector('svg.bar, svg.key-bar')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  /** Each part of life's row, as the page reads it, spaces folded. */
  const rows = (chart: HTMLElement) =>
    within(chart)
      .getAllByRole('listitem')
      .map((r) => (r.textContent ?? '').replace(/\s+/g, ' ').trim());

  it('shows one review as a row per part of life with full names, its number in words, and "not rated"', async () => {
    fakePlan([goal()], {}, [], [review('r1', '2026-10-01', { learning: 6, home: 4 })]);
    render(ReviewScreen);
    const chart = await screen.findByRole('figure', { name: 'How things are in each part of life' });
    expect(within(chart).getByText('Review, 1 October 2026')).toBeInTheDocument();
    expect(rows(chart)).toEqual([
      'Learning and skills Rated: 6 of 10',
      'Home Rated: 4 of 10',
      'Friends, family and relationships Rated: not rated',
    ]);
    // The bars only draw the words beside them: hidden from screen readers.
    expect(chart.querySelectorAll('svg.bar[aria-hidden="true"]')).toHaveLength(3);
    expect(chart.querySelectorAll('rect.then')).toHaveLength(0);
  });

  it('compares the latest review with an earlier one the student picks, named plainly', async () => {
    fakePlan([goal()], {}, [], [
      review('r3', '2026-11-20', { learning: 8, home: 7 }),
      review('r2', '2026-10-01', { learning: 6, home: 5 }),
      review('r1', '2026-06-01', { learning: 3 }),
    ]);
    render(ReviewScreen);
    const chart = await screen.findByRole('figure', { name: 'How things are in each part of life' });
    await waitFor(() => expect(rows(chart)[0]).toBe('Learning and skills Earlier: 6 of 10 Latest: 8 of 10 (up 2)'));
    expect(within(chart).getByText('Earlier review, 1 October 2026')).toBeInTheDocument();
    expect(within(chart).getByText('Latest review, 20 November 2026')).toBeInTheDocument();
    // Then is outlined and now is filled, beside the words "Earlier" and
    // "Latest": never told apart by colour alone.
    expect(chart.querySelectorAll('.area-row rect.then')).toHaveLength(2);
    expect(chart.querySelectorAll('.area-row rect.now')).toHaveLength(2);
    await userEvent.setup().selectOptions(screen.getByLabelText('Compare with'), '1 June 2026');
    await waitFor(() => expect(rows(chart)[0]).toBe('Learning and skills Earlier: 3 of 10 Latest: 8 of 10 (up 5)'));
    expect(rows(chart)[1]).toBe('Home Earlier: not rated Latest: 7 of 10');
  });

  it('starts a review, rates an area and finishes it', async () => {
    const plan = fakePlan([goal()]);
    render(ReviewScreen);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Start a review' }));
    await u.selectOptions(await screen.findByLabelText('Home'), '7');
    await waitFor(() => expect(plan.callsOf('rate_area')).toEqual([{ review_id: 'review-1', life_area: 'home', rating: 7 }]));
    await u.click(screen.getByRole('button', { name: 'Finish this review' }));
    expect(await screen.findByRole('figure', { name: 'How things are in each part of life' })).toBeInTheDocument();
  });
});

describe('writing a review', () => {
  it("keeps each goal's words of progress when the student moves straight on to the next goal", async () => {
    const plan = fakePlan([goal({ id: 'goal-a', title: 'Swim a length' }), goal({ id: 'goal-b', title: 'Cook for friends' })]);
    render(ReviewScreen);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Start a review' }));
    const boxes = await screen.findAllByLabelText(/How it is going, in my words/);
    expect(boxes).toHaveLength(2);
    // Typed one after the other, well within the autosave's pause.
    await u.type(boxes[0]!, 'Two lengths');
    await u.type(boxes[1]!, 'Made soup');
    await waitFor(() =>
      expect(plan.callsOf('review_goal').map((c) => [c.goal_id, c.progress])).toEqual(
        expect.arrayContaining([
          ['goal-a', 'Two lengths'],
          ['goal-b', 'Made soup'],
        ]),
      ),
    );
  });
});

describe('things I have done, and terms', () => {
  it('lists the ten newest reviews, and all of them on request', async () => {
    const many = Array.from({ length: 12 }, (_, i) => review(`r${i}`, `2026-${String(12 - Math.floor(i / 2)).padStart(2, '0')}-${10 + (i % 2)}`, { home: 5 }));
    fakePlan([goal()], {}, [], many);
    render(ReviewScreen);
    const past = await screen.findByRole('region', { name: 'Reviews I have done' });
    expect(within(past).getAllByRole('listitem')).toHaveLength(10);
    await userEvent.setup().click(within(past).getByRole('button', { name: 'Show all 12 reviews' }));
    expect(within(past).getAllByRole('listitem')).toHaveLength(12);
  });

  it('celebrates what was done in plain words, and lists courses term by term', async () => {
    const plan = fakePlan([goal()], {}, [], [review('r1', '2026-10-01', { home: 5 })]);
    plan.progress.highlights = {
      ...plan.progress.highlights,
      since: '2026-10-01',
      steps_done: 12,
      steps_done_since: 3,
      sessions_attended: 1,
      achieved: [{ goal_id: 'g9', title: 'Walk to the park', on: '2026-09-12T10:00:00.000Z' }],
      recent_steps: [{ goal_id: 'g1', goal_title: 'Swim a length', text: 'Go with Sam', done_at: '2026-11-02T10:00:00.000Z' }],
    };
    plan.progress.terms = [
      { term: 'Autumn 2026', completed: [], taking: ['Choir', 'Pottery'], sessions_attended: 4 },
      { term: '', completed: ['Art for wellbeing'], taking: [], sessions_attended: 0 },
    ];
    render(ReviewScreen);
    const done = await screen.findByRole('region', { name: 'Things I have done' });
    const counts = within(done).getAllByRole('list')[0]!;
    expect(within(counts).getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '✓ 12 steps done (3 since my review on 1 October 2026)',
      '✓ Went to 1 session',
      '✓ 1 review of my progress',
    ]);
    expect(done).toHaveTextContent('Walk to the park');
    expect(done).toHaveTextContent('Go with Sam · Swim a length · 2 November 2026');
    // No streaks, scores or rankings.
    expect(done.textContent).not.toMatch(/streak|score|rank|%/i);
    const terms = screen.getByRole('region', { name: 'Courses, term by term' });
    expect(within(terms).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Autumn 2026',
      'Courses without a term',
    ]);
    expect(terms).toHaveTextContent('Taking: Choir and Pottery');
    expect(terms).toHaveTextContent('Went to 4 sessions');
    expect(terms).toHaveTextContent('Completed: Art for wellbeing');
  });

  it('lists the newest achieved goals and terms of a long plan, and all of them on request', async () => {
    const plan = fakePlan([goal()], {}, [], [review('r1', '2026-10-01', { home: 5 })]);
    plan.progress.highlights = {
      ...plan.progress.highlights,
      achieved: Array.from({ length: 9 }, (_, i) => ({ goal_id: `g${i}`, title: `Goal ${i}`, on: `2026-0${9 - i}-01T10:00:00.000Z` })),
    };
    plan.progress.terms = Array.from({ length: 7 }, (_, i) => ({ term: `Term ${i}`, completed: [`Course ${i}`], taking: [], sessions_attended: i }));
    render(ReviewScreen);
    const user = userEvent.setup();
    const done = await screen.findByRole('region', { name: 'Things I have done' });
    const achieved = () => within(done).getAllByText(/^Goal \d$/).map((el) => el.textContent);
    expect(achieved()).toEqual(['Goal 0', 'Goal 1', 'Goal 2', 'Goal 3', 'Goal 4', 'Goal 5']);
    await user.click(within(done).getByRole('button', { name: 'Show all 9 goals I have achieved' }));
    expect(achieved()).toHaveLength(9);
    expect(within(done).queryByRole('button', { name: /Show all/ })).toBeNull();

    const terms = screen.getByRole('region', { name: 'Courses, term by term' });
    const headings = () => within(terms).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings()).toEqual(['Term 0', 'Term 1', 'Term 2', 'Term 3']);
    await user.click(within(terms).getByRole('button', { name: 'Show all 7 terms' }));
    expect(headings()).toHaveLength(7);
  });

  it('says kindly that nothing is there yet', async () => {
    fakePlan([goal()]);
    render(ReviewScreen);
    expect(await screen.findByText(/What you do will gather here/)).toBeInTheDocument();
    expect(screen.getByText('No courses chosen yet.')).toBeInTheDocument();
  });

  it('starts the review that is due when Home asks for it', async () => {
    const plan = fakePlan([goal()]);
    nav.go('review', 'start');
    render(ReviewScreen);
    expect(await screen.findByRole('heading', { level: 1, name: /My review of/ })).toBeInTheDocument();
    expect(plan.callsOf('start_review')).toEqual([{ check_in: false }]);
    expect(nav.target).toBeNull();
  });
});
