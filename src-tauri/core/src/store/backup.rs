//! Backups: consistent snapshots of the plan (`VACUUM INTO`, never a copy of
//! the live file), kept in a `backups` folder beside it with a clear rotation,
//! and restored all or nothing.
//!
//! - On start, when the newest backup is more than a day old.
//! - Before every migration, before a restore and before a full import.
//! - "Back up now", to any place the student chooses (a USB stick).
//!
//! Rotation keeps the newest backup of each of the last 7 days, 4 weeks and 12
//! months, and the 3 newest of all; and never lets backups take more than a
//! tenth of the disk's free space (the 2 newest are always kept).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, NaiveDateTime, Utc};
use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::store::connection::{open_file, Store, APPLICATION_ID};
use crate::store::files::{is_plain_sqlite, set_mode, sync_dir};
use crate::store::keys::DataKey;
use crate::store::migrations::SCHEMA_VERSION;

pub const BACKUP_DIR: &str = "backups";
const PREFIX: &str = "waymark-";
const SUFFIX: &str = ".sqlite3";
const STAMP: &str = "%Y%m%dT%H%M%S%.3fZ";
/// Backups may use at most this share of the disk's free space.
const DISK_SHARE: f64 = 0.10;

/// Why a backup was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum BackupReason {
    Daily,
    BeforeMigration,
    BeforeRestore,
    BeforeImport,
}

impl BackupReason {
    const ALL: [BackupReason; 4] = [
        BackupReason::Daily,
        BackupReason::BeforeMigration,
        BackupReason::BeforeRestore,
        BackupReason::BeforeImport,
    ];

    fn as_str(self) -> &'static str {
        match self {
            BackupReason::Daily => "daily",
            BackupReason::BeforeMigration => "before-migration",
            BackupReason::BeforeRestore => "before-restore",
            BackupReason::BeforeImport => "before-import",
        }
    }
}

/// How much a plan holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlanCounts {
    pub goals: u32,
    pub steps: u32,
    pub reflections: u32,
    pub courses: u32,
}

/// One backup in the `backups` folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BackupInfo {
    pub file_name: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub reason: BackupReason,
    #[ts(type = "number")]
    pub size_bytes: u64,
    /// What it holds; `None` if it could not be read (damaged).
    pub counts: Option<PlanCounts>,
    /// Whether it is encrypted (made while the plan was locked).
    pub locked: bool,
}

/// Where the plan is kept, plainly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlanInfo {
    pub folder: String,
    pub file: String,
    /// The plan file and its write-ahead log together.
    #[ts(type = "number")]
    pub size_bytes: u64,
    pub backups_folder: String,
    pub last_backup: Option<BackupInfo>,
    pub backups: u32,
    pub counts: PlanCounts,
}

/// The date of a day counted from 1970-01-01, as YYYY-MM-DD.
pub fn date_of_day(days: u64) -> String {
    (DateTime::UNIX_EPOCH + chrono::Duration::days(days as i64))
        .format("%Y-%m-%d")
        .to_string()
}

/// The name a backup made at `at` for `reason` gets.
fn file_name(at: DateTime<Utc>, reason: BackupReason) -> String {
    format!("{PREFIX}{}-{}{SUFFIX}", at.format(STAMP), reason.as_str())
}

/// The time and reason in a backup's name; `None` for any other file.
fn parse_name(name: &str) -> Option<(DateTime<Utc>, BackupReason)> {
    let rest = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let (stamp, reason) = rest.split_once('-')?;
    let at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?.and_utc();
    let reason = BackupReason::ALL
        .into_iter()
        .find(|r| r.as_str() == reason)?;
    Some((at, reason))
}

