//! An open plan: the connection and what every layer above shares (the time as
//! stored, rows attached to their parents).

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use zeroize::Zeroizing;

use crate::error::Result;
use crate::store::keys::DataKey;

/// The plan file's name inside the data folder.
pub const DB_FILE_NAME: &str = "waymark.sqlite3";

/// Marks a SQLite file as a Waymark plan (`PRAGMA application_id`), ASCII "WYMK".
pub const APPLICATION_ID: i32 = 0x5759_4D4B;

/// Pages the write-ahead log may hold before a write copies it back into the
/// plan file itself. SQLite's default (1,000) makes every few hundredth save wait
/// for that copy (26 ms on the ten-year plan, while the student types). The app
/// copies it in the background instead (`Checkpointer`); this is the backstop.
pub const WAL_BACKSTOP_PAGES: u32 = 8_000;

/// An open plan.
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) path: Option<PathBuf>,
    /// The key of a locked (encrypted) plan; `None` for a plan without a lock.
    pub(crate) key: Option<DataKey>,
}

/// Waits, once per process, until SQLCipher has registered its functions for
/// every new connection. SQLite runs SQLCipher's set-up just after it marks
/// itself initialised, so a connection opened on another thread in that
/// moment lacked `sqlcipher_export` (seen in parallel tests): after this,
/// every connection has it.
fn sqlcipher_ready() {
    static READY: std::sync::Once = std::sync::Once::new();
    READY.call_once(|| {
        for _ in 0..2_000 {
            let ready = Connection::open_in_memory().is_ok_and(|conn| {
                conn.query_row(
                    "SELECT count(*) FROM pragma_function_list WHERE name = 'sqlcipher_export'",
                    [],
                    |row| row.get::<_, i64>(0),
                )
                .is_ok_and(|n| n > 0)
            });
            if ready {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    });
}

/// Opens a SQLite file, giving SQLCipher `key` first if the plan is locked.
/// SQLCipher's own log is silenced: it is never where plan details go.
pub(crate) fn open_file(
    path: &Path,
    flags: OpenFlags,
    key: Option<&DataKey>,
) -> rusqlite::Result<Connection> {
    sqlcipher_ready();
    let conn = Connection::open_with_flags(path, flags)?;
    conn.execute_batch("PRAGMA cipher_log_level = NONE")?;
    if let Some(key) = key {
        let sql = Zeroizing::new(format!("PRAGMA key = {}", key.sql_literal().as_str()));
        conn.execute_batch(&sql)?;
    }
    Ok(conn)
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("locked", &self.key.is_some())
            .finish()
    }
}

impl Store {
    /// Where the plan file is, if it is on disk.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The tables (the search index's own among them) with `needle` in any
    /// value, read through SQLite: for tests that prove something is gone.
    #[doc(hidden)]
    pub fn tables_containing(&self, needle: &str) -> Result<Vec<String>> {
        let mut tables: Vec<String> = self
            .conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")?
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        tables.retain(|table| {
            let columns: Vec<String> = match self
                .conn
                .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
                .and_then(|mut s| s.query_map([], |row| row.get(0))?.collect())
            {
                Ok(columns) => columns,
                Err(_) => return false,
            };
            columns.iter().any(|column| {
                self.conn
                    .query_row(
                        &format!(
                            "SELECT EXISTS (SELECT 1 FROM \"{table}\"
                             WHERE instr(CAST(\"{column}\" AS BLOB), CAST(?1 AS BLOB)) > 0)"
                        ),
                        [needle],
                        |row| row.get::<_, bool>(0),
                    )
                    .unwrap_or(false)
            })
        });
        Ok(tables)
    }

    /// Copies the write-ahead log into the plan file now (tests look at the
    /// file's own bytes after it).
    #[doc(hidden)]
    pub fn checkpoint_now(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Whether the plan is locked (encrypted at rest).
    pub fn is_locked(&self) -> bool {
        self.key.is_some()
    }

    /// Lets go of the pages SQLite keeps in memory for this plan (they are read
    /// again when needed): for after the start's check and backup, which read
    /// the whole file.
    pub fn release_memory(&self) -> Result<()> {
        self.conn.execute_batch("PRAGMA shrink_memory")?;
        Ok(())
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
            temp_store_in_memory: pragma("temp_store")? == "2",
            secure_delete: pragma("secure_delete")? == "1",
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
    /// Temporary tables and indices in memory, never in a file.
    pub temp_store_in_memory: bool,
    /// What is deleted is overwritten in the file.
    pub secure_delete: bool,
    /// Log pages at which a save copies the log back itself (the backstop).
    pub wal_autocheckpoint: i64,
}

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

/// The time now, as stored: RFC 3339 in UTC with milliseconds.
pub(crate) fn now() -> String {
    rfc3339(chrono::Utc::now())
}

/// A moment as the plan keeps moments: RFC 3339 in UTC, to the millisecond.
pub(crate) fn rfc3339(at: chrono::DateTime<chrono::Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
