//! Sharing with a tutor: the student chooses what is shared, sees it, and
//! saves it as a tutor pack (HTML) or a portable plan file (`.waymark`, UTF-8
//! JSON, see `docs/plan-file.md`). The same file moves a whole plan to a new
//! laptop when the student chooses "everything, for myself".
//!
//! Private reflections never leave in anything meant for a tutor: only those
//! marked "I may share this" *and* picked on the share screen do.
//!
//! An opened file is untrusted: its size is limited, its shape is checked
//! strictly (unknown fields are refused), a newer `format_version` is refused
//! with a clear message, and every text stays text wherever it is shown.

use std::collections::BTreeMap;

use rusqlite::types::ValueRef;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

use crate::courses::{AttendanceState, CourseChoice, CourseQuery};
use crate::error::{Error, FileFault, FileKind, Result};
use crate::model::{GoalStatus, LifeArea};
use crate::reviews::{AreaRating, ChartPoint, ReviewGoal};
use crate::store::{attach_sorted, now, Store, SCHEMA_VERSION};

/// What the file says it is.
pub const FORMAT: &str = "waymark-plan";
/// The version of the file's shape this Waymark writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// The largest plan file Waymark opens (a ten-year plan is about 20 MB).
pub const FILE_MAX: u64 = 64 * 1024 * 1024;
/// The longest text a plan file may hold in one field.
const TEXT_MAX: usize = 100_000;

/// What the student shares. Reflections are listed one by one, and only those
/// marked "I may share this" can be among them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ShareChoice {
    pub about_me: bool,
    pub support: bool,
    pub goals: bool,
    /// Steps of the shared goals.
    pub steps: bool,
    /// Courses and attendance.
    pub courses: bool,
    /// Reviews and check-ins.
    pub reviews: bool,
    /// The life-areas chart.
    pub chart: bool,
    pub reflections: Vec<String>,
}

impl Default for ShareChoice {
    /// Everything but reflections, which the student picks one by one.
    fn default() -> Self {
        ShareChoice {
            about_me: true,
            support: true,
            goals: true,
            steps: true,
            courses: true,
            reviews: true,
            chart: true,
            reflections: Vec::new(),
        }
    }
}

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

impl ShareChoice {
    pub fn sections(&self) -> Vec<Section> {
        [
            (self.about_me, Section::AboutMe),
            (self.support, Section::Support),
            (self.goals, Section::Goals),
            (self.goals && self.steps, Section::Steps),
            (self.courses, Section::Courses),
            (self.reviews, Section::Reviews),
            (self.chart, Section::Chart),
            (!self.reflections.is_empty(), Section::Reflections),
        ]
        .into_iter()
        .filter_map(|(on, section)| on.then_some(section))
        .collect()
    }
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
        use crate::reviews::{ATTAINMENT_MAX, ATTAINMENT_MIN};
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

/// A plan file refused for `fault`.
fn bad(fault: FileFault) -> Error {
    Error::BadFile {
        file: FileKind::Plan,
        fault,
    }
}

impl Store {
    /// This plan's own id, made the first time it is asked for.
    pub fn plan_id(&self) -> Result<String> {
        if let Some(id) = self.setting::<String>("plan_id")? {
            return Ok(id);
        }
        let id = uuid::Uuid::new_v4().to_string();
        self.set_setting("plan_id", &id, crate::Field::Choice)?;
        Ok(id)
    }

    /// The share screen's choice from last time, or the default.
    pub fn share_choice(&self) -> Result<ShareChoice> {
        Ok(self.setting("share_choice")?.unwrap_or_default())
    }

    /// Keeps `choice` as the default for next time.
    pub fn set_share_choice(&self, choice: &ShareChoice) -> Result<ShareChoice> {
        let checked = self.checked_choice(choice)?;
        self.set_setting("share_choice", &checked, crate::Field::Choice)?;
        Ok(checked)
    }

    /// `choice` with its reflections checked: each must exist and be marked
    /// "I may share this". Anything else in the list is refused.
    fn checked_choice(&self, choice: &ShareChoice) -> Result<ShareChoice> {
        for id in &choice.reflections {
            let shareable: Option<bool> = self
                .conn
                .query_row(
                    "SELECT shareable FROM reflection WHERE id = ?1",
                    [id],
                    |row| row.get(0),
                )
                .optional()?;
            match shareable {
                Some(true) => {}
                Some(false) => return Err(Error::PrivateReflection),
                None => return Err(Error::NotFound("reflection")),
            }
        }
        let mut checked = choice.clone();
        checked.reflections.dedup();
        Ok(checked)
    }

