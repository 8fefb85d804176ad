use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::{ApiError, AppState};

/// What the UI needs to know on start.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AppStatus {
    pub version: String,
    /// The folder the plan is kept in.
    pub data_dir: String,
    /// Why the plan could not be opened, if it could not.
    pub problem: Option<ApiError>,
}

#[tauri::command(async)]
pub fn app_status(state: State<'_, AppState>) -> AppStatus {
    AppStatus {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        data_dir: state.data_dir().display().to_string(),
        problem: state.startup_problem(),
    }
}

/// The first screen is shown and can be used. Measurements (`perf_app`) start
/// Waymark with `WAYMARK_REPORT_READY` set and time this line on its output;
/// otherwise it does nothing.
#[tauri::command]
pub fn ui_ready() {
    if std::env::var_os("WAYMARK_REPORT_READY").is_some() {
        println!("waymark-ready");
    }
}
