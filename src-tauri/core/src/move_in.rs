//! Moving a whole plan in from an "everything, for myself" file.
//!
//! The file is untrusted. SQLite's constraints are the last line, not the
//! first: every value is checked first against the same rules the screens
//! hold a student's typing to (a goal's title is one line of at most 200
//! characters, a date is a real day, a step's place is not negative, a ticked
//! support is one Waymark knows...), and before anything is committed every
//! screen and every export is read back from the new rows. A file that goes
//! in can therefore never break a screen afterwards; one that does not goes
//! nowhere, and the plan is as it was.

use crate::error::{Error, FileFault, FileKind, Result};
use crate::export::save::ExportFormat;
use crate::files::everything::{values, TABLES};
use crate::files::plan_file::bad;
use crate::files::plan_file::PlanFile;
use crate::share::choice::ShareChoice;
use crate::store::connection::Store;
use crate::store::migrations::SCHEMA_VERSION;

/// Storage faults (a full disk, a read-only folder) stay what they are; any
/// other failure while the new rows are read back means the file's rows do not
/// make a plan Waymark can show.
fn unreadable(error: Error) -> Error {
    use crate::ErrorCode::*;
    match error.code() {
        DiskFull | ReadOnly | Locked => error,
        _ => bad(FileFault::BadRow),
    }
}

impl Store {
    /// Whether this Waymark holds anything the student made or typed: a goal,
    /// a course of their own or chosen, a reflection, a review, words in About
    /// me, a ticked support, a draft, something recently deleted. Settings (the
    /// language, the text size) do not count: a new laptop has those too.
    fn holds_anything(&self) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM goal) OR EXISTS (SELECT 1 FROM reflection)
                 OR EXISTS (SELECT 1 FROM review)
                 OR EXISTS (SELECT 1 FROM course WHERE choice IS NOT NULL OR source = 'own')
                 OR EXISTS (SELECT 1 FROM learning_support)
                 OR EXISTS (SELECT 1 FROM draft WHERE trim(body) <> '')
                 OR EXISTS (SELECT 1 FROM trash)
                 OR EXISTS (SELECT 1 FROM about_me WHERE trim(preferred_name || for_tutors
                      || strengths || interests || support_words) <> '')",
            [],
            |row| row.get(0),
        )?)
    }

    /// Every screen and every export, read from the plan as it is now. Used
    /// before a whole plan moved in is committed.
    fn read_everything_back(&self) -> Result<()> {
        self.home(chrono::Local::now().date_naive())?;
        // A goal's story reads its reviews without an index by goal: the
        // first 500 stand for the rest (every row has kept its rules above).
        for goal in self.goals()?.iter().take(500) {
            self.goal_story(&goal.id)?;
        }
        self.courses(&crate::plan::courses::CourseQuery::default(), 100_000)?;
        self.course_facets()?;
        self.journal(&crate::plan::journal::JournalQuery::default())?;
        self.about_me()?;
        let reviews = self.reviews()?;
        for review in &reviews {
            self.review(&review.id)?;
        }
        self.progress_view(None)?;
        self.terms()?;
        self.highlights()?;
        self.share_log()?;
        self.share_choice()?;
        self.deleted_items()?;
        self.feedback_received()?;
        self.display_settings()?;
        self.reminders()?;
        self.recent_shared()?;
        self.support_contacts()?;
        self.counts()?;
        let shareable = self.journal(&crate::plan::journal::JournalQuery {
            shareable_only: true,
            ..Default::default()
        })?;
        let choice = ShareChoice {
            reflections: shareable.reflections.into_iter().map(|r| r.id).collect(),
            ..ShareChoice::default()
        };
        for format in [ExportFormat::Html, ExportFormat::Waymark] {
            self.export(format, &choice, "en-GB", "check")?;
        }
        PlanFile::parse(&self.export(ExportFormat::Everything, &choice, "en-GB", "check")?)?;
        Ok(())
    }

    /// Moves a whole plan in from an "everything, for myself" file. Only into
    /// a Waymark that holds nothing yet, so nothing is mixed or lost; all or
    /// nothing.
    pub fn import_everything(&mut self, file: &PlanFile) -> Result<()> {
        let everything = file
            .everything
            .as_ref()
            .ok_or(bad(FileFault::NotEverything))?;
        if everything.schema_version > SCHEMA_VERSION {
            return Err(Error::FileTooNew {
                file: FileKind::Plan,
                found: everything.schema_version,
                supported: SCHEMA_VERSION,
            });
        }
        if everything.schema_version == 0 {
            return Err(bad(FileFault::NoVersion));
        }
        if self.holds_anything()? {
            // The same plan, moved in before: say so, not "it holds a plan".
            let here: Option<String> = self.setting("plan_id")?;
            return Err(if here.as_deref() == Some(file.plan_id.as_str()) {
                Error::PlanAlreadyHere
            } else {
                Error::PlanNotEmpty
            });
        }
        if everything
            .tables
            .keys()
            .any(|name| !TABLES.contains(&name.as_str()))
        {
            return Err(bad(FileFault::BadShape));
        }
        let tx = self.conn.unchecked_transaction()?;
        tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
        // What an empty Waymark holds of these is replaced by the file's.
        tx.execute_batch("DELETE FROM about_me; DELETE FROM setting; DELETE FROM draft;")?;
        for table in TABLES {
            let Some(rows) = everything.tables.get(*table) else {
                continue;
            };
            let known: Vec<String> = tx
                .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))?
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for row in rows {
                let (columns, values) = values(table, row, &known)?;
                let marks = vec!["?"; columns.len()].join(", ");
                tx.execute(
                    &format!(
                        "INSERT INTO {table} ({}) VALUES ({marks})",
                        columns.join(", ")
                    ),
                    rusqlite::params_from_iter(values),
                )
                .map_err(|e| match e.sqlite_error_code() {
                    Some(rusqlite::ErrorCode::ConstraintViolation) => bad(FileFault::BadRow),
                    _ => Error::Storage(e),
                })?;
            }
        }
        let broken: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM pragma_foreign_key_check)",
            [],
            |row| row.get(0),
        )?;
        if broken {
            return Err(bad(FileFault::BadRow));
        }
        self.read_everything_back().map_err(unreadable)?;
        tx.commit()?;
        Ok(())
    }
}
