//! Search across the whole plan: a thin adapter over `waymark_core::plan::search`.

use tauri::State;
use waymark_core::plan::search::SearchPage;

use crate::api_error::Answer;
use crate::AppState;

#[tauri::command(async)]
pub fn search_plan(state: State<'_, AppState>, text: String, offset: u32) -> Answer<SearchPage> {
    state.with_store(|store| store.search(&text, offset))
}
