// Tutor feedback, with the Rust commands mocked: the tutor writes beside a
// part of the plan and saves a file under the name given once; the student
// sees each item beside the part it is about and decides on each.
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import TutorScreen from './TutorScreen.svelte';
import FeedbackScreen from './FeedbackScreen.svelte';
import ShareScreen from './ShareScreen.svelte';
import { clearMocks, fakePlan, goal, reflection, EVERYTHING } from '../test/fakePlan';
import { nav } from '../lib/nav.svelte';
import { opened, showOpenedPlan } from './opened.svelte';
import { feedback } from './feedback.svelte';
import type { ReceivedFeedback } from '../lib/bindings/ReceivedFeedback';

afterEach(() => {
  clearMocks();
  opened.plan = null;
  feedback.received = null;
  feedback.error = null;
});

const plan = () =>
  fakePlan(
    [
      goal({ title: 'Swim a length', steps: [{ id: 's1', goal_id: 'goal-a', text: 'Go with my sister', done: false, done_at: null, position: 0 }] }),
      goal({ id: 'goal-b', title: 'Cook for friends' }),
    ],
    {},
    [reflection({ id: 'r-shared', body: 'I asked a question in class.', shareable: true })],
  );

describe('the tutor writes feedback', () => {
  it('adds a suggested step beside a goal, keeps what is typed, and saves under the name given once', async () => {
    const fake = plan();
    opened.plan = {
      file_name: 'sam.waymark',
      exported_at: '2026-11-20T10:00:00.000Z',
      app_version: '1.0.0',
      plan_id: 'p1',
      sections: ['goals'],
      plan: fake.preview({ ...EVERYTHING, reflections: ['r-shared'] }),
    };
    render(TutorScreen);
    const user = userEvent.setup();
    const save = await screen.findByRole('button', { name: 'Save feedback for the student…' });
    expect(save).toBeDisabled(); // nothing written yet
    expect(screen.getByText('Nothing written yet.')).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: /^Add feedback\W+Swim a length$/ }));
    await user.click(screen.getByRole('radio', { name: 'A step to try' }));
    await user.type(screen.getByLabelText('Your words'), 'Ask about the quiet swim');
    // What is being typed is kept as a draft, so closing loses nothing.
    await waitFor(() => expect(fake.drafts['feedback:goal-goal-a']).toContain('Ask about the quiet swim'));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(fake.callsOf('add_feedback')[0]).toEqual({ about_kind: 'goal', about_id: 'goal-a', kind: 'step', text: 'Ask about the quiet swim' });
    const mine = await screen.findByRole('list', { name: 'Your feedback on this' });
    expect(mine).toHaveTextContent('A step to try');
    expect(mine).toHaveTextContent('Ask about the quiet swim');
    expect(screen.getByText('You have written 1 comment or idea.')).toBeInTheDocument();
    await waitFor(() => expect(fake.drafts['feedback:goal-goal-a']).toBeUndefined());

    // Without a name, it says kindly what is missing; with one, it saves.
    await user.click(save);
    expect(await screen.findByRole('alert')).toHaveTextContent('Please give your name first');
    await user.type(screen.getByLabelText('Your name'), 'Alex');
    await user.click(save);
    expect(await screen.findByText(/Saved as Sam-feedback-2026-11-26.waymark-feedback/)).toBeInTheDocument();
    expect(fake.feedback.tutorName).toBe('Alex');

    // Taken out again before it is sent.
    await user.click(within(mine).getByRole('button', { name: /^Remove/ }));
    await waitFor(() => expect(fake.feedback.draft.items).toHaveLength(0));
  });

  it('writes about the plan as a whole and about what helps the student learn', async () => {
    const fake = plan();
    opened.plan = {
      file_name: 'sam.waymark',
      exported_at: '2026-11-20T10:00:00.000Z',
      app_version: '1.0.0',
      plan_id: 'p1',
      sections: ['goals', 'support'],
      plan: fake.preview({ ...EVERYTHING, reflections: [] }),
    };
    render(TutorScreen);
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: 'The plan as a whole' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: /^Add feedback\W+The plan as a whole$/ }));
    await user.type(screen.getByLabelText('Your words'), 'A brave term: well done.');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(fake.callsOf('add_feedback')[0]).toEqual({ about_kind: 'plan', about_id: 'p1', kind: 'comment', text: 'A brave term: well done.' });

    await user.click(await screen.findByRole('button', { name: /^Add feedback\W+What helps me learn$/ }));
    await user.click(screen.getByRole('radio', { name: 'A question' }));
    await user.type(screen.getByLabelText('Your words'), 'Would printed notes help?');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(fake.callsOf('add_feedback')[1]).toEqual({ about_kind: 'support', about_id: 'support', kind: 'question', text: 'Would printed notes help?' });
    expect(await screen.findByText('You have written 2 comments and ideas.')).toBeInTheDocument();
  });
});

