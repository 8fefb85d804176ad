//! Seeing how far I have come: each goal's story as one thread, courses and
//! sessions per term, "things I've done", the progress view in one call, and the
//! home screen's "what's next for me". Progress is celebrated without streaks,
//! scores or comparisons with anyone else.

use chrono::NaiveDate;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Field, Result};
use crate::plan::courses::CourseChoice;
use crate::plan::model::GoalStatus;
use crate::plan::reviews::{ChartPoint, Decision, Review};
use crate::store::connection::Store;
use crate::validate;

/// One moment in a goal's story. `on` is a date (`YYYY-MM-DD`) or a time
/// (RFC 3339); the story is sorted by it, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum StoryEvent {
    /// The goal was set.
    Started { on: String },
    /// Its status changed (achieved, paused, let go, active again).
    Status { on: String, status: GoalStatus },
    /// Its words changed; `earlier` is how it was worded before.
    Reworded { on: String, earlier: String },
    /// A step was done.
    StepDone { on: String, text: String },
    /// A course was linked to it.
    Course {
        on: String,
        course_id: String,
        title: String,
        choice: Option<CourseChoice>,
    },
    /// It was looked at in a review.
    Reviewed {
        on: String,
        review_id: String,
        progress: String,
        attainment: Option<i32>,
        decision: Option<Decision>,
    },
    /// A reflection about it; `excerpt` is its first words.
    Reflection {
        on: String,
        reflection_id: String,
        excerpt: String,
    },
}

impl StoryEvent {
    fn on(&self) -> &str {
        match self {
            StoryEvent::Started { on }
            | StoryEvent::Status { on, .. }
            | StoryEvent::Reworded { on, .. }
            | StoryEvent::StepDone { on, .. }
            | StoryEvent::Course { on, .. }
            | StoryEvent::Reviewed { on, .. }
            | StoryEvent::Reflection { on, .. } => on,
        }
    }
}

/// Courses finished and sessions attended in one term (as the prospectus names
/// it; an empty name is "courses without a term").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TermSummary {
    pub term: String,
    pub completed: Vec<String>,
    /// Courses chosen in the term and not (yet) completed or withdrawn from.
    pub taking: Vec<String>,
    pub sessions_attended: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DoneStep {
    pub goal_id: String,
    pub goal_title: String,
    pub text: String,
    pub done_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AchievedGoal {
    pub goal_id: String,
    pub title: String,
    /// When it was marked achieved.
    pub on: String,
}

/// Things I've done: what there is to be glad of, in plain counts and names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Highlights {
    /// The day of the latest finished review, if there is one; the `since`
    /// figures count from it.
    pub since: Option<String>,
    pub achieved: Vec<AchievedGoal>,
    pub steps_done: u32,
    pub steps_done_since: u32,
    /// The newest steps done, up to five.
    pub recent_steps: Vec<DoneStep>,
    pub courses_completed: u32,
    pub sessions_attended: u32,
    pub sessions_attended_since: u32,
    pub reflections: u32,
    pub reflections_since: u32,
    pub reviews: u32,
}

/// Everything the progress view shows, in one call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ProgressView {
    /// Newest first, finished or not.
    pub reviews: Vec<Review>,
    /// The latest finished review against `compared_with` (the one before it,
    /// unless the student picked another). Empty with no finished review.
    pub chart: Vec<ChartPoint>,
    pub compared_with: Option<String>,
    pub terms: Vec<TermSummary>,
    pub highlights: Highlights,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NextStep {
    pub goal_id: String,
    pub goal_title: String,
    pub step_id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NextCourse {
    pub course_id: String,
    pub title: String,
    pub choice: CourseChoice,
    /// `YYYY-MM-DD`, when the course starts later than today.
    pub starts_on: Option<String>,
    /// As the prospectus says it, e.g. "Tuesdays 10:00 to 12:00".
    pub session_times: String,
    pub venue: String,
    /// The last session I went to, `YYYY-MM-DD`.
    pub last_attended: Option<String>,
}

/// What's next for me.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Home {
    /// The name I like to be called, for a kind hello.
    pub preferred_name: String,
    /// The next review, as set at the latest finished review.
    pub next_review_on: Option<String>,
    /// The next review's day has come.
    pub review_due: bool,
    pub unfinished_review: Option<Review>,
    /// The first step not yet done of each active goal (up to six).
    pub next_steps: Vec<NextStep>,
    /// Courses I am enrolled on or attending.
    pub courses: Vec<NextCourse>,
    pub active_goals: u32,
    pub reflections: u32,
}

