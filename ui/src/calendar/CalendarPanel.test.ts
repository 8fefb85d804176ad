import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import CalendarPanel from './CalendarPanel.svelte';
import type { CalendarOffer } from '../lib/bindings/CalendarOffer';

afterEach(() => clearMocks());

const offer: CalendarOffer = {
  courses: [
    {
      course_id: 'c1',
      title: 'Managing stress',
      first: '2027-03-16',
      sessions: 4,
      hours: ['10:00', '12:00'],
      session_times: 'Tuesdays 10:00-12:00',
    },
    { course_id: 'c2', title: 'Art together', first: '2027-05-04', sessions: 1, hours: null, session_times: 'mornings' },
    { course_id: 'c3', title: 'Cooking', first: null, sessions: 0, hours: null, session_times: '' },
  ],
  next_review_on: '2027-06-15',
};

/** The IPC, with what `save_calendar` was asked for. */
function fakeCalendar(answer: CalendarOffer = offer) {
  const asked: unknown[] = [];
  mockIPC((cmd, payload) => {
    if (cmd === 'calendar_offer') return answer;
    if (cmd === 'save_calendar') {
      asked.push(payload);
      return { file: 'my-sessions.ics', events: 6 };
    }
    throw new Error(`unexpected ${cmd}`);
  });
  return asked;
}

describe('add to my calendar', () => {
  it('says what the file holds, and why a course is not in it, then saves with the review if ticked', async () => {
    const asked = fakeCalendar();
    render(CalendarPanel, { onclose: () => undefined });
    const heading = await screen.findByRole('heading', { name: 'Add my sessions to my calendar' });
    const items = await screen.findAllByRole('listitem');
    expect(items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Managing stress: 4 sessions, weekly from 16 March 2027 10:00 to 12:00',
      'Art together: one session, on 4 May 2027 The times could not be read from the prospectus, so these are whole-day events. Please check the times with the college.',
      'Cooking: no start date yet, so it is not in the file.',
    ]);
    expect(document.activeElement).toBe(heading);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Also add my next review, on 15 June 2027' }));
    await user.click(screen.getByRole('button', { name: 'Save the calendar file' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Saved as my-sessions.ics, with 6 events. Saving a newer file later updates these events instead of adding them twice.',
    );
    expect(asked).toEqual([{ choice: { review: true }, language: 'en-GB' }]);
  });

  it('offers no save when nothing could go in the file', async () => {
    fakeCalendar({ courses: offer.courses.slice(2), next_review_on: null });
    render(CalendarPanel, { onclose: () => undefined });
    expect(await screen.findByText('None of your courses has a start date yet, so there are no sessions to add.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save the calendar file' })).toBeDisabled();
    expect(within(screen.getByRole('region')).queryByRole('checkbox')).toBeNull();
  });
});
