import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import HomeScreen from './HomeScreen.svelte';
import { clearMocks, fakePlan, goal, review } from '../test/fakePlan';
import { nav } from '../lib/nav.svelte';

afterEach(() => {
  clearMocks();
  nav.go('home');
});

const step = (id: string, text: string, done = false) => ({
  id,
  goal_id: 'g1',
  text,
  done,
  done_at: done ? '2026-11-01T10:00:00.000Z' : null,
  position: 0,
});

describe('home: what is next for me', () => {
  it('welcomes a new student and opens the form for a first goal', async () => {
    fakePlan();
    render(HomeScreen);
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Waymark' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Write my first goal' }));
    expect(nav.screen).toBe('goals');
    expect(nav.target).toBe('new');
  });

  it('shows the next step of each goal, my courses, and my next review, without repeating the menu', async () => {
    const done = { ...review('r1', '2026-10-01', { home: 5 }) };
    done.review.next_review_on = '2026-12-10';
    const plan = fakePlan(
      [
        goal({ id: 'g1', title: 'Swim a length', steps: [step('s1', 'Find the pool times', true), step('s2', 'Go with Sam')] }),
        goal({ id: 'g2', title: 'Learn Spanish', status: 'paused', steps: [step('s3', 'Buy a phrase book')] }),
      ],
      {},
      [],
      [done],
    );
    plan.about.preferred_name = 'Jo';
    plan.home.courses = [
      {
        course_id: 'c1',
        title: 'Pottery',
        choice: 'enrolled',
        starts_on: '2027-01-12',
        session_times: 'Tuesdays 10:00 to 12:00',
        venue: 'The Old Library',
        last_attended: null,
      },
    ];
    render(HomeScreen);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Jo' })).toBeInTheDocument();
    const steps = screen.getByRole('region', { name: 'My next steps' });
    expect(within(steps).getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual(['Go with Sam For: Swim a length']);
    const courses = screen.getByRole('region', { name: 'My courses' });
    expect(courses).toHaveTextContent('Pottery');
    expect(courses).toHaveTextContent('Starts 12 January 2027');
    expect(courses).toHaveTextContent('Tuesdays 10:00 to 12:00 · The Old Library');
    expect(screen.getByRole('region', { name: 'My next review' })).toHaveTextContent('Your next review is on 10 December 2026.');
    // The menu is the one way to every part of the plan: Home does not repeat it.
    expect(screen.queryByRole('navigation', { name: 'My plan' })).toBeNull();
    // Nothing is due: no notification is asked for.
    expect(plan.callsOf('remind_review_due')).toEqual([]);

    await userEvent.setup().click(within(steps).getByRole('button', { name: 'Go with Sam' }));
    expect(nav.screen).toBe('goals');
    expect(nav.target).toBe('g1');
  });

  it('offers the review when its day has come, and asks Rust once for the reminder', async () => {
    const done = { ...review('r1', '2026-10-01', { home: 5 }) };
    done.review.next_review_on = '2026-11-20';
    const plan = fakePlan([goal()], {}, [], [done]);
    plan.home.review_due = true;
    plan.reminders.review_notification = true;
    const first = render(HomeScreen);
    const due = await screen.findByRole('region', { name: 'My next review' });
    expect(due).toHaveTextContent('It is time for your review. You planned it for 20 November 2026.');
    await waitFor(() =>
      expect(plan.callsOf('remind_review_due')).toEqual([
        {
          title: 'Time for your Waymark review',
          body: 'You planned to look back at your progress today. Open Waymark when you are ready.',
        },
      ]),
    );
    first.unmount();
    // Coming back to Home does not remind again.
    render(HomeScreen);
    await screen.findByRole('button', { name: 'Start my review' });
    expect(plan.callsOf('remind_review_due')).toHaveLength(1);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Start my review' }));
    expect(nav.screen).toBe('review');
    expect(nav.target).toBe('start');
  });
});
