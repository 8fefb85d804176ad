import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
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
});
