// Typed calls into the Rust shell. Every command's name, arguments and answer
// come from Rust (./bindings/commands.ts, written from the #[tauri::command]s
// by a test), so a wrong name or argument fails the type check here; the types
// come from ts-rs (./bindings). Never write them by hand. A command that opens
// a native dialog is given the language its file types are named in.
import { Channel, invoke } from '@tauri-apps/api/core';
import type { Commands } from './bindings/commands';
import type { AboutMe } from './bindings/AboutMe';
import type { AttendanceState } from './bindings/AttendanceState';
import type { CalendarChoice } from './bindings/CalendarChoice';
import type { CourseChoice } from './bindings/CourseChoice';
import type { CourseQuery } from './bindings/CourseQuery';
import type { CourseRecord } from './bindings/CourseRecord';
import type { Decision } from './bindings/Decision';
import type { Direction } from './bindings/Direction';
import type { DisplaySettings } from './bindings/DisplaySettings';
import type { ExportFormat } from './bindings/ExportFormat';
import type { FeedbackDecision } from './bindings/FeedbackDecision';
import type { GoalInput } from './bindings/GoalInput';
import type { GoalStatus } from './bindings/GoalStatus';
import type { ItemKind } from './bindings/ItemKind';
import type { JournalQuery } from './bindings/JournalQuery';
import type { PrintChoice } from './bindings/PrintChoice';
import type { ReadAloudSettings } from './bindings/ReadAloudSettings';
import type { ReadingEvent } from './bindings/ReadingEvent';
import type { ReflectionInput } from './bindings/ReflectionInput';
import type { LockSettings } from './bindings/LockSettings';
import type { Reminders } from './bindings/Reminders';
import type { ReviewInput } from './bindings/ReviewInput';
import type { ShareChoice } from './bindings/ShareChoice';
import type { SheetFormat } from './bindings/SheetFormat';
import type { TargetKind } from './bindings/TargetKind';
import { i18n } from './i18n.svelte';
import { saving } from './saving.svelte';

type Command = keyof Commands;
type Args<C extends Command> = Commands[C]['args'];
type Answer<C extends Command> = Promise<Commands[C]['answer']>;
/** A command's arguments: none for a command that takes none. */
type ArgList<C extends Command> = Args<C> extends Record<string, never> ? [] : [Args<C>];

/** Calls a command that only reads. */
function call<C extends Command>(command: C, ...args: ArgList<C>): Answer<C> {
  return invoke(command, args[0]);
}

/** Calls a command that changes the plan, and keeps the "Saved" status honest. */
function write<C extends Command>(command: C, ...args: ArgList<C>): Answer<C> {
  return saving.track(invoke(command, args[0]));
}