    /// The plan as the tutor will see it, with only what `choice` shares.
    pub fn shared_plan(&self, choice: &ShareChoice) -> Result<SharedPlan> {
        let choice = self.checked_choice(choice)?;
        let about = self.about_me()?;
        let goals = if choice.goals {
            Some(
                self.goals()?
                    .into_iter()
                    .map(|g| SharedGoal {
                        id: g.id,
                        title: g.title,
                        why: g.why,
                        life_area: g.life_area,
                        target_date: g.target_date,
                        status: g.status,
                        steps: if choice.steps {
                            g.steps
                                .into_iter()
                                .map(|s| SharedStep {
                                    id: s.id,
                                    text: s.text,
                                    done: s.done,
                                })
                                .collect()
                        } else {
                            Vec::new()
                        },
                    })
                    .collect(),
            )
        } else {
            None
        };
        let courses = if choice.courses {
            Some(self.shared_courses()?)
        } else {
            None
        };
        let finished: Vec<_> = self
            .reviews()?
            .into_iter()
            .filter(|r| r.completed_at.is_some())
            .collect();
        let reviews = if choice.reviews {
            let parts = self.finished_review_parts(&finished)?;
            let mut shared = Vec::with_capacity(finished.len());
            for (r, detail) in finished.iter().zip(parts) {
                shared.push(SharedReview {
                    id: r.id.clone(),
                    check_in: r.check_in,
                    tutor_name: r.tutor_name.clone(),
                    talked_about: r.talked_about.clone(),
                    went_well: r.went_well.clone(),
                    whats_next: r.whats_next.clone(),
                    next_review_on: r.next_review_on.clone(),
                    completed_at: r.completed_at.clone().unwrap_or_default(),
                    areas: detail.areas,
                    goals: if choice.goals {
                        detail.goals
                    } else {
                        Vec::new()
                    },
                    suggestions: detail
                        .suggestions
                        .into_iter()
                        .map(|s| SharedSuggestion {
                            text: s.text,
                            taken_on: s.taken_on,
                        })
                        .collect(),
                });
            }
            Some(shared)
        } else {
            None
        };
        let chart = match (choice.chart, finished.first()) {
            (true, Some(latest)) => {
                let before = finished.get(1);
                let points = self.chart(before.map_or(&latest.id, |b| &b.id), &latest.id)?;
                Some(SharedChart {
                    after: latest.completed_at.clone().unwrap_or_default(),
                    before: before.and_then(|b| b.completed_at.clone()),
                    points: if before.is_some() {
                        points
                    } else {
                        points
                            .into_iter()
                            .map(|p| ChartPoint { before: None, ..p })
                            .collect()
                    },
                })
            }
            _ => None,
        };
        let mut reflections = Vec::with_capacity(choice.reflections.len());
        for id in &choice.reflections {
            let r = self.reflection(id)?;
            // Checked above; checked again here, where it matters most.
            if !r.shareable {
                return Err(Error::PrivateReflection);
            }
            reflections.push(SharedReflection {
                id: r.id,
                written_on: r.written_on,
                body: r.body,
                learned: r.learned,
                how_it_went: r.how_it_went,
                try_next: r.try_next,
                course_title: r.course_title,
                goal_title: r.goal_title,
            });
        }
        reflections.sort_by(|a, b| b.written_on.cmp(&a.written_on));
        Ok(SharedPlan {
            name: about.preferred_name.clone(),
            about_me: choice.about_me.then(|| SharedAbout {
                for_tutors: about.for_tutors.clone(),
                strengths: about.strengths.clone(),
                interests: about.interests.clone(),
            }),
            support: choice.support.then(|| SharedSupport {
                supports: about.supports.clone(),
                support_words: about.support_words.clone(),
            }),
            life_areas: self.life_areas()?,
            goals,
            courses,
            reviews,
            chart,
            reflections,
        })
    }