/// Writes a consistent copy of `conn`'s plan to `dest`: first to a temporary
/// file beside it, flushed to disk, then renamed into place. A crash at any
/// moment leaves either no file at `dest` or a whole one.
///
/// A copy of a locked plan (`locked`) is encrypted with the plan's own key
/// (SQLCipher's `VACUUM INTO` keeps it). Should it ever come out readable
/// without the key, it is removed and [`Error::PlaintextRefused`] returned:
/// a plaintext copy of a locked plan is never left anywhere.
pub(crate) fn snapshot(conn: &Connection, dest: &Path, locked: bool) -> Result<()> {
    let dir = dest.parent().ok_or(Error::NotFound("folder"))?;
    std::fs::create_dir_all(dir)?;
    let part = dest.with_extension("part");
    let _ = std::fs::remove_file(&part);
    let target = part.to_str().ok_or(Error::NotFound("folder"))?;
    conn.execute("VACUUM INTO ?1", [target])?;
    if locked && is_plain_sqlite(&part) {
        let _ = std::fs::remove_file(&part);
        return Err(Error::PlaintextRefused);
    }
    set_mode(&part, 0o600)?;
    std::fs::File::open(&part)?.sync_all()?;
    std::fs::rename(&part, dest)?;
    sync_dir(dir);
    Ok(())
}

/// The backups folder, made if needed, this account's only.
fn private_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    set_mode(dir, 0o700)
}

/// Makes a backup of `conn` in `backups_dir` (used before a migration, when the
/// store is not open yet).
pub(crate) fn backup_conn(
    conn: &Connection,
    backups_dir: &Path,
    reason: BackupReason,
    locked: bool,
) -> Result<()> {
    private_dir(backups_dir)?;
    snapshot(
        conn,
        &backups_dir.join(file_name(Utc::now(), reason)),
        locked,
    )?;
    rotate(backups_dir, Utc::now())?;
    Ok(())
}

/// Counts what a plan file holds, opening it read-only. `None` if it is not a
/// readable Waymark plan (or not readable with `key`).
fn counts_of(path: &Path, key: Option<&DataKey>) -> Option<PlanCounts> {
    let conn = open_file(path, OpenFlags::SQLITE_OPEN_READ_ONLY, key).ok()?;
    let app: i64 = conn
        .query_row(
            "SELECT application_id FROM pragma_application_id",
            [],
            |r| r.get(0),
        )
        .ok()?;
    if app != i64::from(APPLICATION_ID) {
        return None;
    }
    let count = |table: &str| -> u32 {
        conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
            .unwrap_or(0)
    };
    Some(PlanCounts {
        goals: count("goal"),
        steps: count("step"),
        reflections: count("reflection"),
        courses: conn
            .query_row(
                "SELECT COUNT(*) FROM course WHERE choice IS NOT NULL OR source = 'own'",
                [],
                |r| r.get(0),
            )
            .unwrap_or(0),
    })
}

/// Every backup in `backups_dir`, newest first, read with `key` (the plan's
/// lock, if it has one).
pub fn list(backups_dir: &Path, key: Option<&DataKey>) -> Result<Vec<BackupInfo>> {
    let mut found = Vec::new();
    let entries = match std::fs::read_dir(backups_dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(found),
        Err(e) => return Err(e.into()),
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((at, reason)) = parse_name(&name) else {
            continue;
        };
        let size_bytes = entry.metadata().map(|m| m.len()).unwrap_or(0);
        let path = entry.path();
        let counts = counts_of(&path, key).or_else(|| {
            // A backup made before the lock: readable, and said to be so.
            key.and_then(|_| counts_of(&path, None))
        });
        found.push(BackupInfo {
            locked: !is_plain_sqlite(&path),
            counts,
            file_name: name,
            created_at: at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            reason,
            size_bytes,
        });
    }
    found.sort_by(|a, b| b.created_at.cmp(&a.created_at));
    Ok(found)
}

