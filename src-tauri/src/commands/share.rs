//! Sharing with a tutor, and tutor review mode: thin adapters over
//! `waymark_core::share`. Files are chosen in native dialogs opened from Rust;
//! tests name the file instead (see `TEST_SAVE_FILE_ENV`, `TEST_OPEN_FILE_ENV`).

use std::path::PathBuf;

use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use waymark_core::share::{self, ExportFormat, OpenedPlan, ShareChoice, ShareLogEntry, SharedPlan};

use super::courses::TEST_OPEN_FILE_ENV;
use super::plan::TEST_SAVE_FILE_ENV;
use crate::{ApiError, AppState};

type Answer<T> = Result<T, ApiError>;

#[tauri::command(async)]
pub fn get_share_choice(state: State<'_, AppState>) -> Answer<ShareChoice> {
    state.with_store(|store| store.share_choice())
}

#[tauri::command(async)]
pub fn set_share_choice(state: State<'_, AppState>, choice: ShareChoice) -> Answer<ShareChoice> {
    state.with_store(|store| store.set_share_choice(&choice))
}

/// Exactly what the tutor will see, before anything is written.
#[tauri::command(async)]
pub fn share_preview(state: State<'_, AppState>, choice: ShareChoice) -> Answer<SharedPlan> {
    state.with_store(|store| store.shared_plan(&choice))
}

#[tauri::command(async)]
pub fn share_log(state: State<'_, AppState>) -> Answer<Vec<ShareLogEntry>> {
    state.with_store(|store| store.share_log())
}

/// Saves the tutor pack or a plan file where the student chooses. `None` if
/// the dialog was closed.
#[tauri::command(async, rename_all = "snake_case")]
pub fn export_plan<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    format: ExportFormat,
    choice: ShareChoice,
    tutor_name: String,
    language: String,
) -> Answer<Option<ShareLogEntry>> {
    let name = state.with_store(|store| Ok(store.about_me()?.preferred_name))?;
    let suggested =
        format.suggested_name(&name, &chrono::Local::now().format("%Y-%m-%d").to_string());
    let Some(path) = save_path(&app, &suggested, format.extension()) else {
        return Ok(None);
    };
    let version = app.package_info().version.to_string();
    state
        .with_store(|store| {
            store.export_to(format, &choice, &tutor_name, &path, &language, &version)
        })
        .map(Some)
}

/// Opens someone's `.waymark` file to read, in tutor review mode. It is
/// never mixed into this Waymark's own plan. `None` if the dialog was closed.
#[tauri::command(async)]
pub fn open_shared_plan<R: Runtime>(app: AppHandle<R>) -> Answer<Option<OpenedPlan>> {
    let Some(path) = open_path(&app) else {
        return Ok(None);
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Some(share::read_plan_file(&path)?.opened(&name)))
}

fn save_path<R: Runtime>(app: &AppHandle<R>, suggested: &str, extension: &str) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(TEST_SAVE_FILE_ENV) {
        return Some(PathBuf::from(path).with_extension(extension));
    }
    app.dialog()
        .file()
        .set_file_name(suggested)
        .add_filter(extension, &[extension])
        .blocking_save_file()
        .and_then(|file| file.into_path().ok())
}

fn open_path<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(TEST_OPEN_FILE_ENV) {
        return Some(PathBuf::from(path));
    }
    app.dialog()
        .file()
        .add_filter("Waymark plan", &["waymark"])
        .blocking_pick_file()
        .and_then(|file| file.into_path().ok())
}
