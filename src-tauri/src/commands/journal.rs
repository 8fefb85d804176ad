//! The journal: About me, learning support and reflections (thin adapters over
//! `waymark_core::plan::journal`).

use tauri::State;
use waymark_core::plan::journal::{
    AboutMe, JournalPage, JournalQuery, Reflection, ReflectionInput, Support,
};

use crate::api_error::Answer;
use crate::AppState;

#[tauri::command(async)]
pub fn get_about_me(state: State<'_, AppState>) -> Answer<AboutMe> {
    state.with_store(|store| store.about_me())
}

#[tauri::command(async)]
pub fn save_about_me(state: State<'_, AppState>, about: AboutMe) -> Answer<AboutMe> {
    state.with_store(|store| store.save_about_me(&about))
}

#[tauri::command(async)]
pub fn list_supports() -> Vec<Support> {
    Support::ALL.to_vec()
}

#[tauri::command(async)]
pub fn list_reflections(state: State<'_, AppState>, query: JournalQuery) -> Answer<JournalPage> {
    state.with_store(|store| store.journal(&query))
}

#[tauri::command(async)]
pub fn get_reflection(state: State<'_, AppState>, id: String) -> Answer<Reflection> {
    state.with_store(|store| store.reflection(&id))
}

#[tauri::command(async)]
pub fn create_reflection(state: State<'_, AppState>, input: ReflectionInput) -> Answer<Reflection> {
    state.with_store(|store| store.create_reflection(&input))
}

#[tauri::command(async)]
pub fn update_reflection(
    state: State<'_, AppState>,
    id: String,
    input: ReflectionInput,
) -> Answer<Reflection> {
    state.with_store(|store| store.update_reflection(&id, &input))
}

#[tauri::command(async)]
pub fn delete_reflection(state: State<'_, AppState>, id: String) -> Answer<String> {
    state.with_store(|store| store.delete_reflection(&id))
}
