//! The Waymark desktop shell: app setup, state, and thin command adapters over
//! `waymark-core`. Plan logic never lives here.

pub mod api_error;
pub mod commands;
pub mod desktop_lock;
pub mod dialogs;
pub mod locking;
pub mod speech;
pub mod state;

use tauri::Manager;

pub use api_error::ApiError;
pub use state::AppState;

/// The environment variable that points Waymark at another data folder (tests,
/// portable use). Without it the plan lives in the OS app data folder.
pub const DATA_DIR_ENV: &str = "WAYMARK_DATA_DIR";

/// Starts the app. Returns when the last window has closed.
pub fn run() {
    commands::app::mark("main");
    prefer_stable_webkit_renderer();
    let app = tauri::Builder::default()
        // First: a second start hands over to the running Waymark and exits.
        .plugin(
            tauri_plugin_single_instance::Builder::new()
                .dbus_id(single_instance_id())
                .callback(|app, args, cwd| {
                    hand_over_plan_file(app, &args, &cwd);
                    focus_main_window(app);
                })
                .build(),
        )
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            commands::app::mark("setup");
            let data_dir = state::data_dir(app.path().app_data_dir().ok());
            // The plan opens on its own thread while the window starts: the
            // main thread stays free for WebKit, which needs it to start the
            // page. Commands wait for the plan (`AppState::opening`).
            let state = AppState::opening(data_dir);
            // The daily backup is made once the first screen is shown (see
            // `commands::app::ui_ready`), not before: a start is never kept
            // waiting for it.
            // Started with a plan file (opened from a file manager): the page
            // shows it once it is ready.
            if let Some(file) = commands::share::plan_file_arg(std::env::args().skip(1), None) {
                if let Ok(mut opened) = state.opened_file.lock() {
                    *opened = Some(file);
                }
            }
            app.manage(state);
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                yield_to_the_window();
                let state = handle.state::<AppState>();
                state.finish_open();
                commands::app::mark("plan_open");
                // Started from here, the checkpoint thread keeps the lower
                // priority too: it is background work.
                state.start_checkpoints();
            });
            show_main_window_at_latest(app.handle().clone());
            desktop_lock::watch(app.handle().clone());
            commands::app::mark("setup_done");
            Ok(())
        })
        // A window closing stops any reading aloud at once.
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::Destroyed = event {
                if let Some(state) = window.try_state::<AppState>() {
                    state.speech.stop();
                }
            }
        })
        // Every `#[tauri::command]` in src/commands/, listed by build.rs.
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/handler.rs")))
        .run(tauri::generate_context!());
    if let Err(error) = app {
        eprintln!("Waymark could not start: {error}");
        std::process::exit(1);
    }
}

/// One Waymark per plan folder: the app's identifier for the usual folder,
/// and one id per folder set with `WAYMARK_DATA_DIR` (tests, portable use).
fn single_instance_id() -> String {
    use std::hash::{Hash, Hasher};
    match std::env::var_os(DATA_DIR_ENV).filter(|dir| !dir.is_empty()) {
        Some(dir) => {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            dir.hash(&mut hasher);
            format!("app.waymark.desktop.p{:016x}", hasher.finish())
        }
        None => "app.waymark.desktop".into(),
    }
}

/// A second start with a plan file: this Waymark shows it instead.
fn hand_over_plan_file<R: tauri::Runtime>(app: &tauri::AppHandle<R>, args: &[String], cwd: &str) {
    use tauri::Emitter;
    let Some(file) = commands::share::plan_file_arg(
        args.iter().skip(1).cloned(),
        Some(std::path::Path::new(cwd)),
    ) else {
        return;
    };
    if let Some(state) = app.try_state::<AppState>() {
        if let Ok(mut opened) = state.opened_file.lock() {
            *opened = Some(file);
        }
        let _ = app.emit("plan-file-opened", ());
    }
}

/// Lets the window's processes go first on a busy machine: the calling
/// thread (opening the plan while WebKit starts) runs at a lower priority.
fn yield_to_the_window() {
    #[cfg(target_os = "linux")]
    // SAFETY: plain system calls on this thread's own id; no memory is shared.
    unsafe {
        let tid = libc::gettid();
        libc::setpriority(libc::PRIO_PROCESS, tid as libc::id_t, 10);
    }
}

/// Returns memory the app has freed to the system (glibc keeps freed memory
/// for reuse, per thread, otherwise).
pub fn give_back_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases memory malloc holds free; no pointer
    // the program holds is touched.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// How long the window may stay hidden, at most, if the page never says its
/// first screen is drawn (a broken page still shows its window).
const SHOW_AT_LATEST: std::time::Duration = std::time::Duration::from_secs(4);

/// The main window starts hidden (tauri.conf.json) and the page shows it once
/// its first screen is drawn (`commands::app::show_window`): no blank or white
/// window first. It also keeps WebKitGTK from painting a window whose page is
/// still starting, which made the main thread wait up to 500 ms for the page
/// (docs/PERFORMANCE.md). Should the page never ask, it is shown anyway.
fn show_main_window_at_latest<R: tauri::Runtime>(app: tauri::AppHandle<R>) {
    std::thread::spawn(move || {
        std::thread::sleep(SHOW_AT_LATEST);
        let handle = app.clone();
        let _ = app.run_on_main_thread(move || show_main_window(&handle));
    });
}

/// Whether the main window has been shown once (by the page or at the latest).
static SHOWN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Shows the main window the first time it is asked to, never again: a later
/// call must not show a window the student is closing.
pub fn show_main_window<R: tauri::Runtime>(app: &tauri::AppHandle<R>) {
    if SHOWN.swap(true, std::sync::atomic::Ordering::SeqCst) {
        return;
    }
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Brings the open Waymark to the front when someone starts it again.
fn focus_main_window<R: tauri::Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// On Linux, WebKitGTK's DMA-BUF renderer shows a blank window on many GPUs and
/// virtual displays. Turn it off unless the user has chosen otherwise.
fn prefer_stable_webkit_renderer() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        // Called first thing in `run`, before any other thread exists.
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
}