    fn shared_courses(&self) -> Result<Vec<SharedCourse>> {
        let query = CourseQuery {
            chosen_only: true,
            ..CourseQuery::default()
        };
        let mut shared: Vec<SharedCourse> = self
            .courses(&query, 100_000)?
            .into_iter()
            .map(|course| SharedCourse {
                id: course.id,
                title: course.details.title,
                term: course.details.term,
                start_date: course.details.start_date,
                choice: course.choice,
                sessions: Vec::new(),
            })
            .collect();
        // Every session in one pass of the course index, not one query per course.
        let mut stmt = self.conn.prepare_cached(
            "SELECT course_id, session_date, state FROM attendance ORDER BY course_id, session_date",
        )?;
        attach_sorted(
            &mut shared,
            |c| &c.id,
            stmt.query([])?,
            0,
            |course, row| {
                if let Ok(state) = AttendanceState::parse(row.get_ref(2)?.as_str()?) {
                    course.sessions.push(SharedSession {
                        session_date: row.get(1)?,
                        state,
                    });
                }
                Ok(())
            },
        )?;
        Ok(shared)
    }

    /// The `.waymark` file for `choice`.
    pub fn plan_file(&self, choice: &ShareChoice, app_version: &str) -> Result<PlanFile> {
        Ok(PlanFile {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            app_version: app_version.into(),
            exported_at: now(),
            plan_id: self.plan_id()?,
            sections: choice.sections(),
            plan: self.shared_plan(choice)?,
            everything: None,
        })
    }

    /// The whole plan, private parts too, in one `.waymark` file.
    pub fn everything_file(&self, app_version: &str) -> Result<PlanFile> {
        let plan_id = self.plan_id()?;
        let mut tables = BTreeMap::new();
        for table in crate::everything::TABLES {
            let mut stmt = self
                .conn
                .prepare(&format!("SELECT * FROM {table} ORDER BY rowid"))?;
            let columns: Vec<String> = stmt.column_names().into_iter().map(String::from).collect();
            let rows = stmt
                .query_map([], |row| {
                    let mut object = Map::new();
                    for (i, column) in columns.iter().enumerate() {
                        let value = match row.get_ref(i)? {
                            ValueRef::Null => Value::Null,
                            ValueRef::Integer(n) => Value::from(n),
                            ValueRef::Real(x) => Value::from(x),
                            ValueRef::Text(t) => Value::from(String::from_utf8_lossy(t)),
                            ValueRef::Blob(_) => Value::Null,
                        };
                        object.insert(column.clone(), value);
                    }
                    Ok(object)
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            tables.insert((*table).to_string(), rows);
        }
        let mut file = self.plan_file(&ShareChoice::default(), app_version)?;
        file.plan_id = plan_id;
        file.sections = vec![Section::Everything];
        file.everything = Some(Everything {
            schema_version: SCHEMA_VERSION,
            tables,
        });
        Ok(file)
    }

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
        let long = |v: &Value| {
            v.as_str()
                .is_some_and(|s| s.chars().count() > crate::everything::CELL_MAX)
        };
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

    /// What tutor review mode shows.
    pub fn opened(self, file_name: &str) -> OpenedPlan {
        OpenedPlan {
            file_name: file_name.into(),
            exported_at: self.exported_at,
            app_version: self.app_version,
            plan_id: self.plan_id,
            sections: self.sections,
            plan: self.plan,
        }
    }
}

/// What the student saves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ExportFormat {
    /// The tutor pack, for people: a web page.
    Html,
    /// The tutor pack, for people: a PDF.
    Pdf,
    /// The plan file with the chosen sections, for Waymark.
    Waymark,
    /// The whole plan, private parts too, for the student's own new laptop.
    Everything,
}

impl ExportFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Html => "html",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Waymark => "waymark",
            ExportFormat::Everything => "everything",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Html => "html",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Waymark | ExportFormat::Everything => "waymark",
        }
    }

    /// A file name to offer in the save dialog: the student's name (letters
    /// and digits only) and the day.
    pub fn suggested_name(self, student: &str, today: &str) -> String {
        let what = match self {
            ExportFormat::Everything => "whole-plan",
            _ => "learning-plan",
        };
        file_name_for(student, what, today, self.extension())
    }
}

