//! The plan file (`.waymark`, UTF-8 JSON, see `docs/plan-file.md`): what it
//! holds (the shared plan, and for "everything, for myself" every row), how it
//! is written and how an opened one is checked.
//!
//! An opened file is untrusted: its size is limited, its shape is checked
//! strictly (unknown fields are refused), a newer `format_version` is refused
//! with a clear message, and every text stays text wherever it is shown.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

use crate::error::{Error, FileFault, FileKind, Result};
use crate::files::io::{format_name, read_untrusted};
use crate::files::sealed::{read_chosen, Passphrase};
use crate::plan::courses::{AttendanceState, CourseChoice};
use crate::plan::model::{GoalStatus, LifeArea};
use crate::plan::reviews::{AreaRating, ChartPoint, FeedbackDecision, ReviewGoal};

/// What the file says it is.
pub const FORMAT: &str = format_name(FileKind::Plan);
/// The newest version of the file's shape this Waymark reads. It writes the
/// oldest version that holds what the file holds: 2 only when the plan
/// carries what the student decided about a tutor's feedback (new in 2), so
/// every other file still opens in a Waymark that reads only version 1.
pub const FORMAT_VERSION: u32 = 2;
/// A plan file's extension.
pub const EXTENSION: &str = "waymark";

/// The version a file holding `plan` is written as.
pub fn version_for(plan: &SharedPlan) -> u32 {
    if plan.feedback.is_empty() {
        1
    } else {
        2
    }
}
/// The largest plan file Waymark opens (a ten-year plan is about 20 MB).
pub const FILE_MAX: u64 = 64 * 1024 * 1024;
/// The longest text a plan file may hold in one field.
const TEXT_MAX: usize = 100_000;
/// The largest value a JSON column holds (a tutor's kept feedback: 500 items
/// of up to 2,000 characters; a deleted goal with all its steps).
pub(crate) const CELL_MAX: usize = 2_000_000;

/// A part of the plan, as a plan file lists what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Section {
    AboutMe,
    Support,
    Goals,
    Steps,
    Courses,
    Reviews,
    Chart,
    Reflections,
    /// The whole plan, private parts too: for the student's own new laptop.
    Everything,
}

/// The plan as a tutor sees it: only what the student chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SharedPlan {
    /// The student's name as they like it (may be empty).
    pub name: String,
    pub about_me: Option<SharedAbout>,
    pub support: Option<SharedSupport>,
    /// The names of the parts of life the goals and the chart use.
    pub life_areas: Vec<LifeArea>,
    pub goals: Option<Vec<SharedGoal>>,
    pub courses: Option<Vec<SharedCourse>>,
    pub reviews: Option<Vec<SharedReview>>,
    pub chart: Option<SharedChart>,
    pub reflections: Vec<SharedReflection>,
    /// What the student decided about each item of a tutor's feedback, shared
    /// with the check-in records (the reviews). Left out of the file when
    /// there is none, so a file without it is read by every Waymark.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(as = "Option<Vec<SharedFeedback>>", optional)]
    pub feedback: Vec<SharedFeedback>,
}

