// The real App with mocked IPC and a fictional plan, for audits in real
// browsers (axe-core, text-size checks, screenshots). Never shipped: only
// audit.html loads it. URL parameters: lang, theme, size, reading, empty, due, tutor,
// closeheld (saves fail and the window was asked to close).
import { mount } from 'svelte';
import App from './App.svelte';
import { EVERYTHING, fakePlan, goal, reflection, review } from './test/fakePlan';
import { saving } from './lib/saving.svelte';
import './app.css';

const params = new URLSearchParams(location.search);
const goals = params.has('empty')
  ? []
  : [
      goal({
        id: 'g1',
        title: 'Join a walking group',
        why: 'To be outside, with other people.',
        life_area: 'relationships',
        target_date: '2027-06-30',
        steps: [
          { id: 's1', goal_id: 'g1', text: 'Find a group near me', done: true, done_at: '2026-11-20T10:00:00Z', position: 0 },
          { id: 's2', goal_id: 'g1', text: 'Buy walking shoes', done: false, done_at: null, position: 1 },
          { id: 's3', goal_id: 'g1', text: 'Go on the first walk', done: false, done_at: null, position: 2 },
        ],
      }),
      goal({ id: 'g2', title: 'Cook a meal for my sister', life_area: 'home', status: 'active' }),
      goal({ id: 'g3', title: 'Learn to swim', life_area: 'learning', status: 'paused' }),
      goal({ id: 'g4', title: 'Finish the confidence course', life_area: 'learning', status: 'achieved' }),
    ];
const reflections = params.has('empty')
  ? []
  : [
      reflection({
        id: 'r1',
        written_on: '2026-11-24',
        body: 'We walked by the river. I was nervous at first, then it was fine.',
        learned: 'Walking with others is easier than I thought.',
        try_next: 'Say hello to one new person.',
        feeling: 4,
        shareable: true,
        goal_id: 'g1',
        goal_title: 'Join a walking group',
      }),
      reflection({ id: 'r2', written_on: '2026-11-18', body: 'A quiet day at home. I rested.', feeling: 2 }),
      reflection({ id: 'r3', written_on: '2026-10-30', body: 'First session of the confidence course.', feeling: null }),
    ];
const reviews = params.has('empty')
  ? []
  : [
      review('v3', '2026-11-20', { learning: 8, relationships: 7, home: 6, money: 5, creativity: 7, looking_after_me: 6 }),
      review('v2', '2026-08-14', { learning: 6, relationships: 5, home: 6, money: 4, creativity: 5, looking_after_me: 5 }),
      review('v1', '2026-05-02', { learning: 4, relationships: 3, home: 5, money: 3, looking_after_me: 4 }),
    ];
