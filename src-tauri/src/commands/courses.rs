use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;
use waymark_core::files::prospectus::{self, ProspectusPreview};
use waymark_core::plan::courses::{AttendanceState, CourseChoice, CourseRecord};
use waymark_core::plan::courses::{Course, CourseDetail, CourseQuery, ImportSummary};

use crate::api_error::Answer;
use crate::{dialogs, ApiError, AppState};

/// The catalogue never sends more than this many courses at once.
const CATALOGUE_LIMIT: usize = 500;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CourseFacets {
    pub categories: Vec<String>,
    pub terms: Vec<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct GoalCourse {
    pub course: Course,
    pub why: String,
}

fn hold(state: &AppState, preview: ProspectusPreview) -> ProspectusPreview {
    if let Ok(mut pending) = state.pending_import.lock() {
        *pending = Some(preview.clone());
    }
    preview
}

/// Opens the native file dialog; the file is read and shown, not yet imported.
/// `None` when the student closes the dialog.
#[tauri::command(async)]
pub fn preview_prospectus_file<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    language: String,
) -> Answer<Option<ProspectusPreview>> {
    let Some(path) = dialogs::pick(&app, dialogs::PROSPECTUS, &language) else {
        return Ok(None);
    };
    Ok(Some(hold(&state, prospectus::read_file(&path)?)))
}

/// The fictional sample prospectus that ships with Waymark, in `en` or `de`.
#[tauri::command(async)]
pub fn preview_sample_prospectus(
    state: State<'_, AppState>,
    language: String,
) -> Answer<ProspectusPreview> {
    Ok(hold(&state, prospectus::sample(&language)?))
}

/// Imports the prospectus the student has just seen.
#[tauri::command(async)]
pub fn confirm_prospectus_import(state: State<'_, AppState>) -> Answer<ImportSummary> {
    let pending = state.pending_import.lock().ok().and_then(|mut p| p.take());
    let preview =
        pending.ok_or_else(|| ApiError::from(waymark_core::Error::NotFound("prospectus")))?;
    state.with_store(|store| store.import_prospectus_preview(&preview))
}

#[tauri::command(async)]
pub fn cancel_prospectus_import(state: State<'_, AppState>) {
    if let Ok(mut pending) = state.pending_import.lock() {
        *pending = None;
    }
}

#[tauri::command(async)]
pub fn list_courses(state: State<'_, AppState>, query: CourseQuery) -> Answer<Vec<Course>> {
    state.with_store(|store| store.courses(&query, CATALOGUE_LIMIT))
}

#[tauri::command(async)]
pub fn course_facets(state: State<'_, AppState>) -> Answer<CourseFacets> {
    state.with_store(|store| {
        let (categories, terms) = store.course_facets()?;
        Ok(CourseFacets { categories, terms })
    })
}

#[tauri::command(async)]
pub fn get_course(state: State<'_, AppState>, id: String) -> Answer<CourseDetail> {
    state.with_store(|store| store.course(&id))
}

#[tauri::command(async)]
pub fn add_own_course(state: State<'_, AppState>, details: CourseRecord) -> Answer<Course> {
    state.with_store(|store| store.add_own_course(&details))
}

#[tauri::command(async)]
pub fn set_course_choice(
    state: State<'_, AppState>,
    id: String,
    choice: Option<CourseChoice>,
) -> Answer<CourseDetail> {
    state.with_store(|store| store.set_course_choice(&id, choice))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn link_course(
    state: State<'_, AppState>,
    goal_id: String,
    course_id: String,
    why: String,
) -> Answer<CourseDetail> {
    state.with_store(|store| store.link_course(&goal_id, &course_id, &why))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn unlink_course(
    state: State<'_, AppState>,
    goal_id: String,
    course_id: String,
) -> Answer<CourseDetail> {
    state.with_store(|store| store.unlink_course(&goal_id, &course_id))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn list_goal_courses(state: State<'_, AppState>, goal_id: String) -> Answer<Vec<GoalCourse>> {
    state.with_store(|store| {
        Ok(store
            .goal_courses(&goal_id)?
            .into_iter()
            .map(|(course, why)| GoalCourse { course, why })
            .collect())
    })
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn record_attendance(
    state: State<'_, AppState>,
    course_id: String,
    session_date: String,
    attendance: AttendanceState,
    note: String,
) -> Answer<CourseDetail> {
    state.with_store(|store| store.record_attendance(&course_id, &session_date, attendance, &note))
}

#[tauri::command(async)]
pub fn delete_course(state: State<'_, AppState>, id: String) -> Answer<String> {
    state.with_store(|store| store.delete_course(&id))
}
