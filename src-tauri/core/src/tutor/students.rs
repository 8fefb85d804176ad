//! My students: the plans a tutor chose to keep, each version a student
//! shared kept under the plan's id, with the feedback the tutor sent; and
//! forgetting on purpose, by hand or after the months the tutor set.
//!
//! Keeping is off until the tutor turns it on, and it can only be turned on in
//! a locked (encrypted) Waymark: these are other people's private words.

use chrono::{DateTime, Months, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Field, FileFault, Invalid, Problem, Result};
use crate::files::feedback_file::FeedbackFile;
use crate::files::plan_file::{PlanFile, Section};
use crate::plan::reviews::FeedbackDecision;
use crate::store::connection::{now, rfc3339, Store};
use crate::tutor::changes::{plan_changes, PlanChanges};

/// Whether this Waymark keeps students' plans, and for how long.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StudentsSettings {
    pub keep: bool,
    /// A student's plans are forgotten this many months after the last one
    /// was received.
    pub forget_after_months: u32,
}

impl Default for StudentsSettings {
    fn default() -> Self {
        StudentsSettings {
            keep: false,
            forget_after_months: FORGET_AFTER_DEFAULT,
        }
    }
}

const SETTINGS_KEY: &str = "tutor_students";
pub const FORGET_AFTER_DEFAULT: u32 = 12;
/// The longest a tutor may keep plans: five years.
pub const FORGET_AFTER_MAX: u32 = 60;
/// How long before forgetting on its own the tutor is told.
pub const TELL_BEFORE_DAYS: i64 = 30;

/// One student on the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StudentSummary {
    pub plan_id: String,
    /// The name they like to be called, from their latest plan.
    pub name: String,
    /// When the latest plan kept was shared (exported).
    pub last_shared_at: String,
    /// When it was brought in here.
    pub last_received_at: String,
    pub versions: u32,
    /// The next review date from their latest plan.
    pub next_review_on: Option<String>,
    /// The titles of the courses in their latest plan.
    pub courses: Vec<String>,
    /// When the tutor last saved feedback for them.
    pub last_feedback_at: Option<String>,
    /// What the student decided about that feedback, as their latest plan says.
    pub last_feedback: DecisionCounts,
    /// When Waymark forgets this student on its own.
    pub forget_on: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DecisionCounts {
    pub taken: u32,
    pub later: u32,
    pub left: u32,
    /// Not decided yet, or not in a plan received since.
    pub waiting: u32,
}

/// One version of a student's plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KeptVersion {
    pub plan_id: String,
    pub exported_at: String,
    pub received_at: String,
    pub name: String,
}

/// What bringing in a plan did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Kept {
    /// A new student.
    NewStudent,
    /// A new version of a student already kept.
    NewVersion,
    /// This very version was kept already: nothing changed.
    AlreadyKept,
}

/// Every item of feedback a tutor saved for one student, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SentItem {
    pub item: String,
    pub written_at: String,
    /// The export of the plan it answered.
    pub answers: String,
    pub kind: String,
    pub about_kind: String,
    pub about_reference: String,
    pub text: String,
    /// What the student decided, as their latest plan says.
    pub decision: Option<FeedbackDecision>,
    /// Whether a plan received since holds it at all.
    pub received: bool,
}

/// What forgetting a student removed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Forgotten {
    pub students: u32,
    pub versions: u32,
    pub feedback_items: u32,
}

/// What a kept plan says the student decided, by feedback item key.
type Decisions = std::collections::HashMap<String, Option<FeedbackDecision>>;

/// The decisions column, as kept by [`Store::keep_plan`].
fn decisions_in(json: &str) -> Decisions {
    serde_json::from_str(json).unwrap_or_default()
}

/// The longest list of courses kept for the list's filter.
const COURSES_MAX: usize = 200;

/// `at` (RFC 3339) plus `months`, as RFC 3339; `at` itself if unreadable.
fn months_after(at: &str, months: u32) -> String {
    DateTime::parse_from_rfc3339(at)
        .ok()
        .and_then(|t| {
            t.with_timezone(&Utc)
                .checked_add_months(Months::new(months))
        })
        .map(rfc3339)
        .unwrap_or_else(|| at.to_string())
}

impl Store {
    pub fn students_settings(&self) -> Result<StudentsSettings> {
        Ok(self.setting(SETTINGS_KEY)?.unwrap_or_default())
    }

