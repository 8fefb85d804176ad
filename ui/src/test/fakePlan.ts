// An in-memory stand-in for the Rust commands, for UI component tests only.
// (Real behaviour is tested in Rust and, end to end, in the real app.)
import type { Commands } from '../lib/bindings/commands';
import { mockIPC, clearMocks } from '@tauri-apps/api/mocks';
import type { Goal } from '../lib/bindings/Goal';
import type { GoalInput } from '../lib/bindings/GoalInput';
import type { LifeArea } from '../lib/bindings/LifeArea';
import type { ApiError } from '../lib/bindings/ApiError';
import type { Course } from '../lib/bindings/Course';
import type { ProspectusPreview } from '../lib/bindings/ProspectusPreview';
import type { Reminders } from '../lib/bindings/Reminders';
import type { NextCourse } from '../lib/bindings/NextCourse';
import type { TermSummary } from '../lib/bindings/TermSummary';
import type { Highlights } from '../lib/bindings/Highlights';
import type { Reflection } from '../lib/bindings/Reflection';
import type { ReflectionInput } from '../lib/bindings/ReflectionInput';
import type { AboutMe } from '../lib/bindings/AboutMe';
import type { JournalQuery } from '../lib/bindings/JournalQuery';
import type { SearchHit } from '../lib/bindings/SearchHit';
import type { ReviewDetail } from '../lib/bindings/ReviewDetail';
import type { ShareChoice } from '../lib/bindings/ShareChoice';
import type { SharedPlan } from '../lib/bindings/SharedPlan';
import type { ShareLogEntry } from '../lib/bindings/ShareLogEntry';
import type { OpenedPlan } from '../lib/bindings/OpenedPlan';
import type { FeedbackDraft } from '../lib/bindings/FeedbackDraft';
import type { FeedbackDecision } from '../lib/bindings/FeedbackDecision';
import type { Decision } from '../lib/bindings/Decision';
import type { ItemKind } from '../lib/bindings/ItemKind';
import type { ReceivedFeedback } from '../lib/bindings/ReceivedFeedback';
import type { TargetKind } from '../lib/bindings/TargetKind';
import type { StudentSummary } from '../lib/bindings/StudentSummary';
import type { KeptVersion } from '../lib/bindings/KeptVersion';
import type { PlanChanges } from '../lib/bindings/PlanChanges';
import type { SentItem } from '../lib/bindings/SentItem';
import type { Phrase } from '../lib/bindings/Phrase';
import type { ReadAloudSettings } from '../lib/bindings/ReadAloudSettings';
import type { ReadingEvent } from '../lib/bindings/ReadingEvent';
import type { Channel } from '@tauri-apps/api/core';

const record = (title: string, category: string, delivery: 'in_person' | 'online' | 'both', start: string) => ({
  code: null,
  title,
  description: `A gentle course: ${title}.`,
  category,
  learn: 'Small steps that help',
  delivery,
  venue: 'Riverside Library',
  start_date: start,
  sessions: 4,
  session_times: 'Tuesdays 10:00-12:00',
  term: 'Spring 2027',
  tutors: 'Sam Reid, Priya Shah',
});

export const sample: ProspectusPreview = {
  courses: [
    record('Understanding anxiety', 'Wellbeing', 'in_person', '2027-01-12'),
    record('Creative writing', 'Creativity', 'online', '2027-01-20'),
    record('Managing money', 'Life skills', 'both', '2027-01-19'),
  ],
  skipped: [{ row: 5, reason: { kind: 'formula', column: 'description' } }],
  unknown_columns: ['Room'],
  format: 'csv',
  encoding: 'utf-8',
  separator: 'comma',
  college: '',
  support: [],
  support_left_out: 0,
};

export const areas: LifeArea[] = [
  { key: 'learning', label: 'Learning and skills' },
  { key: 'home', label: 'Home' },
  { key: 'relationships', label: 'Friends, family and relationships' },
];

export type Call = { cmd: string; args: Record<string, unknown> };

/** Every section of the plan, for a shared plan with everything in it. */
export const EVERYTHING = { about_me: true, support: true, goals: true, steps: true, courses: true, reviews: true, chart: true };

