//! Recently deleted: what was deleted in the last 30 days, and putting it back.

use tauri::State;
use waymark_core::plan::recently_deleted::{DeletedItem, Restored};

use crate::api_error::Answer;
use crate::AppState;

#[tauri::command(async)]
pub fn list_deleted(state: State<'_, AppState>) -> Answer<Vec<DeletedItem>> {
    state.with_store(|store| store.deleted_items())
}

#[tauri::command(async)]
pub fn restore_deleted(state: State<'_, AppState>, id: String) -> Answer<Restored> {
    state.with_store(|store| store.restore_deleted(&id))
}
