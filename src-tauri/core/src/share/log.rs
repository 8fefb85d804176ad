//! The share log: what was shared, when, and with whom.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::files::plan_file::Section;
use crate::share::choice::ShareChoice;
use crate::store::connection::{now, Store};

/// A line of the share log: what was shared, when, and with whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ShareLogEntry {
    pub id: String,
    pub shared_at: String,
    /// `html`, `pdf`, `waymark` or `everything`.
    pub format: String,
    pub sections: Vec<Section>,
    pub reflections: u32,
    pub tutor_name: String,
    pub file_name: String,
}

impl Store {
    /// Writes a line in the share log.
    pub fn log_share(
        &self,
        format: &str,
        choice: &ShareChoice,
        tutor_name: &str,
        file_name: &str,
    ) -> Result<ShareLogEntry> {
        let tutor_name = if tutor_name.trim().is_empty() {
            String::new()
        } else {
            crate::validate::line(
                tutor_name,
                crate::Field::TutorName,
                crate::validate::NAME_MAX,
            )?
        };
        let sections = if format == "everything" {
            vec![Section::Everything]
        } else {
            choice.sections()
        };
        let entry = ShareLogEntry {
            id: uuid::Uuid::new_v4().to_string(),
            shared_at: now(),
            format: format.into(),
            sections,
            reflections: u32::try_from(choice.reflections.len()).unwrap_or(u32::MAX),
            tutor_name,
            file_name: file_name.chars().take(300).collect(),
        };
        self.conn.execute(
            "INSERT INTO share_log (id, shared_at, format, sections, reflections, tutor_name, file_name)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            rusqlite::params![
                entry.id,
                entry.shared_at,
                entry.format,
                serde_json::to_string(&entry.sections).unwrap_or_default(),
                entry.reflections,
                entry.tutor_name,
                entry.file_name
            ],
        )?;
        Ok(entry)
    }

    /// The share log, newest first.
    pub fn share_log(&self) -> Result<Vec<ShareLogEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, shared_at, format, sections, reflections, tutor_name, file_name
             FROM share_log ORDER BY shared_at DESC, rowid DESC",
        )?;
        let rows = stmt
            .query_map([], |row| {
                let sections: String = row.get(3)?;
                Ok(ShareLogEntry {
                    id: row.get(0)?,
                    shared_at: row.get(1)?,
                    format: row.get(2)?,
                    sections: serde_json::from_str(&sections).unwrap_or_default(),
                    reflections: row.get(4)?,
                    tutor_name: row.get(5)?,
                    file_name: row.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