    /// Turns keeping on (only in a locked Waymark) or off. Off forgets every
    /// student kept here: the page asks first.
    pub fn set_keep_students(&self, keep: bool) -> Result<StudentsSettings> {
        if keep && !self.is_locked() {
            return Err(Error::LockFirst);
        }
        let settings = StudentsSettings {
            keep,
            ..self.students_settings()?
        };
        let tx = self.conn.unchecked_transaction()?;
        if !keep {
            let mut stmt = self
                .conn
                .prepare("SELECT plan_id FROM kept_plan UNION SELECT plan_id FROM feedback_sent")?;
            let every: Vec<String> = stmt
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            forget_all(self, &every)?;
        }
        self.set_setting(SETTINGS_KEY, &settings, Field::Choice)?;
        tx.commit()?;
        Ok(settings)
    }

    pub fn set_forget_after(&self, months: u32) -> Result<StudentsSettings> {
        if !(1..=FORGET_AFTER_MAX).contains(&months) {
            return Err(Error::Invalid(Invalid::new(
                Field::ForgetAfter,
                Problem::Unknown,
            )));
        }
        let settings = StudentsSettings {
            forget_after_months: months,
            ..self.students_settings()?
        };
        self.set_setting(SETTINGS_KEY, &settings, Field::ForgetAfter)?;
        Ok(settings)
    }

