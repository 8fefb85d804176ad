//! Courses: imported from a prospectus or added by hand, chosen by the
//! student, linked to goals, with attendance. A re-import updates courses in
//! place and never deletes one.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Field, Invalid, Problem, Result};
use crate::store::backup::{BackupReason, PlanCounts};
use crate::store::connection::{now, Store};
use crate::validate;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Delivery {
    InPerson,
    Online,
    Both,
}

/// One course as the prospectus describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[ts(export)]
pub struct CourseRecord {
    pub code: Option<String>,
    pub title: String,
    pub description: String,
    pub category: String,
    pub learn: String,
    pub delivery: Option<Delivery>,
    pub venue: String,
    /// `YYYY-MM-DD`.
    pub start_date: Option<String>,
    pub sessions: Option<u32>,
    pub session_times: String,
    pub term: String,
    pub tutors: String,
}

/// Where the student stands with a course. Nothing here is a warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum CourseChoice {
    Interested,
    Enrolled,
    Attending,
    Completed,
    Withdrawn,
}

impl CourseChoice {
    const ALL: [CourseChoice; 5] = [
        CourseChoice::Interested,
        CourseChoice::Enrolled,
        CourseChoice::Attending,
        CourseChoice::Completed,
        CourseChoice::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CourseChoice::Interested => "interested",
            CourseChoice::Enrolled => "enrolled",
            CourseChoice::Attending => "attending",
            CourseChoice::Completed => "completed",
            CourseChoice::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(text: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|c| c.as_str() == text)
            .ok_or(Invalid::new(Field::Choice, Problem::Unknown))
    }
}

/// A session was attended, missed (never a warning) or cancelled by the college.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AttendanceState {
    Attended,
    Missed,
    Cancelled,
}

impl AttendanceState {
    pub fn as_str(self) -> &'static str {
        match self {
            AttendanceState::Attended => "attended",
            AttendanceState::Missed => "missed",
            AttendanceState::Cancelled => "cancelled",
        }
    }

    pub fn parse(text: &str) -> Result<Self, Invalid> {
        [
            AttendanceState::Attended,
            AttendanceState::Missed,
            AttendanceState::Cancelled,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
        .ok_or(Invalid::new(Field::Attendance, Problem::Unknown))
    }
}

fn delivery_str(delivery: Option<Delivery>) -> Option<&'static str> {
    delivery.map(|d| match d {
        Delivery::InPerson => "in_person",
        Delivery::Online => "online",
        Delivery::Both => "both",
    })
}

