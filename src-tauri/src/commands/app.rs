use serde::Serialize;
use std::collections::BTreeMap;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::{ApiError, AppState};

/// What the UI needs to know on start.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AppStatus {
    pub version: String,
    /// The folder the plan is kept in.
    pub data_dir: String,
    /// Why the plan could not be opened, if it could not (`plan_locked`:
    /// the lock screen is shown).
    pub problem: Option<ApiError>,
    /// The plan has a lock (the header offers "Lock now").
    pub lock_on: bool,
    /// This Waymark keeps students' plans (My students is in the menu).
    pub keeps_students: bool,
}

#[tauri::command(async)]
pub fn app_status(state: State<'_, AppState>) -> AppStatus {
    AppStatus {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        data_dir: state.data_dir().display().to_string(),
        problem: state.startup_problem(),
        lock_on: state.lock_status().lock_on,
        keeps_students: state
            .with_store(|store| Ok(store.students_settings()?.keep))
            .unwrap_or(false),
    }
}

/// Moments of the start in Rust (wall-clock ms), for `ui_ready` to report.
static RUST_MARKS: std::sync::Mutex<BTreeMap<String, f64>> = std::sync::Mutex::new(BTreeMap::new());

/// Notes a moment of the start (see `ui_ready`).
pub fn mark(name: &str) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or_default();
    if let Ok(mut marks) = RUST_MARKS.lock() {
        marks.insert(name.to_string(), now);
    }
}

/// The first screen is drawn in the (still hidden) window: show it. Runs on
/// the main thread, where windows are shown.
#[tauri::command]
pub fn show_window<R: Runtime>(app: AppHandle<R>) {
    crate::show_main_window(&app);
}

/// The first screen is shown and can be used. Then, once per run, the work
/// that can wait is done: the daily backup, when one is due, and forgetting
/// students' plans kept longer than the tutor chose (a failure never stops
/// the app; it is tried again next time). Measurements (`perf_app`)
/// start Waymark with `WAYMARK_REPORT_READY` set and time the line printed here.
#[tauri::command(async)]
pub fn ui_ready(state: State<'_, AppState>, marks: Option<BTreeMap<String, f64>>) {
    if std::env::var_os("WAYMARK_REPORT_READY").is_some() {
        // The moments of this start, wall-clock ms: Rust's, then the page's.
        let mut all = RUST_MARKS.lock().map(|m| m.clone()).unwrap_or_default();
        all.extend(marks.unwrap_or_default());
        println!(
            "waymark-marks {}",
            serde_json::to_string(&all).unwrap_or_default()
        );
        println!("waymark-ready");
    }
    // A locked plan's backup waits for the unlock: the page starts afresh
    // then and says it is ready again.
    if state.is_locked_now() || !state.claim_daily_backup() {
        return;
    }
    if let Err(error) = state.with_store(|store| store.backup_if_due()) {
        eprintln!("Waymark could not make its daily backup: {}", error.message);
    }
    // Students' plans kept longer than the tutor chose are forgotten (the
    // tutor was told a month before, on My students).
    if let Err(error) = state.with_store(|store| store.forget_expired(chrono::Utc::now())) {
        eprintln!(
            "Waymark could not forget students' old plans: {}",
            error.message
        );
    }
    // The start's check and backup read the whole plan: give back the
    // memory they used.
    let _ = state.with_store(|store| store.release_memory());
    crate::give_back_freed_memory();
}
