//! A tutor's own reusable phrases ("What a good week. Which part felt most
//! like you?"): kept, edited, and passed round a team as a small file
//! (`.waymark-phrases`, UTF-8 JSON, see `docs/PHRASES-FILE.md`).
//!
//! A phrases file is untrusted, like every file from outside: size first, then
//! what it says it is and its version, then its shape strictly, then every
//! phrase as if it were typed. Bringing one in only adds phrases not already
//! kept; it never changes or removes one.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Field, FileFault, FileKind, Invalid, Problem, Result};
use crate::files::io::{format_name, read_untrusted};
use crate::store::connection::{now, Store};
use crate::validate;

pub const FORMAT: &str = format_name(FileKind::Phrases);
pub const FORMAT_VERSION: u32 = 1;
pub const EXTENSION: &str = "waymark-phrases";
/// No team's phrases come near this.
pub const FILE_MAX: u64 = 2 * 1024 * 1024;
/// The longest phrase: as long as an item of feedback may be.
pub const PHRASE_MAX: usize = crate::files::feedback_file::TEXT_MAX;
/// The most phrases one Waymark keeps (and one file holds).
pub const PHRASES_MAX: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Phrase {
    pub id: String,
    pub text: String,
}

/// A `.waymark-phrases` file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhrasesFile {
    pub format: String,
    pub format_version: u32,
    pub app_version: String,
    pub written_at: String,
    pub phrases: Vec<String>,
}

/// What bringing in a phrases file did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PhrasesBroughtIn {
    pub added: u32,
    /// Already kept here (or twice in the file): not added again.
    pub already: u32,
    /// Not added: this Waymark keeps at most [`PHRASES_MAX`].
    pub left_out: u32,
    pub phrases: Vec<Phrase>,
}

fn bad(fault: FileFault) -> Error {
    Error::BadFile {
        file: FileKind::Phrases,
        fault,
    }
}

/// A phrase as it is kept: cleaned like any typed text, not empty.
fn phrase_text(text: &str) -> Result<String, Invalid> {
    let text = validate::free_text(text, Field::Phrase, PHRASE_MAX)?;
    if text.is_empty() {
        return Err(Invalid::new(Field::Phrase, Problem::Empty));
    }
    Ok(text)
}

impl PhrasesFile {
    /// Reads a phrases file: untrusted. Each phrase comes back cleaned, as it
    /// would have been typed.
    pub fn parse(bytes: &[u8]) -> Result<PhrasesFile> {
        let mut file: PhrasesFile =
            read_untrusted(bytes, FILE_MAX, FileKind::Phrases, FORMAT_VERSION)?;
        if file.phrases.is_empty() {
            return Err(bad(FileFault::NoItems));
        }
        if file.phrases.len() > PHRASES_MAX {
            return Err(bad(FileFault::TooMany));
        }
        if [&file.app_version, &file.written_at]
            .iter()
            .any(|t| t.chars().count() > 100)
        {
            return Err(bad(FileFault::BadShape));
        }
        for phrase in &mut file.phrases {
            *phrase = phrase_text(phrase).map_err(|e| {
                bad(match e.problem {
                    Problem::TooLong { .. } => FileFault::TooLong,
                    _ => FileFault::BadShape,
                })
            })?;
        }
        Ok(file)
    }

    pub fn to_json(&self) -> Result<Vec<u8>> {
        serde_json::to_vec_pretty(self).map_err(|_| Error::Export("phrases file"))
    }

    /// Writes the file whole at `path`, or not at all.
    pub fn write_to(&self, path: &std::path::Path) -> Result<()> {
        crate::files::io::write_whole(path, &self.to_json()?)
    }
}

/// Reads a phrases file someone chose: its size first, then [`PhrasesFile::parse`].
pub fn read_phrases_file(path: &std::path::Path) -> Result<PhrasesFile> {
    PhrasesFile::parse(&crate::files::io::read_bytes(
        path,
        FILE_MAX,
        FileKind::Phrases,
    )?)
}

