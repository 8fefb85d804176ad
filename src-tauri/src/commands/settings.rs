use tauri::State;
use waymark_core::store::settings::{look_at_rest, LockSettings};
use waymark_core::{DisplaySettings, ErrorCode};

use crate::api_error::Answer;
use crate::AppState;

#[tauri::command(async)]
pub fn get_display_settings(state: State<'_, AppState>) -> Answer<DisplaySettings> {
    // Locked, the lock screen still looks as the student chose.
    match state.with_store(|store| store.display_settings()) {
        Err(error) if error.code == ErrorCode::PlanLocked => Ok(look_at_rest(state.data_dir())),
        other => other,
    }
}

#[tauri::command(async)]
pub fn set_display_settings(
    state: State<'_, AppState>,
    settings: DisplaySettings,
) -> Answer<DisplaySettings> {
    state.with_store(|store| store.set_display_settings(settings))
}

#[tauri::command(async)]
pub fn get_welcome_seen(state: State<'_, AppState>) -> Answer<bool> {
    state.with_store(|store| store.welcome_seen())
}

#[tauri::command(async)]
pub fn set_welcome_seen(state: State<'_, AppState>, seen: bool) -> Answer<bool> {
    state.with_store(|store| store.set_welcome_seen(seen))
}

#[tauri::command(async)]
pub fn get_lock_settings(state: State<'_, AppState>) -> Answer<LockSettings> {
    state.with_store(|store| store.lock_settings())
}

#[tauri::command(async)]
pub fn set_lock_settings(
    state: State<'_, AppState>,
    settings: LockSettings,
) -> Answer<LockSettings> {
    state.with_store(|store| store.set_lock_settings(settings))
}
