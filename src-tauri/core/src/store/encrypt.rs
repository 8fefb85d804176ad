//! Turning the lock on and off moves the plan into a new file, encrypted (or
//! no longer), and only then into place (docs/LOCK.md):
//!
//! 1. `sqlcipher_export` writes the whole plan into `waymark.sqlite3.moving`;
//! 2. that file is checked: its integrity, the rows of every table compared
//!    with the plan's, a search-index query; then flushed to disk;
//! 3. turning on, the key file is written first; then the plan is closed
//!    (its log folded in) and the new file renamed over it in one step;
//! 4. the backups follow: each one moved the same way, or removed if it
//!    cannot be read, and damaged copies put aside earlier are removed.
//!
//! A crash at any moment leaves the old plan or the new one: the plan file's
//! first bytes say which, and the next start tidies up the rest.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::store::backup::{backup_path, check_backup, BackupReason, PlanCounts, BACKUP_DIR};
use crate::store::connection::{open_file, Store, APPLICATION_ID, DB_FILE_NAME};
use crate::store::files::{has_content, is_plain_sqlite, set_mode, sync_dir};
use crate::store::keys::{DataKey, KeyFile, KEY_FILE_NAME};

/// Where the plan is written while it moves, beside the plan.
const MOVING_SUFFIX: &str = ".moving";

/// What turning the lock on or off did besides the plan itself, to tell the
/// student.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LockMove {
    /// Backups moved with the plan (locked, or unlocked, too).
    pub backups_moved: u32,
    /// Backups that could not be read and were removed.
    pub backups_removed: u32,
    /// Backups that could not be moved now (a full disk): tried again at the
    /// next start.
    pub backups_left: u32,
    /// Copies of a damaged plan, put aside earlier, that were removed.
    pub damaged_copies_removed: u32,
}

/// How a plan's folder is found at rest, before anything is opened.
#[derive(Debug)]
pub enum PlanAtRest {
    /// No lock: the plan (or no plan yet) opens as it is.
    Open,
    /// Locked: the key file opens it, with the password or recovery code.
    Locked(Box<KeyFile>),
}

/// Looks at the plan in `dir` without opening it: a plan file that is not a
/// plain SQLite file, with a key file beside it, is locked. A damaged key
/// file is [`Error::KeyFileDamaged`]; a plan file that is neither is left for
/// opening to name (not a plan, or damaged).
pub fn plan_at_rest(dir: &Path) -> Result<PlanAtRest> {
    let plan = dir.join(DB_FILE_NAME);
    if !has_content(&plan) || is_plain_sqlite(&plan) {
        return Ok(PlanAtRest::Open);
    }
    match KeyFile::read(dir)? {
        Some(keys) => Ok(PlanAtRest::Locked(Box::new(keys))),
        // Whole encrypted pages and no key file: a locked plan whose key
        // file is missing, said so (and never overwritten). Anything else is
        // left for opening to name.
        None if looks_encrypted(&plan) => Err(Error::KeyFileMissing),
        None => Ok(PlanAtRest::Open),
    }
}

/// SQLCipher writes whole pages of 4,096 bytes with random first bytes.
fn looks_encrypted(plan: &Path) -> bool {
    std::fs::metadata(plan).is_ok_and(|m| m.len() >= 4096 && m.len() % 4096 == 0)
}

/// Every table's rows, by name: what a moved plan must hold the same of.
fn table_counts(conn: &Connection) -> Result<Vec<(String, i64)>> {
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    names
        .into_iter()
        .map(|name| {
            let count = conn.query_row(
                &format!("SELECT count(*) FROM \"{}\"", name.replace('"', "\"\"")),
                [],
                |row| row.get(0),
            )?;
            Ok((name, count))
        })
        .collect()
}

/// Writes everything `conn` holds into a new file at `dest`, encrypted with
/// `key` (or plain for `None`), with the plan's schema version and mark.
pub(crate) fn export_to(conn: &Connection, dest: &Path, key: Option<&DataKey>) -> Result<()> {
    remove_with_logs(dest);
    let target = dest.to_str().ok_or(Error::NotFound("folder"))?;
    let key_text = key.map(DataKey::raw_text);
    conn.execute(
        "ATTACH DATABASE ?1 AS moved KEY ?2",
        rusqlite::params![target, key_text.as_ref().map_or("", |k| k.as_str())],
    )?;
    let exported = (|| -> Result<()> {
        conn.query_row("SELECT sqlcipher_export('moved')", [], |_| Ok(()))?;
        let version: i64 = conn.query_row("PRAGMA main.user_version", [], |r| r.get(0))?;
        conn.execute_batch(&format!(
            "PRAGMA moved.user_version = {version}; PRAGMA moved.application_id = {APPLICATION_ID};"
        ))?;
        Ok(())
    })();
    conn.execute_batch("DETACH DATABASE moved")?;
    exported?;
    set_mode(dest, 0o600)?;
    Ok(())
}