impl Store {
    /// The tutor's phrases, in the order they were made.
    pub fn phrases(&self) -> Result<Vec<Phrase>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, text FROM tutor_phrase ORDER BY created_at, rowid")?;
        let phrases = stmt
            .query_map([], |row| {
                Ok(Phrase {
                    id: row.get(0)?,
                    text: row.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(phrases)
    }

    fn phrase_count(&self) -> Result<usize> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM tutor_phrase", [], |row| {
                row.get::<_, i64>(0)
            })? as usize)
    }

    /// Keeps a new phrase (the same words twice are kept once).
    pub fn add_phrase(&self, text: &str) -> Result<Vec<Phrase>> {
        let text = phrase_text(text)?;
        if self.phrase_count()? >= PHRASES_MAX {
            return Err(Error::Invalid(Invalid::new(
                Field::Phrase,
                Problem::Unknown,
            )));
        }
        let at = now();
        self.conn.execute(
            "INSERT INTO tutor_phrase (id, text, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)
             ON CONFLICT (text) DO NOTHING",
            params![uuid::Uuid::new_v4().to_string(), text, at],
        )?;
        self.phrases()
    }

    /// Changes a phrase's words. Words another phrase already has merge the
    /// two into that one.
    pub fn edit_phrase(&self, id: &str, text: &str) -> Result<Vec<Phrase>> {
        let text = phrase_text(text)?;
        let tx = self.conn.unchecked_transaction()?;
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM tutor_phrase WHERE id = ?1)",
            [id],
            |row| row.get(0),
        )?;
        if !exists {
            return Err(Error::NotFound("phrase"));
        }
        let same: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM tutor_phrase WHERE text = ?1 AND id <> ?2)",
            params![text, id],
            |row| row.get(0),
        )?;
        if same {
            tx.execute("DELETE FROM tutor_phrase WHERE id = ?1", [id])?;
        } else {
            tx.execute(
                "UPDATE tutor_phrase SET text = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, text, now()],
            )?;
        }
        tx.commit()?;
        self.phrases()
    }

    pub fn remove_phrase(&self, id: &str) -> Result<Vec<Phrase>> {
        if self
            .conn
            .execute("DELETE FROM tutor_phrase WHERE id = ?1", [id])?
            == 0
        {
            return Err(Error::NotFound("phrase"));
        }
        self.phrases()
    }

    /// Every phrase, as a file for the team.
    pub fn phrases_file(&self, app_version: &str) -> Result<PhrasesFile> {
        let phrases: Vec<String> = self.phrases()?.into_iter().map(|p| p.text).collect();
        if phrases.is_empty() {
            return Err(Error::NotFound("phrase"));
        }
        Ok(PhrasesFile {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            app_version: app_version.into(),
            written_at: now(),
            phrases,
        })
    }

    /// Adds the file's phrases not kept here yet, up to [`PHRASES_MAX`] in all.
    pub fn bring_in_phrases(&self, file: &PhrasesFile) -> Result<PhrasesBroughtIn> {
        let tx = self.conn.unchecked_transaction()?;
        let mut count = self.phrase_count()?;
        let mut result = PhrasesBroughtIn::default();
        let at = now();
        for text in &file.phrases {
            let known: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM tutor_phrase WHERE text = ?1)",
                [text],
                |row| row.get(0),
            )?;
            if known {
                result.already += 1;
            } else if count >= PHRASES_MAX {
                result.left_out += 1;
            } else {
                tx.execute(
                    "INSERT INTO tutor_phrase (id, text, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?3)",
                    params![uuid::Uuid::new_v4().to_string(), text, at],
                )?;
                count += 1;
                result.added += 1;
            }
        }
        tx.commit()?;
        result.phrases = self.phrases()?;
        Ok(result)
    }
}
