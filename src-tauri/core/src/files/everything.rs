//! The rules for the rows of an "everything, for myself" file: the tables it
//! carries, and what each column must hold by Waymark's own rules (a goal's
//! title is one line of at most 200 characters, a date is a real day, a step's
//! place is not negative, a ticked support is one Waymark knows...). SQLite's
//! constraints are the last line, not the first.

use serde_json::{Map, Value};

use crate::error::{FileFault, Result};
use crate::files::plan_file::{bad, CELL_MAX};
use crate::validate;

/// The tables "everything, for myself" carries, parents before children. The
/// search index is not among them: it is rebuilt from these as they go in.
pub(crate) const TABLES: &[&str] = &[
    "setting",
    "about_me",
    "learning_support",
    "goal",
    "step",
    "course",
    "goal_course",
    "attendance",
    "reflection",
    "review",
    "review_area",
    "review_goal",
    "suggestion",
    "goal_history",
    "goal_status_change",
    "draft",
    "trash",
    "share_log",
    "support_contact",
];

/// The longest text any column may hold, where no screen sets a lower limit.
const TEXT_MAX: usize = 100_000;
/// The longest id: Waymark writes UUIDs (36), and keys tutors' feedback items
/// by their id (at most 100) with a hash (17); room for older shapes.
const ID_MAX: usize = 200;
/// The most a count or a place in a list may be.
const COUNT_MAX: i64 = 1_000_000;

/// What a column must hold, by Waymark's own rules. SQLite's constraints
/// (types, `CHECK`s, keys) are checked as well, as the rows go in.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// Whatever SQLite's constraints allow (numbers and enumerations).
    Any,
    /// An id: short text, no control characters, not empty.
    Id,
    /// An id or nothing.
    OptId,
    /// One line, not empty, at most this many characters: as typed on screen.
    Line(usize),
    /// A text that may be empty, with line breaks, at most this many characters.
    Text(usize),
    /// A text of at most this many characters, kept as a file brought it in
    /// (a prospectus keeps what the college wrote, control characters too).
    Loose(usize),
    /// A loose text that is not empty and on one line.
    LooseLine(usize),
    /// A day, `YYYY-MM-DD`, that is on the calendar.
    Day,
    /// A day or nothing.
    OptDay,
    /// A moment, RFC 3339.
    Moment,
    /// A moment or nothing.
    OptMoment,
    /// A whole number, not negative.
    Count,
    /// Text that is JSON.
    Json,
    /// A support from Waymark's list.
    Support,
    /// A goal's status.
    Status,
    /// A draft's key.
    DraftKey,
    /// The parts of a plan that were shared, as the share log keeps them.
    Sections,
}

fn rule(table: &str, column: &str) -> Rule {
    use validate::{NAME_MAX, REFLECTION_MAX, STEP_MAX, TITLE_MAX, WHY_MAX};
    use Rule::*;
    match (table, column) {
        ("reflection" | "suggestion" | "goal_history", "course_id" | "goal_id")
        | ("suggestion", "step_id" | "feedback_item")
        | ("goal_history", "review_id") => OptId,
        ("about_me", "id") => Any,
        (_, "id" | "goal_id" | "course_id" | "review_id") => Id,
        ("setting", "key") => Line(ID_MAX),
        ("setting", "value") => Json,
        ("learning_support", "key") => Support,
        ("about_me", "preferred_name") => Text(NAME_MAX),
        ("about_me", _) if column != "id" && column != "updated_at" => Text(WHY_MAX),
        ("goal" | "goal_history", "title") => Line(TITLE_MAX),
        ("goal" | "goal_history", "why") => Text(WHY_MAX),
        ("goal_history", "life_area") => Line(ID_MAX),
        ("step", "text") => Line(STEP_MAX),
        ("step", "position") => Count,
        // A course from a prospectus keeps the college's words as they were.
        ("course", "title") => LooseLine(crate::files::prospectus::MAX_TITLE),
        ("course", "code") => Loose(crate::files::prospectus::MAX_TITLE),
        ("course", c) if c.ends_with("_at") => Moment,
        ("course", "start_date") => OptDay,
        ("course", "delivery" | "sessions" | "source" | "choice") => Any,
        ("course", _) => Loose(crate::files::prospectus::MAX_TEXT),
        ("goal_course", "why") => Text(STEP_MAX),
        ("attendance", "note") => Text(STEP_MAX),
        ("reflection", "body" | "learned" | "how_it_went" | "try_next") => Text(REFLECTION_MAX),
        ("review", "tutor_name") | ("suggestion", "from_tutor") | ("share_log", "tutor_name") => {
            Text(NAME_MAX)
        }
        ("review", "talked_about" | "went_well" | "whats_next") => Text(WHY_MAX),
        ("review_goal", "progress") => Text(WHY_MAX),
        // A suggestion typed at a review is a line; a tutor's comment by file
        // keeps its line breaks.
        ("suggestion", "text") => Text(crate::files::feedback_file::TEXT_MAX),
        ("suggestion", "about_id") => Loose(ID_MAX),
        ("suggestion", "about_reference") => Loose(crate::files::feedback_file::REFERENCE_MAX),
        ("goal_status_change", "from_status" | "to_status") => Status,
        ("draft", "key") => DraftKey,
        ("draft", "body") => Text(validate::DRAFT_BODY_MAX),
        ("trash", "item_id") => Id,
        ("trash", "label") => Loose(TEXT_MAX),
        ("trash", "payload") => Json,
        ("share_log", "sections") => Sections,
        // Where to find support keeps the college's words, as a prospectus does.
        ("support_contact", "position") => Count,
        ("support_contact", "name") => LooseLine(crate::plan::support::NAME_MAX),
        ("support_contact", "about") => Loose(crate::plan::support::ABOUT_MAX),
        ("support_contact", "college") => Loose(crate::files::prospectus::MAX_TITLE),
        ("support_contact", _) => Loose(crate::plan::support::DETAIL_MAX),
        ("share_log", "reflections") => Count,
        ("share_log", "file_name") => Text(300),
        ("attendance", "session_date") | ("reflection", "written_on") => Day,
        (_, "target_date" | "start_date" | "session_date" | "next_review_on") => OptDay,
        (_, "done_at" | "completed_at") => OptMoment,
        (_, c) if c.ends_with("_at") => Moment,
        _ => Any,
    }
}

