// Typed calls into the Rust shell. The types come from Rust (ts-rs, in
// ./bindings); never write them by hand here.
import { invoke } from '@tauri-apps/api/core';
import type { AppStatus } from './bindings/AppStatus';
import type { DisplaySettings } from './bindings/DisplaySettings';
import type { Course } from './bindings/Course';
import type { CourseDetail } from './bindings/CourseDetail';
import type { CourseFacets } from './bindings/CourseFacets';
import type { CourseQuery } from './bindings/CourseQuery';
import type { CourseRecord } from './bindings/CourseRecord';
import type { CourseChoice } from './bindings/CourseChoice';
import type { AttendanceState } from './bindings/AttendanceState';
import type { GoalCourse } from './bindings/GoalCourse';
import type { ImportSummary } from './bindings/ImportSummary';
import type { ProspectusPreview } from './bindings/ProspectusPreview';
import type { Goal } from './bindings/Goal';
import type { GoalInput } from './bindings/GoalInput';
import type { GoalStatus } from './bindings/GoalStatus';
import type { LifeArea } from './bindings/LifeArea';
import type { AboutMe } from './bindings/AboutMe';
import type { Support } from './bindings/Support';
import type { JournalPage } from './bindings/JournalPage';
import type { JournalQuery } from './bindings/JournalQuery';
import type { Reflection } from './bindings/Reflection';
import type { ReflectionInput } from './bindings/ReflectionInput';
import type { SearchPage } from './bindings/SearchPage';
import type { StepRemoved } from './bindings/StepRemoved';
import type { DeletedItem } from './bindings/DeletedItem';
import type { Restored } from './bindings/Restored';
import type { PlanInfo } from './bindings/PlanInfo';
import type { ShareChoice } from './bindings/ShareChoice';
import type { SharedPlan } from './bindings/SharedPlan';
import type { ShareLogEntry } from './bindings/ShareLogEntry';
import type { ExportFormat } from './bindings/ExportFormat';
import type { OpenedPlan } from './bindings/OpenedPlan';
import type { RecentShared } from './bindings/RecentShared';
import type { FeedbackDraft } from './bindings/FeedbackDraft';
import type { FeedbackSummary } from './bindings/FeedbackSummary';
import type { FeedbackDecision } from './bindings/FeedbackDecision';
import type { ReceivedFeedback } from './bindings/ReceivedFeedback';
import type { ItemKind } from './bindings/ItemKind';
import type { TargetKind } from './bindings/TargetKind';
import type { BackupInfo } from './bindings/BackupInfo';
import type { BackupPreview } from './bindings/BackupPreview';
import type { PlanCounts } from './bindings/PlanCounts';
import type { ReviewDetail } from './bindings/ReviewDetail';
import type { ReviewInput } from './bindings/ReviewInput';
import type { Decision } from './bindings/Decision';
import type { GoalWording } from './bindings/GoalWording';
import type { Home } from './bindings/Home';
import type { StoryEvent } from './bindings/StoryEvent';
import type { ProgressView } from './bindings/ProgressView';
import type { Reminders } from './bindings/Reminders';
import { saving } from './saving.svelte';

/** Calls a command that changes the plan, and keeps the "Saved" status honest. */
function write<T>(command: string, args: Record<string, unknown>): Promise<T> {
  return saving.track(invoke<T>(command, args));
}

