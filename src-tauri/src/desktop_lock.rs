//! Locks a locked plan when the desktop says so: the screen locks (the
//! screensaver's `ActiveChanged`, logind's session `Lock`) or the laptop is
//! about to sleep (logind's `PrepareForSleep`). On Linux over D-Bus; where
//! no bus or service answers, nothing happens (the idle lock still works).
//! The page is asked to lock (event `lock-now`), so what is typed is saved
//! into the encrypted plan before it closes.

use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::AppState;

/// The event the page locks on.
pub const LOCK_NOW_EVENT: &str = "lock-now";

/// Starts listening, on background threads (never in the start's way).
pub fn watch<R: Runtime>(app: AppHandle<R>) {
    #[cfg(target_os = "linux")]
    linux::watch(app);
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

/// The desktop asked: the page locks, if the plan has a lock and is open.
fn ask_to_lock<R: Runtime>(app: &AppHandle<R>) {
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    let status = state.lock_status();
    if status.lock_on && !status.locked {
        let _ = app.emit(LOCK_NOW_EVENT, ());
    }
}

#[cfg(target_os = "linux")]
mod linux {
    use tauri::{AppHandle, Runtime};
    use zbus::blocking::{Connection, MessageIterator};

    /// Which bus, and the signal: (interface, member, locks when its
    /// argument is true; `false` for a signal without one).
    const SIGNALS: [(bool, &str, &str, bool); 4] = [
        (false, "org.freedesktop.ScreenSaver", "ActiveChanged", true),
        (false, "org.gnome.ScreenSaver", "ActiveChanged", true),
        (
            true,
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            true,
        ),
        (true, "org.freedesktop.login1.Session", "Lock", false),
    ];

    pub fn watch<R: Runtime>(app: AppHandle<R>) {
        for (system, interface, member, has_flag) in SIGNALS {
            let app = app.clone();
            std::thread::spawn(move || {
                let connection = if system {
                    Connection::system()
                } else {
                    Connection::session()
                };
                let Ok(connection) = connection else {
                    return;
                };
                let rule = format!("type='signal',interface='{interface}',member='{member}'");
                let Ok(messages) =
                    MessageIterator::for_match_rule(rule.as_str(), &connection, Some(8))
                else {
                    return;
                };
                for message in messages.flatten() {
                    let locks = !has_flag || message.body().deserialize::<bool>().unwrap_or(false);
                    if locks {
                        super::ask_to_lock(&app);
                    }
                }
            });
        }
    }
}
