import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { mockIPC, clearMocks } from '@tauri-apps/api/mocks';
import StudentsScreen from './StudentsScreen.svelte';
import ChangesView from './ChangesView.svelte';
import StudentScreen from './StudentScreen.svelte';
import type { StudentSummary } from '../lib/bindings/StudentSummary';
import type { PlanChanges } from '../lib/bindings/PlanChanges';
import { lockState } from '../lock/lockState.svelte';
import { nav } from '../lib/nav.svelte';

afterEach(() => {
  clearMocks();
  lockState.lockOn = false;
  nav.go('home');
});

const student = (name: string, next: string | null, courses: string[], shared = '2026-10-01T10:00:00Z'): StudentSummary => ({
  plan_id: `id-${name}`,
  name,
  last_shared_at: shared,
  last_received_at: shared,
  versions: 1,
  next_review_on: next,
  courses,
  last_feedback_at: null,
  last_feedback: { taken: 0, later: 0, left: 0, waiting: 0 },
  forget_on: '2027-10-01T10:00:00Z',
});

function fake(keep: boolean, students: StudentSummary[], calls: string[] = []) {
  mockIPC((cmd, args) => {
    calls.push(cmd);
    switch (cmd) {
      case 'students_settings':
        return { keep, forget_after_months: 12 };
      case 'set_keep_students':
        keep = (args as { keep: boolean }).keep;
        return { keep, forget_after_months: 12 };
      case 'list_students':
        return students;
      case 'students_to_forget_soon':
      case 'list_phrases':
        return [];
      default:
        throw new Error(`not faked: ${cmd}`);
    }
  });
}

describe('My students', () => {
  it('asks for a lock before it keeps anyone’s plan, and says why', async () => {
    fake(false, []);
    render(StudentsScreen);
    expect(await screen.findByText(/other people's private words/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: "Keep my students' plans" })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Set a lock first' }));
    expect(nav.screen).toBe('lock');
  });

  it('turns keeping on once the plan is locked', async () => {
    lockState.lockOn = true;
    const calls: string[] = [];
    fake(false, [], calls);
    render(StudentsScreen);
    await userEvent.setup().click(await screen.findByRole('button', { name: "Keep my students' plans" }));
    expect(await screen.findByRole('button', { name: 'Choose plan files…' })).toBeInTheDocument();
    expect(calls).toContain('set_keep_students');
    expect(screen.getByText(/No students yet/)).toBeInTheDocument();
  });

  it('puts the nearest check-in first and finds students by name and course', async () => {
    lockState.lockOn = true;
    fake(true, [
      student('Zoë', '2026-12-20', ['Pottery']),
      student('Amir', null, ['Cooking on a budget']),
      student('Robin', '2026-12-05', ['Pottery', 'Choir']),
    ]);
    render(StudentsScreen);
    const user = userEvent.setup();
    const names = async () => within(await screen.findByRole('list', { name: 'My students' })).getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.trim());
    expect(await names()).toEqual(['Robin', 'Zoë', 'Amir']);
    await user.selectOptions(screen.getByLabelText('Order'), 'name');
    expect(await names()).toEqual(['Amir', 'Robin', 'Zoë']);
    await user.selectOptions(screen.getByLabelText('Course'), 'Pottery');
    expect(await names()).toEqual(['Robin', 'Zoë']);
    expect(screen.getByText('Showing 2 of 3 students.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Find a student by name'), 'zo');
    expect(await names()).toEqual(['Zoë']);
    await user.click(screen.getByRole('button', { name: 'Zoë' }));
    expect(nav.screen).toBe('student');
    expect(nav.target).toBe('id-Zoë');
  });
});

const empty: PlanChanges = {
  since: '2026-10-03T10:00:00Z',
  until: '2026-11-20T10:00:00Z',
  summary: {
    goals_added: 0, goals_achieved: 0, goals_paused: 0, goals_let_go: 0, goals_resumed: 0, goals_reworded: 0,
    steps_added: 0, steps_done: 0, courses_chosen: 0, courses_finished: 0, sessions_attended: 0,
    reflections_shared: 0, feedback_decided: 0,
  },
  goals: [], steps: [], courses: [], new_reflections: [], reflections_no_longer_shared: 0, areas: [],
  feedback: [], about_me_changed: false, support_changed: false, next_review: null, not_compared: [],
  nothing_changed: true,
};

describe('what changed', () => {
  it('says it plainly first, with plurals, and a life area’s move', () => {
    const changes: PlanChanges = {
      ...empty,
      nothing_changed: false,
      summary: { ...empty.summary, steps_done: 2, goals_added: 1, courses_finished: 1, reflections_shared: 3 },
      areas: [{ life_area: 'money', label: 'Money', before: 3, now: 5 }],
      goals: [{ id: 'g', title: 'Swim a length', presence: 'added', title_before: null, why_changed: false, status_before: null, status_now: 'active', target_date: null }],
    };
    render(ChangesView, { changes });
    expect(screen.getByText(
      'Since 3 October 2026: 2 steps done, one new goal, a course finished, 3 new reflections shared with you and “Money” went from 3 to 5.',
    )).toBeInTheDocument();
  });

  it('says nothing changed when the plan was only shared again', () => {
    render(ChangesView, { changes: empty });
    expect(screen.getByText('Nothing has changed since 3 October 2026. The plan was only shared again.')).toBeInTheDocument();
  });
});

describe('one student', () => {
  it('saves the check-in sheet as a PDF or a page to print, and says where', async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      switch (cmd) {
        case 'student_versions':
          return [{ plan_id: 'id-Robin', exported_at: '2026-10-01T10:00:00Z', received_at: '2026-10-02T10:00:00Z', name: 'Robin' }];
        case 'feedback_history':
          return [
            {
              item: 'k1', written_at: '2026-10-03T10:00:00Z', answers: '2026-10-01T10:00:00Z', kind: 'comment',
              about_kind: 'plan', about_reference: '', text: 'A brave term.', decision: null, received: false,
            },
          ];
        case 'save_check_in_sheet':
          return (args as { format: string }).format === 'pdf' ? 'Robin-check-in-2026-12-03.pdf' : 'Robin-check-in-2026-12-03.html';
        default:
          throw new Error(`not faked: ${cmd}`);
      }
    });
    nav.go('student', 'id-Robin');
    render(StudentScreen);
    const user = userEvent.setup();
    const sheet = await screen.findByRole('region', { name: 'Check-in sheet' });
    // Feedback on the whole plan says so in the history.
    expect(screen.getByText(/about the plan as a whole/)).toBeInTheDocument();
    await user.click(within(sheet).getByRole('button', { name: 'Save as PDF' }));
    expect(calls.find((c) => c.cmd === 'save_check_in_sheet')?.args).toEqual({ plan_id: 'id-Robin', format: 'pdf', language: 'en-GB' });
    expect(await within(sheet).findByRole('status')).toHaveTextContent('Saved as Robin-check-in-2026-12-03.pdf.');
    await user.click(within(sheet).getByRole('button', { name: 'Save as a page to print' }));
    expect(await within(sheet).findByRole('status')).toHaveTextContent('Saved as Robin-check-in-2026-12-03.html.');
  });
});