/// The most characters of the student's name in a suggested file name. With
/// what the file is and the day, a name stays well under the 255 bytes every
/// file system allows, whatever the script (a character is 4 bytes at most).
const FILE_NAME_PART_MAX: usize = 40;

/// A file name safe on every system: the student's name (letters, digits
/// and dashes only, its first 40 characters), what the file is, the day and
/// the extension.
pub fn file_name_for(student: &str, what: &str, today: &str, extension: &str) -> String {
    let name: String = student
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-')
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .take(FILE_NAME_PART_MAX)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string();
    let today: String = today
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(10)
        .collect();
    if name.is_empty() {
        format!("{what}-{today}.{extension}")
    } else {
        format!("{name}-{what}-{today}.{extension}")
    }
}

impl Store {
    /// The bytes of `format` for `choice`, in `language` (for the pack).
    pub fn export(
        &self,
        format: ExportFormat,
        choice: &ShareChoice,
        language: &str,
        app_version: &str,
    ) -> Result<Vec<u8>> {
        match format {
            ExportFormat::Html => {
                let file = self.plan_file(choice, app_version)?;
                let words = crate::pack::Words::new(language);
                Ok(
                    crate::pack::html(&file.plan, &words, &file.exported_at, app_version)
                        .into_bytes(),
                )
            }
            ExportFormat::Pdf => {
                let file = self.plan_file(choice, app_version)?;
                let words = crate::pack::Words::new(language);
                crate::pdf::pdf(&file.plan, &words, &file.exported_at, app_version)
            }
            ExportFormat::Waymark => self.plan_file(choice, app_version)?.to_json(),
            ExportFormat::Everything => self.everything_file(app_version)?.to_json(),
        }
    }

    /// Writes `format` to `path` whole or not at all, then logs the share.
    pub fn export_to(
        &self,
        format: ExportFormat,
        choice: &ShareChoice,
        tutor_name: &str,
        path: &std::path::Path,
        language: &str,
        app_version: &str,
    ) -> Result<ShareLogEntry> {
        let bytes = self.export(format, choice, language, app_version)?;
        write_whole(path, &bytes)?;
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.log_share(format.as_str(), choice, tutor_name, &file_name)
    }
}

/// Writes to a temporary file beside `path`, flushes it to the disk and
/// renames it: a crash never leaves half a file under the real name.
pub fn write_whole(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write as _;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let mut temp = tempfile::Builder::new()
        .prefix(".waymark-saving-")
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| Error::Io(e.error))?;
    Ok(())
}

/// Reads a plan file someone chose: its size first, then [`PlanFile::parse`].
pub fn read_plan_file(path: &std::path::Path) -> Result<PlanFile> {
    PlanFile::parse(&read_bytes(path, FILE_MAX, FileKind::Plan)?)
}

/// A file someone chose, if it is no larger than `max` bytes: its size is
/// checked before anything is read.
/// A chosen file that cannot be read is a fault of that file (moved, on a
/// stick taken out), not of the plan's storage.
pub(crate) fn read_bytes(path: &std::path::Path, max: u64, file: FileKind) -> Result<Vec<u8>> {
    let unreadable = |_| Error::BadFile {
        file,
        fault: FileFault::Unreadable,
    };
    use std::io::Read as _;
    let too_big = || Error::FileTooBig {
        file,
        max_mb: max / (1024 * 1024),
    };
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    // Only a file: never a device or a pipe, which could give bytes for ever.
    if !meta.is_file() {
        return Err(unreadable(std::io::Error::other("not a file")));
    }
    if meta.len() > max {
        return Err(too_big());
    }
    // Read at most one byte more than allowed: a file that grows as it is
    // read is still refused, not read to the end.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    std::fs::File::open(path)
        .and_then(|f| f.take(max + 1).read_to_end(&mut bytes))
        .map_err(unreadable)?;
    if bytes.len() as u64 > max {
        return Err(too_big());
    }
    Ok(bytes)
}

