//! Where to find support: the contacts a college put into its prospectus.

use tauri::State;
use waymark_core::plan::support::SupportContacts;

use crate::api_error::Answer;
use crate::AppState;

#[tauri::command(async)]
pub fn support_contacts(state: State<'_, AppState>) -> Answer<SupportContacts> {
    state.with_store(|store| store.support_contacts())
}
