//! Your plan, plainly: where it is kept, backups and restoring one, checking it
//! for damage, and putting a damaged plan aside for the newest good backup.

use std::path::PathBuf;

use tauri::{AppHandle, Runtime, State};
use tauri_plugin_opener::OpenerExt;
use waymark_core::plan::backup_preview::BackupPreview;
use waymark_core::store::backup::{self, BackupInfo, PlanCounts, PlanInfo};

use crate::api_error::Answer;
use crate::{dialogs, ApiError, AppState};

fn backups_dir(state: &AppState) -> PathBuf {
    state.data_dir().join(backup::BACKUP_DIR)
}

#[tauri::command(async)]
pub fn plan_info(state: State<'_, AppState>) -> Answer<PlanInfo> {
    state.with_store(|store| store.plan_info())
}

#[tauri::command(async)]
pub fn list_backups(state: State<'_, AppState>) -> Answer<Vec<BackupInfo>> {
    // A plan that could not be opened still shows what its backups hold.
    state
        .with_store(|store| store.list_backups())
        .or_else(|_| Ok(backup::list(&backups_dir(&state), None)?))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn preview_backup(state: State<'_, AppState>, file_name: String) -> Answer<BackupPreview> {
    state.with_store(|store| store.preview_backup(&file_name))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn restore_backup(state: State<'_, AppState>, file_name: String) -> Answer<PlanCounts> {
    state.with_store_mut(|store| store.restore_backup(&file_name))
}

/// Restores a backup made before the plan was locked, locking it on the way
/// (after the student said yes to that).
#[tauri::command(async, rename_all = "snake_case")]
pub fn restore_backup_and_lock_it(
    state: State<'_, AppState>,
    file_name: String,
) -> Answer<PlanCounts> {
    state.with_store_mut(|store| store.restore_backup_and_lock_it(&file_name))
}

/// "Back up now": a copy of the plan wherever the student chooses. Returns
/// where it was saved, or `None` if the dialog was closed.
#[tauri::command(async)]
pub fn back_up_now<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    language: String,
) -> Answer<Option<String>> {
    let suggested = format!("waymark-{}.sqlite3", chrono_today());
    let dest = dialogs::save(&app, &suggested, dialogs::BACKUP, &language);
    let Some(dest) = dest else { return Ok(None) };
    state.with_store(|store| store.backup_to(&dest))?;
    Ok(Some(dest.display().to_string()))
}

/// Today as YYYY-MM-DD, for a backup's suggested name.
fn chrono_today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0);
    backup::date_of_day(days)
}

#[tauri::command(async)]
pub fn open_plan_folder<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Answer<()> {
    app.opener()
        .open_path(state.data_dir().display().to_string(), None::<&str>)
        .map_err(|_| ApiError::from(waymark_core::Error::NotFound("folder")))
}

/// `PRAGMA integrity_check`, when the student asks.
#[tauri::command(async)]
pub fn check_plan(state: State<'_, AppState>) -> Answer<()> {
    state.with_store(|store| store.integrity_check())
}

#[tauri::command(async)]
pub fn replace_damaged_plan(state: State<'_, AppState>) -> Answer<String> {
    state.replace_damaged_plan()
}