/// Which backups the rotation keeps, given (name, time, size) of each, newest
/// first or not, and the most bytes they may take.
pub fn keep_set(backups: &[(String, DateTime<Utc>, u64)], budget: u64) -> BTreeSet<String> {
    let mut sorted: Vec<&(String, DateTime<Utc>, u64)> = backups.iter().collect();
    sorted.sort_by_key(|b| std::cmp::Reverse(b.1));
    let mut keep: BTreeSet<String> = BTreeSet::new();
    let mut pick = |key: &dyn Fn(&DateTime<Utc>) -> (i32, u32), slots: usize| {
        let mut seen: Vec<(i32, u32)> = Vec::new();
        for (name, at, _) in &sorted {
            let k = key(at);
            if !seen.contains(&k) {
                if seen.len() == slots {
                    break;
                }
                seen.push(k);
                keep.insert(name.clone());
            }
        }
    };
    pick(&|at| (at.year(), at.ordinal()), 7);
    pick(&|at| (at.iso_week().year(), at.iso_week().week()), 4);
    pick(&|at| (at.year(), at.month()), 12);
    for (name, _, _) in sorted.iter().take(3) {
        keep.insert(name.clone());
    }
    // Within the disk budget: drop the oldest kept ones, never the 2 newest.
    let mut total: u64 = sorted
        .iter()
        .filter(|b| keep.contains(&b.0))
        .map(|b| b.2)
        .sum();
    for (name, _, size) in sorted.iter().skip(2).rev() {
        if total <= budget {
            break;
        }
        if keep.remove(name) {
            total = total.saturating_sub(*size);
        }
    }
    keep
}

/// Applies the rotation in `backups_dir`, and clears half-written files left
/// by a crash.
pub fn rotate(backups_dir: &Path, _now: DateTime<Utc>) -> Result<()> {
    let mut backups = Vec::new();
    for entry in std::fs::read_dir(backups_dir)?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        // `.part`, and the journal SQLite may leave beside it (`.part-journal`).
        if name.starts_with(PREFIX) && name.contains(".part") {
            let _ = std::fs::remove_file(entry.path());
            continue;
        }
        if let Some((at, _)) = parse_name(&name) {
            backups.push((name, at, entry.metadata().map(|m| m.len()).unwrap_or(0)));
        }
    }
    let total: u64 = backups.iter().map(|b| b.2).sum();
    let free = fs4::available_space(backups_dir).unwrap_or(u64::MAX / 4);
    let budget = ((free.saturating_add(total)) as f64 * DISK_SHARE) as u64;
    let keep = keep_set(&backups, budget);
    for (name, _, _) in &backups {
        if !keep.contains(name) {
            let _ = std::fs::remove_file(backups_dir.join(name));
        }
    }
    Ok(())
}

/// Checks that `path` is a whole Waymark plan this Waymark can open with
/// `key`, reading only.
pub(crate) fn check_backup(path: &Path, key: Option<&DataKey>) -> Result<()> {
    let conn =
        open_file(path, OpenFlags::SQLITE_OPEN_READ_ONLY, key).map_err(|_| Error::NotAPlan)?;
    let (app, version): (i64, i64) = conn
        .query_row(
            "SELECT (SELECT application_id FROM pragma_application_id),
                    (SELECT user_version FROM pragma_user_version)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(|_| Error::NotAPlan)?;
    if app != i64::from(APPLICATION_ID) {
        return Err(Error::NotAPlan);
    }
    if version > i64::from(SCHEMA_VERSION) {
        return Err(Error::PlanTooNew {
            found: u32::try_from(version).unwrap_or(u32::MAX),
            supported: SCHEMA_VERSION,
        });
    }
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|e| Error::PlanDamaged(e.to_string()))?;
    if check != "ok" {
        return Err(Error::PlanDamaged(check));
    }
    Ok(())
}

/// A backup's file name from the UI: only a name this folder could hold.
pub(crate) fn backup_path(backups_dir: &Path, file_name: &str) -> Result<PathBuf> {
    if parse_name(file_name).is_none() || file_name.contains(['/', '\\']) {
        return Err(Error::NotFound("backup"));
    }
    let path = backups_dir.join(file_name);
    if !path.is_file() {
        return Err(Error::NotFound("backup"));
    }
    Ok(path)
}

/// Copies the newest backup that passes its check into `plan_path`, which must
/// not exist (the damaged plan has been moved aside). Returns its name. A
/// locked plan (`key`) takes only backups locked with its own key.
pub fn restore_newest_into(
    backups_dir: &Path,
    plan_path: &Path,
    key: Option<&DataKey>,
) -> Result<String> {
    for info in list(backups_dir, key)? {
        let path = backups_dir.join(&info.file_name);
        if info.locked == key.is_some() && check_backup(&path, key).is_ok() {
            let source = open_file(&path, OpenFlags::SQLITE_OPEN_READ_ONLY, key)?;
            snapshot(&source, plan_path, key.is_some())?;
            return Ok(info.file_name);
        }
    }
    Err(Error::NotFound("backup"))
}