    /// Keeps a plan a student shared. A move file (a whole private plan) is
    /// refused, as when it is opened; the same export twice is kept once.
    pub fn keep_plan(&self, file: &PlanFile) -> Result<Kept> {
        if !self.students_settings()?.keep {
            return Err(Error::NotKeepingStudents);
        }
        if file.everything.is_some() || file.sections.contains(&Section::Everything) {
            return Err(Error::BadFile {
                file: crate::FileKind::Plan,
                fault: FileFault::IsMoveFile,
            });
        }
        if file.plan_id.trim().is_empty() {
            return Err(Error::BadFile {
                file: crate::FileKind::Plan,
                fault: FileFault::BadShape,
            });
        }
        let json = String::from_utf8(file.to_json()?).map_err(|_| Error::Export("plan file"))?;
        let latest = file.plan.latest_review();
        let mut courses: Vec<&str> = file
            .plan
            .courses
            .iter()
            .flatten()
            .map(|c| c.title.as_str())
            .collect();
        courses.truncate(COURSES_MAX);
        let courses = serde_json::to_string(&courses).map_err(|_| Error::Export("courses"))?;
        let decisions: Decisions = file
            .plan
            .feedback
            .iter()
            .map(|f| (f.item.clone(), f.decision))
            .collect();
        let decisions =
            serde_json::to_string(&decisions).map_err(|_| Error::Export("decisions"))?;
        let name: String = file
            .plan
            .name
            .chars()
            .take(crate::validate::NAME_MAX)
            .collect();
        let tx = self.conn.unchecked_transaction()?;
        let known: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM kept_plan WHERE plan_id = ?1)",
            [&file.plan_id],
            |row| row.get(0),
        )?;
        let added = tx.execute(
            "INSERT INTO kept_plan (plan_id, exported_at, received_at, name, next_review_on, courses,
                                    decisions, file)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (plan_id, exported_at) DO NOTHING",
            params![
                file.plan_id,
                file.exported_at,
                now(),
                name,
                latest.and_then(|r| r.next_review_on.clone()),
                courses,
                decisions,
                json
            ],
        )?;
        tx.commit()?;
        Ok(match (added, known) {
            (0, _) => Kept::AlreadyKept,
            (_, true) => Kept::NewVersion,
            (_, false) => Kept::NewStudent,
        })
    }

    /// Every student kept, newest plan first (the page sorts and filters).
    pub fn students(&self) -> Result<Vec<StudentSummary>> {
        let months = self.students_settings()?.forget_after_months;
        let mut stmt = self.conn.prepare_cached(
            "SELECT k.plan_id, k.name, k.exported_at, k.next_review_on, k.courses, c.versions,
                    c.last_received, f.last_feedback, k.decisions
             FROM (SELECT plan_id, max(exported_at) AS latest, count(*) AS versions,
                          max(received_at) AS last_received
                   FROM kept_plan GROUP BY plan_id) c
             JOIN kept_plan k ON k.plan_id = c.plan_id AND k.exported_at = c.latest
             LEFT JOIN (SELECT plan_id, max(written_at) AS last_feedback
                        FROM feedback_sent GROUP BY plan_id) f ON f.plan_id = c.plan_id
             ORDER BY k.exported_at DESC",
        )?;
        let mut sent = self.conn.prepare_cached(
            "SELECT item FROM feedback_sent WHERE plan_id = ?1 AND written_at = ?2",
        )?;
        let mut students = Vec::new();
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let plan_id: String = row.get(0)?;
            let courses: String = row.get(4)?;
            let last_received: String = row.get(6)?;
            let last_feedback_at: Option<String> = row.get(7)?;
            let decisions = decisions_in(&row.get::<_, String>(8)?);
            let mut counts = DecisionCounts::default();
            if let Some(at) = &last_feedback_at {
                for item in sent.query_map(params![plan_id, at], |r| r.get::<_, String>(0))? {
                    match decisions.get(&item?).copied().flatten() {
                        Some(FeedbackDecision::Taken) => counts.taken += 1,
                        Some(FeedbackDecision::Later) => counts.later += 1,
                        Some(FeedbackDecision::Left) => counts.left += 1,
                        None => counts.waiting += 1,
                    }
                }
            }
            students.push(StudentSummary {
                plan_id,
                name: row.get(1)?,
                last_shared_at: row.get(2)?,
                next_review_on: row.get(3)?,
                courses: serde_json::from_str(&courses).unwrap_or_default(),
                versions: row.get(5)?,
                forget_on: months_after(&last_received, months),
                last_received_at: last_received,
                last_feedback_at,
                last_feedback: counts,
            });
        }
        Ok(students)
    }

    /// One student's versions, oldest first.
    pub fn student_versions(&self, plan_id: &str) -> Result<Vec<KeptVersion>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT plan_id, exported_at, received_at, name FROM kept_plan
             WHERE plan_id = ?1 ORDER BY exported_at",
        )?;
        let versions = stmt
            .query_map([plan_id], |row| {
                Ok(KeptVersion {
                    plan_id: row.get(0)?,
                    exported_at: row.get(1)?,
                    received_at: row.get(2)?,
                    name: row.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if versions.is_empty() {
            return Err(Error::NotFound("student"));
        }
        Ok(versions)
    }

    /// A kept version of a student's plan, as it was shared. It was checked
    /// when it was kept, and is checked again as it is read.
    pub fn kept_plan(&self, plan_id: &str, exported_at: &str) -> Result<PlanFile> {
        let json: String = self
            .conn
            .query_row(
                "SELECT file FROM kept_plan WHERE plan_id = ?1 AND exported_at = ?2",
                params![plan_id, exported_at],
                |row| row.get(0),
            )
            .optional()?
            .ok_or(Error::NotFound("plan version"))?;
        PlanFile::parse(json.as_bytes())
    }

    /// The latest version of a student's plan.
    pub fn latest_kept_plan(&self, plan_id: &str) -> Result<PlanFile> {
        let latest = self
            .student_versions(plan_id)?
            .pop()
            .ok_or(Error::NotFound("student"))?;
        self.kept_plan(plan_id, &latest.exported_at)
    }

    /// What changed between two versions of one student's plan (in either
    /// order: the earlier one is taken as "before").
    pub fn student_changes(&self, plan_id: &str, one: &str, other: &str) -> Result<PlanChanges> {
        let (since, until) = if one <= other {
            (one, other)
        } else {
            (other, one)
        };
        let before = self.kept_plan(plan_id, since)?;
        let after = self.kept_plan(plan_id, until)?;
        Ok(plan_changes(&before, &after))
    }

    /// Keeps the items of a feedback file the tutor saved, to follow what
    /// the student decides. Saved again, the same items are kept once.
    /// Nothing is kept while keeping students' plans is off.
    pub fn note_feedback_sent(&self, file: &FeedbackFile) -> Result<()> {
        if !self.students_settings()?.keep {
            return Ok(());
        }
        let tx = self.conn.unchecked_transaction()?;
        for item in &file.items {
            tx.execute(
                "INSERT INTO feedback_sent (item, plan_id, answers, written_at, tutor_name, kind,
                                            about_kind, about_id, about_reference, text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (item) DO NOTHING",
                params![
                    file.item_key(item),
                    file.plan_id,
                    file.exported_at,
                    file.written_at,
                    file.tutor_name,
                    item.kind.as_str(),
                    item.about.kind.table(),
                    item.about.id,
                    item.about.reference,
                    item.text,
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Every item of feedback sent to one student, newest first, with what
    /// their latest plan says they decided.
    pub fn feedback_history(&self, plan_id: &str) -> Result<Vec<SentItem>> {
        let decisions: Decisions = self
            .conn
            .query_row(
                "SELECT decisions FROM kept_plan WHERE plan_id = ?1
                 ORDER BY exported_at DESC LIMIT 1",
                [plan_id],
                |row| row.get::<_, String>(0),
            )
            .optional()?
            .map(|json| decisions_in(&json))
            .unwrap_or_default();
        let mut stmt = self.conn.prepare_cached(
            "SELECT item, written_at, answers, kind, about_kind, about_reference, text
             FROM feedback_sent WHERE plan_id = ?1 ORDER BY written_at DESC, rowid",
        )?;
        let items = stmt
            .query_map([plan_id], |row| {
                let item: String = row.get(0)?;
                Ok(SentItem {
                    decision: decisions.get(&item).copied().flatten(),
                    received: decisions.contains_key(&item),
                    item,
                    written_at: row.get(1)?,
                    answers: row.get(2)?,
                    kind: row.get(3)?,
                    about_kind: row.get(4)?,
                    about_reference: row.get(5)?,
                    text: row.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(items)
    }

    /// Forgets one student: every version of their plan, every item of
    /// feedback sent to them, a feedback draft for them, and their line in the
    /// list of recently opened plans. There is no undo (the page asks first).
    pub fn forget_student(&self, plan_id: &str) -> Result<Forgotten> {
        let tx = self.conn.unchecked_transaction()?;
        let forgotten = forget_one(self, plan_id)?;
        if forgotten.students == 0 {
            return Err(Error::NotFound("student"));
        }
        tx.commit()?;
        Ok(forgotten)
    }

    /// Students whose plans Waymark will forget on its own within
    /// [`TELL_BEFORE_DAYS`] of `at`, soonest first: the page tells the tutor.
    pub fn students_to_forget_soon(&self, at: DateTime<Utc>) -> Result<Vec<StudentSummary>> {
        let soon = rfc3339(at + chrono::Duration::days(TELL_BEFORE_DAYS));
        let mut due: Vec<_> = self
            .students()?
            .into_iter()
            .filter(|s| s.forget_on <= soon)
            .collect();
        due.sort_by(|x, y| x.forget_on.cmp(&y.forget_on));
        Ok(due)
    }

    /// Forgets every student whose last plan came in longer ago than the
    /// tutor's months, as of `at`.
    pub fn forget_expired(&self, at: DateTime<Utc>) -> Result<Forgotten> {
        let at = rfc3339(at);
        let expired: Vec<String> = self
            .students()?
            .into_iter()
            .filter(|s| s.forget_on <= at)
            .map(|s| s.plan_id)
            .collect();
        let tx = self.conn.unchecked_transaction()?;
        let all = forget_all(self, &expired)?;
        tx.commit()?;
        Ok(all)
    }
}

/// Forgets one student, inside a transaction the caller holds on `store`.
fn forget_one(store: &Store, plan_id: &str) -> Result<Forgotten> {
    let versions = store
        .conn
        .execute("DELETE FROM kept_plan WHERE plan_id = ?1", [plan_id])? as u32;
    let feedback_items = store
        .conn
        .execute("DELETE FROM feedback_sent WHERE plan_id = ?1", [plan_id])?
        as u32;
    let draft = store.conn.execute(
        "DELETE FROM setting WHERE key = ?1",
        [crate::share::feedback::draft_key(plan_id)],
    )?;
    store.forget_recent_of(plan_id)?;
    Ok(Forgotten {
        students: u32::from(versions > 0 || feedback_items > 0 || draft > 0),
        versions,
        feedback_items,
    })
}

/// Forgets each of `plan_ids`, inside a transaction the caller holds.
fn forget_all(store: &Store, plan_ids: &[String]) -> Result<Forgotten> {
    let mut all = Forgotten::default();
    for plan_id in plan_ids {
        let one = forget_one(store, plan_id)?;
        all.students += one.students;
        all.versions += one.versions;
        all.feedback_items += one.feedback_items;
    }
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_after_keeps_the_day_or_the_months_last() {
        assert_eq!(
            months_after("2026-01-31T10:00:00.000Z", 1),
            "2026-02-28T10:00:00.000Z"
        );
        assert_eq!(
            months_after("2026-03-03T10:00:00.000Z", 12),
            "2027-03-03T10:00:00.000Z"
        );
        assert_eq!(months_after("not a time", 12), "not a time");
    }
}
