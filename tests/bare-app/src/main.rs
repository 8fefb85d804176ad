//! A bare Tauri app: one window showing one static page, built with the same
//! profile as Waymark. `tests/src/bin/perf_app.rs` starts it beside Waymark to
//! measure what the framework and its browser engine cost on their own.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// Wall-clock ms now: the moments of a start are reported like Waymark's.
fn now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or_default()
}

static MAIN: std::sync::OnceLock<f64> = std::sync::OnceLock::new();

mod commands {
    /// The page calls this once it is shown: the measurement's finish line,
    /// the same signal Waymark's first screen gives, with the moment the page
    /// began loading.
    #[tauri::command]
    pub fn ui_ready(page: Option<f64>) {
        if std::env::var_os("WAYMARK_REPORT_READY").is_some() {
            let main = super::MAIN.get().copied().unwrap_or_default();
            let page = page.unwrap_or_default();
            println!(
                "waymark-marks {{\"main\":{main},\"page\":{page},\"shown\":{}}}",
                super::now_ms()
            );
            println!("waymark-ready");
        }
    }
}

fn main() {
    let _ = MAIN.set(now_ms());
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![commands::ui_ready])
        .run(tauri::generate_context!())
        .expect("the bare app runs");
}