export const api = {
  appStatus: () => call('app_status'),
  /** The first screen can be used (for start-up measurements). */
  showWindow: () => call('show_window'),
  uiReady: (marks: Record<string, number>) => call('ui_ready', { marks }),
  lifeAreas: () => call('list_life_areas'),

  goals: () => call('list_goals'),
  goal: (id: string) => call('get_goal', { id }),
  createGoal: (input: GoalInput) => write('create_goal', { input }),
  updateGoal: (id: string, input: GoalInput) => write('update_goal', { id, input }),
  setGoalStatus: (id: string, status: GoalStatus) => write('set_goal_status', { id, status }),
  deleteGoal: (id: string) => write('delete_goal', { id }),

  addStep: (goal_id: string, text: string) => write('add_step', { goal_id, text }),
  editStep: (step_id: string, text: string) => write('edit_step', { step_id, text }),
  setStepDone: (step_id: string, done: boolean) => write('set_step_done', { step_id, done }),
  moveStep: (step_id: string, direction: Direction) =>
    write('move_step', { step_id, direction }),
  deleteStep: (step_id: string) => write('delete_step', { step_id }),

  draft: (key: string) => call('get_draft', { key }),
  saveDraft: (key: string, body: string) => write('save_draft', { key, body }),
  clearDraft: (key: string) => call('clear_draft', { key }),

  displaySettings: () => call('get_display_settings'),
  setDisplaySettings: (settings: DisplaySettings) =>
    write('set_display_settings', { settings }),

  previewProspectusFile: () => call('preview_prospectus_file', { language: i18n.locale }),
  previewSampleProspectus: (language: string) =>
    call('preview_sample_prospectus', { language }),
  confirmProspectusImport: () => write('confirm_prospectus_import'),
  cancelProspectusImport: () => call('cancel_prospectus_import'),
  courses: (query: CourseQuery) => call('list_courses', { query }),
  courseFacets: () => call('course_facets'),
  course: (id: string) => call('get_course', { id }),
  addOwnCourse: (details: CourseRecord) => write('add_own_course', { details }),
  setCourseChoice: (id: string, choice: CourseChoice | null) =>
    write('set_course_choice', { id, choice }),
  linkCourse: (goal_id: string, course_id: string, why: string) =>
    write('link_course', { goal_id, course_id, why }),
  unlinkCourse: (goal_id: string, course_id: string) =>
    write('unlink_course', { goal_id, course_id }),
  goalCourses: (goal_id: string) => call('list_goal_courses', { goal_id }),
  recordAttendance: (course_id: string, session_date: string, attendance: AttendanceState, note: string) =>
    write('record_attendance', { course_id, session_date, attendance, note }),

  aboutMe: () => call('get_about_me'),
  saveAboutMe: (about: AboutMe) => write('save_about_me', { about }),
  supports: () => call('list_supports'),
  journal: (query: JournalQuery) => call('list_reflections', { query }),
  reflection: (id: string) => call('get_reflection', { id }),
  createReflection: (input: ReflectionInput) => write('create_reflection', { input }),
  updateReflection: (id: string, input: ReflectionInput) =>
    write('update_reflection', { id, input }),
  deleteReflection: (id: string) => write('delete_reflection', { id }),
  deleteCourse: (id: string) => write('delete_course', { id }),
  deleted: () => call('list_deleted'),
  restoreDeleted: (id: string) => write('restore_deleted', { id }),
  search: (text: string, offset = 0) => call('search_plan', { text, offset }),

  planInfo: () => call('plan_info'),
  backups: () => call('list_backups'),
  previewBackup: (file_name: string) => call('preview_backup', { file_name }),
  restoreBackup: (file_name: string) => write('restore_backup', { file_name }),
  restoreBackupAndLockIt: (file_name: string) => write('restore_backup_and_lock_it', { file_name }),
  backUpNow: () => write('back_up_now', { language: i18n.locale }),
  openPlanFolder: () => call('open_plan_folder'),
  checkPlan: () => call('check_plan'),
  replaceDamagedPlan: () => call('replace_damaged_plan'),

  startReview: (check_in: boolean) => write('start_review', { check_in }),
  review: (id: string) => call('get_review', { id }),
  saveReview: (id: string, input: ReviewInput) => write('save_review', { id, input }),
  rateArea: (review_id: string, life_area: string, rating: number | null) =>
    write('rate_area', { review_id, life_area, rating }),
  reviewGoal: (review_id: string, goal_id: string, progress: string, attainment: number | null, decision: Decision | null) =>
    write('review_goal', { review_id, goal_id, progress, attainment, decision }),
  changeGoalAtReview: (review_id: string, goal_id: string, input: GoalInput) =>
    write('change_goal_at_review', { review_id, goal_id, input }),
  goalHistory: (goal_id: string) => call('goal_history', { goal_id }),
  addSuggestion: (review_id: string, text: string) => write('add_suggestion', { review_id, text }),
  takeOnSuggestion: (suggestion_id: string, goal_id: string | null) =>
    write('take_on_suggestion', { suggestion_id, goal_id }),
  completeReview: (id: string) => write('complete_review', { id }),

  home: () => call('get_home'),
  /** "Add to my calendar": what the file would hold, then the save. */
  calendarOffer: () => call('calendar_offer'),
  saveCalendar: (choice: CalendarChoice) => call('save_calendar', { choice, language: i18n.locale }),
  /** Print my plan: saved as a large-print PDF, then opened to print. */
  savePrintedPlan: (choice: PrintChoice) => call('save_printed_plan', { choice, language: i18n.locale }),
  openPrintedPlan: () => call('open_printed_plan'),
  /** "Read this to me": the laptop's voice reads the blocks, telling `onEvent`
   *  as each sentence begins; the answer says where each sentence is. */
  speechStatus: () => call('speech_status'),
  readAloud: (blocks: string[], onEvent: (event: ReadingEvent) => void) => {
    const channel = new Channel<ReadingEvent>();
    channel.onmessage = onEvent;
    return call('read_aloud', { blocks, language: i18n.locale, onEvent: channel });
  },
  stopReading: () => call('stop_reading'),
  readAloudSettings: () => call('get_read_aloud_settings'),
  setReadAloudSettings: (settings: ReadAloudSettings) => write('set_read_aloud_settings', { settings }),
  goalStory: (goal_id: string) => call('goal_story', { goal_id }),
  progressView: (compare_with: string | null) => call('progress_view', { compare_with }),
  reminders: () => call('get_reminders'),
  setReminders: (reminders: Reminders) => write('set_reminders', { reminders }),
  /** Rust shows it only if the student turned reminders on and the day has come. */
  remindReviewDue: (title: string, body: string) => call('remind_review_due', { title, body }),
  shareChoice: () => call('get_share_choice'),
  setShareChoice: (choice: ShareChoice) => call('set_share_choice', { choice }),
  sharePreview: (choice: ShareChoice) => call('share_preview', { choice }),
  shareLog: () => call('share_log'),
  /** Opens the save dialog in Rust; `null` when the student closed it. */
  exportPlan: (
    format: ExportFormat,
    choice: ShareChoice,
    tutor_name: string,
    language: string,
    passphrase: string | null = null,
  ) => call('export_plan', { format, choice, tutor_name, language, passphrase }),
  suggestPassphrase: () => call('suggest_passphrase', { language: i18n.locale }),
  /** Shows the file saved last from Share in the file manager. */
  showSavedFile: () => call('show_saved_file'),
  /** Opens someone's shared plan to read; `null` when the dialog was closed. */
  openSharedPlan: (passphrase: string | null = null) =>
    call('open_shared_plan', { language: i18n.locale, passphrase }),
  /** The plan file Waymark was started with or handed, once. */
  takeOpenedPlan: () => call('take_opened_plan'),
  recentShared: () => call('get_recent_shared'),
  setKeepRecentShared: (keep: boolean) => call('set_keep_recent_shared', { keep }),
  openRecentShared: (path: string, passphrase: string | null = null) =>
    call('open_recent_shared', { path, passphrase }),
  /** Opens the file dialog in Rust; `null` when the student closed it. */
  movePlanIn: (passphrase: string | null = null) => call('move_plan_in', { language: i18n.locale, passphrase }),
  /** Where to find support: the contacts the college's prospectus gave. */
  supportContacts: () => call('support_contacts'),
  lockStatus: () => call('lock_status'),
  /** A new recovery code for the sheet; nothing is locked yet. */
  beginLock: () => call('begin_lock'),
  pendingRecoveryCode: () => call('pending_recovery_code'),
  /** The recovery sheet as a PDF, where the student chooses. */
  saveRecoverySheet: (language: string) => call('save_recovery_sheet', { language }),
  finishLock: (code: string, password: string) => call('finish_lock', { code, password }),
  lockNow: () => call('lock_now'),
  unlock: (password: string) => call('unlock', { password }),
  unlockWithRecoveryCode: (code: string, new_password: string) =>
    call('unlock_with_recovery_code', { code, new_password }),
  beginNewSheet: (password: string) => call('begin_new_sheet', { password }),
  finishNewSheet: (code: string) => call('finish_new_sheet', { code }),
  changePassword: (current: string, next: string) => call('change_password', { current, new: next }),
  turnLockOff: (password: string) => call('turn_lock_off', { password }),
  lockSettings: () => call('get_lock_settings'),
  setLockSettings: (settings: LockSettings) => write('set_lock_settings', { settings }),
  welcomeSeen: () => call('get_welcome_seen'),
  setWelcomeSeen: (seen: boolean) => call('set_welcome_seen', { seen }),
  /** Forgets the plan read in tutor review mode. */
  closeSharedPlan: () => call('close_shared_plan'),
  tutorOwnName: () => call('get_tutor_own_name'),
  setTutorOwnName: (name: string) => write('set_tutor_own_name', { name }),
  /** The tutor's feedback so far, on the plan being read. */
  feedbackDraft: () => call('feedback_draft'),
  addFeedback: (about_kind: TargetKind, about_id: string, kind: ItemKind, text: string) =>
    write('add_feedback', { about_kind, about_id, kind, text }),
  removeFeedback: (item_id: string) => write('remove_feedback', { item_id }),
  /** Opens the save dialog in Rust; the file's name, or `null` when closed. */
  saveFeedback: (passphrase: string | null = null) =>
    call('save_feedback', { language: i18n.locale, passphrase }),
  /** Opens the file dialog in Rust; `null` when the student closed it. */
  openFeedback: (passphrase: string | null = null) =>
    write('open_feedback', { language: i18n.locale, passphrase }),
  /** A feedback file Waymark was started with or handed, once. */
  takeOpenedFeedback: () => write('take_opened_feedback'),
  receivedFeedback: (review_id: string) => call('received_feedback', { review_id }),
  feedbackReceived: () => call('feedback_received'),
  decideFeedback: (item_id: string, decision: FeedbackDecision, goal_id: string | null) =>
    write('decide_feedback', { item_id, decision, goal_id }),

  /** My students: the plans a tutor keeps (only in a locked Waymark). */
  studentsSettings: () => call('students_settings'),
  setKeepStudents: (keep: boolean) => write('set_keep_students', { keep }),
  setForgetAfter: (months: number) => write('set_forget_after', { months }),
  students: () => call('list_students'),
  studentsToForgetSoon: () => call('students_to_forget_soon'),
  studentVersions: (plan_id: string) => call('student_versions', { plan_id }),
  studentChanges: (plan_id: string, since: string, until: string) =>
    call('student_changes', { plan_id, since, until }),
  feedbackHistory: (plan_id: string) => call('feedback_history', { plan_id }),
  /** The check-in sheet saved where the tutor chooses; `null` when the dialog was closed. */
  saveCheckInSheet: (plan_id: string, format: SheetFormat) =>
    call('save_check_in_sheet', { plan_id, format, language: i18n.locale }),
  /** Opens a kept version in tutor review mode. */
  openKeptPlan: (plan_id: string, exported_at: string) => call('open_kept_plan', { plan_id, exported_at }),
  keepSharedPlan: () => write('keep_shared_plan'),
  forgetStudent: (plan_id: string) => write('forget_student', { plan_id }),
  /** Several files chosen at once, or a folder; `null` when the dialog was closed. */
  bringInPlans: (folder: boolean) => write('bring_in_plans', { language: i18n.locale, folder }),
  phrases: () => call('list_phrases'),
  addPhrase: (text: string) => write('add_phrase', { text }),
  editPhrase: (id: string, text: string) => write('edit_phrase', { id, text }),
  removePhrase: (id: string) => write('remove_phrase', { id }),
  exportPhrases: () => call('export_phrases', { language: i18n.locale }),
  importPhrases: () => write('import_phrases', { language: i18n.locale }),
};
