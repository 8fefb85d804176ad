import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import GoalsScreen from './GoalsScreen.svelte';
import { clearMocks, fakePlan, goal } from '../test/fakePlan';

afterEach(() => clearMocks());

const user = () => userEvent.setup();

describe('the goals screen', () => {
  it('invites a first goal when the plan is empty, and opens the form on the title', async () => {
    fakePlan();
    render(GoalsScreen);
    expect(await screen.findByText('Where would you like to get to?')).toBeInTheDocument();
    await user().click(screen.getByRole('button', { name: /add a goal/i }));
    await waitFor(() => expect(screen.getByLabelText('My goal')).toHaveFocus());
  });

  it('creates a goal from the keyboard and opens its page', async () => {
    const plan = fakePlan();
    render(GoalsScreen);
    const u = user();
    await u.click(await screen.findByRole('button', { name: /add a goal/i }));
    await u.keyboard('Go to an evening class');
    await u.selectOptions(screen.getByLabelText('Life area'), 'home');
    await u.click(screen.getByRole('button', { name: 'Save my goal' }));

    expect(plan.callsOf('create_goal')).toEqual([
      { input: { title: 'Go to an evening class', why: '', life_area: 'home', target_date: null } },
    ]);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Go to an evening class' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(plan.drafts['new-goal']).toBeUndefined();
  });

  it('puts a hoped-for date together from day, month and year', async () => {
    const plan = fakePlan();
    render(GoalsScreen);
    const u = user();
    await u.click(await screen.findByRole('button', { name: /add a goal/i }));
    await u.keyboard('Learn to swim');
    await u.type(screen.getByLabelText('Day'), '5');
    await u.selectOptions(screen.getByLabelText('Month'), 'June');
    await u.type(screen.getByLabelText('Year'), '2027');
    await u.click(screen.getByRole('button', { name: 'Save my goal' }));
    expect(plan.callsOf('create_goal')[0]).toMatchObject({ input: { target_date: '2027-06-05' } });
  });

  it('says what Rust refused beside the title, in Fluent words, and keeps what was typed', async () => {
    fakePlan();
    render(GoalsScreen);
    const u = user();
    await u.click(await screen.findByRole('button', { name: /add a goal/i }));
    await u.type(screen.getByLabelText('Why it matters to me (you can leave this empty)'), 'I want to meet people');
    await u.click(screen.getByRole('button', { name: 'Save my goal' }));

    const title = screen.getByLabelText('My goal');
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription(/Please give your goal a few words/);
    expect(title).toHaveFocus();
    expect(screen.getByDisplayValue('I want to meet people')).toBeInTheDocument();
  });

  it('brings back an unfinished new goal from its draft', async () => {
    fakePlan([], { 'new-goal': JSON.stringify({ title: 'Half a thought', why: '', life_area: 'home', target_date: '2027-06-05' }) });
    render(GoalsScreen);
    expect(await screen.findByDisplayValue('Half a thought')).toBeInTheDocument();
    expect(screen.getByText(/We kept what you were writing/)).toBeInTheDocument();
    // The hoped-for date comes back into its three fields too.
    expect(screen.getByLabelText('Day')).toHaveValue('5');
    expect(screen.getByLabelText('Month')).toHaveValue('6');
    expect(screen.getByLabelText('Year')).toHaveValue('2027');
  });

  it('ignores a draft that is not what Waymark wrote', async () => {
    fakePlan([], { 'new-goal': '{"title": {"x": 1}, "life_area": "<script>"}' });
    render(GoalsScreen);
    const title = await screen.findByLabelText('My goal');
    expect(title).toHaveValue('');
    expect(screen.getByLabelText('Life area')).toHaveValue('learning');
  });

  it('groups goals by where they are, in kind words', async () => {
    fakePlan([
      goal({ id: 'a', title: 'Swim again', status: 'paused' }),
      goal({ id: 'b', title: 'Read a novel', status: 'achieved' }),
      goal({ id: 'c', title: 'Join a choir' }),
    ]);
    render(GoalsScreen);
    const headings = (await screen.findAllByRole('heading', { level: 2 })).map((h) => h.textContent);
    expect(headings).toEqual(['Goals I am working on', 'Resting for now', 'Goals I have achieved']);
    expect(document.body.textContent).not.toMatch(/fail|overdue/i);
  });

  it('shows user text as text, never as markup', async () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    fakePlan([goal({ title: hostile, steps: [{ id: 's', goal_id: 'goal-a', text: hostile, done: false, done_at: null, position: 0 }] })]);
    const { container } = render(GoalsScreen);
    const shown = await screen.findAllByText(hostile);
    expect(shown.map((el) => el.tagName)).toContain('SPAN');
    await user().click(screen.getByRole('button', { name: /img src=x/ }));
    expect(await screen.findByRole('heading', { level: 1, name: hostile })).toBeInTheDocument();
    // The step's checkbox is labelled by the text, as text.
    expect(screen.getAllByLabelText(hostile).map((el) => el.getAttribute('type'))).toContain('checkbox');
    expect(container.querySelector('img, script')).toBeNull();
  });
});

