use tauri::State;
use waymark_core::plan::model::Direction;
use waymark_core::plan::recently_deleted::StepRemoved;
use waymark_core::{Goal, GoalInput, GoalStatus, LifeArea};

use crate::api_error::Answer;
use crate::AppState;

#[tauri::command(async)]
pub fn list_life_areas(state: State<'_, AppState>) -> Answer<Vec<LifeArea>> {
    state.with_store(|store| store.life_areas())
}

#[tauri::command(async)]
pub fn list_goals(state: State<'_, AppState>) -> Answer<Vec<Goal>> {
    state.with_store(|store| store.goals())
}

#[tauri::command(async)]
pub fn get_goal(state: State<'_, AppState>, id: String) -> Answer<Goal> {
    state.with_store(|store| store.goal(&id))
}

#[tauri::command(async)]
pub fn create_goal(state: State<'_, AppState>, input: GoalInput) -> Answer<Goal> {
    state.with_store(|store| store.create_goal(&input))
}

#[tauri::command(async)]
pub fn update_goal(state: State<'_, AppState>, id: String, input: GoalInput) -> Answer<Goal> {
    state.with_store(|store| store.update_goal(&id, &input))
}

#[tauri::command(async)]
pub fn set_goal_status(state: State<'_, AppState>, id: String, status: GoalStatus) -> Answer<Goal> {
    state.with_store(|store| store.set_goal_status(&id, status))
}

#[tauri::command(async)]
pub fn delete_goal(state: State<'_, AppState>, id: String) -> Answer<String> {
    state.with_store(|store| store.delete_goal(&id))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn add_step(state: State<'_, AppState>, goal_id: String, text: String) -> Answer<Goal> {
    state.with_store(|store| store.add_step(&goal_id, &text))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn edit_step(state: State<'_, AppState>, step_id: String, text: String) -> Answer<Goal> {
    state.with_store(|store| store.edit_step(&step_id, &text))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn set_step_done(state: State<'_, AppState>, step_id: String, done: bool) -> Answer<Goal> {
    state.with_store(|store| store.set_step_done(&step_id, done))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn move_step(
    state: State<'_, AppState>,
    step_id: String,
    direction: Direction,
) -> Answer<Goal> {
    state.with_store(|store| store.move_step(&step_id, direction))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn delete_step(state: State<'_, AppState>, step_id: String) -> Answer<StepRemoved> {
    state.with_store(|store| store.delete_step(&step_id))
}
