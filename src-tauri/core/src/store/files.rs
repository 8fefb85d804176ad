//! Files in the data folder belong to this account only: the folder is
//! `0700` and every file in it `0600`, whether the plan is locked or not (on
//! Windows the folder inside the user's profile is already theirs alone).

use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;

use crate::error::{Error, Result};

/// The first bytes of every SQLite file that is not encrypted.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Whether the file at `path` is a plain (unencrypted) SQLite file. An empty
/// or missing file is not (it holds nothing).
pub fn is_plain_sqlite(path: &Path) -> bool {
    let mut head = [0u8; 16];
    File::open(path)
        .and_then(|mut file| file.read_exact(&mut head))
        .map(|()| &head == SQLITE_HEADER)
        .unwrap_or(false)
}

/// Whether the file at `path` has anything in it.
pub(crate) fn has_content(path: &Path) -> bool {
    std::fs::metadata(path)
        .map(|m| m.len() > 0)
        .unwrap_or(false)
}

/// Makes the plan's folder this account's only: the folder `0700`, every
/// file in it `0600`, and the same for the backups folder and its files.
/// Other folders in it (the webview's, when the plan lives in the app's own
/// data folder) are not walked: the folder's own `0700` already closes them,
/// and a start never waits for a cache of thousands of files. Creates `dir`
/// if needed.
pub fn make_private(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    private_files(dir)?;
    // The backups folder (`store::backup::BACKUP_DIR`, named here so that
    // this bottom module uses none above it).
    let backups = dir.join("backups");
    if backups.is_dir() {
        private_files(&backups)?;
    }
    Ok(())
}

/// `dir` at `0700`, the files directly in it at `0600`.
fn private_files(dir: &Path) -> Result<()> {
    set_mode(dir, 0o700)?;
    for entry in std::fs::read_dir(dir)?.flatten() {
        if entry.file_type().is_ok_and(|kind| kind.is_file()) {
            set_mode(&entry.path(), 0o600)?;
        }
    }
    Ok(())
}

/// Sets a file's permission bits (Unix only).
pub(crate) fn set_mode(path: &Path, mode: u32) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
    Ok(())
}

/// Writes `bytes` to `path` whole or not at all: a temporary file beside it,
/// `0600` from the start, flushed, then renamed into place.
pub(crate) fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().ok_or(Error::NotFound("folder"))?;
    let mut part = path.as_os_str().to_owned();
    part.push(".part");
    let part = std::path::PathBuf::from(part);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&part)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&part, path)?;
    sync_dir(dir);
    Ok(())
}

/// Flushes a folder's entries (a rename in it) to disk, where the system can.
pub(crate) fn sync_dir(dir: &Path) {
    if let Ok(folder) = File::open(dir) {
        let _ = folder.sync_all();
    }
}
