//! The shared plan, read from the store: only what the student chose, and the
//! plan file that carries it (or, for the student's own new laptop, every row).

use std::collections::BTreeMap;

use rusqlite::types::ValueRef;
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::files::plan_file::{
    version_for, Everything, PlanFile, Section, SharedAbout, SharedChart, SharedCourse,
    SharedFeedback, SharedGoal, SharedPlan, SharedReflection, SharedReview, SharedSession,
    SharedStep, SharedSuggestion, SharedSupport, FORMAT,
};
use crate::plan::courses::{AttendanceState, CourseQuery};
use crate::plan::reviews::{ChartPoint, FeedbackDecision};
use crate::share::choice::ShareChoice;
use crate::store::connection::{attach_sorted, now, Store};
use crate::store::migrations::SCHEMA_VERSION;

impl Store {
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
            // Checked above; checked again here, where it matters most.
            reflections.push(self.shared_reflection(id, false)?);
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
            feedback: if choice.reviews {
                self.shared_feedback()?
            } else {
                Vec::new()
            },
        })
    }

    /// What the student decided about each item of a tutor's feedback: it
    /// belongs to the check-in records, and is shared with them.
    fn shared_feedback(&self) -> Result<Vec<SharedFeedback>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT feedback_item, from_tutor, text, decision FROM suggestion
             WHERE feedback_item IS NOT NULL ORDER BY created_at, rowid",
        )?;
        let rows = stmt.query_map([], |row| {
            let decision: Option<String> = row.get(3)?;
            Ok(SharedFeedback {
                item: row.get(0)?,
                tutor_name: row.get(1)?,
                text: row.get(2)?,
                decision: decision.as_deref().and_then(FeedbackDecision::parse),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
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
        let plan = self.shared_plan(choice)?;
        Ok(PlanFile {
            format: FORMAT.into(),
            format_version: version_for(&plan),
            app_version: app_version.into(),
            exported_at: now(),
            plan_id: self.plan_id()?,
            sections: choice.sections(),
            plan,
            everything: None,
        })
    }

    /// One reflection as a document shows it. A private one only with
    /// `private` (the student's own printed plan); anything for a tutor
    /// asks without it, and is refused a private reflection.
    pub(crate) fn shared_reflection(&self, id: &str, private: bool) -> Result<SharedReflection> {
        let r = self.reflection(id)?;
        if !r.shareable && !private {
            return Err(Error::PrivateReflection);
        }
        Ok(SharedReflection {
            id: r.id,
            written_on: r.written_on,
            body: r.body,
            learned: r.learned,
            how_it_went: r.how_it_went,
            try_next: r.try_next,
            course_title: r.course_title,
            goal_title: r.goal_title,
        })
    }

    /// The whole plan, private parts too, in one `.waymark` file.
    pub fn everything_file(&self, app_version: &str) -> Result<PlanFile> {
        let plan_id = self.plan_id()?;
        let mut tables = BTreeMap::new();
        for table in crate::files::everything::TABLES {
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
}
