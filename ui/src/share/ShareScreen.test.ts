// The share screen and tutor review mode, with the Rust commands mocked: the
// switches shape the preview, private reflections are never offered, saving
// goes through Rust, and a shared plan is shown read only, as text.
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ShareScreen from './ShareScreen.svelte';
import TutorScreen from './TutorScreen.svelte';
import { clearMocks, EVERYTHING, fakePlan, goal, reflection } from '../test/fakePlan';
import { nav } from '../lib/nav.svelte';
import { opened, showOpenedPlan } from './opened.svelte';

afterEach(() => {
  clearMocks();
  opened.plan = null;
  opened.error = null;
});

const plan = () =>
  fakePlan(
    [goal({ title: 'Swim a length', steps: [{ id: 's1', goal_id: 'goal-a', text: 'Go with my sister', done: false, done_at: null, position: 0 }] })],
    {},
    [
      reflection({ id: 'r-private', body: 'Only for me: a hard day.' }),
      reflection({ id: 'r-shared', body: 'I asked a question in class.', shareable: true }),
    ],
  );

describe('the share screen', () => {
  it('goes step by step: nothing is chosen at first, and the preview shows exactly what is turned on', async () => {
    plan();
    render(ShareScreen);
    const user = userEvent.setup();
    const steps = await screen.findByRole('list', { name: 'Steps' });
    expect(within(steps).getAllByRole('listitem').map((s) => s.textContent?.trim())).toEqual([
      '1 Choose what to share',
      '2 See what my tutor gets',
      '3 Save it',
    ]);
    expect(within(steps).getByText('Choose what to share').closest('li')).toHaveAttribute('aria-current', 'step');
    // The first time, every switch is off.
    for (const toggle of screen.getAllByRole('checkbox')) expect(toggle).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: /Next: see what my tutor gets/ }));
    let preview = await screen.findByRole('region', { name: 'What my tutor will see' });
    expect(preview).toHaveTextContent('Nothing is chosen yet.');
    expect(screen.getByRole('button', { name: /Next: save it/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: /Next: save it/ })).toHaveAccessibleDescription(/Nothing is chosen yet, so there is nothing to save/);

    await user.click(screen.getByRole('button', { name: /Change what I share/ }));
    await user.click(await screen.findByRole('checkbox', { name: /^My goals/ }));
    await user.click(await screen.findByRole('checkbox', { name: /The steps of my goals/ }));
    await user.click(screen.getByRole('button', { name: /Next: see what my tutor gets/ }));
    preview = await screen.findByRole('region', { name: 'What my tutor will see' });
    await within(preview).findByText('Swim a length');
    expect(preview).toHaveTextContent('Go with my sister');
    expect(within(steps).getByText('See what my tutor gets').closest('li')).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('heading', { name: 'What my tutor will see' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: /Change what I share/ }));
    await user.click(await screen.findByRole('checkbox', { name: /The steps of my goals/ }));
    await user.click(screen.getByRole('button', { name: /Next: see what my tutor gets/ }));
    preview = await screen.findByRole('region', { name: 'What my tutor will see' });
    await within(preview).findByText('Swim a length');
    expect(preview).not.toHaveTextContent('Go with my sister');
  });

  it('offers only reflections ticked "My tutor may see this"', async () => {
    plan();
    render(ShareScreen);
    const offered = await screen.findByRole('group', { name: 'Reflections' });
    await within(offered).findByText('I asked a question in class.');
    expect(offered).not.toHaveTextContent('Only for me');
    const user = userEvent.setup();
    await user.click(within(offered).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: /Next: see what my tutor gets/ }));
    const preview = await screen.findByRole('region', { name: 'What my tutor will see' });
    await waitFor(() => expect(preview).toHaveTextContent('I asked a question in class.'));
    expect(preview).not.toHaveTextContent('Only for me');
  });

  it('saves a PDF by default through Rust, keeps the choice, and says how to give it to the tutor', async () => {
    const fake = plan();
    render(ShareScreen);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: /^About me/ }));
    await user.click(screen.getByRole('button', { name: /Next: see what my tutor gets/ }));
    await user.click(await screen.findByRole('button', { name: /Next: save it/ }));
    // Each way to save says what it is for; the PDF is the usual choice.
    const formats = screen.getByRole('group', { name: 'How to save it' });
    expect(within(formats).getByRole('radio', { name: /A PDF \(the usual choice\)/ })).toBeChecked();
    expect(within(formats).getByRole('radio', { name: /A web page/ })).toHaveAccessibleDescription(/any web browser/);
    expect(within(formats).getByRole('radio', { name: /A Waymark file/ })).toHaveAccessibleDescription(/send feedback back/);
    await user.type(screen.getByLabelText(/My tutor's name/), 'Alex');
    await user.click(screen.getByRole('button', { name: 'Save the PDF…' }));

    expect(await screen.findByText('Saved as sam-learning-plan.pdf.')).toBeInTheDocument();
    expect(fake.callsOf('export_plan')[0]).toMatchObject({ format: 'pdf', tutor_name: 'Alex', language: 'en-GB' });
    // What was shared is kept for next time.
    expect(fake.share.choice.about_me).toBe(true);
    const done = screen.getByRole('region', { name: 'Saved' });
    expect(done).toHaveTextContent('Attach it to an email to your tutor.');
    expect(done).toHaveTextContent('USB stick');
    expect(done).toHaveTextContent('print it');
    await user.click(within(done).getByRole('button', { name: 'Show the file in its folder' }));
    expect(fake.callsOf('show_saved_file')).toHaveLength(1);
    // Where no file manager answers, it says where the file is.
    fake.share.refuse = { code: 'not_found', message: 'folder', field: null, problem: null, max: null, file_problem: null, file: null, fault: null, max_mb: null, wait_seconds: null };
    await user.click(within(done).getByRole('button', { name: 'Show the file in its folder' }));
    expect(await within(done).findByRole('alert')).toHaveTextContent('Your file is saved as sam-learning-plan.pdf, in the folder you chose');
    const log = screen.getByRole('region', { name: 'What I have shared' });
    expect(log).toHaveTextContent('a PDF for my tutor');
    expect(log).toHaveTextContent('With Alex');
  });
});

