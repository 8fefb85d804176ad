import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import CoursesScreen from './CoursesScreen.svelte';
import { clearMocks, fakePlan } from '../test/fakePlan';

afterEach(() => clearMocks());

describe('the courses screen', () => {
  it('previews the sample prospectus, says why a row was left out, and imports on yes', async () => {
    const plan = fakePlan();
    render(CoursesScreen);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Try the sample prospectus' }));
    expect(await screen.findByText(/Waymark found 3 courses/)).toBeInTheDocument();
    expect(screen.getByText(/Row 5: the description looks like a spreadsheet formula/)).toBeInTheDocument();
    expect(screen.getByText(/These columns were not used: Room/)).toBeInTheDocument();
    expect(plan.callsOf('confirm_prospectus_import')).toHaveLength(0);

    await u.click(screen.getByRole('button', { name: 'Import 3 courses' }));
    expect(await screen.findByText('3 new, 0 updated, 0 unchanged.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /Understanding anxiety/ })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Find a course')).toHaveFocus());
  });

  it('searches as the student types', async () => {
    const plan = fakePlan();
    render(CoursesScreen);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Try the sample prospectus' }));
    await u.click(await screen.findByRole('button', { name: 'Import 3 courses' }));
    await u.type(await screen.findByLabelText('Find a course'), 'money');
    await waitFor(() => expect(plan.callsOf('list_courses').at(-1)).toMatchObject({ query: { text: 'money' } }));
  });

  it('can be left without importing anything', async () => {
    const plan = fakePlan();
    render(CoursesScreen);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Try the sample prospectus' }));
    await u.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(plan.callsOf('cancel_prospectus_import')).toHaveLength(1);
    expect(plan.callsOf('confirm_prospectus_import')).toHaveLength(0);
    expect(screen.getByText('No courses here yet')).toBeInTheDocument();
  });

  it('adds a course of the student\'s own and opens it', async () => {
    const plan = fakePlan();
    render(CoursesScreen);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Add a course of my own' }));
    await waitFor(() => expect(screen.getByLabelText('Course name')).toHaveFocus());
    await u.click(screen.getByRole('button', { name: 'Save this course' }));
    expect(await screen.findByText(/Please give your goal a few words/)).toBeInTheDocument();
    await u.type(screen.getByLabelText('Course name'), 'Evening pottery class');
    await u.type(screen.getByLabelText('Where (if you like)'), 'Community centre');
    await u.click(screen.getByRole('button', { name: 'Save this course' }));
    expect(plan.callsOf('add_own_course').at(-1)).toMatchObject({
      details: { title: 'Evening pottery class', venue: 'Community centre', start_date: null },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Evening pottery class' })).toBeInTheDocument();
  });

  it('filters by a start date range', async () => {
    const plan = fakePlan();
    render(CoursesScreen);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Try the sample prospectus' }));
    await u.click(await screen.findByRole('button', { name: 'Import 3 courses' }));
    const from = await screen.findByRole('group', { name: /Starting on or after/ });
    await u.type(within(from).getByLabelText('Day'), '1');
    await u.selectOptions(within(from).getByLabelText('Month'), 'February');
    await u.type(within(from).getByLabelText('Year'), '2027');
    await waitFor(() => expect(plan.callsOf('list_courses').at(-1)).toMatchObject({ query: { from: '2027-02-01' } }));
  });
});