/// Whether `value` keeps `rule`.
fn keeps(rule: Rule, value: &Value) -> bool {
    use Rule::*;
    let text = value.as_str();
    let clean = |s: &str| !s.chars().any(|c| c.is_control() && c != '\n' && c != '\t');
    let line = |s: &str, max: usize| {
        validate::line(s, crate::Field::Title, max).is_ok_and(|folded| folded == s)
    };
    match (rule, value) {
        (Any, _) => true,
        (OptId | OptDay | OptMoment, Value::Null) => true,
        (Id | OptId, _) => {
            text.is_some_and(|s| !s.trim().is_empty() && s.chars().count() <= ID_MAX && clean(s))
        }
        (Line(max), _) => text.is_some_and(|s| line(s, max)),
        (Text(max), _) => text.is_some_and(|s| clean(s) && s.chars().count() <= max),
        (Loose(max), _) => text.is_some_and(|s| s.chars().count() <= max),
        (LooseLine(max), _) => text.is_some_and(|s| {
            !s.trim().is_empty() && !s.contains(['\n', '\r']) && s.chars().count() <= max
        }),
        (Day | OptDay, _) => text.is_some_and(|s| {
            s.len() == 10 && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
        }),
        (Moment | OptMoment, _) => {
            text.is_some_and(|s| chrono::DateTime::parse_from_rfc3339(s).is_ok())
        }
        (Count, _) => value.as_i64().is_some_and(|n| (0..=COUNT_MAX).contains(&n)),
        (Json, _) => text.is_some_and(|s| serde_json::from_str::<Value>(s).is_ok()),
        (Support, _) => text.is_some_and(|s| {
            crate::plan::journal::Support::ALL
                .iter()
                .any(|k| k.as_str() == s)
        }),
        (Status, _) => text.is_some_and(|s| crate::plan::model::GoalStatus::parse(s).is_ok()),
        (DraftKey, _) => text.is_some_and(|s| validate::draft_key(s).is_ok()),
        (Sections, _) => text.is_some_and(|s| {
            serde_json::from_str::<Vec<crate::files::plan_file::Section>>(s).is_ok()
        }),
    }
}

/// A row as SQLite takes it, once every value has kept its column's rule.
pub(crate) fn values(
    table: &str,
    row: &Map<String, Value>,
    known: &[String],
) -> Result<(Vec<String>, Vec<rusqlite::types::Value>)> {
    use rusqlite::types::Value as Sql;
    if row.is_empty() {
        return Err(bad(FileFault::BadRow));
    }
    let mut columns = Vec::with_capacity(row.len());
    let mut values = Vec::with_capacity(row.len());
    for (column, value) in row {
        if !known.contains(column) {
            return Err(bad(FileFault::BadShape));
        }
        if !keeps(rule(table, column), value) {
            return Err(bad(FileFault::BadRow));
        }
        columns.push(format!("\"{column}\""));
        values.push(match value {
            Value::Null => Sql::Null,
            Value::Bool(b) => Sql::Integer(i64::from(*b)),
            Value::Number(n) => match n.as_i64() {
                Some(i) => Sql::Integer(i),
                None => Sql::Real(n.as_f64().unwrap_or(0.0)),
            },
            Value::String(s) if s.chars().count() <= CELL_MAX => Sql::Text(s.clone()),
            Value::String(_) => return Err(bad(FileFault::TooLong)),
            Value::Array(_) | Value::Object(_) => return Err(bad(FileFault::BadRow)),
        });
    }
    Ok((columns, values))
}
