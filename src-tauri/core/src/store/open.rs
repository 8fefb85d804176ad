//! Opening a plan: the file is checked before anything is written (it is a
//! Waymark plan, not from a newer Waymark, not damaged), an older plan is backed
//! up, then migrated, and what was deleted long ago is purged.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};
use crate::store::backup::{backup_conn, BackupReason, BACKUP_DIR};
use crate::store::connection::DB_FILE_NAME;
use crate::store::connection::{now, open_file, Store, APPLICATION_ID, WAL_BACKSTOP_PAGES};
use crate::store::keys::DataKey;
use crate::store::migrations::{migrations, SCHEMA_VERSION};

/// Days something stays in Recently deleted before it is gone for good.
pub const KEEP_DAYS: i64 = 30;

impl Store {
    /// Opens (or creates) the plan in `dir`, creating the folder if needed.
    pub fn open_in_dir(dir: &Path) -> Result<Store> {
        Store::open_in_dir_with_key(dir, None)
    }

    /// Opens the plan in `dir` with the key of its lock (`None`: no lock).
    /// The folder and every file in it are made this account's only.
    pub fn open_in_dir_with_key(dir: &Path, key: Option<DataKey>) -> Result<Store> {
        crate::store::files::make_private(dir)?;
        // A folder that cannot be written to is named as such, not as a vague
        // "cannot open": SQLite needs to write its log files beside the plan.
        let probe = dir.join(".waymark-write-check");
        std::fs::write(&probe, b"")?;
        std::fs::remove_file(&probe)?;
        let path = dir.join(DB_FILE_NAME);
        if !path.exists() {
            // Created this account's only from the start; SQLite gives its
            // log files the plan file's permissions.
            crate::store::files::write_private(&path, b"")?;
        }
        let mut store = Store::open_with_key(&path, key)?;
        store.tidy_after_lock_moves()?;
        Ok(store)
    }

    /// Opens (or creates) the plan file at `path` and brings its schema up to date.
    ///
    /// A file written by a newer Waymark, or a file that is not a Waymark plan, is
    /// refused before anything is written to it.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with_key(path, None)
    }

    /// Opens the plan file at `path`, locked with `key` (`None`: no lock). A
    /// key that does not open the file is [`Error::KeyFileMissing`].
    pub fn open_with_key(path: &Path, key: Option<DataKey>) -> Result<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = open_file(path, flags, key.as_ref())?;
        let locked = key.is_some();
        Store::init(conn, Some(path.to_owned()), key).map_err(|e| match e {
            Error::NotAPlan if locked => Error::KeyFileMissing,
            other => other,
        })
    }

    /// A plan held in memory only: for tests and previews.
    pub fn open_in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?, None, None)
    }

    fn init(conn: Connection, path: Option<PathBuf>, key: Option<DataKey>) -> Result<Store> {
        conn.busy_timeout(Duration::from_secs(5))?;
        // Every screen's statements stay prepared as the student moves between
        // screens: rusqlite keeps 16 by default, fewer than the screens use.
        conn.set_prepared_statement_cache_capacity(128);
        check_file_is_ours(&conn)?;
        // Read-only checks first: nothing is written to a damaged plan, not even
        // the switch to the write-ahead log.
        health_check(&conn)?;

        // Durable and consistent: the write-ahead log survives a crash, FULL sync
        // means an acknowledged save is on disk, and links between rows hold.
        if path.is_some() {
            let mode: String =
                conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(Error::NotAPlan);
            }
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "wal_autocheckpoint", WAL_BACKSTOP_PAGES)?;
        // Nothing of the plan in temporary files on disk, and what is deleted
        // is overwritten, not only unlinked from the page.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        // A locked plan's pages are decrypted as they are read: a larger
        // cache (16 MiB, used only as pages are read) keeps the screens one
        // moves between decrypted, instead of decrypting them on every visit.
        if key.is_some() {
            conn.pragma_update(None, "cache_size", -16_384)?;
        }

        // A plan from an older Waymark is backed up before it is changed.
        let version: u32 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        if let Some(dir) = path.as_deref().and_then(Path::parent) {
            if version > 0 && version < SCHEMA_VERSION {
                backup_conn(
                    &conn,
                    &dir.join(BACKUP_DIR),
                    BackupReason::BeforeMigration,
                    key.is_some(),
                )?;
            }
        }
        let mut store = Store { conn, path, key };
        store.finish_open()?;
        Ok(store)
    }

    /// Brings the schema up to date and tidies up: on open, and after a restore.
    pub(crate) fn finish_open(&mut self) -> Result<()> {
        if self.path.is_some() {
            self.conn
                .pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        }
        // The mark comes first: a first start killed between the two leaves a
        // marked plan with no schema yet, which the next start finishes. The
        // other way round it left a schema without the mark, refused as not a plan.
        self.conn
            .pragma_update(None, "application_id", APPLICATION_ID)?;
        migrations().to_latest(&mut self.conn)?;
        // What was deleted more than 30 days ago is gone for good. Housekeeping
        // never stops the plan from opening (on a full disk it waits for next time).
        let _ = self.purge_deleted(&now());
        Ok(())
    }

    /// Removes from Recently deleted what was deleted more than [`KEEP_DAYS`]
    /// days before `now` (RFC 3339). Returns how many were purged.
    pub fn purge_deleted(&self, now: &str) -> Result<usize> {
        let cutoff = chrono::DateTime::parse_from_rfc3339(now)
            .map(|at| {
                (at - chrono::Duration::days(KEEP_DAYS))
                    .with_timezone(&chrono::Utc)
                    .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
            })
            .map_err(|_| Error::NotFound("time"))?;
        Ok(self
            .conn
            .execute("DELETE FROM trash WHERE deleted_at < ?1", [cutoff])?)
    }
}

