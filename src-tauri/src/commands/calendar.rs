//! "Add to my calendar": the sessions of my courses (and my next review) as
//! a calendar file, made by the core (`export::calendar`).

use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;
use waymark_core::export::calendar::{CalendarChoice, CalendarOffer};
use waymark_core::export::words::Words;

use crate::api_error::Answer;
use crate::{dialogs, AppState};

/// The calendar file, saved.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SavedCalendar {
    /// The file's name, to say where it went.
    pub file: String,
    pub events: u32,
}

/// What the calendar file would hold, to show before it is saved.
#[tauri::command(async)]
pub fn calendar_offer(state: State<'_, AppState>) -> Answer<CalendarOffer> {
    state.with_store(|store| store.calendar_offer())
}

/// Saves the calendar file where the student chooses; `None` when they close
/// the dialog. Times are in the laptop's time zone.
#[tauri::command(async)]
pub fn save_calendar<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    choice: CalendarChoice,
    language: String,
) -> Answer<Option<SavedCalendar>> {
    let words = Words::new(&language);
    let zone = time_zone();
    let file = state.with_store(|store| {
        store.calendar_file(choice, zone.as_deref(), chrono::Utc::now(), &words)
    })?;
    let suggested = format!("{}.ics", words.get("calendar-file-name", &[]));
    let Some(path) = dialogs::save(&app, &suggested, dialogs::CALENDAR, &language) else {
        return Ok(None);
    };
    waymark_core::files::io::write_whole(&path, file.text.as_bytes())?;
    Ok(Some(SavedCalendar {
        file: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        events: file.events,
    }))
}

/// The laptop's time zone as an IANA name: `TZ` when it names one (as every
/// program on the laptop reads it; a POSIX rule such as "GMT0BST,M3.5.0/1"
/// is not one), else the system's setting.
fn time_zone() -> Option<String> {
    std::env::var("TZ")
        .ok()
        .map(|tz| tz.trim_start_matches(':').to_string())
        .filter(|tz| waymark_core::export::calendar::known_zone(tz))
        .or_else(|| iana_time_zone::get_timezone().ok())
}