/// An item of a tutor's feedback as the student's plan holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SharedFeedback {
    /// The key it was received under: the tutor's Waymark makes the same key
    /// from the item it sent (see `FeedbackFile::item_key`).
    pub item: String,
    pub tutor_name: String,
    pub text: String,
    /// `None`: not decided yet.
    pub decision: Option<FeedbackDecision>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SharedAbout {
    pub for_tutors: String,
    pub strengths: String,
    pub interests: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SharedSupport {
    /// Keys of the common supports the student ticked.
    pub supports: Vec<String>,
    pub support_words: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SharedGoal {
    pub id: String,
    pub title: String,
    pub why: String,
    pub life_area: String,
    pub target_date: Option<String>,
    pub status: GoalStatus,
    /// Empty when steps are not shared.
    pub steps: Vec<SharedStep>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SharedStep {
    pub id: String,
    pub text: String,
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SharedCourse {
    pub id: String,
    pub title: String,
    pub term: String,
    pub start_date: Option<String>,
    pub choice: Option<CourseChoice>,
    pub sessions: Vec<SharedSession>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SharedSession {
    pub session_date: String,
    pub state: AttendanceState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SharedReview {
    pub id: String,
    pub check_in: bool,
    pub tutor_name: String,
    pub talked_about: String,
    pub went_well: String,
    pub whats_next: String,
    pub next_review_on: Option<String>,
    pub completed_at: String,
    pub areas: Vec<AreaRating>,
    pub goals: Vec<ReviewGoal>,
    pub suggestions: Vec<SharedSuggestion>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SharedSuggestion {
    pub text: String,
    pub taken_on: bool,
}

/// The latest finished review against the one before it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SharedChart {
    /// When the latest review was finished (RFC 3339).
    pub after: String,
    pub before: Option<String>,
    pub points: Vec<ChartPoint>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SharedReflection {
    pub id: String,
    pub written_on: String,
    pub body: String,
    pub learned: String,
    pub how_it_went: String,
    pub try_next: String,
    pub course_title: Option<String>,
    pub goal_title: Option<String>,
}

/// The whole plan, table by table, for the student's own new laptop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Everything {
    /// The plan's schema version when it was written.
    pub schema_version: u32,
    pub tables: BTreeMap<String, Vec<Map<String, Value>>>,
}

impl SharedPlan {
    /// The latest finished review the plan shares, if it shares reviews.
    pub fn latest_review(&self) -> Option<&SharedReview> {
        self.reviews
            .iter()
            .flatten()
            .max_by(|x, y| x.completed_at.cmp(&y.completed_at))
    }

    /// Every text the plan holds.
    fn texts(&self) -> Vec<&str> {
        let mut texts = vec![self.name.as_str()];
        if let Some(a) = &self.about_me {
            texts.extend([&a.for_tutors, &a.strengths, &a.interests].map(String::as_str));
        }
        if let Some(s) = &self.support {
            texts.extend(s.supports.iter().map(String::as_str));
            texts.push(&s.support_words);
        }
        for area in &self.life_areas {
            texts.extend([&area.key, &area.label].map(String::as_str));
        }
        for g in self.goals.iter().flatten() {
            texts.extend([&g.id, &g.title, &g.why, &g.life_area].map(String::as_str));
            texts.extend(g.target_date.as_deref());
            for step in &g.steps {
                texts.extend([&step.id, &step.text].map(String::as_str));
            }
        }
        for c in self.courses.iter().flatten() {
            texts.extend([&c.id, &c.title, &c.term].map(String::as_str));
            texts.extend(c.start_date.as_deref());
            texts.extend(c.sessions.iter().map(|s| s.session_date.as_str()));
        }
        for r in self.reviews.iter().flatten() {
            texts.extend(
                [
                    &r.id,
                    &r.tutor_name,
                    &r.talked_about,
                    &r.went_well,
                    &r.whats_next,
                    &r.completed_at,
                ]
                .map(String::as_str),
            );
            texts.extend(r.next_review_on.as_deref());
            texts.extend(r.areas.iter().map(|a| a.life_area.as_str()));
            for g in &r.goals {
                texts.extend([&g.goal_id, &g.progress].map(String::as_str));
            }
            texts.extend(r.suggestions.iter().map(|s| s.text.as_str()));
        }
        if let Some(chart) = &self.chart {
            texts.push(&chart.after);
            texts.extend(chart.before.as_deref());
            for p in &chart.points {
                texts.extend([&p.life_area, &p.label].map(String::as_str));
            }
        }
        for r in &self.reflections {
            texts.extend(
                [
                    &r.id,
                    &r.written_on,
                    &r.body,
                    &r.learned,
                    &r.how_it_went,
                    &r.try_next,
                ]
                .map(String::as_str),
            );
            texts.extend(r.course_title.as_deref());
            texts.extend(r.goal_title.as_deref());
        }
        for f in &self.feedback {
            texts.extend([&f.item, &f.tutor_name, &f.text].map(String::as_str));
        }
        texts
    }

    /// No text longer than `max` characters (nor than any Waymark writes).
    fn texts_within(&self, max: usize) -> bool {
        self.texts()
            .into_iter()
            .all(|t| t.len() <= max || t.chars().count() <= max)
    }

    /// Every number within the range the format gives it: ratings 1 to 10,
    /// attainment -2 to 2.
    fn in_range(&self) -> bool {
        use crate::plan::reviews::{ATTAINMENT_MAX, ATTAINMENT_MIN};
        let rating = |r: i32| (1..=10).contains(&r);
        let reviews = self.reviews.iter().flatten().all(|r| {
            r.areas.iter().all(|a| rating(a.rating))
                && r.goals.iter().all(|g| {
                    g.attainment
                        .is_none_or(|a| (ATTAINMENT_MIN..=ATTAINMENT_MAX).contains(&a))
                })
        });
        let chart = self
            .chart
            .iter()
            .flat_map(|c| &c.points)
            .all(|p| p.before.is_none_or(rating) && p.after.is_none_or(rating));
        reviews && chart
    }

    /// Every day the format gives as a day (a session, a reflection's day)
    /// begins `YYYY-MM-DD`.
    fn days_are_days(&self) -> bool {
        use crate::validate::looks_like_day as day;
        self.courses
            .iter()
            .flatten()
            .flat_map(|c| &c.sessions)
            .all(|s| day(&s.session_date))
            && self.reflections.iter().all(|r| day(&r.written_on))
    }

    /// No goal, step, course, review, reflection or life area twice: each is
    /// shown once, by its id.
    fn ids_once(&self) -> bool {
        fn once<'a>(ids: impl Iterator<Item = &'a str>) -> bool {
            let mut seen = std::collections::HashSet::new();
            ids.into_iter().all(|id| seen.insert(id))
        }
        let goals = || self.goals.iter().flatten();
        once(goals().map(|g| g.id.as_str()))
            && once(goals().flat_map(|g| &g.steps).map(|s| s.id.as_str()))
            && once(self.courses.iter().flatten().map(|c| c.id.as_str()))
            && once(self.reviews.iter().flatten().map(|r| r.id.as_str()))
            && once(self.reflections.iter().map(|r| r.id.as_str()))
            && once(self.life_areas.iter().map(|a| a.key.as_str()))
            && once(self.feedback.iter().map(|f| f.item.as_str()))
            && once(
                self.chart
                    .iter()
                    .flat_map(|c| &c.points)
                    .map(|p| p.life_area.as_str()),
            )
    }
}

/// A `.waymark` file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanFile {
    pub format: String,
    pub format_version: u32,
    /// The Waymark that wrote it.
    pub app_version: String,
    /// When it was written (RFC 3339).
    pub exported_at: String,
    /// Which plan it came from; feedback from a tutor names it.
    pub plan_id: String,
    pub sections: Vec<Section>,
    pub plan: SharedPlan,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub everything: Option<Everything>,
}

/// A plan file as tutor review mode shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OpenedPlan {
    pub file_name: String,
    pub exported_at: String,
    pub app_version: String,
    pub plan_id: String,
    pub sections: Vec<Section>,
    pub plan: SharedPlan,
}

impl OpenedPlan {
    /// The plan file it was read from, as Waymark would write it again (to
    /// keep it among My students).
    pub fn to_plan_file(&self) -> PlanFile {
        PlanFile {
            format: FORMAT.into(),
            format_version: version_for(&self.plan),
            app_version: self.app_version.clone(),
            exported_at: self.exported_at.clone(),
            plan_id: self.plan_id.clone(),
            sections: self.sections.clone(),
            plan: self.plan.clone(),
            everything: None,
        }
    }
}

/// A plan file refused for `fault`.
pub(crate) fn bad(fault: FileFault) -> Error {
    Error::BadFile {
        file: FileKind::Plan,
        fault,
    }
}

impl PlanFile {
    /// The file as UTF-8 JSON.
    pub fn to_json(&self) -> Result<Vec<u8>> {
        serde_json::to_vec(self).map_err(|_| Error::Export("plan file"))
    }

    /// Reads a `.waymark` file: untrusted. Checks its size, what it says it
    /// is and its version before its shape, then its shape strictly, then
    /// what the shape alone cannot say (every text's length, every number's
    /// range, no id twice).
    pub fn parse(bytes: &[u8]) -> Result<PlanFile> {
        let file: PlanFile = read_untrusted(bytes, FILE_MAX, FileKind::Plan, FORMAT_VERSION)?;
        file.check()?;
        Ok(file)
    }

    fn check(&self) -> Result<()> {
        let cells = || {
            self.everything
                .iter()
                .flat_map(|e| e.tables.values().flatten())
                .flat_map(|row| row.values())
        };
        let long = |v: &Value| v.as_str().is_some_and(|s| s.chars().count() > CELL_MAX);
        let short = [&self.app_version, &self.exported_at, &self.plan_id]
            .iter()
            .all(|t| t.chars().count() <= 100);
        if !self.plan.texts_within(TEXT_MAX) || cells().any(long) || !short {
            return Err(bad(FileFault::TooLong));
        }
        let mut sections = self.sections.clone();
        sections.sort_by_key(|s| *s as u8);
        sections.dedup();
        let cell = |v: &Value| matches!(v, Value::Null | Value::Number(_) | Value::String(_));
        let ok = self.plan.in_range()
            && self.plan.ids_once()
            && self.plan.days_are_days()
            && sections.len() == self.sections.len()
            && self
                .everything
                .as_ref()
                .is_none_or(|e| e.schema_version >= 1)
            && cells().all(cell);
        if ok {
            Ok(())
        } else {
            Err(bad(FileFault::BadShape))
        }
    }

    /// What tutor review mode shows. A student's private move file (the whole
    /// plan, every private reflection with it) was never meant for a tutor:
    /// it is refused, whatever its name.
    pub fn opened(self, file_name: &str) -> Result<OpenedPlan> {
        if self.everything.is_some() || self.sections.contains(&Section::Everything) {
            return Err(bad(FileFault::IsMoveFile));
        }
        Ok(OpenedPlan {
            file_name: file_name.into(),
            exported_at: self.exported_at,
            app_version: self.app_version,
            plan_id: self.plan_id,
            sections: self.sections,
            plan: self.plan,
        })
    }
}

/// Reads a plan file someone chose, sealed or not: its size first, then
/// [`PlanFile::parse`]. A sealed one needs `passphrase`.
pub fn read_plan_file(path: &std::path::Path, passphrase: Option<&Passphrase>) -> Result<PlanFile> {
    PlanFile::parse(read_chosen(path, passphrase, FileKind::Plan, FILE_MAX)?.bytes())
}