/// How many steps the home screen and highlights list.
const NEXT_STEPS: usize = 6;
const RECENT_STEPS: usize = 5;
const EXCERPT_CHARS: usize = 140;

/// The start of `parts` (a reflection's four answers) as one text, its spaces
/// made single, cut at a word.
fn excerpt(parts: &[&str]) -> String {
    // The words one space apart, only as far as the excerpt needs (a reflection
    // can be long; its story shows the start).
    let mut joined = String::with_capacity(EXCERPT_CHARS + 8);
    let mut chars = 0;
    for word in parts.iter().flat_map(|part| part.split_whitespace()) {
        if chars > 0 {
            joined.push(' ');
            chars += 1;
        }
        joined.push_str(word);
        chars += word.chars().count();
        if chars > EXCERPT_CHARS {
            break;
        }
    }
    if chars <= EXCERPT_CHARS {
        return joined;
    }
    let cut: String = joined.chars().take(EXCERPT_CHARS).collect();
    // Cut at a word, not through one.
    let cut = match cut.rfind(' ') {
        Some(at) if at > EXCERPT_CHARS / 2 => &cut[..at],
        _ => &cut,
    };
    format!("{cut}…")
}

fn count<P: rusqlite::Params>(store: &Store, sql: &str, params: P) -> Result<u32> {
    let n: i64 = store
        .conn
        .prepare_cached(sql)?
        .query_row(params, |row| row.get(0))?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

impl Store {
    /// One goal's story, oldest first: set, reworded, steps done, courses
    /// linked, reviews, reflections, status changes.
    pub fn goal_story(&self, goal_id: &str) -> Result<Vec<StoryEvent>> {
        let created: String = self
            .conn
            .prepare_cached("SELECT created_at FROM goal WHERE id = ?1")?
            .query_row([goal_id], |row| row.get(0))
            .optional()?
            .ok_or(Error::NotFound("goal"))?;
        let mut story = vec![StoryEvent::Started { on: created }];

        let mut stmt = self.conn.prepare_cached(
            "SELECT changed_at, to_status FROM goal_status_change WHERE goal_id = ?1
             ORDER BY changed_at, rowid",
        )?;
        let rows = stmt.query_map([goal_id], |row| {
            let status = GoalStatus::parse(row.get_ref(1)?.as_str()?).ok();
            Ok((row.get::<_, String>(0)?, status))
        })?;
        for row in rows {
            if let (on, Some(status)) = row? {
                story.push(StoryEvent::Status { on, status });
            }
        }

        let mut stmt = self
            .conn
            .prepare_cached("SELECT changed_at, title FROM goal_history WHERE goal_id = ?1 ORDER BY changed_at, rowid")?;
        for row in stmt.query_map([goal_id], |row| {
            Ok(StoryEvent::Reworded {
                on: row.get(0)?,
                earlier: row.get(1)?,
            })
        })? {
            story.push(row?);
        }

        let mut stmt = self.conn.prepare_cached(
            "SELECT done_at, text FROM step WHERE goal_id = ?1 AND done_at IS NOT NULL
             ORDER BY done_at, position",
        )?;
        for row in stmt.query_map([goal_id], |row| {
            Ok(StoryEvent::StepDone {
                on: row.get(0)?,
                text: row.get(1)?,
            })
        })? {
            story.push(row?);
        }

        let mut stmt = self.conn.prepare_cached(
            "SELECT gc.created_at, c.id, c.title, c.choice FROM goal_course gc
             JOIN course c ON c.id = gc.course_id WHERE gc.goal_id = ?1",
        )?;
        for row in stmt.query_map([goal_id], |row| {
            let choice: Option<String> = row.get(3)?;
            Ok(StoryEvent::Course {
                on: row.get(0)?,
                course_id: row.get(1)?,
                title: row.get(2)?,
                choice: choice.and_then(|c| CourseChoice::parse(&c).ok()),
            })
        })? {
            story.push(row?);
        }

        let mut stmt = self.conn.prepare_cached(
            "SELECT coalesce(r.completed_at, r.started_at), r.id, rg.progress, rg.attainment,
                    rg.decision
             FROM review_goal rg JOIN review r ON r.id = rg.review_id
             WHERE rg.goal_id = ?1 ORDER BY r.started_at",
        )?;
        for row in stmt.query_map([goal_id], |row| {
            let decision: Option<String> = row.get(4)?;
            Ok(StoryEvent::Reviewed {
                on: row.get(0)?,
                review_id: row.get(1)?,
                progress: row.get(2)?,
                attainment: row.get(3)?,
                decision: decision.and_then(|d| Decision::parse(&d).ok()),
            })
        })? {
            story.push(row?);
        }

        // Put in order here, not by SQLite: its sort would copy every answer
        // of every reflection, where only the excerpts are kept.
        let mut stmt = self.conn.prepare_cached(
            "SELECT written_on, id, body, learned, how_it_went, try_next, created_at
             FROM reflection WHERE goal_id = ?1",
        )?;
        let mut reflections = stmt
            .query_map([goal_id], |row| {
                // Read in place: only the excerpt is copied.
                let part = |i| row.get_ref(i).and_then(|v| Ok(v.as_str()?));
                Ok((
                    StoryEvent::Reflection {
                        on: row.get(0)?,
                        reflection_id: row.get(1)?,
                        excerpt: excerpt(&[part(2)?, part(3)?, part(4)?, part(5)?]),
                    },
                    row.get::<_, String>(6)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        reflections.sort_by(|(a, a_made), (b, b_made)| a.on().cmp(b.on()).then(a_made.cmp(b_made)));
        story.extend(reflections.into_iter().map(|(event, _)| event));

        // Dates sort before times of the same day; the goal's start stays first.
        story[1..].sort_by(|a, b| a.on().cmp(b.on()));
        Ok(story)
    }

    /// Courses completed and sessions attended, term by term, newest term first
    /// (by the latest session or start date in it).
    pub fn terms(&self) -> Result<Vec<TermSummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.term, c.title, c.choice,
                    (SELECT count(*) FROM attendance a
                     WHERE a.course_id = c.id AND a.state = 'attended'),
                    coalesce((SELECT max(session_date) FROM attendance a WHERE a.course_id = c.id),
                             c.start_date, '')
             FROM course c
             WHERE c.choice IN ('enrolled', 'attending', 'completed')
             ORDER BY c.title COLLATE NOCASE, c.id",
        )?;
        let mut terms: Vec<(String, TermSummary)> = Vec::new();
        let rows = stmt.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, Option<String>>(2)?,
                row.get::<_, i64>(3)?,
                row.get::<_, String>(4)?,
            ))
        })?;
        for row in rows {
            let (term, title, choice, attended, latest) = row?;
            let term = term.trim().to_owned();
            let at = match terms.iter().position(|(_, t)| t.term == term) {
                Some(at) => at,
                None => {
                    terms.push((
                        String::new(),
                        TermSummary {
                            term,
                            completed: Vec::new(),
                            taking: Vec::new(),
                            sessions_attended: 0,
                        },
                    ));
                    terms.len() - 1
                }
            };
            let (newest, summary) = &mut terms[at];
            if latest > *newest {
                *newest = latest;
            }
            summary.sessions_attended += u32::try_from(attended).unwrap_or(0);
            if choice.as_deref() == Some("completed") {
                summary.completed.push(title);
            } else {
                summary.taking.push(title);
            }
        }
        // Newest term first; courses without a term last.
        terms.sort_by(|(a_at, a), (b_at, b)| {
            a.term
                .is_empty()
                .cmp(&b.term.is_empty())
                .then(b_at.cmp(a_at))
                .then(a.term.cmp(&b.term))
        });
        Ok(terms.into_iter().map(|(_, summary)| summary).collect())
    }

    /// Things I've done, all told and since the latest finished review.
    pub fn highlights(&self) -> Result<Highlights> {
        let since: Option<String> = self
            .conn
            .query_row(
                "SELECT completed_at FROM review WHERE completed_at IS NOT NULL
                 ORDER BY completed_at DESC LIMIT 1",
                [],
                |row| row.get(0),
            )
            .optional()?;
        let since_day = since.as_deref().map(|s| &s[..s.len().min(10)]);
        let mut stmt = self.conn.prepare_cached(
            "SELECT g.id, g.title,
                    coalesce((SELECT max(changed_at) FROM goal_status_change s
                              WHERE s.goal_id = g.id AND s.to_status = 'achieved'), g.updated_at)
             FROM goal g WHERE g.status = 'achieved'",
        )?;
        let mut achieved = stmt
            .query_map([], |row| {
                Ok(AchievedGoal {
                    goal_id: row.get(0)?,
                    title: row.get(1)?,
                    on: row.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        achieved.sort_by(|a, b| b.on.cmp(&a.on));
        let recent_steps = self
            .conn
            .prepare_cached(
                "SELECT s.goal_id, g.title, s.text, s.done_at FROM step s
                 JOIN goal g ON g.id = s.goal_id
                 WHERE s.done_at IS NOT NULL ORDER BY s.done_at DESC, s.rowid DESC LIMIT ?1",
            )?
            .query_map([RECENT_STEPS as i64], |row| {
                Ok(DoneStep {
                    goal_id: row.get(0)?,
                    goal_title: row.get(1)?,
                    text: row.get(2)?,
                    done_at: row.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let since_time = since.as_deref();
        Ok(Highlights {
            achieved,
            steps_done: count(
                self,
                "SELECT count(*) FROM step WHERE done_at IS NOT NULL ",
                [],
            )?,
            steps_done_since: match since_time {
                Some(t) => count(
                    self,
                    "SELECT count(*) FROM step WHERE done_at >= ?1",
                    [t],
                )?,
                None => 0,
            },
            recent_steps,
            courses_completed: count(
                self,
                "SELECT count(*) FROM course WHERE choice = 'completed' ",
                [],
            )?,
            sessions_attended: count(
                self,
                "SELECT count(*) FROM attendance WHERE state = 'attended' ",
                [],
            )?,
            sessions_attended_since: match since_day {
                Some(t) => count(
                    self,
                    "SELECT count(*) FROM attendance WHERE state = 'attended' AND session_date > ?1",
                    [t],
                )?,
                None => 0,
            },
            reflections: count(self, "SELECT count(*) FROM reflection ", [])?,
            reflections_since: match since_day {
                Some(t) => count(
                    self,
                    "SELECT count(*) FROM reflection WHERE written_on > ?1",
                    [t],
                )?,
                None => 0,
            },
            reviews: count(
                self,
                "SELECT count(*) FROM review WHERE completed_at IS NOT NULL ",
                [],
            )?,
            since: since_day.map(str::to_owned),
        })
    }

    /// The progress view: reviews, the life-areas chart of the latest finished
    /// review against `compare_with` (or the one before it), terms and
    /// highlights.
    pub fn progress_view(&self, compare_with: Option<&str>) -> Result<ProgressView> {
        let reviews = self.reviews()?;
        let mut done = reviews.iter().filter(|r| r.completed_at.is_some());
        let latest = done.next();
        let earlier = match compare_with {
            Some(id) => Some(
                reviews
                    .iter()
                    .find(|r| r.id == id && r.completed_at.is_some())
                    .ok_or(Error::NotFound("review"))?,
            ),
            None => done.next(),
        };
        let chart = match latest {
            Some(latest) => self.chart(earlier.unwrap_or(latest).id.as_str(), &latest.id)?,
            None => Vec::new(),
        };
        Ok(ProgressView {
            compared_with: earlier.map(|r| r.id.clone()),
            chart,
            terms: self.terms()?,
            highlights: self.highlights()?,
            reviews,
        })
    }

    /// The next review, `YYYY-MM-DD`, as set at the latest finished review.
    pub(crate) fn next_review_on(&self) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT next_review_on FROM review WHERE completed_at IS NOT NULL
                 ORDER BY completed_at DESC LIMIT 1",
            )?
            .query_row([], |row| row.get(0))
            .optional()?
            .flatten())
    }

    /// What's next for me, as of `today`.
    pub fn home(&self, today: NaiveDate) -> Result<Home> {
        let today_text = today.format("%Y-%m-%d").to_string();
        let next_review_on = self.next_review_on()?;
        let unfinished_review = self.unfinished_review()?;
        // Ties broken by rowid: the date index gives the order, and the scan
        // stops at the sixth goal (with `g.id` it sorted them all: 66 µs, now 9).
        let next_steps = self
            .conn
            .prepare_cached(
                "SELECT g.id, g.title, s.id, s.text FROM goal g
                 JOIN step s ON s.id = (SELECT id FROM step WHERE goal_id = g.id AND done_at IS NULL
                                        ORDER BY position LIMIT 1)
                 WHERE g.status = 'active'
                 ORDER BY g.created_at DESC, g.rowid DESC LIMIT ?1",
            )?
            .query_map([NEXT_STEPS as i64], |row| {
                Ok(NextStep {
                    goal_id: row.get(0)?,
                    goal_title: row.get(1)?,
                    step_id: row.get(2)?,
                    text: row.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let courses = self
            .conn
            .prepare_cached(
                "SELECT c.id, c.title, c.choice, c.start_date, c.session_times, c.venue,
                        (SELECT max(session_date) FROM attendance a
                         WHERE a.course_id = c.id AND a.state = 'attended')
                 FROM course c WHERE c.choice IN ('enrolled', 'attending')
                 ORDER BY coalesce(c.start_date, ''), c.title COLLATE NOCASE",
            )?
            .query_map([], |row| {
                let choice: String = row.get(2)?;
                let starts: Option<String> = row.get(3)?;
                Ok(NextCourse {
                    course_id: row.get(0)?,
                    title: row.get(1)?,
                    choice: CourseChoice::parse(&choice).unwrap_or(CourseChoice::Enrolled),
                    starts_on: starts.filter(|s| *s > today_text),
                    session_times: row.get(4)?,
                    venue: row.get(5)?,
                    last_attended: row.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let preferred_name: String = self
            .conn
            .prepare_cached("SELECT preferred_name FROM about_me")?
            .query_row([], |row| row.get(0))
            .optional()?
            .unwrap_or_default();
        Ok(Home {
            preferred_name,
            review_due: next_review_on
                .as_deref()
                .is_some_and(|on| on <= today_text.as_str()),
            next_review_on,
            unfinished_review,
            next_steps,
            courses,
            active_goals: count(
                self,
                "SELECT count(*) FROM goal WHERE status = 'active' ",
                [],
            )?,
            reflections: count(self, "SELECT count(*) FROM reflection ", [])?,
        })
    }
}

impl Store {
    /// The words of "your review is due" (as the page gives them, checked
    /// here), if the student turned the reminder on and the day has come.
    pub fn review_reminder(
        &self,
        title: &str,
        body: &str,
        today: NaiveDate,
    ) -> Result<Option<(String, String)>> {
        let title = validate::line(title, Field::ReviewText, validate::TITLE_MAX)?;
        let body = validate::line(body, Field::ReviewText, validate::TITLE_MAX)?;
        let due = self.reminders()?.review_notification && self.home(today)?.review_due;
        Ok(due.then_some((title, body)))
    }
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn an_excerpt_is_cut_at_a_word() {
        assert_eq!(excerpt(&["  short\n words "]), "short words");
        let long = "word ".repeat(60);
        let cut = excerpt(&[&long]);
        assert!(cut.ends_with('…'));
        assert!(cut.chars().count() <= 141);
        assert!(!cut.contains("wor…"));
    }

    #[test]
    fn an_excerpt_reads_only_as_far_as_it_needs_and_says_the_same() {
        // Whatever the length, the excerpt is the start of the text with its
        // spaces made single, as if every word had been joined first.
        for (words, width) in [(10, 5), (23, 5), (24, 5), (70, 1), (3, 60), (200, 7)] {
            let text = format!("  {}\n", vec!["é".repeat(width); words].join(" \n\t "));
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let cut = excerpt(&[&text]);
            let shown = cut.trim_end_matches('…');
            assert!(joined.starts_with(shown), "{words}×{width}: {cut}");
            assert_eq!(cut.ends_with('…'), joined.chars().count() > 140);
            assert!(cut.chars().count() <= 141);
            // A reflection's four parts read as one text.
            let middle = text.char_indices().nth(text.chars().count() / 2);
            let at = text[..middle.map_or(0, |(i, _)| i)]
                .rfind(char::is_whitespace)
                .unwrap_or(0);
            let (first, rest) = text.split_at(at);
            assert_eq!(excerpt(&[first, "", rest]), cut);
        }
    }
}
