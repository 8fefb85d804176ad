//! "Read this to me" (`speech` reads; `export::reading` cuts the text).

use tauri::ipc::Channel;
use tauri::State;
use waymark_core::export::reading::{Reading, SentenceAt};
use waymark_core::store::settings::ReadAloudSettings;

use crate::api_error::Answer;
use crate::speech::{ReadingEvent, SpeechStatus};
use crate::AppState;

/// Whether this laptop has a voice, and its voices for English and German.
#[tauri::command(async)]
pub fn speech_status(state: State<'_, AppState>) -> Answer<SpeechStatus> {
    Ok(state.speech.status())
}

/// Reads `blocks` (a screen's text as it shows it) aloud, each in its own
/// language; `language` is Waymark's. Answers where each sentence is, and
/// tells `on_event` as each one begins and when the reading ends.
#[tauri::command(async)]
pub fn read_aloud(
    state: State<'_, AppState>,
    blocks: Vec<String>,
    language: String,
    on_event: Channel<ReadingEvent>,
) -> Answer<Vec<SentenceAt>> {
    let reading = Reading::of(&blocks, &language).map_err(waymark_core::Error::from)?;
    let settings = state.with_store(|store| store.read_aloud_settings())?;
    let places = reading.places();
    state.speech.read(reading, &settings, move |event| {
        let _ = on_event.send(event);
    })?;
    Ok(places)
}

/// Stops reading aloud, at once.
#[tauri::command(async)]
pub fn stop_reading(state: State<'_, AppState>) -> Answer<()> {
    state.speech.stop();
    Ok(())
}

#[tauri::command(async)]
pub fn get_read_aloud_settings(state: State<'_, AppState>) -> Answer<ReadAloudSettings> {
    state.with_store(|store| store.read_aloud_settings())
}

#[tauri::command(async)]
pub fn set_read_aloud_settings(
    state: State<'_, AppState>,
    settings: ReadAloudSettings,
) -> Answer<ReadAloudSettings> {
    state.with_store(|store| store.set_read_aloud_settings(settings))
}
