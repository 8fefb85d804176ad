//! A bare Tauri app: one window showing one static page, built with the same
//! profile as Waymark. `tests/src/bin/perf_app.rs` starts it beside Waymark to
//! measure what the framework and its browser engine cost on their own.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands {
    /// The page calls this once it is shown: the measurement's finish line,
    /// the same signal Waymark's first screen gives.
    #[tauri::command]
    pub fn ui_ready() {
        if std::env::var_os("WAYMARK_REPORT_READY").is_some() {
            println!("waymark-ready");
        }
    }
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![commands::ui_ready])
        .run(tauri::generate_context!())
        .expect("the bare app runs");
}
