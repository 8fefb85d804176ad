//! The background checkpointer: the write-ahead log folded back into the plan
//! away from the student's saves.

use std::path::PathBuf;

use rusqlite::OpenFlags;

use crate::error::Result;
use crate::store::connection::{open_file, Store};
use crate::store::keys::DataKey;

impl Store {
    /// Copies what the write-ahead log holds back into the plan file, away from
    /// the student's saves: for a background thread. `None` for a plan in memory.
    pub fn checkpointer(&self) -> Option<Checkpointer> {
        let path = self.path.clone()?;
        let mut wal = path.clone().into_os_string();
        wal.push("-wal");
        Some(Checkpointer {
            path,
            wal: PathBuf::from(wal),
            seen: None,
            key: self.key.clone(),
        })
    }
}

/// Folds the write-ahead log back into the plan on its own short-lived
/// connection, so no save waits for it. A passive checkpoint: it copies what it
/// can without taking a lock a save needs, and the next one finishes the rest.
#[derive(Debug)]
pub struct Checkpointer {
    path: PathBuf,
    wal: PathBuf,
    /// When the log was last seen written, so an idle plan is left alone.
    seen: Option<std::time::SystemTime>,
    /// A locked plan's key (wiped when the checkpointer is dropped, as when
    /// the plan is locked).
    key: Option<DataKey>,
}

impl Checkpointer {
    /// Checkpoints if the log was written since last time. Returns how many of
    /// the log's pages are now in the plan file (`None` if there was nothing to do).
    pub fn run(&mut self) -> Result<Option<u32>> {
        let written = match std::fs::metadata(&self.wal).and_then(|m| m.modified()) {
            Ok(at) => at,
            // No log: nothing written since the plan was last closed.
            Err(_) => return Ok(None),
        };
        if self.seen == Some(written) {
            return Ok(None);
        }
        // Never creates a plan: only an existing file is opened.
        let conn = open_file(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            self.key.as_ref(),
        )?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        let (_busy, _log, copied): (i64, i64, i64) =
            conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?))
            })?;
        self.seen = Some(written);
        Ok(Some(u32::try_from(copied).unwrap_or(0)))
    }
}
