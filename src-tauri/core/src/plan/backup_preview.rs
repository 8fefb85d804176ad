//! A backup as the student sees it before restoring it: its goals, its newest
//! reflections and About me, read from a migrated temporary copy.

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::plan::journal::{AboutMe, JournalQuery, Reflection};
use crate::store::backup::{backup_path, check_backup, list, BackupInfo};
use crate::store::connection::Store;
use crate::store::keys::DataKey;

/// A backup opened read-only, to look at before restoring it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BackupPreview {
    pub info: BackupInfo,
    pub goal_titles: Vec<String>,
    /// The newest few reflections.
    pub reflections: Vec<Reflection>,
    pub about: AboutMe,
}

/// Opens a backup to look at: a migrated temporary copy, so backups from older
/// versions show the same way. The backup itself is not touched.
///
/// A backup of a locked plan is read with its `key`, and its copy stays
/// encrypted; one made before the lock is read as it is.
pub fn preview(
    backups_dir: &Path,
    file_name: &str,
    key: Option<&DataKey>,
) -> Result<BackupPreview> {
    let path = backup_path(backups_dir, file_name)?;
    let key = key.filter(|_| !crate::store::files::is_plain_sqlite(&path));
    check_backup(&path, key)?;
    let info = list(backups_dir, key)?
        .into_iter()
        .find(|b| b.file_name == file_name)
        .ok_or(Error::NotFound("backup"))?;
    let temp = tempfile::tempdir()?;
    let copy = temp.path().join("preview.sqlite3");
    std::fs::copy(&path, &copy)?;
    let store = Store::open_with_key(&copy, key.cloned())?;
    Ok(BackupPreview {
        info,
        goal_titles: store.goals()?.into_iter().map(|g| g.title).collect(),
        reflections: store
            .journal(&JournalQuery {
                limit: Some(5),
                ..JournalQuery::default()
            })?
            .reflections,
        about: store.about_me()?,
    })
}

impl Store {
    /// A backup beside the plan, to look at before restoring it (read with
    /// the plan's key if it is locked).
    pub fn preview_backup(&self, file_name: &str) -> Result<BackupPreview> {
        let dir = self.backups_dir().ok_or(Error::NotFound("folder"))?;
        preview(&dir, file_name, self.key.as_ref())
    }
}