fn delivery_from(text: Option<String>) -> Option<Delivery> {
    match text.as_deref() {
        Some("in_person") => Some(Delivery::InPerson),
        Some("online") => Some(Delivery::Online),
        Some("both") => Some(Delivery::Both),
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Course {
    pub id: String,
    pub details: CourseRecord,
    /// Added by the student, not from a prospectus.
    pub own: bool,
    pub choice: Option<CourseChoice>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LinkedGoal {
    pub goal_id: String,
    pub title: String,
    /// "This course helps me with…", in the student's words.
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Attendance {
    pub id: String,
    pub course_id: String,
    pub session_date: String,
    pub state: AttendanceState,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CourseDetail {
    pub course: Course,
    pub goals: Vec<LinkedGoal>,
    pub attendance: Vec<Attendance>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum CourseSort {
    #[default]
    Title,
    StartDate,
}

/// What the catalogue shows: words to find, and filters. Empty means "any".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[serde(default)]
#[ts(export)]
pub struct CourseQuery {
    pub text: String,
    pub category: Option<String>,
    pub delivery: Option<Delivery>,
    pub term: Option<String>,
    /// `YYYY-MM-DD`: courses starting on or after.
    pub from: Option<String>,
    /// `YYYY-MM-DD`: courses starting on or before.
    pub to: Option<String>,
    pub chosen_only: bool,
    pub sort: CourseSort,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[ts(export)]
pub struct ImportSummary {
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    /// Support contacts the prospectus brought (they replace the ones before).
    pub support_contacts: u32,
}

const COURSE_COLUMNS: &str =
    "id, code, title, description, category, learn, delivery, venue, start_date, \
     sessions, session_times, term, tutors, source, choice";

fn course_from_row(row: &Row<'_>) -> rusqlite::Result<Course> {
    let choice: Option<String> = row.get(14)?;
    Ok(Course {
        id: row.get(0)?,
        details: CourseRecord {
            code: row.get(1)?,
            title: row.get(2)?,
            description: row.get(3)?,
            category: row.get(4)?,
            learn: row.get(5)?,
            delivery: delivery_from(row.get(6)?),
            venue: row.get(7)?,
            start_date: row.get(8)?,
            sessions: row.get(9)?,
            session_times: row.get(10)?,
            term: row.get(11)?,
            tutors: row.get(12)?,
        },
        own: row.get::<_, String>(13)? == "own",
        choice: choice.and_then(|c| CourseChoice::parse(&c).ok()),
    })
}

/// Whether `text` contains `word` (already lower-cased), ignoring case the
/// Unicode way ("ÜBUNG" holds "übung"). Text that is all ASCII, most of a
/// prospectus, is searched in place without lower-casing a copy.
fn contains_folded(text: &[u8], word: &str) -> bool {
    if !text.is_ascii() {
        return std::str::from_utf8(text).is_ok_and(|text| text.to_lowercase().contains(word));
    }
    let word = word.as_bytes();
    // A word with other letters cannot be in ASCII text.
    if !word.is_ascii() || word.len() > text.len() {
        return false;
    }
    let first = word[0];
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), text).any(|at| {
        text[at..].len() >= word.len() && text[at..at + word.len()].eq_ignore_ascii_case(word)
    })
}

/// A catalogue filter date, checked like every date from the UI. A date the
/// student is still typing (or any that is not a real day) filters nothing.
fn filter_date(text: Option<&str>) -> Option<String> {
    validate::optional_date(text)
        .ok()
        .flatten()
        .map(|d| d.format("%Y-%m-%d").to_string())
}

/// `delivery_str` as a value that lives as long as the statement needs it.
fn delivery_sql(delivery: Option<Delivery>) -> &'static Option<&'static str> {
    match delivery {
        None => &None,
        Some(Delivery::InPerson) => &Some("in_person"),
        Some(Delivery::Online) => &Some("online"),
        Some(Delivery::Both) => &Some("both"),
    }
}

/// The values of `?1`..`?14` in the import's INSERT and UPDATE: the id, the
/// record's twelve fields in column order, and the time.
#[allow(clippy::ptr_arg)] // `&String` is sized, so it can stand as `&dyn ToSql`.
fn record_params<'a>(
    id: &'a String,
    r: &'a CourseRecord,
    at: &'a String,
) -> [&'a dyn rusqlite::ToSql; 14] {
    [
        id as &dyn rusqlite::ToSql,
        &r.code,
        &r.title,
        &r.description,
        &r.category,
        &r.learn,
        delivery_sql(r.delivery),
        &r.venue,
        &r.start_date,
        &r.sessions,
        &r.session_times,
        &r.term,
        &r.tutors,
        at as &dyn rusqlite::ToSql,
    ]
}

/// Folded for matching: lower case, single spaces.
fn key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Store {
    /// Adds new courses and updates known ones in place (matched by code, else by
    /// title and term). Nothing is ever deleted: a course the student chose,
    /// reflected on or linked to a goal stays, with its choice and links.
    pub fn import_prospectus(&self, courses: &[CourseRecord]) -> Result<ImportSummary> {
        let tx = self.conn.unchecked_transaction()?;
        let mut by_code: HashMap<String, String> = HashMap::new();
        let mut by_title_term: HashMap<(String, String), String> = HashMap::new();
        let mut existing: HashMap<String, CourseRecord> = HashMap::new();
        {
            let mut stmt = tx.prepare(&format!(
                "SELECT {COURSE_COLUMNS} FROM course WHERE source = 'prospectus'"
            ))?;
            for course in stmt.query_map([], course_from_row)? {
                let course = course?;
                if let Some(code) = &course.details.code {
                    by_code.insert(key(code), course.id.clone());
                }
                by_title_term.insert(
                    (key(&course.details.title), key(&course.details.term)),
                    course.id.clone(),
                );
                existing.insert(course.id, course.details);
            }
        }
        let mut summary = ImportSummary::default();
        let at = now();
        {
            let mut insert = tx.prepare(
                "INSERT INTO course (id, code, title, description, category, learn, delivery, venue, start_date,
                   sessions, session_times, term, tutors, source, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 'prospectus', ?14, ?14)",
            )?;
            let mut update = tx.prepare(
                "UPDATE course SET code = ?2, title = ?3, description = ?4, category = ?5, learn = ?6,
                   delivery = ?7, venue = ?8, start_date = ?9, sessions = ?10, session_times = ?11,
                   term = ?12, tutors = ?13, updated_at = ?14
                 WHERE id = ?1",
            )?;
            for record in courses {
                let found = record
                    .code
                    .as_ref()
                    .and_then(|code| by_code.get(&key(code)))
                    .or_else(|| by_title_term.get(&(key(&record.title), key(&record.term))))
                    .cloned();
                match found {
                    Some(id) if existing.get(&id) == Some(record) => summary.unchanged += 1,
                    Some(id) => {
                        update.execute(record_params(&id, record, &at).as_slice())?;
                        existing.insert(id, record.clone());
                        summary.updated += 1;
                    }
                    None => {
                        let id = uuid::Uuid::new_v4().to_string();
                        insert.execute(record_params(&id, record, &at).as_slice())?;
                        if let Some(code) = &record.code {
                            by_code.insert(key(code), id.clone());
                        }
                        by_title_term.insert((key(&record.title), key(&record.term)), id.clone());
                        existing.insert(id, record.clone());
                        summary.added += 1;
                    }
                }
            }
        }
        tx.commit()?;
        Ok(summary)
    }

    /// A course the student adds by hand (a community course, an evening class).
    pub fn add_own_course(&self, details: &CourseRecord) -> Result<Course> {
        let title = validate::line(&details.title, Field::Title, validate::TITLE_MAX)?;
        let description = validate::free_text(&details.description, Field::Why, validate::WHY_MAX)?;
        let venue = validate::free_text(&details.venue, Field::Why, validate::STEP_MAX)?;
        let start = validate::optional_date(details.start_date.as_deref())?
            .map(|d| d.format("%Y-%m-%d").to_string());
        let session_times =
            validate::free_text(&details.session_times, Field::Why, validate::STEP_MAX)?;
        // As a prospectus may say: 1 to 500 sessions, or none said.
        let sessions = details.sessions;
        if sessions.is_some_and(|n| !(1..=500).contains(&n)) {
            return Err(Invalid::new(Field::Course, Problem::Unknown).into());
        }
        let id = uuid::Uuid::new_v4().to_string();
        let at = now();
        self.conn.execute(
            "INSERT INTO course (id, title, description, delivery, venue, start_date, term, source, choice,
               sessions, session_times, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'own', 'interested', ?8, ?9, ?10, ?10)",
            params![id, title, description, delivery_str(details.delivery), venue, start,
                    validate::free_text(&details.term, Field::Why, validate::STEP_MAX)?,
                    sessions, session_times, at],
        )?;
        self.course(&id).map(|detail| detail.course)
    }

    /// The catalogue: courses matching `query`, at most `limit`.
    pub fn courses(&self, query: &CourseQuery, limit: usize) -> Result<Vec<Course>> {
        // Sorted below, after the words are matched: SQLite would otherwise
        // copy every course, description and all, into its sorter first.
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COURSE_COLUMNS} FROM course
             WHERE (?1 IS NULL OR category = ?1)
               AND (?2 IS NULL OR delivery = ?2 OR (delivery = 'both' AND ?2 != 'both'))
               AND (?3 IS NULL OR term = ?3)
               AND (?4 IS NULL OR start_date >= ?4)
               AND (?5 IS NULL OR start_date <= ?5)
               AND (NOT ?6 OR choice IS NOT NULL)"
        ))?;
        let words: Vec<String> = query
            .text
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let mut rows = stmt.query(params![
            query.category.as_deref().filter(|c| !c.is_empty()),
            delivery_str(query.delivery),
            query.term.as_deref().filter(|t| !t.is_empty()),
            filter_date(query.from.as_deref()),
            filter_date(query.to.as_deref()),
            query.chosen_only,
        ])?;
        let mut found = Vec::new();
        while let Some(row) = rows.next()? {
            // Title, description and what you will learn, read in place: only
            // the courses that match are built.
            let text = |i| row.get_ref(i).map(|v| v.as_bytes().unwrap_or_default());
            let (title, description, learn) = (text(2)?, text(3)?, text(5)?);
            let matches = words.iter().all(|w| {
                contains_folded(title, w)
                    || contains_folded(description, w)
                    || contains_folded(learn, w)
            });
            if matches {
                found.push(course_from_row(row)?);
            }
        }
        // As SQLite's `COLLATE NOCASE` sorts: ASCII letters without case.
        let nocase = |a: &str, b: &str| {
            a.bytes()
                .map(|c| c.to_ascii_lowercase())
                .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
        };
        match query.sort {
            CourseSort::Title => found.sort_by(|a, b| {
                nocase(&a.details.title, &b.details.title)
                    .then_with(|| a.details.start_date.cmp(&b.details.start_date))
            }),
            // Courses with a date first, soonest first.
            CourseSort::StartDate => found.sort_by(|a, b| {
                let (a_date, b_date) = (&a.details.start_date, &b.details.start_date);
                a_date
                    .is_none()
                    .cmp(&b_date.is_none())
                    .then_with(|| a_date.cmp(b_date))
                    .then_with(|| nocase(&a.details.title, &b.details.title))
            }),
        }
        found.truncate(limit);
        Ok(found)
    }

    /// The categories and terms present, for the catalogue's filters.
    pub fn course_facets(&self) -> Result<(Vec<String>, Vec<String>)> {
        let list = |column: &str| -> Result<Vec<String>> {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT DISTINCT {column} FROM course WHERE {column} != '' ORDER BY {column} COLLATE NOCASE"
            ))?;
            let values = stmt
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            Ok(values)
        };
        Ok((list("category")?, list("term")?))
    }

    pub fn course(&self, id: &str) -> Result<CourseDetail> {
        let course = self
            .conn
            .prepare_cached(&format!(
                "SELECT {COURSE_COLUMNS} FROM course WHERE id = ?1"
            ))?
            .query_row([id], course_from_row)
            .optional()?
            .ok_or(Error::NotFound("course"))?;
        let goals = self
            .conn
            .prepare_cached(
                "SELECT g.id, g.title, gc.why FROM goal_course gc JOIN goal g ON g.id = gc.goal_id
                 WHERE gc.course_id = ?1 ORDER BY g.title",
            )?
            .query_map([id], |r| {
                Ok(LinkedGoal {
                    goal_id: r.get(0)?,
                    title: r.get(1)?,
                    why: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let attendance = self
            .conn
            .prepare_cached(
                "SELECT id, course_id, session_date, state, note FROM attendance
                 WHERE course_id = ?1 ORDER BY session_date, created_at",
            )?
            .query_map([id], |r| {
                let state: String = r.get(3)?;
                Ok(Attendance {
                    id: r.get(0)?,
                    course_id: r.get(1)?,
                    session_date: r.get(2)?,
                    state: AttendanceState::parse(&state).unwrap_or(AttendanceState::Attended),
                    note: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(CourseDetail {
            course,
            goals,
            attendance,
        })
    }

    /// Marks a course as interested, enrolled, attending, completed or
    /// withdrawn; `None` takes it off the student's list.
    pub fn set_course_choice(
        &self,
        id: &str,
        choice: Option<CourseChoice>,
    ) -> Result<CourseDetail> {
        let changed = self.conn.execute(
            "UPDATE course SET choice = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, choice.map(CourseChoice::as_str), now()],
        )?;
        if changed == 0 {
            return Err(Error::NotFound("course"));
        }
        self.course(id)
    }

    /// Links a course to a goal it serves, with the student's sentence why.
    pub fn link_course(&self, goal_id: &str, course_id: &str, why: &str) -> Result<CourseDetail> {
        let why = validate::free_text(why, Field::Why, validate::STEP_MAX)?;
        self.goal(goal_id)?;
        self.course(course_id)?;
        self.conn.execute(
            "INSERT INTO goal_course (goal_id, course_id, why, created_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (goal_id, course_id) DO UPDATE SET why = excluded.why",
            params![goal_id, course_id, why, now()],
        )?;
        self.course(course_id)
    }

    pub fn unlink_course(&self, goal_id: &str, course_id: &str) -> Result<CourseDetail> {
        self.conn.execute(
            "DELETE FROM goal_course WHERE goal_id = ?1 AND course_id = ?2",
            params![goal_id, course_id],
        )?;
        self.course(course_id)
    }

    /// The courses that serve a goal.
    pub fn goal_courses(&self, goal_id: &str) -> Result<Vec<(Course, String)>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {}, gc.why FROM goal_course gc JOIN course c ON c.id = gc.course_id
             WHERE gc.goal_id = ?1 ORDER BY c.title",
            COURSE_COLUMNS
                .split(", ")
                .map(|c| format!("c.{c}"))
                .collect::<Vec<_>>()
                .join(", ")
        ))?;
        let rows = stmt
            .query_map([goal_id], |r| Ok((course_from_row(r)?, r.get(15)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Records one session of a course.
    pub fn record_attendance(
        &self,
        course_id: &str,
        session_date: &str,
        state: AttendanceState,
        note: &str,
    ) -> Result<CourseDetail> {
        let date = validate::optional_date(Some(session_date))?
            .ok_or(Invalid::new(Field::TargetDate, Problem::Empty))?;
        let note = validate::free_text(note, Field::Why, validate::STEP_MAX)?;
        self.course(course_id)?;
        let at = now();
        self.conn.execute(
            "INSERT INTO attendance (id, course_id, session_date, state, note, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            params![uuid::Uuid::new_v4().to_string(), course_id, date.format("%Y-%m-%d").to_string(),
                    state.as_str(), note, at],
        )?;
        self.course(course_id)
    }
}

impl Store {
    /// A full import, after a backup of the plan as it was (when it is on disk
    /// and holds anything). No backup, no import.
    pub fn import_prospectus_after_backup(
        &self,
        courses: &[CourseRecord],
    ) -> Result<ImportSummary> {
        if self.path().is_some() && self.counts()? != PlanCounts::default() {
            self.backup(BackupReason::BeforeImport)?;
        }
        self.import_prospectus(courses)
    }
}

#[cfg(test)]
mod tests {
    use super::contains_folded;

    #[test]
    fn a_word_is_found_whatever_its_case() {
        assert!(contains_folded("Walking Group".as_bytes(), "group"));
        assert!(contains_folded("WALKING GROUP".as_bytes(), "walk"));
        assert!(!contains_folded("Walking Group".as_bytes(), "groups"));
        assert!(!contains_folded("Art".as_bytes(), "a longer word"));
        // Letters beyond ASCII fold the Unicode way, in either text.
        assert!(contains_folded(
            "Deutsch: ÜBUNG macht den Meister".as_bytes(),
            "übung"
        ));
        assert!(!contains_folded("Ubung".as_bytes(), "übung"));
        assert!(!contains_folded("Café Conversations".as_bytes(), "cafe"));
        assert!(contains_folded("CAFÉ conversations".as_bytes(), "café"));
        // The Kelvin sign lower-cases to an ASCII k.
        assert!(contains_folded("\u{212A}nitting".as_bytes(), "knit"));
    }
}
