//! One Waymark per plan: a lock file in the plan's folder, held for as long
//! as the plan is open, so no second process writes the same plan (even where
//! the desktop's single-instance check cannot work, as without D-Bus).

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

use crate::error::{Error, Result};

/// The lock file's name inside the data folder.
pub const LOCK_FILE_NAME: &str = "waymark.lock";

/// The plan folder's lock, held until dropped (or the process ends).
#[derive(Debug)]
pub struct PlanLock {
    _file: File,
}

impl PlanLock {
    /// Takes the lock of the plan in `dir` (creating the folder if needed), or
    /// says that another Waymark has it ([`Error::AlreadyOpen`]).
    pub fn take(dir: &Path) -> Result<PlanLock> {
        std::fs::create_dir_all(dir)?;
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(LOCK_FILE_NAME))?;
        match file.try_lock() {
            Ok(()) => Ok(PlanLock { _file: file }),
            Err(TryLockError::WouldBlock) => Err(Error::AlreadyOpen),
            Err(TryLockError::Error(error)) => Err(error.into()),
        }
    }
}