/// Checks a moved file before it replaces anything: encrypted as asked, whole,
/// every table holding the rows `expected` says, the search index answering;
/// then flushed to disk.
fn verify(dest: &Path, key: Option<&DataKey>, expected: &[(String, i64)]) -> Result<()> {
    let failed = |why: &str| Error::PlanDamaged(format!("moved plan: {why}"));
    if key.is_some() == is_plain_sqlite(dest) {
        let _ = std::fs::remove_file(dest);
        return Err(if key.is_some() {
            Error::PlaintextRefused
        } else {
            failed("still encrypted")
        });
    }
    let conn = open_file(dest, OpenFlags::SQLITE_OPEN_READ_ONLY, key)?;
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(failed("integrity"));
    }
    if table_counts(&conn)? != expected {
        return Err(failed("row counts"));
    }
    let searchable: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table'
             AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'",
        )?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for table in searchable {
        let quoted = table.replace('"', "\"\"");
        conn.query_row(
            &format!("SELECT count(*) FROM \"{quoted}\" WHERE \"{quoted}\" MATCH 'waymark'"),
            [],
            |r| r.get::<_, i64>(0),
        )?;
    }
    drop(conn);
    std::fs::File::open(dest)?.sync_all()?;
    Ok(())
}

/// A file and the log files SQLite may keep beside it, removed if there.
fn remove_with_logs(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
}

/// Opens the file at `path` with `from` and counts its rows: `None` if it
/// cannot be read at all (damaged, or locked with another key).
fn readable(path: &Path, from: Option<&DataKey>) -> Option<(Connection, Vec<(String, i64)>)> {
    // Read-write (and create) only so that the moved copy can be attached.
    let source = open_file(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        from,
    )
    .ok()?;
    let counts = table_counts(&source).ok()?;
    Some((source, counts))
}

/// Moves the file at `path`, opened as `source`, to be encrypted with `to`,
/// in place: written beside it, checked, then renamed over it.
fn move_file(
    path: &Path,
    source: Connection,
    expected: &[(String, i64)],
    to: Option<&DataKey>,
) -> Result<()> {
    let mut moving = path.as_os_str().to_owned();
    moving.push(MOVING_SUFFIX);
    let moving = PathBuf::from(moving);
    export_to(&source, &moving, to)?;
    drop(source);
    if let Err(error) = verify(&moving, to, expected) {
        remove_with_logs(&moving);
        return Err(error);
    }
    std::fs::rename(&moving, path)?;
    if let Some(dir) = path.parent() {
        sync_dir(dir);
    }
    Ok(())
}

impl Store {
    /// Turns the lock on: the plan is moved into a file encrypted with `key`,
    /// whose wrappings `keys` holds, then its backups follow. On any failure
    /// before the plan is replaced, the plan is as it was.
    pub fn lock_with(&mut self, key: DataKey, keys: &KeyFile) -> Result<LockMove> {
        if self.is_locked() {
            return Err(Error::PlanLocked);
        }
        let dir = self.dir()?;
        self.move_plan(Some(&key), || keys.write(&dir))?;
        self.key = Some(key);
        self.reopen()?;
        self.write_look()?;
        let mut moved = self.move_backups(None)?;
        moved.damaged_copies_removed = remove_damaged_copies(&dir);
        Ok(moved)
    }

    /// Turns the lock off: the backups are moved out of the lock first, then
    /// the plan, and the key file is removed last.
    pub fn unlock_for_good(&mut self) -> Result<LockMove> {
        let Some(key) = self.key.clone() else {
            return Ok(LockMove::default());
        };
        let dir = self.dir()?;
        let moved = self.move_backups_to(Some(&key), None)?;
        if let Err(error) = self.move_plan(None, || Ok(())) {
            // The plan stays locked, and so do its backups again.
            let _ = self.move_backups_to(None, Some(&key));
            return Err(error);
        }
        self.key = None;
        self.reopen()?;
        KeyFile::remove(&dir)?;
        let _ = std::fs::remove_file(dir.join(crate::store::settings::LOOK_FILE_NAME));
        sync_dir(&dir);
        Ok(moved)
    }

    /// Restores a backup made before the plan was locked, locking it with
    /// the plan's key on the way: it is first copied, encrypted, beside it.
    pub fn restore_backup_and_lock_it(&mut self, file_name: &str) -> Result<PlanCounts> {
        let dir = self.backups_dir().ok_or(Error::NotFound("folder"))?;
        let path = backup_path(&dir, file_name)?;
        let Some(key) = self.key.clone() else {
            return self.restore_backup(file_name);
        };
        if !is_plain_sqlite(&path) {
            return self.restore_backup(file_name);
        }
        check_backup(&path, None)?;
        self.backup(BackupReason::BeforeRestore)?;
        let locked = dir.join(format!("{file_name}.moving"));
        // Read-write (and create) only so the encrypted copy can be attached.
        let source = open_file(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
            None,
        )?;
        export_to(&source, &locked, Some(&key))?;
        drop(source);
        let copied = open_file(&locked, OpenFlags::SQLITE_OPEN_READ_ONLY, Some(&key))
            .map_err(Error::from)
            .and_then(|source| self.restore_from(&source));
        let _ = std::fs::remove_file(&locked);
        copied
    }