/// Reads an untrusted JSON file of Waymark's: its size, then what it says it
/// is (`format`) and its version before its shape, then its shape strictly
/// (the type refuses unknown fields). A refusal names only the kind of file
/// and the kind of fault: never a word of the file or of the parser.
pub(crate) fn read_untrusted<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
    max: u64,
    file: FileKind,
    version: u32,
) -> Result<T> {
    let refuse = |fault| Error::BadFile { file, fault };
    if bytes.len() as u64 > max {
        return Err(Error::FileTooBig {
            file,
            max_mb: max / (1024 * 1024),
        });
    }
    // A byte-order mark, as some editors write first, is not part of the JSON.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(refuse(FileFault::Empty));
    }
    // Well-formed JSON at all? (Read through, nothing kept.)
    serde_json::from_slice::<serde::de::IgnoredAny>(bytes)
        .map_err(|_| refuse(FileFault::NotJson))?;
    #[derive(Deserialize)]
    struct Header {
        format: Option<Value>,
        format_version: Option<Value>,
    }
    // JSON, but not an object with these two fields of Waymark's.
    let object = bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    let header: Header = serde_json::from_slice(bytes)
        .ok()
        .filter(|_| object)
        .ok_or(refuse(FileFault::NotThisKind))?;
    let format = header.format.as_ref().and_then(Value::as_str);
    let expected = file_format(file);
    if format != Some(expected) {
        return Err(refuse(match format {
            Some(f) if f == crate::feedback::FORMAT => FileFault::IsFeedback,
            Some(f) if f == FORMAT => FileFault::IsPlan,
            _ => FileFault::NotThisKind,
        }));
    }
    match header.format_version.as_ref().and_then(Value::as_u64) {
        Some(found) if found > u64::from(version) => {
            return Err(Error::FileTooNew {
                file,
                found: u32::try_from(found).unwrap_or(u32::MAX),
                supported: version,
            })
        }
        Some(found) if found >= 1 => {}
        _ => return Err(refuse(FileFault::NoVersion)),
    }
    serde_json::from_slice(bytes).map_err(|_| refuse(FileFault::BadShape))
}

/// What a file of `kind` says it is.
fn file_format(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Plan => FORMAT,
        FileKind::Feedback => crate::feedback::FORMAT,
    }
}

/// Plans someone shared that this Waymark opened, newest first. Kept only
/// when the tutor chooses to keep the list (off by default).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RecentShared {
    pub keep: bool,
    pub plans: Vec<RecentPlan>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RecentPlan {
    /// Where the file is on this computer.
    pub path: String,
    /// The student's name in it, as they like it.
    pub name: String,
    pub opened_at: String,
}

const RECENT_KEY: &str = "recent_shared";
/// The longest list of recently opened plans.
pub const RECENT_MAX: usize = 10;

impl Store {
    pub fn recent_shared(&self) -> Result<RecentShared> {
        Ok(self.setting(RECENT_KEY)?.unwrap_or_default())
    }

    /// Turns the list on or off; off forgets every plan on it.
    pub fn set_keep_recent_shared(&self, keep: bool) -> Result<RecentShared> {
        let recent = RecentShared {
            keep,
            plans: if keep {
                self.recent_shared()?.plans
            } else {
                Vec::new()
            },
        };
        self.set_setting(RECENT_KEY, &recent, crate::Field::Choice)?;
        Ok(recent)
    }

    /// Notes a plan that was opened, if the tutor keeps the list.
    pub fn note_opened_shared(&self, path: &std::path::Path, opened: &OpenedPlan) -> Result<()> {
        let mut recent = self.recent_shared()?;
        if !recent.keep {
            return Ok(());
        }
        let path = path.display().to_string();
        recent.plans.retain(|p| p.path != path);
        recent.plans.insert(
            0,
            RecentPlan {
                path,
                name: opened
                    .plan
                    .name
                    .chars()
                    .take(crate::validate::NAME_MAX)
                    .collect(),
                opened_at: now(),
            },
        );
        recent.plans.truncate(RECENT_MAX);
        self.set_setting(RECENT_KEY, &recent, crate::Field::Choice)
    }

    /// Opens a plan from the list again. Only a path on the list is opened:
    /// the page cannot ask for any other file.
    pub fn open_recent_shared(&self, path: &str) -> Result<OpenedPlan> {
        let recent = self.recent_shared()?;
        let plan = recent
            .plans
            .iter()
            .find(|p| p.path == path)
            .ok_or(Error::NotFound("plan"))?;
        let path = std::path::Path::new(&plan.path);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let opened = read_plan_file(path)?.opened(&name);
        self.note_opened_shared(path, &opened)?;
        Ok(opened)
    }
}