describe('a goal page', () => {
  it('adds steps, ticks one and moves one up', async () => {
    const plan = fakePlan([goal()]);
    render(GoalsScreen);
    const u = user();
    await u.click(await screen.findByRole('button', { name: /Join a walking group/ }));

    const box = screen.getByLabelText('Add a small step');
    await u.type(box, 'Find a group near me{Enter}');
    await waitFor(() => expect(screen.getByLabelText('Find a group near me')).toBeInTheDocument());
    expect(box).toHaveFocus();
    await u.type(box, 'Buy walking shoes{Enter}');
    await waitFor(() => expect(screen.getByLabelText('Buy walking shoes')).toBeInTheDocument());

    await u.click(screen.getByLabelText('Find a group near me'));
    await waitFor(() => expect(screen.getByLabelText('Find a group near me')).toBeChecked());
    expect(plan.callsOf('set_step_done')).toEqual([{ step_id: expect.any(String), done: true }]);
    // The goal's story follows at once.
    const story = await screen.findByRole('region', { name: "This goal's story" });
    await waitFor(() => expect(within(story).getByText('Done: Find a group near me')).toBeInTheDocument());
    expect(within(story).getByText('I set this goal')).toBeInTheDocument();

    await u.click(screen.getByRole('button', { name: 'Move up: Buy walking shoes' }));
    await waitFor(() => {
      const items = within(document.querySelector<HTMLElement>('ol.step-list')!).getAllByRole('listitem');
      expect(items.map((li) => li.querySelector('label')?.textContent)).toEqual([
        'Buy walking shoes',
        'Find a group near me',
      ]);
    });
    expect(plan.callsOf('move_step')).toEqual([{ step_id: expect.any(String), direction: 'up' }]);
    // The top step cannot go higher; its move-up button says so by being disabled.
    expect(screen.getByRole('button', { name: 'Move up: Buy walking shoes' })).toBeDisabled();
  });

  it('saves edits to the goal as they are typed', async () => {
    const plan = fakePlan([goal()]);
    render(GoalsScreen);
    const u = user();
    await u.click(await screen.findByRole('button', { name: /Join a walking group/ }));
    const why = screen.getByLabelText('Why it matters to me (you can leave this empty)');
    await u.type(why, 'Fresh air');
    await waitFor(() => expect(plan.callsOf('update_goal').at(-1)).toMatchObject({ input: { why: 'Fresh air' } }), {
      timeout: 2000,
    });
  });

  it('sets the status with a radio group', async () => {
    const plan = fakePlan([goal()]);
    render(GoalsScreen);
    const u = user();
    await u.click(await screen.findByRole('button', { name: /Join a walking group/ }));
    await u.click(screen.getByRole('radio', { name: /Resting for now/ }));
    expect(plan.callsOf('set_goal_status')).toEqual([{ id: 'goal-a', status: 'paused' }]);
    expect(screen.getByRole('radio', { name: /Resting for now/ })).toBeChecked();
  });
});
