//! Sealed files: a passphrase suggested in the student's words, and the
//! chosen file kept while its passphrase is asked for (thin adapters over
//! `waymark_core::files::sealed`).

use std::path::{Path, PathBuf};

use waymark_core::files::sealed::Passphrase;
use waymark_core::{Error, Result};

use crate::api_error::Answer;
use crate::AppState;

/// Three everyday words in `language`, to seal a file with. Shown to the
/// student once; Waymark keeps them nowhere.
#[tauri::command(async)]
pub fn suggest_passphrase(language: String) -> Answer<String> {
    Ok(Passphrase::suggest(&language).expose().to_owned())
}

/// The passphrase the page sent, checked; `None` when it sent none.
pub(crate) fn typed(passphrase: Option<&str>) -> Answer<Option<Passphrase>> {
    Ok(passphrase.map(Passphrase::typed).transpose()?)
}

/// The file to open: with a passphrase, the sealed file waiting for it (no
/// dialog again); without, the one `pick` chooses. `None` if none was chosen.
pub(crate) fn to_open(
    state: &AppState,
    passphrase: &Option<Passphrase>,
    pick: impl FnOnce() -> Option<PathBuf>,
) -> Option<PathBuf> {
    let waiting = state.sealed_waiting.lock().ok().and_then(|w| w.clone());
    match (passphrase, waiting) {
        (Some(_), Some(path)) => Some(path),
        _ => pick(),
    }
}

/// Reads `path` with `read`. A sealed file that needs its passphrase, or got
/// a wrong one, waits for it; anything else ends the wait.
pub(crate) fn read_chosen<T>(
    state: &AppState,
    path: &Path,
    passphrase: Option<&Passphrase>,
    read: impl FnOnce(&Path, Option<&Passphrase>) -> Result<T>,
) -> Answer<T> {
    let read = read(path, passphrase);
    if let Ok(mut waiting) = state.sealed_waiting.lock() {
        *waiting = match &read {
            Err(Error::PassphraseNeeded { .. } | Error::WrongPassphrase { .. }) => {
                Some(path.to_path_buf())
            }
            _ => None,
        };
    }
    Ok(read?)
}
