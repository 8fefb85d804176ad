//! The lock: setting it up, locking, unlocking, "I forgot my password",
//! changing the password and turning it off (src/locking.rs holds the state).

use tauri::{AppHandle, Runtime, State};
use waymark_core::store::encrypt::LockMove;

use crate::api_error::Answer;
use crate::locking::LockStatus;
use crate::AppState;

#[tauri::command(async)]
pub fn lock_status(state: State<'_, AppState>) -> LockStatus {
    state.lock_status()
}

/// A new recovery code, in groups, for the sheet. Nothing is encrypted yet.
#[tauri::command(async)]
pub fn begin_lock(state: State<'_, AppState>) -> Answer<Vec<String>> {
    state.begin_lock()
}

#[tauri::command(async)]
pub fn pending_recovery_code(state: State<'_, AppState>) -> Answer<Vec<String>> {
    state.pending_recovery_code()
}

/// The recovery sheet saved as a PDF where the student chooses (a USB stick,
/// to print elsewhere). Returns where, or `None` if the dialog was closed.
#[tauri::command(async)]
pub fn save_recovery_sheet<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    language: String,
) -> Answer<Option<String>> {
    let pdf = state.recovery_sheet_pdf(&language)?;
    let kind = crate::dialogs::for_export(waymark_core::export::save::ExportFormat::Pdf);
    let Some(dest) = crate::dialogs::save(&app, "waymark-recovery-sheet.pdf", kind, &language)
    else {
        return Ok(None);
    };
    waymark_core::files::io::write_whole(&dest, &pdf)?;
    Ok(Some(dest.display().to_string()))
}

#[tauri::command(async)]
pub fn finish_lock(state: State<'_, AppState>, code: String, password: String) -> Answer<LockMove> {
    state.finish_lock(&code, password)
}

#[tauri::command(async)]
pub fn lock_now(state: State<'_, AppState>) -> Answer<()> {
    state.lock_now()
}

#[tauri::command(async)]
pub fn unlock(state: State<'_, AppState>, password: String) -> Answer<()> {
    state.unlock(password)
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn unlock_with_recovery_code(
    state: State<'_, AppState>,
    code: String,
    new_password: String,
) -> Answer<()> {
    state.recover(&code, new_password)
}

#[tauri::command(async)]
pub fn change_password(state: State<'_, AppState>, current: String, new: String) -> Answer<()> {
    state.change_password(current, new)
}

#[tauri::command(async)]
pub fn turn_lock_off(state: State<'_, AppState>, password: String) -> Answer<LockMove> {
    state.turn_lock_off(password)
}

/// A new spare key sheet (the password first); nothing changes until the
/// new code is typed back.
#[tauri::command(async)]
pub fn begin_new_sheet(state: State<'_, AppState>, password: String) -> Answer<Vec<String>> {
    state.begin_new_sheet(password)
}

#[tauri::command(async)]
pub fn finish_new_sheet(state: State<'_, AppState>, code: String) -> Answer<()> {
    state.finish_new_sheet(&code)
}