/// For a plan found damaged on start: moves the plan file (and its log files)
/// aside under a dated name, untouched, and puts the newest good backup in its
/// place. Returns the backup's name. Nothing is deleted.
pub fn replace_damaged_plan(data_dir: &Path, key: Option<&DataKey>) -> Result<String> {
    let plan = data_dir.join(crate::DB_FILE_NAME);
    let backups = data_dir.join(BACKUP_DIR);
    // Check there is a good backup before moving anything.
    if !list(&backups, key)?.iter().any(|b| {
        b.locked == key.is_some() && check_backup(&backups.join(&b.file_name), key).is_ok()
    }) {
        return Err(Error::NotFound("backup"));
    }
    let stamp = Utc::now().format("%Y%m%dT%H%M%SZ");
    for suffix in ["", "-wal", "-shm"] {
        let from = PathBuf::from(format!("{}{suffix}", plan.display()));
        if from.exists() {
            std::fs::rename(
                &from,
                data_dir.join(format!("waymark-damaged-{stamp}.sqlite3{suffix}")),
            )?;
        }
    }
    restore_newest_into(&backups, &plan, key)
}

impl Store {
    /// The folder beside the plan where backups are kept.
    pub fn backups_dir(&self) -> Option<PathBuf> {
        self.path()
            .and_then(Path::parent)
            .map(|dir| dir.join(BACKUP_DIR))
    }

    /// Every backup beside the plan, newest first, read with its key.
    pub fn list_backups(&self) -> Result<Vec<BackupInfo>> {
        let dir = self.backups_dir().ok_or(Error::NotFound("folder"))?;
        list(&dir, self.key.as_ref())
    }

    /// Makes a backup now in the backups folder, then rotates.
    pub fn backup(&self, reason: BackupReason) -> Result<BackupInfo> {
        let dir = self.backups_dir().ok_or(Error::NotFound("folder"))?;
        let name = file_name(Utc::now(), reason);
        private_dir(&dir)?;
        snapshot(&self.conn, &dir.join(&name), self.is_locked())?;
        rotate(&dir, Utc::now())?;
        list(&dir, self.key.as_ref())?
            .into_iter()
            .find(|b| b.file_name == name)
            .ok_or(Error::NotFound("backup"))
    }

    /// The daily backup: made if the newest is more than a day old (or there is
    /// none) and the plan holds anything.
    pub fn backup_if_due(&self) -> Result<Option<BackupInfo>> {
        let Some(dir) = self.backups_dir() else {
            return Ok(None);
        };
        let newest = list(&dir, self.key.as_ref())?.into_iter().next();
        let due = newest
            .and_then(|b| DateTime::parse_from_rfc3339(&b.created_at).ok())
            .is_none_or(|at| Utc::now() - at.with_timezone(&Utc) > chrono::Duration::hours(24));
        let empty = self.counts()? == PlanCounts::default();
        if !due || empty {
            return Ok(None);
        }
        self.backup(BackupReason::Daily).map(Some)
    }

