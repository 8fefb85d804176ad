import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import CoursesScreen from './CoursesScreen.svelte';
import { clearMocks, fakePlan } from '../test/fakePlan';

afterEach(() => clearMocks());

describe('the courses screen', () => {
  it('previews the sample prospectus in plain words, keeps the details for college staff, and imports on yes', async () => {
    const plan = fakePlan();
    render(CoursesScreen);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Try the sample prospectus' }));
    // It leads with what was found, in a student's words.
    const preview = await screen.findByRole('region', { name: 'Import a prospectus' });
    expect(preview.querySelector('p')?.textContent?.trim()).toBe('Waymark found 3 courses.');
    expect(within(preview).getByText(/One course could not be read, so it was left out/)).toBeInTheDocument();
    // The technical details wait, folded, for college staff; nothing about
    // formulas or "keeping you safe" is said to the student.
    const details = within(preview).getByText('Details for college staff').closest('details')!;
    expect(details.open).toBe(false);
    expect(within(details).getByText('Read as a CSV file, utf-8, with cells separated by commas.')).toBeInTheDocument();
    expect(within(details).getByText(/Row 5: the description starts like a spreadsheet formula/)).toBeInTheDocument();
    expect(within(details).getByText('Columns Waymark does not use: Room')).toBeInTheDocument();
    expect(preview.textContent).not.toMatch(/keep you safe/);
    expect(plan.callsOf('confirm_prospectus_import')).toHaveLength(0);

    await u.click(screen.getByRole('button', { name: 'Import 3 courses' }));
    expect(await screen.findByText('3 new courses are in your list.')).toBeInTheDocument();
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
