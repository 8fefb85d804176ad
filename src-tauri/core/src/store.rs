//! The SQLite store: one file per plan, opened with safe settings, migrated with
//! append-only `.sql` files, and refused when a newer Waymark wrote it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{Migrations, M};

use crate::error::{Error, Result};

/// The plan file's name inside the data folder.
pub const DB_FILE_NAME: &str = "waymark.sqlite3";

/// Marks a SQLite file as a Waymark plan (`PRAGMA application_id`), ASCII "WYMK".
pub const APPLICATION_ID: i32 = 0x5759_4D4B;

/// The schema, one migration per file, in order. Append only: a shipped file is
/// never edited.
const MIGRATION_FILES: &[&str] = &[
    include_str!("../migrations/0001_goals.sql"),
    include_str!("../migrations/0002_settings.sql"),
    include_str!("../migrations/0003_courses.sql"),
    include_str!("../migrations/0004_reflections.sql"),
    include_str!("../migrations/0005_recently_deleted.sql"),
    include_str!("../migrations/0006_reviews.sql"),
    include_str!("../migrations/0007_goal_story.sql"),
    include_str!("../migrations/0008_share_log.sql"),
    include_str!("../migrations/0009_tutor_feedback.sql"),
];

/// The schema version this build writes and understands.
pub const SCHEMA_VERSION: u32 = MIGRATION_FILES.len() as u32;

fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATION_FILES.iter().map(|sql| M::up(sql)).collect())
}

/// Pages the write-ahead log may hold before a write copies it back into the
/// plan file itself. SQLite's default (1,000) makes every few hundredth save wait
/// for that copy (26 ms on the ten-year plan, while the student types). The app
/// copies it in the background instead (`Checkpointer`); this is the backstop.
pub const WAL_BACKSTOP_PAGES: u32 = 8_000;

/// An open plan.
pub struct Store {
    pub(crate) conn: Connection,
    path: Option<PathBuf>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (or creates) the plan in `dir`, creating the folder if needed.
    pub fn open_in_dir(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir)?;
        // A folder that cannot be written to is named as such, not as a vague
        // "cannot open": SQLite needs to write its log files beside the plan.
        let probe = dir.join(".waymark-write-check");
        std::fs::write(&probe, b"")?;
        std::fs::remove_file(&probe)?;
        Store::open(&dir.join(DB_FILE_NAME))
    }

    /// Opens (or creates) the plan file at `path` and brings its schema up to date.
    ///
    /// A file written by a newer Waymark, or a file that is not a Waymark plan, is
    /// refused before anything is written to it.
    pub fn open(path: &Path) -> Result<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        Store::init(conn, Some(path.to_owned()))
    }

    /// A plan held in memory only: for tests and previews.
    pub fn open_in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?, None)
    }

    fn init(conn: Connection, path: Option<PathBuf>) -> Result<Store> {
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

        // A plan from an older Waymark is backed up before it is changed.
        let version: u32 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        if let Some(dir) = path.as_deref().and_then(Path::parent) {
            if version > 0 && version < SCHEMA_VERSION {
                crate::backup::backup_conn(
                    &conn,
                    &dir.join(crate::backup::BACKUP_DIR),
                    crate::backup::BackupReason::BeforeMigration,
                )?;
            }
        }
        let mut store = Store { conn, path };
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

    /// Where the plan file is, if it is on disk.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Lets go of the pages SQLite keeps in memory for this plan (they are read
    /// again when needed): for after the start's check and backup, which read
    /// the whole file.
    pub fn release_memory(&self) -> Result<()> {
        self.conn.execute_batch("PRAGMA shrink_memory")?;
        Ok(())
    }

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
        })
    }

    /// The connection's safety settings, as SQLite reports them.
    pub fn connection_settings(&self) -> Result<ConnectionSettings> {
        let pragma = |name: &str| -> Result<String> {
            Ok(self
                .conn
                .query_row(&format!("SELECT * FROM pragma_{name}"), [], |row| {
                    row.get::<_, rusqlite::types::Value>(0)
                })
                .map(|value| match value {
                    rusqlite::types::Value::Integer(i) => i.to_string(),
                    rusqlite::types::Value::Text(t) => t,
                    other => format!("{other:?}"),
                })?)
        };
        Ok(ConnectionSettings {
            journal_mode: pragma("journal_mode")?,
            synchronous: pragma("synchronous")?,
            foreign_keys: pragma("foreign_keys")? == "1",
            busy_timeout_ms: pragma("busy_timeout")?.parse().unwrap_or(0),
            // Not a table-valued pragma: asked directly.
            wal_autocheckpoint: self.conn.pragma_query_value(
                None,
                "wal_autocheckpoint",
                |row| row.get(0),
            )?,
        })
    }

    /// The schema version of the open plan.
    pub fn schema_version(&self) -> Result<u32> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |row| row.get(0))?)
    }
}

/// How the connection is set up (for diagnostics and tests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectionSettings {
    pub journal_mode: String,
    /// `2` is FULL.
    pub synchronous: String,
    pub foreign_keys: bool,
    pub busy_timeout_ms: u64,
    /// Log pages at which a save copies the log back itself (the backstop).
    pub wal_autocheckpoint: i64,
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
            if matches!(
                e.code,
                rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt
            ) =>
        {
            return Err(Error::NotAPlan)
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

/// The time now, as stored: RFC 3339 in UTC with milliseconds.
/// Gives each of `parents` its rows, read in one query sorted by the parent's
/// id (in column `id_column`): the parents, sorted the same way, are walked
/// alongside the rows, so there is no lookup per row. Rows whose parent is not
/// among `parents` are skipped.
pub(crate) fn attach_sorted<T>(
    parents: &mut [T],
    parent_id: impl Fn(&T) -> &str,
    mut rows: rusqlite::Rows<'_>,
    id_column: usize,
    mut attach: impl FnMut(&mut T, &rusqlite::Row<'_>) -> rusqlite::Result<()>,
) -> Result<()> {
    let mut order: Vec<usize> = (0..parents.len()).collect();
    order.sort_unstable_by(|&a, &b| parent_id(&parents[a]).cmp(parent_id(&parents[b])));
    let mut at = 0;
    while let Some(row) = rows.next()? {
        let id = row
            .get_ref(id_column)?
            .as_str()
            .map_err(rusqlite::Error::from)?;
        while at < order.len() && parent_id(&parents[order[at]]) < id {
            at += 1;
        }
        if let Some(&i) = order.get(at).filter(|&&i| parent_id(&parents[i]) == id) {
            attach(&mut parents[i], row)?;
        }
    }
    Ok(())
}

pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(migrations().validate().is_ok());
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
        let conn = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
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