const plan = fakePlan(goals, {}, reflections, reviews);
Object.assign(plan.about, {
  preferred_name: 'Sam',
  for_tutors: 'I can be quiet at first. Please give me time.',
  interests: 'gardening, music, cooking',
  supports: ['quiet_space', 'regular_breaks'],
});
if (!params.has('empty')) {
  plan.reviews[0]!.review.next_review_on = params.has('due') ? '2026-11-26' : '2027-02-20';
  plan.home.review_due = params.has('due');
  plan.home.courses = [
    {
      course_id: 'c1',
      title: 'Walking for wellbeing',
      choice: 'attending',
      starts_on: null,
      session_times: 'Thursdays 10:00 to 11:30',
      venue: 'Riverside Centre',
      last_attended: '2026-11-19',
    },
    {
      course_id: 'c2',
      title: 'Cooking on a budget',
      choice: 'enrolled',
      starts_on: '2027-01-12',
      session_times: 'Tuesdays 13:00 to 15:00',
      venue: 'Community kitchen',
      last_attended: null,
    },
  ];
  plan.progress.terms = [
    { term: 'Autumn 2026', completed: [], taking: ['Walking for wellbeing'], sessions_attended: 9 },
    { term: 'Summer 2026', completed: ['Building confidence', 'Understanding recovery'], taking: [], sessions_attended: 14 },
  ];
  Object.assign(plan.progress.highlights, {
    since: '2026-11-20',
    achieved: [{ goal_id: 'g4', title: 'Finish the confidence course', on: '2026-07-30T10:00:00.000Z' }],
    steps_done: 17,
    steps_done_since: 1,
    recent_steps: [
      { goal_id: 'g1', goal_title: 'Join a walking group', text: 'Find a group near me', done_at: '2026-11-20T10:00:00.000Z' },
      { goal_id: 'g2', goal_title: 'Cook a meal for my sister', text: 'Choose a recipe', done_at: '2026-11-02T10:00:00.000Z' },
    ],
    courses_completed: 2,
    sessions_attended: 23,
    sessions_attended_since: 1,
    reflections: 3,
    reflections_since: 1,
  });
}
// A tutor opening Sam's shared plan from a file manager.
// The lock: `lockon` (a plan with a lock), `locked` (its lock screen).
if (params.has('lockon') || params.has('locked')) plan.lock.on = true;
if (params.has('locked')) plan.lock.locked = true;
// A sealed plan file chosen to open: its passphrase is asked for.
if (params.has('sealed')) plan.share.sealed = true;
if (params.has('novoice')) plan.speech.voice = false;
if (params.has('tutor')) {
  plan.share.pending = {
    file_name: 'sam-learning-plan-2026-11-20.waymark',
    exported_at: '2026-11-20T10:00:00.000Z',
    app_version: '0.1.0',
    plan_id: 'audit-plan',
    sections: ['about_me', 'support', 'goals', 'steps', 'reflections'],
    plan: plan.preview({ ...EVERYTHING, reflections: ['r1'] }),
  };
  // The tutor has written beside the first goal already.
  plan.feedback.draft.items = [
    {
      id: 'f1',
      about: { kind: 'goal', id: 'g1', reference: 'Join a walking group' },
      kind: 'step',
      text: 'Ask at the library about the Thursday walk',
    },
  ];
}
// A student with feedback from their tutor, some of it decided.
if (params.has('feedback')) {
  plan.feedback.received = [
    {
      tutor_name: 'Alex',
      review_id: 'check-in-1',
      items: [
        {
          id: 'i1',
          kind: 'step',
          text: 'Ask at the library about the Thursday walk',
          about: { kind: 'goal', id: 'g1', reference: 'Join a walking group' },
          now: 'same',
          now_reference: 'Join a walking group',
          goal_id: 'g1',
          decision: 'taken',
        },
        {
          id: 'i2',
          kind: 'course',
          text: 'Walking for wellbeing',
          about: { kind: 'step', id: 's9', reference: 'Look for a course' },
          now: 'gone',
          now_reference: null,
          goal_id: null,
          decision: null,
        },
        {
          id: 'i3',
          kind: 'step',
          text: 'Try a short walk first',
          about: { kind: 'goal', id: 'g2', reference: 'Cook a meal' },
          now: 'changed',
          now_reference: 'Cook a meal for my sister',
          goal_id: null,
          decision: 'later',
        },
        {
          id: 'i4',
          kind: 'question',
          text: 'What helped you most this term?',
          about: { kind: 'reflection', id: 'r1', reference: '2026-11-20' },
          now: 'same',
          now_reference: '2026-11-20',
          goal_id: null,
          decision: null,
        },
      ],
    },
  ];
}
// A tutor who keeps students' plans: three students, two plans from Robin.
if (params.has('students')) {
  plan.lock.on = true;
  plan.students.keep = true;
  const summary = (name: string, next: string | null, courses: string[], versions: number) => ({
    plan_id: `plan-${name}`,
    name,
    last_shared_at: '2026-11-21T10:00:00Z',
    last_received_at: '2026-11-22T09:00:00Z',
    versions,
    next_review_on: next,
    courses,
    last_feedback_at: name === 'Robin' ? '2026-10-05T10:00:00Z' : null,
    last_feedback: { taken: name === 'Robin' ? 1 : 0, later: name === 'Robin' ? 1 : 0, left: 0, waiting: 0 },
    forget_on: '2027-11-22T09:00:00Z',
  });
  plan.students.list = [
    summary('Robin', '2026-12-10', ['Understanding anxiety', 'Creative writing'], 2),
    summary('Sam', '2027-01-14', ['Managing money'], 1),
    summary('Priya', null, [], 1),
  ];
  for (const s of plan.students.list) {
    plan.students.versions[s.plan_id] = [
      { plan_id: s.plan_id, exported_at: '2026-10-03T10:00:00Z', received_at: '2026-10-04T09:00:00Z', name: s.name },
      ...(s.versions > 1 ? [{ plan_id: s.plan_id, exported_at: '2026-11-21T10:00:00Z', received_at: '2026-11-22T09:00:00Z', name: s.name }] : []),
    ];
  }
  plan.students.history['plan-Robin'] = [
    { item: 'k1', written_at: '2026-10-05T10:00:00Z', answers: '2026-10-03T10:00:00Z', kind: 'comment', about_kind: 'plan', about_reference: '', text: 'A brave start to the term.', decision: 'taken', received: true },
    { item: 'k2', written_at: '2026-10-05T10:00:00Z', answers: '2026-10-03T10:00:00Z', kind: 'step', about_kind: 'goal', about_reference: 'Join a walking group', text: 'Ask at the library about the Thursday walk', decision: 'later', received: true },
  ];
  plan.students.phrases = [{ id: 'p1', text: 'That is a real step forward. What helped you do it?' }];
  plan.students.changes = {
    since: '2026-10-03T10:00:00Z',
    until: '2026-11-21T10:00:00Z',
    summary: {
      goals_added: 1, goals_achieved: 1, goals_paused: 0, goals_let_go: 0, goals_resumed: 0, goals_reworded: 1,
      steps_added: 2, steps_done: 2, courses_chosen: 1, courses_finished: 0, sessions_attended: 3,
      reflections_shared: 1, feedback_decided: 2,
    },
    goals: [
      { id: 'g9', title: 'Cook for my friends', presence: 'added', title_before: null, why_changed: false, status_before: null, status_now: 'active', target_date: null },
      { id: 'g4', title: 'Finish the confidence course', presence: 'kept', title_before: null, why_changed: false, status_before: 'active', status_now: 'achieved', target_date: null },
      { id: 'g1', title: 'Join a walking group', presence: 'kept', title_before: 'Go for walks', why_changed: true, status_before: 'active', status_now: 'active', target_date: { before: null, now: '2027-03-01' } },
    ],
    steps: [
      { id: 's1', goal_id: 'g1', goal_title: 'Join a walking group', text: 'Find a group near me', happened: 'done' },
      { id: 's2', goal_id: 'g1', goal_title: 'Join a walking group', text: 'Ask at the library about the Thursday walk', happened: 'added' },
    ],
    courses: [{ id: 'c1', title: 'Creative writing', presence: 'added', choice_before: null, choice_now: 'enrolled', sessions_attended: 0 }],
    new_reflections: [{ id: 'r1', written_on: '2026-11-20', reference: 'I asked a question in class.' }],
    reflections_no_longer_shared: 0,
    areas: [{ life_area: 'money', label: 'Money', before: 3, now: 5 }],
    feedback: [
      { item: 'k1', tutor_name: 'Jordan', text: 'A brave start to the term.', before: null, now: 'taken', received_before: false, changed: true },
    ],
    about_me_changed: false,
    support_changed: true,
    next_review: { before: '2026-11-20', now: '2026-12-10' },
    not_compared: [],
    nothing_changed: false,
  };
}
Object.assign(plan.settings, {
  language: params.get('lang') ?? 'en-GB',
  theme: params.get('theme') ?? 'light',
  text_size: Number(params.get('size') ?? 100),
  easy_reading: params.has('reading'),
});

// The disk will not take the student's words, and they have tried to close.
if (params.has('closeheld')) {
  plan.failing.add('save_draft');
  // The student closes the window once a save has failed.
  const closeOnce = setInterval(() => {
    if (saving.state !== 'failed') return;
    clearInterval(closeOnce);
    void saving.mayClose();
  }, 100);
}

mount(App, { target: document.getElementById('app')! });