    /// The plan's folder.
    fn dir(&self) -> Result<PathBuf> {
        self.path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_owned)
            .ok_or(Error::NotFound("folder"))
    }

    /// Exports and checks the plan into its moving file, runs `before_swap`
    /// (the key file written), closes the plan and renames the new file into
    /// place. The connection is then a placeholder until [`Store::reopen`].
    fn move_plan(
        &mut self,
        to: Option<&DataKey>,
        before_swap: impl FnOnce() -> Result<()>,
    ) -> Result<()> {
        let path = self.path.clone().ok_or(Error::NotFound("folder"))?;
        let mut moving = path.clone().into_os_string();
        moving.push(MOVING_SUFFIX);
        let moving = PathBuf::from(moving);
        let expected = table_counts(&self.conn)?;
        export_to(&self.conn, &moving, to)?;
        if let Err(error) = verify(&moving, to, &expected).and_then(|()| before_swap()) {
            remove_with_logs(&moving);
            return Err(error);
        }
        // Closed, the plan's log is folded into it and removed: nothing of
        // the old plan is left beside the new one.
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        let old = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        old.close().map_err(|(_, error)| error)?;
        if let Err(error) = std::fs::rename(&moving, &path) {
            // The plan was not replaced: it opens again as it was.
            remove_with_logs(&moving);
            self.reopen()?;
            return Err(error.into());
        }
        let dir = self.dir()?;
        sync_dir(&dir);
        for suffix in ["-wal", "-shm"] {
            let mut log = path.clone().into_os_string();
            log.push(suffix);
            let _ = std::fs::remove_file(PathBuf::from(log));
        }
        Ok(())
    }

    /// Opens the plan file again, with the store's key.
    fn reopen(&mut self) -> Result<()> {
        let path = self.path.clone().ok_or(Error::NotFound("folder"))?;
        let fresh = Store::open_with_key(&path, self.key.clone())?;
        self.conn = fresh.conn;
        Ok(())
    }

    /// Moves every backup to the plan's own lock (from `from`).
    fn move_backups(&self, from: Option<&DataKey>) -> Result<LockMove> {
        self.move_backups_to(from, self.key.as_ref())
    }

    fn move_backups_to(&self, from: Option<&DataKey>, to: Option<&DataKey>) -> Result<LockMove> {
        let mut moved = LockMove::default();
        let dir = self.dir()?.join(BACKUP_DIR);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return Ok(moved);
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(MOVING_SUFFIX) || name.ends_with(".part") {
                remove_with_logs(&path);
                continue;
            }
            if !entry.file_type().is_ok_and(|t| t.is_file()) || !name.ends_with(".sqlite3") {
                continue;
            }
            // Already as it should be.
            if is_plain_sqlite(&path) == to.is_none() {
                continue;
            }
            let Some((source, expected)) = readable(&path, from) else {
                // Unreadable, it is of no use, and it must not stay behind
                // readable by anyone else either.
                remove_with_logs(&path);
                moved.backups_removed += 1;
                continue;
            };
            match move_file(&path, source, &expected, to) {
                Ok(()) => moved.backups_moved += 1,
                Err(_) => moved.backups_left += 1,
            }
        }
        Ok(moved)
    }

    /// After a start: finishes what a lock move interrupted by a crash left.
    /// Locked, every backup not yet locked is locked and damaged copies are
    /// removed; without a lock, a key file left by a move that never
    /// happened is removed. Moving files left half-written go either way.
    pub(crate) fn tidy_after_lock_moves(&mut self) -> Result<()> {
        let Ok(dir) = self.dir() else {
            return Ok(());
        };
        let mut moving = dir.join(DB_FILE_NAME).into_os_string();
        moving.push(MOVING_SUFFIX);
        remove_with_logs(Path::new(&moving));
        if self.is_locked() {
            self.move_backups(None)?;
            remove_damaged_copies(&dir);
        } else if dir.join(KEY_FILE_NAME).exists() && is_plain_sqlite(&dir.join(DB_FILE_NAME)) {
            KeyFile::remove(&dir)?;
        }
        Ok(())
    }
}

/// Removes the copies of a damaged plan put aside beside it: they are not
/// encrypted, and a locked plan leaves nothing readable. Returns how many.
fn remove_damaged_copies(dir: &Path) -> u32 {
    let mut removed = 0;
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("waymark-damaged-")
            && std::fs::remove_file(entry.path()).is_ok()
            && name.ends_with(".sqlite3")
        {
            removed += 1;
        }
    }
    removed
}