export const api = {
  appStatus: () => invoke<AppStatus>('app_status'),
  /** The first screen can be used (for start-up measurements). */
  showWindow: () => invoke<null>('show_window'),
  uiReady: (marks: Record<string, number>) => invoke<null>('ui_ready', { marks }),
  lifeAreas: () => invoke<LifeArea[]>('list_life_areas'),

  goals: () => invoke<Goal[]>('list_goals'),
  goal: (id: string) => invoke<Goal>('get_goal', { id }),
  createGoal: (input: GoalInput) => write<Goal>('create_goal', { input }),
  updateGoal: (id: string, input: GoalInput) => write<Goal>('update_goal', { id, input }),
  setGoalStatus: (id: string, status: GoalStatus) => write<Goal>('set_goal_status', { id, status }),
  deleteGoal: (id: string) => write<string>('delete_goal', { id }),

  addStep: (goal_id: string, text: string) => write<Goal>('add_step', { goal_id, text }),
  editStep: (step_id: string, text: string) => write<Goal>('edit_step', { step_id, text }),
  setStepDone: (step_id: string, done: boolean) => write<Goal>('set_step_done', { step_id, done }),
  moveStep: (step_id: string, direction: 'up' | 'down') =>
    write<Goal>('move_step', { step_id, direction }),
  deleteStep: (step_id: string) => write<StepRemoved>('delete_step', { step_id }),

  draft: (key: string) => invoke<string | null>('get_draft', { key }),
  saveDraft: (key: string, body: string) => write<null>('save_draft', { key, body }),
  clearDraft: (key: string) => invoke<null>('clear_draft', { key }),

  displaySettings: () => invoke<DisplaySettings>('get_display_settings'),
  setDisplaySettings: (settings: DisplaySettings) =>
    write<DisplaySettings>('set_display_settings', { settings }),

  previewProspectusFile: () => invoke<ProspectusPreview | null>('preview_prospectus_file'),
  previewSampleProspectus: (language: string) =>
    invoke<ProspectusPreview>('preview_sample_prospectus', { language }),
  confirmProspectusImport: () => write<ImportSummary>('confirm_prospectus_import', {}),
  cancelProspectusImport: () => invoke<null>('cancel_prospectus_import'),
  courses: (query: CourseQuery) => invoke<Course[]>('list_courses', { query }),
  courseFacets: () => invoke<CourseFacets>('course_facets'),
  course: (id: string) => invoke<CourseDetail>('get_course', { id }),
  addOwnCourse: (details: CourseRecord) => write<Course>('add_own_course', { details }),
  setCourseChoice: (id: string, choice: CourseChoice | null) =>
    write<CourseDetail>('set_course_choice', { id, choice }),
  linkCourse: (goal_id: string, course_id: string, why: string) =>
    write<CourseDetail>('link_course', { goal_id, course_id, why }),
  unlinkCourse: (goal_id: string, course_id: string) =>
    write<CourseDetail>('unlink_course', { goal_id, course_id }),
  goalCourses: (goal_id: string) => invoke<GoalCourse[]>('list_goal_courses', { goal_id }),
  recordAttendance: (course_id: string, session_date: string, attendance: AttendanceState, note: string) =>
    write<CourseDetail>('record_attendance', { course_id, session_date, attendance, note }),

  aboutMe: () => invoke<AboutMe>('get_about_me'),
  saveAboutMe: (about: AboutMe) => write<AboutMe>('save_about_me', { about }),
  supports: () => invoke<Support[]>('list_supports'),
  journal: (query: JournalQuery) => invoke<JournalPage>('list_reflections', { query }),
  reflection: (id: string) => invoke<Reflection>('get_reflection', { id }),
  createReflection: (input: ReflectionInput) => write<Reflection>('create_reflection', { input }),
  updateReflection: (id: string, input: ReflectionInput) =>
    write<Reflection>('update_reflection', { id, input }),
  deleteReflection: (id: string) => write<string>('delete_reflection', { id }),
  deleteCourse: (id: string) => write<string>('delete_course', { id }),
  deleted: () => invoke<DeletedItem[]>('list_deleted'),
  restoreDeleted: (id: string) => write<Restored>('restore_deleted', { id }),
  search: (text: string, offset = 0) => invoke<SearchPage>('search_plan', { text, offset }),

  planInfo: () => invoke<PlanInfo>('plan_info'),
  backups: () => invoke<BackupInfo[]>('list_backups'),
  previewBackup: (file_name: string) => invoke<BackupPreview>('preview_backup', { file_name }),
  restoreBackup: (file_name: string) => write<PlanCounts>('restore_backup', { file_name }),
  backUpNow: () => write<string | null>('back_up_now', {}),
  openPlanFolder: () => invoke<null>('open_plan_folder'),
  checkPlan: () => invoke<null>('check_plan'),
  replaceDamagedPlan: () => invoke<string>('replace_damaged_plan'),

  startReview: (check_in: boolean) => write<ReviewDetail>('start_review', { check_in }),
  review: (id: string) => invoke<ReviewDetail>('get_review', { id }),
  saveReview: (id: string, input: ReviewInput) => write<ReviewDetail>('save_review', { id, input }),
  rateArea: (review_id: string, life_area: string, rating: number | null) =>
    write<ReviewDetail>('rate_area', { review_id, life_area, rating }),
  reviewGoal: (review_id: string, goal_id: string, progress: string, attainment: number | null, decision: Decision | null) =>
    write<ReviewDetail>('review_goal', { review_id, goal_id, progress, attainment, decision }),
  changeGoalAtReview: (review_id: string, goal_id: string, input: GoalInput) =>
    write<ReviewDetail>('change_goal_at_review', { review_id, goal_id, input }),
  goalHistory: (goal_id: string) => invoke<GoalWording[]>('goal_history', { goal_id }),
  addSuggestion: (review_id: string, text: string) => write<ReviewDetail>('add_suggestion', { review_id, text }),
  takeOnSuggestion: (suggestion_id: string, goal_id: string | null) =>
    write<ReviewDetail>('take_on_suggestion', { suggestion_id, goal_id }),
  completeReview: (id: string) => write<ReviewDetail>('complete_review', { id }),

  home: () => invoke<Home>('get_home'),
  goalStory: (goal_id: string) => invoke<StoryEvent[]>('goal_story', { goal_id }),
  progressView: (compare_with: string | null) => invoke<ProgressView>('progress_view', { compare_with }),
  reminders: () => invoke<Reminders>('get_reminders'),
  setReminders: (reminders: Reminders) => write<Reminders>('set_reminders', { reminders }),
  /** Rust shows it only if the student turned reminders on and the day has come. */
  remindReviewDue: (title: string, body: string) => invoke<boolean>('remind_review_due', { title, body }),
  shareChoice: () => invoke<ShareChoice>('get_share_choice'),
  setShareChoice: (choice: ShareChoice) => invoke<ShareChoice>('set_share_choice', { choice }),
  sharePreview: (choice: ShareChoice) => invoke<SharedPlan>('share_preview', { choice }),
  shareLog: () => invoke<ShareLogEntry[]>('share_log'),
  /** Opens the save dialog in Rust; `null` when the student closed it. */
  exportPlan: (format: ExportFormat, choice: ShareChoice, tutor_name: string, language: string) =>
    invoke<ShareLogEntry | null>('export_plan', { format, choice, tutor_name, language }),
  /** Opens someone's shared plan to read; `null` when the dialog was closed. */
  openSharedPlan: () => invoke<OpenedPlan | null>('open_shared_plan'),
  /** The plan file Waymark was started with or handed, once. */
  takeOpenedPlan: () => invoke<OpenedPlan | null>('take_opened_plan'),
  recentShared: () => invoke<RecentShared>('get_recent_shared'),
  setKeepRecentShared: (keep: boolean) => invoke<RecentShared>('set_keep_recent_shared', { keep }),
  openRecentShared: (path: string) => invoke<OpenedPlan>('open_recent_shared', { path }),
  /** Opens the file dialog in Rust; `null` when the student closed it. */
  movePlanIn: () => invoke<PlanCounts | null>('move_plan_in'),
  /** Forgets the plan read in tutor review mode. */
  closeSharedPlan: () => invoke<null>('close_shared_plan'),
  tutorOwnName: () => invoke<string>('get_tutor_own_name'),
  setTutorOwnName: (name: string) => write<string>('set_tutor_own_name', { name }),
  /** The tutor's feedback so far, on the plan being read. */
  feedbackDraft: () => invoke<FeedbackDraft>('feedback_draft'),
  addFeedback: (about_kind: TargetKind, about_id: string, kind: ItemKind, text: string) =>
    write<FeedbackDraft>('add_feedback', { about_kind, about_id, kind, text }),
  removeFeedback: (item_id: string) => write<FeedbackDraft>('remove_feedback', { item_id }),
  /** Opens the save dialog in Rust; the file's name, or `null` when closed. */
  saveFeedback: () => invoke<string | null>('save_feedback'),
  /** Opens the file dialog in Rust; `null` when the student closed it. */
  openFeedback: () => write<ReceivedFeedback | null>('open_feedback', {}),
  /** A feedback file Waymark was started with or handed, once. */
  takeOpenedFeedback: () => write<ReceivedFeedback | null>('take_opened_feedback', {}),
  receivedFeedback: (review_id: string) => invoke<ReceivedFeedback>('received_feedback', { review_id }),
  feedbackReceived: () => invoke<FeedbackSummary[]>('feedback_received'),
  decideFeedback: (item_id: string, decision: FeedbackDecision, goal_id: string | null) =>
    write<ReceivedFeedback>('decide_feedback', { item_id, decision, goal_id }),
};
