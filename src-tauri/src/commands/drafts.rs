use tauri::State;

use crate::{ApiError, AppState};

#[tauri::command(async)]
pub fn get_draft(state: State<'_, AppState>, key: String) -> Result<Option<String>, ApiError> {
    state.with_store(|store| store.draft(&key))
}

#[tauri::command(async)]
pub fn save_draft(state: State<'_, AppState>, key: String, body: String) -> Result<(), ApiError> {
    state.with_store(|store| store.save_draft(&key, &body))
}

#[tauri::command(async)]
pub fn clear_draft(state: State<'_, AppState>, key: String) -> Result<(), ApiError> {
    state.with_store(|store| store.clear_draft(&key))
}
