use tauri::State;

use crate::api_error::Answer;
use crate::AppState;

#[tauri::command(async)]
pub fn get_draft(state: State<'_, AppState>, key: String) -> Answer<Option<String>> {
    state.with_store(|store| store.draft(&key))
}

#[tauri::command(async)]
pub fn save_draft(state: State<'_, AppState>, key: String, body: String) -> Answer<()> {
    state.with_store(|store| store.save_draft(&key, &body))
}

#[tauri::command(async)]
pub fn clear_draft(state: State<'_, AppState>, key: String) -> Answer<()> {
    state.with_store(|store| store.clear_draft(&key))
}
