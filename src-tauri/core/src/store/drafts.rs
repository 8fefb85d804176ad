//! Drafts: what the student is typing before it is saved as a goal or a step.
//! Kept in the plan file so that closing the window never loses a word.

use rusqlite::{params, OptionalExtension};

use crate::error::{Field, Invalid, Problem, Result};
use crate::store::connection::{now, Store};
use crate::validate;

impl Store {
    /// Keeps `body` under `key`, replacing what was there.
    pub fn save_draft(&self, key: &str, body: &str) -> Result<()> {
        let key = validate::draft_key(key)?;
        if body.chars().count() > validate::DRAFT_BODY_MAX {
            return Err(Invalid::new(
                Field::DraftBody,
                Problem::TooLong {
                    max: validate::DRAFT_BODY_MAX,
                },
            )
            .into());
        }
        self.conn.execute(
            "INSERT INTO draft (key, body, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (key) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
            params![key, body, now()],
        )?;
        Ok(())
    }

    pub fn draft(&self, key: &str) -> Result<Option<String>> {
        let key = validate::draft_key(key)?;
        Ok(self
            .conn
            .query_row("SELECT body FROM draft WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()?)
    }

    pub fn clear_draft(&self, key: &str) -> Result<()> {
        let key = validate::draft_key(key)?;
        self.conn
            .execute("DELETE FROM draft WHERE key = ?1", [key])?;
        Ok(())
    }
}
