//! Tutor feedback by file: thin adapters over `waymark_core::share::feedback`. The
//! tutor writes it beside the plan they are reading (kept in `AppState`); the
//! student opens the file and decides on each item.

use tauri::{AppHandle, Runtime, State};
use waymark_core::files::feedback_file::{self, ItemKind, TargetKind};
use waymark_core::files::plan_file::OpenedPlan;
use waymark_core::share::feedback::{
    FeedbackDecision, FeedbackDraft, FeedbackSummary, ReceivedFeedback,
};
use waymark_core::Error;

use crate::api_error::Answer;
use crate::{dialogs, AppState};

/// The plan being read in tutor review mode.
pub(super) fn reading(state: &AppState) -> Answer<OpenedPlan> {
    let reading = state.reading.lock().ok().and_then(|r| r.clone());
    reading.ok_or_else(|| Error::NotFound("plan").into())
}

#[tauri::command(async)]
pub fn close_shared_plan(state: State<'_, AppState>) {
    if let Ok(mut reading) = state.reading.lock() {
        *reading = None;
    }
}

#[tauri::command(async)]
pub fn get_tutor_own_name(state: State<'_, AppState>) -> Answer<String> {
    state.with_store(|store| store.tutor_own_name())
}

#[tauri::command(async)]
pub fn set_tutor_own_name(state: State<'_, AppState>, name: String) -> Answer<String> {
    state.with_store(|store| store.set_tutor_own_name(&name))
}

#[tauri::command(async)]
pub fn feedback_draft(state: State<'_, AppState>) -> Answer<FeedbackDraft> {
    let plan = reading(&state)?;
    state.with_store(|store| store.feedback_draft(&plan))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn add_feedback(
    state: State<'_, AppState>,
    about_kind: TargetKind,
    about_id: String,
    kind: ItemKind,
    text: String,
) -> Answer<FeedbackDraft> {
    let plan = reading(&state)?;
    state.with_store(|store| store.add_feedback(&plan, about_kind, &about_id, kind, &text))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn remove_feedback(state: State<'_, AppState>, item_id: String) -> Answer<FeedbackDraft> {
    let plan = reading(&state)?;
    state.with_store(|store| store.remove_feedback(&plan, &item_id))
}

/// Saves the tutor's feedback where they choose. The file's name, or `None`
/// if the dialog was closed.
#[tauri::command(async)]
pub fn save_feedback<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    language: String,
    passphrase: Option<String>,
) -> Answer<Option<String>> {
    let seal = super::sealed::typed(passphrase.as_deref())?;
    let plan = reading(&state)?;
    let file = state
        .with_store(|store| store.feedback_file(&plan, &app.package_info().version.to_string()))?;
    let suggested = feedback_file::suggested_name(&plan.plan.name, &file.written_at);
    let Some(path) = dialogs::save(&app, &suggested, dialogs::FEEDBACK_FILE, &language) else {
        return Ok(None);
    };
    file.write_to(&path, seal.as_ref())?;
    // Kept to follow what the student decides (only among My students).
    state.with_store(|store| store.note_feedback_sent(&file))?;
    Ok(path.file_name().map(|n| n.to_string_lossy().into_owned()))
}

/// The student opens a feedback file: it is received into the check-in
/// record, waiting for their decisions. `None` if the dialog was closed.
#[tauri::command(async)]
pub fn open_feedback<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    language: String,
    passphrase: Option<String>,
) -> Answer<Option<ReceivedFeedback>> {
    let passphrase = super::sealed::typed(passphrase.as_deref())?;
    let Some(path) = super::sealed::to_open(&state, &passphrase, || {
        dialogs::pick(&app, dialogs::FEEDBACK_FILE, &language)
    }) else {
        return Ok(None);
    };
    let file = super::sealed::read_chosen(
        &state,
        &path,
        passphrase.as_ref(),
        feedback_file::read_feedback_file,
    )?;
    state
        .with_store(|store| store.receive_feedback(&file))
        .map(Some)
}

/// A feedback file Waymark was started with (double-clicked) or handed by a
/// second start, received like one opened on the Share screen; once.
#[tauri::command(async)]
pub fn take_opened_feedback(state: State<'_, AppState>) -> Answer<Option<ReceivedFeedback>> {
    let Some(path) = super::share::take_opened(&state, &[feedback_file::EXTENSION]) else {
        return Ok(None);
    };
    let file = super::sealed::read_chosen(&state, &path, None, feedback_file::read_feedback_file)?;
    state
        .with_store(|store| store.receive_feedback(&file))
        .map(Some)
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn received_feedback(
    state: State<'_, AppState>,
    review_id: String,
) -> Answer<ReceivedFeedback> {
    state.with_store(|store| store.received_feedback(&review_id))
}

#[tauri::command(async)]
pub fn feedback_received(state: State<'_, AppState>) -> Answer<Vec<FeedbackSummary>> {
    state.with_store(|store| store.feedback_received())
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn decide_feedback(
    state: State<'_, AppState>,
    item_id: String,
    decision: FeedbackDecision,
    goal_id: Option<String>,
) -> Answer<ReceivedFeedback> {
    state.with_store(|store| store.decide_feedback(&item_id, decision, goal_id.as_deref()))
}
