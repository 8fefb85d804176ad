//! Reviews and check-ins: thin adapters over `waymark_core::plan::reviews`.

use tauri::State;
use waymark_core::plan::reviews::{GoalWording, ReviewDetail, ReviewInput};
use waymark_core::GoalInput;

use crate::api_error::Answer;
use crate::AppState;

#[tauri::command(async, rename_all = "snake_case")]
pub fn start_review(state: State<'_, AppState>, check_in: bool) -> Answer<ReviewDetail> {
    state.with_store(|store| store.start_review(check_in))
}

#[tauri::command(async)]
pub fn get_review(state: State<'_, AppState>, id: String) -> Answer<ReviewDetail> {
    state.with_store(|store| store.review(&id))
}

#[tauri::command(async)]
pub fn save_review(
    state: State<'_, AppState>,
    id: String,
    input: ReviewInput,
) -> Answer<ReviewDetail> {
    state.with_store(|store| store.save_review(&id, &input))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn rate_area(
    state: State<'_, AppState>,
    review_id: String,
    life_area: String,
    rating: Option<i32>,
) -> Answer<ReviewDetail> {
    state.with_store(|store| store.rate_area(&review_id, &life_area, rating))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn review_goal(
    state: State<'_, AppState>,
    review_id: String,
    goal_id: String,
    progress: String,
    attainment: Option<i32>,
    decision: Option<String>,
) -> Answer<ReviewDetail> {
    state.with_store(|store| {
        store.review_goal(
            &review_id,
            &goal_id,
            &progress,
            attainment,
            decision.as_deref(),
        )
    })
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn change_goal_at_review(
    state: State<'_, AppState>,
    review_id: String,
    goal_id: String,
    input: GoalInput,
) -> Answer<ReviewDetail> {
    state.with_store(|store| store.change_goal_at_review(&review_id, &goal_id, &input))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn goal_history(state: State<'_, AppState>, goal_id: String) -> Answer<Vec<GoalWording>> {
    state.with_store(|store| store.goal_history(&goal_id))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn add_suggestion(
    state: State<'_, AppState>,
    review_id: String,
    text: String,
) -> Answer<ReviewDetail> {
    state.with_store(|store| store.add_suggestion(&review_id, &text))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn take_on_suggestion(
    state: State<'_, AppState>,
    suggestion_id: String,
    goal_id: Option<String>,
) -> Answer<ReviewDetail> {
    state.with_store(|store| store.take_on_suggestion(&suggestion_id, goal_id.as_deref()))
}

#[tauri::command(async)]
pub fn complete_review(state: State<'_, AppState>, id: String) -> Answer<ReviewDetail> {
    state.with_store(|store| store.complete_review(&id))
}