export function fakePlan(
  initial: Goal[] = [],
  drafts: Record<string, string> = {},
  initialReflections: Reflection[] = [],
  initialReviews: ReviewDetail[] = [],
) {
  const goals = structuredClone(initial);
  const reflections = structuredClone(initialReflections);
  const backups = [
    {
      file_name: 'waymark-20261126T080000.000Z-daily.sqlite3',
      created_at: '2026-11-26T08:00:00.000Z',
      reason: 'daily',
      size_bytes: 400_000,
      counts: { goals: 4, steps: 3, reflections: 3, courses: 0 },
      locked: false,
    },
    {
      file_name: 'waymark-20261120T080000.000Z-before_import.sqlite3',
      created_at: '2026-11-20T08:00:00.000Z',
      reason: 'before_import',
      size_bytes: 380_000,
      counts: { goals: 3, steps: 2, reflections: 1, courses: 0 },
      locked: false,
    },
  ];
  const reviews = structuredClone(initialReviews);
  const trash: { id: string; kind: 'goal' | 'reflection'; item: Goal | Reflection }[] = [];
  const about: AboutMe = {
    preferred_name: '',
    for_tutors: '',
    strengths: '',
    interests: '',
    supports: [],
    support_words: '',
  };
  const reminders: Reminders = { review_notification: false };
  let welcomeSeen = false;
  /** The lock: `on` (the plan has one) and `locked` (the lock screen shows). */
  const lock = { on: false, locked: false, idle_minutes: 10 as number | null };
  /** A tutor's students: kept only when `keep` is on. */
  const students = {
    keep: false,
    list: [] as StudentSummary[],
    versions: {} as Record<string, KeptVersion[]>,
    changes: null as PlanChanges | null,
    history: {} as Record<string, SentItem[]>,
    phrases: [] as Phrase[],
  };
  const lockedError = { code: 'plan_locked', message: 'the plan is locked', field: null, problem: null, max: null, file_problem: null, file: null, fault: null, max_mb: null, wait_seconds: null };
  const support = {
    college: '',
    contacts: [] as { name: string; about: string; phone: string; email: string; website: string; hours: string }[],
  };
  const home: { review_due: boolean; courses: NextCourse[] } = { review_due: false, courses: [] };
  // "Read this to me": a laptop with a voice unless `speech.voice` is false;
  // each block is one sentence here (Rust cuts them for real).
  const speech = {
    voice: true,
    settings: { speed: 'usual', voice_en: null, voice_de: null } as ReadAloudSettings,
    channel: null as Channel<ReadingEvent> | null,
  };
  const progress: { terms: TermSummary[]; highlights: Highlights } = {
    terms: [],
    highlights: {
      since: null,
      achieved: [],
      steps_done: 0,
      steps_done_since: 0,
      recent_steps: [],
      courses_completed: 0,
      sessions_attended: 0,
      sessions_attended_since: 0,
      reflections: 0,
      reflections_since: 0,
      reviews: 0,
    },
  };
  const share: {
    choice: ShareChoice;
    log: ShareLogEntry[];
    opened: OpenedPlan | null;
    pending: OpenedPlan | null;
    refuse: ApiError | null;
    /** The plan file chosen is sealed with 'apple river candle'. */
    sealed: boolean;
  } = {
    // As in Rust: the first time, nothing is chosen.
    choice: { about_me: false, support: false, goals: false, steps: false, courses: false, reviews: false, chart: false, reflections: [] },
    log: [],
    opened: null,
    pending: null,
    refuse: null,
    sealed: false,
  };
  /** Tutor feedback: what the tutor writes, and what the student received. */
  const feedback: {
    tutorName: string;
    draft: FeedbackDraft;
    /** The next feedback file the student opens. */
    incoming: ReceivedFeedback | null;
    received: ReceivedFeedback[];
    /** Why the file Waymark was started with is refused, if it is. */
    refuse: ApiError | null;
  } = {
    tutorName: '',
    draft: { plan_id: 'p1', exported_at: '2026-11-20T10:00:00.000Z', items: [] },
    incoming: null,
    received: [],
    refuse: null,
  };
  const receivedOf = (reviewId: string) => {
    const found = feedback.received.find((f) => f.review_id === reviewId);
    if (!found) throw { code: 'not_found', message: 'Waymark could not find that review.', field: null };
    return found;
  };
  /** What the tutor would see: the same rules as Rust's, for the screens only. */
  const preview = (c: ShareChoice): SharedPlan => {
    if (c.reflections.some((id) => !reflections.find((r) => r.id === id)?.shareable)) {
      throw { code: 'private_reflection', message: 'That reflection is private.', field: null };
    }
    return {
      name: about.preferred_name,
      about_me: c.about_me ? { for_tutors: about.for_tutors, strengths: about.strengths, interests: about.interests } : null,
      support: c.support ? { supports: about.supports, support_words: about.support_words } : null,
      life_areas: areas,
      goals: c.goals
        ? goals.map((g) => ({
            id: g.id,
            title: g.title,
            why: g.why,
            life_area: g.life_area,
            target_date: g.target_date,
            status: g.status,
            steps: c.steps ? g.steps.map((st) => ({ id: st.id, text: st.text, done: st.done })) : [],
          }))
        : null,
      courses: c.courses ? [] : null,
      reviews: c.reviews ? [] : null,
      chart: null,
      reflections: reflections
        .filter((r) => c.reflections.includes(r.id))
        .map((r) => ({
          id: r.id,
          written_on: r.written_on,
          body: r.body,
          learned: r.learned,
          how_it_went: r.how_it_went,
          try_next: r.try_next,
          course_title: r.course_title,
          goal_title: r.goal_title,
        })),
    };
  };
  const calls: Call[] = [];
  let next = 1;
  const courses: Course[] = [];
  const settings: Record<string, unknown> = {
    language: null,
    text_size: 100,
    theme: 'light',
    easy_reading: false,
    reduce_motion: false,
  };
  const find = (id: unknown) => {
    const goal = goals.find((g) => g.id === id);
    if (!goal) throw { code: 'not_found', message: 'Waymark could not find that goal.', field: null };
    return goal;
  };
  const stepGoal = (stepId: unknown) => {
    const goal = goals.find((g) => g.steps.some((s) => s.id === stepId));
    if (!goal) throw { code: 'not_found', message: 'Waymark could not find that step.', field: null };
    return goal;
  };
  const invalid = (field: ApiError['field'], message: string): ApiError => ({
    code: 'invalid',
    field,
    message,
    problem: 'empty',
    max: null,
    file_problem: null,
    file: null,
    fault: null,
    max_mb: null,
    wait_seconds: null,
  });
  const check = (input: GoalInput) => {
    if (!input.title.trim()) throw invalid('title', 'Please give your goal a few words, in your own words.');
  };
  const renumber = (goal: Goal) => goal.steps.forEach((s, i) => (s.position = i));

  /** Commands that fail as a full or unwritable disk would make them fail. */
  const failing = new Set<keyof Commands>();
  /** Reflections the search index still holds after they have gone. */
  const searchGone = new Set<string>();

  mockIPC((cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    if (failing.has(cmd as keyof Commands)) {
      throw { code: 'storage', message: 'Waymark could not save just now.', field: null, problem: null, max: null };
    }
    // Typed by the commands Rust has: a case for a name Rust lacks fails the type check.
    switch (cmd as keyof Commands) {
      case 'ui_ready':
      case 'show_window':
        return null;
      case 'app_status':
        return { version: '0.1.0', data_dir: '/tmp/plan', problem: lock.locked ? lockedError : null, lock_on: lock.on, keeps_students: students.keep };
      case 'lock_status':
        return { lock_on: lock.on, locked: lock.locked };
      case 'begin_lock':
      case 'pending_recovery_code':
        return ['7KQ', '2MX', 'R4D', 'H8T', 'W3N', 'C6P', 'J9V', 'B5F', 'Y2E'];
      case 'finish_lock':
        lock.on = true;
        return { backups_moved: 2, backups_removed: 0, backups_left: 0, damaged_copies_removed: 0 };
      case 'lock_now':
        lock.locked = true;
        return null;
      case 'unlock':
      case 'unlock_with_recovery_code':
        if (args.password === 'wrong') throw { ...lockedError, code: 'wrong_password', message: 'wrong password' };
        lock.locked = false;
        return null;
      case 'change_password':
        return null;
      case 'begin_new_sheet':
        return ['8KQ', '2MX', 'R4D', 'H8T', 'W3N', 'C6P', 'J9V', 'B5F', 'Y2E'];
      case 'finish_new_sheet':
        return null;
      case 'save_recovery_sheet':
        return '/media/usb/waymark-recovery-sheet.pdf';
      case 'turn_lock_off':
        lock.on = false;
        return { backups_moved: 2, backups_removed: 0, backups_left: 0, damaged_copies_removed: 0 };
      case 'get_lock_settings':
        return { idle_minutes: lock.idle_minutes };
      case 'set_lock_settings':
        lock.idle_minutes = (args.settings as { idle_minutes: number | null }).idle_minutes;
        return { idle_minutes: lock.idle_minutes };
      case 'list_life_areas':
        return areas;
      case 'list_goals':
        return goals;
      case 'create_goal': {
        const input = args.input as GoalInput;
        check(input);
        const goal: Goal = {
          id: `goal-${next++}`,
          title: input.title.trim(),
          why: input.why,
          life_area: input.life_area,
          target_date: input.target_date,
          status: 'active',
          steps: [],
          created_at: '2026-11-26T10:00:00.000Z',
          updated_at: '2026-11-26T10:00:00.000Z',
        };
        goals.unshift(goal);
        return goal;
      }
      case 'update_goal': {
        const input = args.input as GoalInput;
        check(input);
        return Object.assign(find(args.id), input);
      }
      case 'set_goal_status':
        return Object.assign(find(args.id), { status: args.status });
      case 'delete_goal': {
        const gone = find(args.id);
        goals.splice(goals.indexOf(gone), 1);
        trash.push({ id: `trash-${next++}`, kind: 'goal', item: gone });
        return trash.at(-1)!.id;
      }
      case 'list_deleted':
        return trash.map((x) => ({
          id: x.id,
          kind: x.kind,
          item_id: x.item.id,
          label: 'title' in x.item ? x.item.title : x.item.body,
          steps: 'steps' in x.item ? x.item.steps.length : 0,
          deleted_at: '2026-11-26T10:00:00.000Z',
          kept_until: '2026-12-26',
        }));
      case 'restore_deleted': {
        const at = trash.findIndex((x) => x.id === args.id);
        if (at < 0) throw { code: 'not_found', message: 'Waymark could not find that.', field: null };
        const [x] = trash.splice(at, 1);
        if (x!.kind === 'goal') goals.unshift(x!.item as Goal);
        else reflections.push(x!.item as Reflection);
        return { kind: x!.kind, item_id: x!.item.id, goal_id: null };
      }
      case 'add_step': {
        const goal = find(args.goal_id);
        const text = String(args.text).trim();
        if (!text) throw invalid('step_text', 'Please write a few words for this step.');
        goal.steps.push({ id: `step-${next++}`, goal_id: goal.id, text, done: false, done_at: null, position: goal.steps.length });
        return goal;
      }
      case 'set_step_done': {
        const goal = stepGoal(args.step_id);
        const step = goal.steps.find((s) => s.id === args.step_id)!;
        step.done = Boolean(args.done);
        step.done_at = step.done ? '2026-11-26T10:00:00.000Z' : null;
        return goal;
      }
      case 'move_step': {
        const goal = stepGoal(args.step_id);
        const from = goal.steps.findIndex((s) => s.id === args.step_id);
        const to = args.direction === 'up' ? from - 1 : from + 1;
        if (to >= 0 && to < goal.steps.length) {
          const [step] = goal.steps.splice(from, 1);
          goal.steps.splice(to, 0, step!);
          renumber(goal);
        }
        return goal;
      }
      case 'edit_step': {
        const goal = stepGoal(args.step_id);
        goal.steps.find((s) => s.id === args.step_id)!.text = String(args.text);
        return goal;
      }
      case 'delete_step': {
        const goal = stepGoal(args.step_id);
        goal.steps = goal.steps.filter((s) => s.id !== args.step_id);
        renumber(goal);
        return { goal, undo: `trash-${next++}` };
      }
      case 'get_display_settings':
        return settings;
      case 'set_display_settings':
        Object.assign(settings, args.settings);
        return settings;
      case 'list_goal_courses':
        return [];
      case 'list_courses':
        return courses;
      case 'course_facets':
        return { categories: [...new Set(courses.map((c) => c.details.category))], terms: ['Spring 2027'] };
      case 'preview_sample_prospectus':
      case 'preview_prospectus_file':
        return sample;
      case 'confirm_prospectus_import':
        support.college = 'Riverside Recovery College (fictional)';
        support.contacts = [
          {
            name: 'Riverside student support team',
            about: 'For anything that gets in the way of your learning.',
            phone: '0000 000 000 (fictional)',
            email: 'support@riverside-college.example',
            website: '',
            hours: 'Monday to Friday, 9am to 4pm',
          },
        ];
        courses.push(...sample.courses.map((details, i) => ({ id: `c${i}`, details, own: false, choice: null })));
        return { added: sample.courses.length, updated: 0, unchanged: 0, support_contacts: 0 };
      case 'cancel_prospectus_import':
        return null;
      case 'add_own_course': {
        const details = args.details as Course['details'];
        if (!details.title.trim()) throw invalid('title', 'Please give your goal a few words, in your own words.');
        const course: Course = { id: `own-${next++}`, details, own: true, choice: 'interested' };
        courses.push(course);
        return course;
      }
      case 'get_course': {
        const course = courses.find((c) => c.id === args.id);
        if (course && !course.choice) course.choice = 'enrolled';
        return {
          course,
          goals: goals.slice(0, 1).map((g) => ({ goal_id: g.id, title: g.title, why: 'It helps me with worry' })),
          attendance: [
            { id: 'a1', course_id: args.id, session_date: '2027-01-12', state: 'attended', note: '' },
            { id: 'a2', course_id: args.id, session_date: '2027-01-19', state: 'missed', note: 'I was tired' },
          ],
        };
      }
      case 'get_about_me':
        return about;
      case 'save_about_me':
        return Object.assign(about, args.about);
      case 'list_supports':
        return ['large_print', 'quiet_space', 'regular_breaks'];
      case 'list_reflections': {
        const q = args.query as JournalQuery;
        const found = reflections
          .filter((r) => (!q.goal_id || r.goal_id === q.goal_id) && (!q.shareable_only || r.shareable))
          .sort((a, b) => b.written_on.localeCompare(a.written_on));
        return { reflections: found.slice(q.offset, q.offset + (q.limit ?? 500)), total: found.length };
      }
      case 'get_reflection': {
        const r = reflections.find((x) => x.id === args.id);
        if (!r) throw { code: 'not_found', message: 'Waymark could not find that reflection.', field: null };
        return r;
      }
      case 'create_reflection':
      case 'update_reflection': {
        const input = args.input as ReflectionInput;
        if (![input.body, input.learned, input.how_it_went, input.try_next].some((x) => x.trim()))
          throw invalid('reflection_text', 'Please write a few words first.');
        const existing = reflections.find((x) => x.id === args.id);
        const r: Reflection = {
          ...input,
          id: existing?.id ?? `reflection-${next++}`,
          course_title: null,
          goal_title: goals.find((g) => g.id === input.goal_id)?.title ?? null,
          created_at: '2026-11-26T10:00:00.000Z',
          updated_at: '2026-11-26T10:00:00.000Z',
        };
        if (existing) Object.assign(existing, r);
        else reflections.push(r);
        return r;
      }
      case 'delete_reflection': {
        const [gone] = reflections.splice(
          reflections.findIndex((x) => x.id === args.id),
          1,
        );
        trash.push({ id: `trash-${next++}`, kind: 'reflection', item: gone! });
        return trash.at(-1)!.id;
      }
      case 'search_plan': {
        // Enough of a search for UI tests: the first word, marked where it is.
        const word = String(args.text).trim().split(/\s+/)[0]?.toLowerCase() ?? '';
        const hits: SearchHit[] = [];
        for (const r of reflections) {
          const at = word ? r.body.toLowerCase().indexOf(word) : -1;
          if (at < 0) continue;
          hits.push({
            kind: 'reflection',
            id: r.id,
            open_id: r.id,
            title: [],
            date: r.written_on,
            snippet: [
              { text: r.body.slice(0, at), hit: false },
              { text: r.body.slice(at, at + word.length), hit: true },
              { text: r.body.slice(at + word.length), hit: false },
            ].filter((seg) => seg.text),
          });
        }
        // Pages of 20, as Rust gives them. An item in `searchGone` is still in
        // the index (counted, read) but left out, as Rust leaves out a hit
        // whose item has gone.
        const offset = Number(args.offset ?? 0);
        const read = hits.slice(offset, offset + 20);
        return {
          hits: read.filter((h) => !searchGone.has(h.id)),
          total: hits.length,
          next_offset: offset + read.length,
        };
      }
      case 'plan_info':
        return {
          folder: '/home/sam/.local/share/app.waymark.desktop',
          file: '/home/sam/.local/share/app.waymark.desktop/waymark.sqlite3',
          size_bytes: 421_888,
          backups_folder: '/home/sam/.local/share/app.waymark.desktop/backups',
          last_backup: backups[0] ?? null,
          backups: backups.length,
          counts: { goals: goals.length, steps: 3, reflections: reflections.length, courses: courses.length },
        };
      case 'list_backups':
        return backups;
      case 'preview_backup':
        return {
          info: backups.find((b) => b.file_name === args.file_name),
          goal_titles: goals.map((g) => g.title),
          reflections: reflections.slice(0, 2),
          about: null,
        };
      case 'restore_backup':
        // A locked plan and a backup from before its lock: Rust asks first.
        if (lock.on && backups.some((b) => b.file_name === args.file_name && !b.locked)) {
          throw { ...lockedError, code: 'backup_not_locked', message: 'backup made before the lock' };
        }
        return { goals: goals.length, steps: 0, reflections: 0, courses: 0 };
      case 'restore_backup_and_lock_it':
        return { goals: goals.length, steps: 0, reflections: 0, courses: 0 };
      case 'back_up_now':
        return '/media/usb/waymark-2026-11-26.sqlite3';
      case 'open_plan_folder':
      case 'check_plan':
        return null;
      case 'get_review': {
        const found = reviews.find((r) => r.review.id === args.id);
        if (!found) throw { code: 'not_found', message: 'Waymark could not find that review.', field: null };
        return found;
      }
      case 'start_review': {
        const detail = {
          review: {
            id: `review-${next++}`,
            check_in: Boolean(args.check_in),
            tutor_name: '',
            talked_about: '',
            went_well: '',
            whats_next: '',
            next_review_on: null,
            started_at: '2026-11-26T10:00:00.000Z',
            completed_at: null,
          },
          areas: [],
          goals: [],
          suggestions: [],
        };
        reviews.unshift(detail);
        return detail;
      }
      case 'rate_area': {
        const found = reviews.find((r) => r.review.id === args.review_id)!;
        found.areas = found.areas.filter((a) => a.life_area !== args.life_area);
        if (args.rating !== null) found.areas.push({ life_area: String(args.life_area), rating: Number(args.rating) });
        return found;
      }
      case 'review_goal': {
        const found = reviews.find((r) => r.review.id === args.review_id)!;
        const now = { goal_id: String(args.goal_id), progress: String(args.progress), attainment: args.attainment as number | null, decision: args.decision as Decision | null };
        found.goals = [...found.goals.filter((g) => g.goal_id !== now.goal_id), now];
        return found;
      }
      case 'save_review': {
        const found = reviews.find((r) => r.review.id === args.id)!;
        Object.assign(found.review, args.input);
        return found;
      }
      case 'complete_review': {
        const found = reviews.find((r) => r.review.id === args.id)!;
        found.review.completed_at = '2026-11-26T11:00:00.000Z';
        return found;
      }
      case 'goal_history':
        return [];
      case 'progress_view': {
        const done = reviews.filter((r) => r.review.completed_at).map((r) => r.review);
        const latest = done[0];
        if (args.compare_with && !done.some((r) => r.id === args.compare_with))
          throw { code: 'not_found', message: 'Waymark could not find that review.', field: null };
        const earlier = done.find((r) => r.id === args.compare_with) ?? done[1] ?? null;
        const rating = (id: string | undefined, key: string) =>
          reviews.find((r) => r.review.id === id)?.areas.find((a) => a.life_area === key)?.rating ?? null;
        const base = (earlier ?? latest)?.id;
        return {
          reviews: reviews.map((r) => r.review),
          chart: latest
            ? areas.map((a) => ({ life_area: a.key, label: a.label, before: rating(base, a.key), after: rating(latest.id, a.key) }))
            : [],
          compared_with: earlier?.id ?? null,
          terms: progress.terms,
          highlights: { ...progress.highlights, reviews: done.length },
        };
      }
      // "Add to my calendar": the courses on Home, weekly from their start.
      case 'calendar_offer': {
        const latest = reviews.find((r) => r.review.completed_at)?.review;
        return {
          courses: home.courses.map((c) => {
            const hours = /(\d{1,2}:\d{2})\D+(\d{1,2}:\d{2})/.exec(c.session_times);
            return {
              course_id: c.course_id,
              title: c.title,
              first: c.starts_on ?? c.last_attended,
              sessions: c.starts_on || c.last_attended ? 6 : 0,
              hours: hours ? [hours[1], hours[2]] : null,
              session_times: c.session_times,
            };
          }),
          next_review_on: latest?.next_review_on ?? null,
        };
      }
      case 'speech_status':
        return {
          available: speech.voice,
          voices_en: speech.voice ? [{ id: 'en-gb-scotland', label: 'English (Scotland)' }] : [],
          voices_de: speech.voice ? [{ id: 'de', label: 'German' }] : [],
        };
      case 'read_aloud': {
        if (!speech.voice) throw { code: 'no_voice', message: 'no voice', field: null };
        const blocks = args.blocks as string[];
        speech.channel = args.onEvent as Channel<ReadingEvent>;
        const channel = speech.channel;
        queueMicrotask(() => channel.onmessage({ kind: 'sentence', index: 0 }));
        return blocks.map((text, block) => {
          const start = text.length - text.trimStart().length;
          return { block, start, end: text.trimEnd().length };
        });
      }
      case 'stop_reading':
        speech.channel = null;
        return null;
      case 'get_read_aloud_settings':
        return structuredClone(speech.settings);
      case 'set_read_aloud_settings':
        speech.settings = structuredClone(args.settings as ReadAloudSettings);
        return structuredClone(speech.settings);
      case 'save_printed_plan':
        return 'my-learning-plan.pdf';
      case 'open_printed_plan':
        return null;
      case 'save_calendar':
        return { file: 'my-sessions.ics', events: home.courses.length * 6 };
      case 'get_home': {
        const latest = reviews.find((r) => r.review.completed_at)?.review;
        return {
          preferred_name: about.preferred_name,
          next_review_on: latest?.next_review_on ?? null,
          review_due: home.review_due,
          unfinished_review: reviews.find((r) => !r.review.completed_at)?.review ?? null,
          next_steps: goals
            .filter((g) => g.status === 'active')
            .flatMap((g) => {
              const step = g.steps.find((s) => !s.done);
              return step ? [{ goal_id: g.id, goal_title: g.title, step_id: step.id, text: step.text }] : [];
            }),
          courses: home.courses,
          active_goals: goals.filter((g) => g.status === 'active').length,
          reflections: reflections.length,
        };
      }
      case 'goal_story': {
        const g = find(args.goal_id);
        return [
          { kind: 'started', on: g.created_at },
          ...g.steps.filter((st) => st.done_at).map((st) => ({ kind: 'step_done', on: st.done_at, text: st.text })),
          ...(g.status === 'active' ? [] : [{ kind: 'status', on: g.updated_at, status: g.status }]),
        ];
      }
      case 'get_welcome_seen':
        return welcomeSeen;
      case 'set_welcome_seen':
        welcomeSeen = args.seen as boolean;
        return welcomeSeen;
      case 'support_contacts':
        return structuredClone(support);
      case 'get_reminders':
        return { ...reminders };
      case 'set_reminders':
        Object.assign(reminders, args.reminders);
        return { ...reminders };
      case 'remind_review_due':
        return reminders.review_notification && home.review_due;
      case 'get_share_choice':
        return structuredClone(share.choice);
      case 'set_share_choice':
        preview(args.choice as ShareChoice);
        share.choice = structuredClone(args.choice as ShareChoice);
        return structuredClone(share.choice);
      case 'share_preview':
        return preview(args.choice as ShareChoice);
      case 'share_log':
        return structuredClone(share.log);
      case 'show_saved_file':
        if (share.refuse) throw share.refuse;
        return null;
      case 'export_plan': {
        preview(args.choice as ShareChoice);
        const format = String(args.format);
        const entry: ShareLogEntry = {
          id: `log-${next++}`,
          shared_at: '2026-11-26T10:00:00.000Z',
          format,
          sections: [],
          reflections: (args.choice as ShareChoice).reflections.length,
          tutor_name: String(args.tutor_name),
          file_name: format === 'everything' ? 'sam-private-whole-plan.waymark-move' : `sam-learning-plan.${format}`,
        };
        share.log.unshift(entry);
        return entry;
      }
      case 'suggest_passphrase':
        return String(args.language).startsWith('de') ? 'tisch wolke apfel' : 'apple river candle';
      case 'open_shared_plan': {
        const words = args.passphrase == null ? null : String(args.passphrase).trim().toLowerCase();
        const sealedError = (code: 'passphrase_needed' | 'wrong_passphrase', message: string): ApiError => ({
          code, message, field: null, problem: null, max: null, file_problem: null, file: 'plan', fault: null, max_mb: null, wait_seconds: null,
        });
        if (share.sealed && words === null) throw sealedError('passphrase_needed', 'a sealed plan file needs its passphrase');
        if (share.sealed && words !== 'apple river candle') throw sealedError('wrong_passphrase', 'wrong passphrase for a sealed plan file');
        return share.opened;
      }
      case 'move_plan_in':
        return null;
      case 'get_recent_shared':
        return { keep: false, plans: [] };
      case 'take_opened_plan': {
        if (share.refuse) throw share.refuse;
        const pending = share.pending;
        share.pending = null;
        return pending;
      }
      case 'close_shared_plan':
        return null;
      case 'get_tutor_own_name':
        return feedback.tutorName;
      case 'set_tutor_own_name':
        feedback.tutorName = String(args.name).trim();
        return feedback.tutorName;
      case 'feedback_draft':
        return structuredClone(feedback.draft);
      case 'add_feedback': {
        const text = String(args.text);
        if (!text.trim()) throw { code: 'invalid', message: 'Please write the suggestion in a few words.', field: 'suggestion', problem: 'empty' };
        feedback.draft.items.push({
          id: `item-${feedback.draft.items.length + 1}`,
          about: { kind: args.about_kind as TargetKind, id: String(args.about_id), reference: '' },
          kind: args.kind as ItemKind,
          text,
        });
        return structuredClone(feedback.draft);
      }
      case 'remove_feedback':
        feedback.draft.items = feedback.draft.items.filter((i) => i.id !== args.item_id);
        return structuredClone(feedback.draft);
      case 'save_feedback':
        if (!feedback.tutorName) {
          throw { code: 'invalid', message: 'Please give your name first.', field: 'tutor_name', problem: 'empty' };
        }
        return 'Sam-feedback-2026-11-26.waymark-feedback';
      case 'open_feedback': {
        if (feedback.refuse) throw feedback.refuse;
        const incoming = feedback.incoming;
        if (incoming) feedback.received.unshift(incoming);
        feedback.incoming = null;
        return structuredClone(incoming);
      }
      case 'take_opened_feedback': {
        if (feedback.refuse) throw feedback.refuse;
        const incoming = feedback.incoming;
        if (incoming) feedback.received.unshift(incoming);
        feedback.incoming = null;
        return structuredClone(incoming);
      }
      case 'received_feedback':
        return structuredClone(receivedOf(String(args.review_id)));
      case 'feedback_received':
        return feedback.received.map((f) => ({
          review_id: f.review_id,
          tutor_name: f.tutor_name,
          received_at: '2026-11-26T10:00:00.000Z',
          items: f.items.length,
          waiting: f.items.filter((i) => !i.decision || i.decision === 'later').length,
        }));
      case 'decide_feedback': {
        const f = feedback.received.find((r) => r.items.some((i) => i.id === args.item_id));
        const item = f?.items.find((i) => i.id === args.item_id);
        if (!f || !item) throw { code: 'not_found', message: 'Waymark could not find that suggestion.', field: null };
        item.decision = args.decision as FeedbackDecision;
        return structuredClone(f);
      }
      case 'get_draft':
        return drafts[String(args.key)] ?? null;
      case 'save_draft':
        drafts[String(args.key)] = String(args.body);
        return null;
      case 'clear_draft':
        delete drafts[String(args.key)];
        return null;
      case 'students_settings':
        return { keep: students.keep, forget_after_months: 12 };
      case 'list_students':
        return structuredClone(students.list);
      case 'students_to_forget_soon':
        return [];
      case 'list_phrases':
        return structuredClone(students.phrases);
      case 'student_versions': {
        const kept = students.versions[String(args.plan_id)];
        if (!kept) throw { code: 'not_found', message: 'Waymark could not find that student.', field: null };
        return structuredClone(kept);
      }
      case 'student_changes':
        return structuredClone(students.changes);
      case 'feedback_history':
        return structuredClone(students.history[String(args.plan_id)] ?? []);
      case 'save_check_in_sheet':
        return `check-in.${String(args.format)}`;
      default:
        throw new Error(`unexpected command ${cmd}`);
    }
  });

  return {
    goals,
    reflections,
    trash,
    about,
    drafts,
    settings,
    reviews,
    reminders,
    home,
    progress,
    share,
    feedback,
    preview,
    calls,
    failing,
    searchGone,
    lock,
    students,
    speech,
    callsOf: (cmd: keyof Commands) => calls.filter((c) => c.cmd === cmd).map((c) => c.args),
  };
}