const received = (): ReceivedFeedback => ({
  tutor_name: 'Alex',
  review_id: 'check-in-1',
  items: [
    {
      id: 'i-step',
      kind: 'step',
      text: 'Ask about the quiet swim',
      about: { kind: 'goal', id: 'goal-a', reference: 'Swim a length' },
      now: 'changed',
      now_reference: 'Swim two lengths',
      goal_id: 'goal-a',
      decision: null,
    },
    {
      id: 'i-gone',
      kind: 'step',
      text: 'Try the Tuesday class',
      about: { kind: 'step', id: 'gone-step', reference: 'Phone the centre' },
      now: 'gone',
      now_reference: null,
      goal_id: null,
      decision: null,
    },
    {
      id: 'i-comment',
      kind: 'comment',
      text: '<b>Well done</b> on the first swim!',
      about: { kind: 'reflection', id: 'r-shared', reference: '2026-11-20' },
      now: 'same',
      now_reference: '2026-11-20',
      goal_id: null,
      decision: null,
    },
  ],
});

describe('the student decides', () => {
  it('opens the file from the share screen and sees each item beside its part, as it is now', async () => {
    const fake = plan();
    fake.feedback.incoming = received();
    const share = render(ShareScreen);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Open feedback from my tutor…' }));
    await waitFor(() => expect(nav.screen).toBe('feedback'));
    expect(nav.target).toBe('check-in-1');
    share.unmount();

    const { container } = render(FeedbackScreen);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Feedback from Alex');
    expect(container).toHaveTextContent('Nothing is added unless you choose it.');
    const goalPart = screen.getByRole('region', { name: /About your goal\s*Swim two lengths/ });
    expect(goalPart).toHaveTextContent('You have changed this since. It said: “Swim a length”.');
    expect(goalPart).toHaveTextContent('Alex suggests a step:');
    const gone = screen.getByRole('region', { name: /About your step/ });
    expect(gone).toHaveTextContent('This is no longer in your plan.');
    // Text stays text.
    expect(screen.getByText('<b>Well done</b> on the first swim!')).toBeInTheDocument();
    expect(container.querySelector('blockquote b')).toBeNull();
    expect(screen.getByRole('region', { name: /About your reflection of 20 November 2026/ })).toHaveTextContent('Alex says:');
  });

  it('sees feedback on the whole plan first, and a step about it goes to a goal they pick', async () => {
    const fake = plan();
    const whole = received();
    whole.items.push(
      {
        id: 'i-support',
        kind: 'question',
        text: 'Would printed notes help?',
        about: { kind: 'support', id: 'support', reference: '' },
        now: 'same',
        now_reference: null,
        goal_id: null,
        decision: null,
      },
      {
        id: 'i-plan',
        kind: 'step',
        text: 'Book the next check-in',
        about: { kind: 'plan', id: 'p1', reference: '' },
        now: 'same',
        now_reference: null,
        goal_id: null,
        decision: null,
      },
    );
    fake.feedback.received = [whole];
    nav.go('feedback', 'check-in-1');
    const { container } = render(FeedbackScreen);
    const user = userEvent.setup();
    const part = await screen.findByRole('region', { name: 'About your plan as a whole' });
    expect(container.querySelector('.feedback-part')).toBe(part);
    expect(screen.getByRole('region', { name: 'About what helps you learn' })).toHaveTextContent('Would printed notes help?');
    const take = within(part).getByRole('button', { name: 'Add this step' });
    expect(take).toBeDisabled();
    await user.selectOptions(within(part).getByLabelText('Add it to which goal?'), 'Swim a length');
    await user.click(take);
    expect(fake.callsOf('decide_feedback')[0]).toEqual({ item_id: 'i-plan', decision: 'taken', goal_id: 'goal-a' });
  });

  it('takes a step on, keeps one for later, and needs a goal for a step whose part is gone', async () => {
    const fake = plan();
    fake.feedback.received = [received()];
    nav.go('feedback', 'check-in-1');
    render(FeedbackScreen);
    const user = userEvent.setup();
    const changed = await screen.findByRole('region', { name: /About your goal/ });
    await user.click(within(changed).getByRole('button', { name: 'Add this step' }));
    expect(fake.callsOf('decide_feedback')[0]).toEqual({ item_id: 'i-step', decision: 'taken', goal_id: 'goal-a' });
    expect(await screen.findByText('✓ You added this step to your goal.')).toBeInTheDocument();

    const gone = screen.getByRole('region', { name: /About your step/ });
    const take = within(gone).getByRole('button', { name: 'Add this step' });
    expect(take).toBeDisabled(); // which goal? the student says
    await user.selectOptions(within(gone).getByLabelText('Add it to which goal?'), 'Cook for friends');
    expect(take).toBeEnabled();
    await user.click(within(gone).getByRole('button', { name: 'Keep for later' }));
    expect(await within(gone).findByText('You kept this for later.')).toBeInTheDocument();
    await user.click(within(gone).getByRole('button', { name: 'Add this step' }));
    expect(fake.callsOf('decide_feedback')[2]).toEqual({ item_id: 'i-gone', decision: 'taken', goal_id: 'goal-b' });

    const note = screen.getByRole('region', { name: /About your reflection/ });
    await user.click(within(note).getByRole('button', { name: 'No, thanks' }));
    expect(await within(note).findByText('You left this. That is fine.')).toBeInTheDocument();
    // Changing one's mind stays possible.
    expect(within(note).getByRole('button', { name: 'Keep it as a note' })).toBeEnabled();
  });
});