describe('tutor review mode', () => {
  it('shows a plan file Waymark was opened with, read only and as text', async () => {
    const fake = plan();
    const shared = fake.preview({ ...EVERYTHING, reflections: ['r-shared'] });
    shared.name = '<b>Sam</b>';
    shared.goals![0]!.title = '<img src=x onerror=alert(1)>';
    fake.share.pending = {
      file_name: 'sam.waymark',
      exported_at: '2026-11-20T10:00:00.000Z',
      app_version: '1.0.0',
      plan_id: 'p1',
      sections: ['goals', 'reflections'],
      plan: shared,
    };
    await showOpenedPlan();
    expect(nav.screen).toBe('tutor');
    const { container } = render(TutorScreen);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("<b>Sam</b>'s learning plan");
    expect(screen.getByRole('note')).toHaveTextContent("This is someone else's plan, shared with you.");
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
    expect(container).toHaveTextContent('I asked a question in class.');
    expect(container).not.toHaveTextContent('Only for me');
    // Read only: nothing in the plan to type in or change (the tutor's own
    // feedback is written beside it, in its own boxes).
    expect(container.querySelector('.shared-plan input, .shared-plan textarea, .shared-plan select')).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Close this plan' }));
    expect(opened.plan).toBeNull();
    expect(nav.screen).toBe('share');
  });

  it('says kindly why a file could not be opened', async () => {
    const fake = plan();
    nav.go('home');
    await showOpenedPlan();
    expect(nav.screen).toBe('home'); // no file: nothing happens
    fake.share.refuse = { code: 'file_too_new', message: 'newer', field: null, problem: null, max: null, file_problem: null, file: 'plan', fault: null, max_mb: null, wait_seconds: null };
    await showOpenedPlan();
    expect(nav.screen).toBe('tutor');
    render(TutorScreen);
    expect(screen.getByRole('alert')).toHaveTextContent('This plan was saved by a newer Waymark. Please update Waymark to open it.');
  });

  it('names the kind of file and what to do, never the file itself', async () => {
    const fake = plan();
    nav.go('home');
    fake.share.refuse = {
      code: 'bad_file',
      message: 'a plan file was refused (is_feedback)',
      field: null,
      problem: null,
      max: null,
      file_problem: null,
      file: 'plan',
      fault: 'is_feedback',
      max_mb: null,
      wait_seconds: null,
    };
    await showOpenedPlan();
    render(TutorScreen);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent("This is a tutor's feedback, not a plan. Nothing has changed.");
    expect(alert).toHaveTextContent('Open feedback from my tutor…');
    expect(alert).not.toHaveTextContent('is_feedback');
  });

  it('shows a refused feedback file beside the button the student pressed, not at the top of the page', async () => {
    const fake = plan();
    fake.feedback.refuse = {
      code: 'bad_file',
      message: 'a feedback file was refused (is_plan)',
      field: null,
      problem: null,
      max: null,
      file_problem: null,
      file: 'feedback',
      fault: 'is_plan',
      max_mb: null,
      wait_seconds: null,
    };
    render(ShareScreen);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open feedback from my tutor…' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("This is a plan someone shared, not a tutor's feedback. Nothing has changed.");
    const section = alert.closest('section');
    expect(section).toHaveAttribute('aria-labelledby', 'feedback-open-title');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });
});