export function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'goal-a',
    title: 'Join a walking group',
    why: '',
    life_area: 'learning',
    target_date: null,
    status: 'active',
    steps: [],
    created_at: '2026-11-01T10:00:00.000Z',
    updated_at: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

export function reflection(overrides: Partial<Reflection> = {}): Reflection {
  return {
    id: 'reflection-a',
    written_on: '2026-11-24',
    body: 'A calm morning at the library.',
    learned: '',
    how_it_went: '',
    try_next: '',
    feeling: 4,
    shareable: false,
    course_id: null,
    course_title: null,
    session_date: null,
    goal_id: null,
    goal_title: null,
    created_at: '2026-11-24T10:00:00.000Z',
    updated_at: '2026-11-24T10:00:00.000Z',
    ...overrides,
  };
}

/** A finished review from `day` (YYYY-MM-DD) with the given area ratings. */
export function review(id: string, day: string, ratings: Record<string, number>): ReviewDetail {
  return {
    review: {
      id,
      check_in: false,
      tutor_name: '',
      talked_about: '',
      went_well: '',
      whats_next: '',
      next_review_on: null,
      started_at: `${day}T10:00:00.000Z`,
      completed_at: `${day}T11:00:00.000Z`,
    },
    areas: Object.entries(ratings).map(([life_area, rating]) => ({ life_area, rating })),
    goals: [],
    suggestions: [],
  };
}

export { clearMocks };
