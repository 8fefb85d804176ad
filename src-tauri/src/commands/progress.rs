//! Home and the progress view: thin adapters over `waymark_core::plan::progress`.

use tauri::{AppHandle, State};
use tauri_plugin_notification::NotificationExt;
use waymark_core::plan::progress::{Home, ProgressView, StoryEvent};
use waymark_core::store::settings::Reminders;

use crate::api_error::Answer;
use crate::AppState;

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

#[tauri::command(async)]
pub fn get_home(state: State<'_, AppState>) -> Answer<Home> {
    state.with_store(|store| store.home(today()))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn goal_story(state: State<'_, AppState>, goal_id: String) -> Answer<Vec<StoryEvent>> {
    state.with_store(|store| store.goal_story(&goal_id))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn progress_view(
    state: State<'_, AppState>,
    compare_with: Option<String>,
) -> Answer<ProgressView> {
    state.with_store(|store| store.progress_view(compare_with.as_deref()))
}

#[tauri::command(async)]
pub fn get_reminders(state: State<'_, AppState>) -> Answer<Reminders> {
    state.with_store(|store| store.reminders())
}

#[tauri::command(async)]
pub fn set_reminders(state: State<'_, AppState>, reminders: Reminders) -> Answer<Reminders> {
    state.with_store(|store| store.set_reminders(reminders))
}

/// Shows "your review is due" as a desktop notification, in the words the page
/// gives, but only if the student turned it on and the day has come. Returns
/// whether it was shown.
#[tauri::command(async)]
pub fn remind_review_due(
    app: AppHandle,
    state: State<'_, AppState>,
    title: String,
    body: String,
) -> Answer<bool> {
    let words = state.with_store(|store| store.review_reminder(&title, &body, today()))?;
    let Some((title, body)) = words else {
        return Ok(false);
    };
    // No notification service (a bare session, a test) is not the student's
    // problem: the home screen shows the same.
    let shown = app
        .notification()
        .builder()
        .title(title)
        .body(body)
        .show()
        .is_ok();
    Ok(shown)
}