describe('a feedback file opened from a file manager', () => {
  it('is received and shown to decide on, or refused kindly when it is for another plan', async () => {
    const fake = plan();
    fake.feedback.incoming = received();
    nav.go('home');
    await showOpenedPlan();
    expect(nav.screen).toBe('feedback');
    expect(nav.target).toBe('check-in-1');
    expect(feedback.received?.tutor_name).toBe('Alex');

    fake.feedback.refuse = {
      code: 'feedback_for_another_plan',
      message: 'another plan',
      field: null,
      problem: null,
      max: null,
      file_problem: null,
      file: null,
      fault: null,
      max_mb: null,
      wait_seconds: null,
    };
    nav.go('home');
    await showOpenedPlan();
    expect(nav.screen).toBe('feedback');
    render(FeedbackScreen);
    expect(await screen.findByRole('alert')).toHaveTextContent("This feedback is for another student's plan");
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Feedback from your tutor');
  });

  it('says a feedback file too big is feedback, and one with nothing in it has nothing to add', async () => {
    const fake = plan();
    const refused = (code: 'bad_file' | 'file_too_big', fault: 'no_items' | null) => ({
      code,
      message: 'refused',
      field: null,
      problem: null,
      max: null,
      file_problem: null,
      file: 'feedback' as const,
      fault,
      max_mb: code === 'file_too_big' ? 2 : null,
      wait_seconds: null,
    });
    fake.feedback.refuse = refused('file_too_big', null);
    nav.go('home');
    await showOpenedPlan();
    const { unmount } = render(FeedbackScreen);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "This file is far larger than any tutor's feedback (2 MB at most), so Waymark did not open it. Nothing has changed.",
    );
    unmount();
    fake.feedback.refuse = refused('bad_file', 'no_items');
    nav.go('home');
    await showOpenedPlan();
    render(FeedbackScreen);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This feedback file has no comments or suggestions in it, so there is nothing to add. Nothing has changed.',
    );
  });
});
