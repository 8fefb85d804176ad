use tauri::State;
use waymark_core::DisplaySettings;

use crate::api_error::Answer;
use crate::AppState;

#[tauri::command(async)]
pub fn get_display_settings(state: State<'_, AppState>) -> Answer<DisplaySettings> {
    state.with_store(|store| store.display_settings())
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