/// Refuses files that are not Waymark plans or were written by a newer Waymark,
/// reading only the header: nothing is written before these checks pass.
fn check_file_is_ours(conn: &Connection) -> Result<()> {
    let header = conn.query_row(
        "SELECT (SELECT application_id FROM pragma_application_id),
                (SELECT user_version FROM pragma_user_version)",
        [],
        |row| Ok((row.get::<_, i64>(0)?, row.get::<_, i64>(1)?)),
    );
    let (application_id, user_version) = match header {
        Ok(values) => values,
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::NotADatabase =>
        {
            return Err(Error::NotAPlan)
        }
        // A database whose schema cannot be read (the header is read with
        // it): the plan's own file, damaged, not some other file.
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::DatabaseCorrupt =>
        {
            return Err(Error::PlanDamaged(e.to_string()))
        }
        Err(other) => return Err(other.into()),
    };
    let fresh = application_id == 0 && user_version == 0;
    if !fresh && application_id != i64::from(APPLICATION_ID) {
        return Err(Error::NotAPlan);
    }
    if user_version > i64::from(SCHEMA_VERSION) {
        return Err(Error::PlanTooNew {
            found: u32::try_from(user_version).unwrap_or(u32::MAX),
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// `PRAGMA quick_check` before anything is written: a damaged plan is never
/// migrated or written to.
fn health_check(conn: &Connection) -> Result<()> {
    let damaged = |e: rusqlite::Error| match e {
        rusqlite::Error::SqliteFailure(f, _)
            if matches!(
                f.code,
                rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase
            ) =>
        {
            Error::PlanDamaged(f.to_string())
        }
        other => Error::Storage(other),
    };
    // Every b-tree of every table and index, page by page, the schema first.
    // The search index's own (FTS5) consistency check is left out: it reads
    // every word of ten years of reflections (most of a start-up's time), and
    // the index is derived from the plan, so it can always be rebuilt.
    let mut tables: Vec<String> = vec!["sqlite_schema".into()];
    let mut stmt = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table'
             AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
        )
        .map_err(damaged)?;
    tables.extend(
        stmt.query_map([], |row| row.get::<_, String>(0))
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(damaged)?,
    );
    let mut problems = Vec::new();
    for table in &tables {
        let mut check = conn
            .prepare(&format!(
                "PRAGMA quick_check(\"{}\")",
                table.replace('"', "\"\"")
            ))
            .map_err(damaged)?;
        let found: Vec<String> = check
            .query_map([], |row| row.get(0))
            .and_then(|rows| rows.collect())
            .map_err(damaged)?;
        problems.extend(found.into_iter().filter(|p| p != "ok"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::PlanDamaged(
            problems.into_iter().take(3).collect::<Vec<_>>().join("; "),
        ))
    }
}