    /// Saves a consistent copy of the plan at `dest` (for "Back up now"):
    /// locked with the plan's own key if the plan is locked.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        snapshot(&self.conn, dest, self.is_locked())
    }

    /// How much the plan holds.
    pub fn counts(&self) -> Result<PlanCounts> {
        let count = |sql: &str| -> Result<u32> { Ok(self.conn.query_row(sql, [], |r| r.get(0))?) };
        Ok(PlanCounts {
            goals: count("SELECT COUNT(*) FROM goal")?,
            steps: count("SELECT COUNT(*) FROM step")?,
            reflections: count("SELECT COUNT(*) FROM reflection")?,
            courses: count(
                "SELECT COUNT(*) FROM course WHERE choice IS NOT NULL OR source = 'own'",
            )?,
        })
    }

    /// Replaces the plan with a backup, after a backup of the plan as it is.
    /// The copy is one transaction: the plan is either as it was or as the
    /// backup was, never a mix. An older backup is then brought up to date.
    ///
    /// A locked plan takes a backup made before its lock only when asked
    /// with [`Store::restore_backup_and_lock_it`]; here it is
    /// [`Error::BackupNotLocked`], and nothing is changed.
    pub fn restore_backup(&mut self, file_name: &str) -> Result<PlanCounts> {
        let dir = self.backups_dir().ok_or(Error::NotFound("folder"))?;
        let path = backup_path(&dir, file_name)?;
        if self.is_locked() && is_plain_sqlite(&path) {
            check_backup(&path, None)?;
            return Err(Error::BackupNotLocked);
        }
        check_backup(&path, self.key.as_ref())?;
        self.backup(BackupReason::BeforeRestore)?;
        let source = open_file(&path, OpenFlags::SQLITE_OPEN_READ_ONLY, self.key.as_ref())?;
        self.restore_from(&source)
    }

    pub(crate) fn restore_from(&mut self, source: &Connection) -> Result<PlanCounts> {
        {
            let backup = rusqlite::backup::Backup::new(source, &mut self.conn)?;
            // All pages in one step: one transaction on the plan.
            backup.step(-1)?;
        }
        self.finish_open()?;
        self.counts()
    }

    /// The folder, the size, and the last backup.
    pub fn plan_info(&self) -> Result<PlanInfo> {
        let file = self.path().ok_or(Error::NotFound("folder"))?.to_owned();
        let folder = file.parent().ok_or(Error::NotFound("folder"))?.to_owned();
        let size = |p: PathBuf| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        let mut wal = file.clone().into_os_string();
        wal.push("-wal");
        let backups_dir = folder.join(BACKUP_DIR);
        let backups = list(&backups_dir, self.key.as_ref())?;
        Ok(PlanInfo {
            folder: folder.display().to_string(),
            file: file.display().to_string(),
            size_bytes: size(file.clone()) + size(PathBuf::from(wal)),
            backups_folder: backups_dir.display().to_string(),
            backups: backups.len() as u32,
            last_backup: backups.into_iter().next(),
            counts: self.counts()?,
        })
    }

    /// `PRAGMA integrity_check`, on demand: `Ok` or the first problems found.
    pub fn integrity_check(&self) -> Result<()> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let problems: Vec<String> = stmt
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if problems.len() == 1 && problems[0] == "ok" {
            Ok(())
        } else {
            Err(Error::PlanDamaged(
                problems.into_iter().take(3).collect::<Vec<_>>().join("; "),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_of_a_locked_plan_that_comes_out_readable_is_never_left() {
        // A connection without the key stands for whatever could ever make
        // SQLite write a plain copy of a locked plan: the guard must catch it.
        let dir = tempfile::tempdir().expect("dir");
        let conn = Connection::open(dir.path().join("plain.sqlite3")).expect("open");
        conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES ('private words');")
            .expect("fill");
        let dest = dir.path().join("backups").join("copy.sqlite3");
        assert!(matches!(
            snapshot(&conn, &dest, true),
            Err(Error::PlaintextRefused)
        ));
        let left: Vec<_> = std::fs::read_dir(dir.path().join("backups"))
            .expect("folder")
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert!(left.is_empty(), "nothing written: {left:?}");
        // The same copy of a plan without a lock is fine.
        snapshot(&conn, &dest, false).expect("plain plan, plain copy");
        assert!(is_plain_sqlite(&dest));
    }

    #[test]
    fn names_carry_the_time_and_reason() {
        let at = DateTime::parse_from_rfc3339("2026-11-26T09:21:14.123Z")
            .expect("time")
            .with_timezone(&Utc);
        let name = file_name(at, BackupReason::BeforeMigration);
        assert_eq!(
            name,
            "waymark-20261126T092114.123Z-before-migration.sqlite3"
        );
        assert_eq!(parse_name(&name), Some((at, BackupReason::BeforeMigration)));
        for other in [
            "waymark.sqlite3",
            "waymark-x-daily.sqlite3",
            "notes.txt",
            "waymark-20261126T092114.123Z-daily.part",
        ] {
            assert_eq!(parse_name(other), None, "{other}");
        }
    }
}
