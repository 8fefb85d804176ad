//! Reviews of progress, alone or at a check-in with a tutor: how each life area
//! is now, each goal's progress and what the student decides, what went well,
//! what is next, and when to look again. Nothing is mandatory; a review can be
//! left half done and finished later. A tutor's suggestions stay suggestions
//! until the student takes one on.

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Field, Invalid, Problem, Result};
use crate::plan::model::{GoalInput, GoalStatus};
use crate::store::connection::{attach_sorted, now, Store};
use crate::validate;

/// What the student decided about a goal at a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Decision {
    Keep,
    Change,
    Pause,
    LetGo,
    Achieved,
}

impl Decision {
    const ALL: [Decision; 5] = [
        Decision::Keep,
        Decision::Change,
        Decision::Pause,
        Decision::LetGo,
        Decision::Achieved,
    ];

    fn as_str(self) -> &'static str {
        match self {
            Decision::Keep => "keep",
            Decision::Change => "change",
            Decision::Pause => "pause",
            Decision::LetGo => "let_go",
            Decision::Achieved => "achieved",
        }
    }

    pub(crate) fn parse(text: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|d| d.as_str() == text)
            .ok_or(Invalid::new(Field::Decision, Problem::Unknown))
    }

    /// The goal's status after this decision, if it changes it.
    fn status(self) -> Option<GoalStatus> {
        match self {
            Decision::Pause => Some(GoalStatus::Paused),
            Decision::LetGo => Some(GoalStatus::LetGo),
            Decision::Achieved => Some(GoalStatus::Achieved),
            Decision::Keep | Decision::Change => None,
        }
    }
}

pub const RATING_MIN: i32 = 1;
pub const RATING_MAX: i32 = 10;
/// The goal-attainment scale: -2 much less than I hoped ... +2 much more.
pub const ATTAINMENT_MIN: i32 = -2;
pub const ATTAINMENT_MAX: i32 = 2;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Review {
    pub id: String,
    pub check_in: bool,
    pub tutor_name: String,
    pub talked_about: String,
    pub went_well: String,
    pub whats_next: String,
    /// `YYYY-MM-DD`.
    pub next_review_on: Option<String>,
    pub started_at: String,
    /// `None` while the review is still being written.
    pub completed_at: Option<String>,
}

/// The words of a review, as the student writes them. All optional.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct ReviewInput {
    pub check_in: bool,
    pub tutor_name: String,
    pub talked_about: String,
    pub went_well: String,
    pub whats_next: String,
    pub next_review_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct AreaRating {
    pub life_area: String,
    pub rating: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ReviewGoal {
    pub goal_id: String,
    pub progress: String,
    pub attainment: Option<i32>,
    pub decision: Option<Decision>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Suggestion {
    pub id: String,
    pub text: String,
    pub taken_on: bool,
    pub goal_id: Option<String>,
    pub step_id: Option<String>,
    /// The tutor's name when it came in their feedback file (the student
    /// decides on it with the feedback); empty when typed here.
    pub from_tutor: String,
}

/// What the student decided about an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum FeedbackDecision {
    /// Taken on: a step added, a course marked interested, a note kept.
    Taken,
    /// Kept for later.
    Later,
    /// Left, kindly.
    Left,
}

impl FeedbackDecision {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            FeedbackDecision::Taken => "taken",
            FeedbackDecision::Later => "later",
            FeedbackDecision::Left => "left",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<FeedbackDecision> {
        [
            FeedbackDecision::Taken,
            FeedbackDecision::Later,
            FeedbackDecision::Left,
        ]
        .into_iter()
        .find(|d| d.as_str() == text)
    }
}

/// A review with everything written in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReviewDetail {
    pub review: Review,
    pub areas: Vec<AreaRating>,
    pub goals: Vec<ReviewGoal>,
    pub suggestions: Vec<Suggestion>,
}

/// What is written in a review besides its own words.
#[derive(Debug, Default)]
pub(crate) struct ReviewParts {
    pub review_id: String,
    pub areas: Vec<AreaRating>,
    pub goals: Vec<ReviewGoal>,
    pub suggestions: Vec<Suggestion>,
}

/// A goal's earlier wording.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GoalWording {
    pub title: String,
    pub why: String,
    pub life_area: String,
    pub target_date: Option<String>,
    /// When it stopped being the goal's wording.
    pub changed_at: String,
    pub review_id: Option<String>,
}

/// One life area on the chart: its rating at the two reviews compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ChartPoint {
    pub life_area: String,
    pub label: String,
    /// At the earlier review (`None`: skipped, or not an area then).
    pub before: Option<i32>,
    /// At the later review.
    pub after: Option<i32>,
}

const TEXT_MAX: usize = validate::WHY_MAX;

const REVIEW_COLUMNS: &str = "id, check_in, tutor_name, talked_about, went_well, whats_next, \
     next_review_on, started_at, completed_at";

fn review_from_row(row: &Row<'_>) -> rusqlite::Result<Review> {
    Ok(Review {
        id: row.get(0)?,
        check_in: row.get(1)?,
        tutor_name: row.get(2)?,
        talked_about: row.get(3)?,
        went_well: row.get(4)?,
        whats_next: row.get(5)?,
        next_review_on: row.get(6)?,
        started_at: row.get(7)?,
        completed_at: row.get(8)?,
    })
}

impl Store {
    fn touch_review(&self, id: &str) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE review SET updated_at = ?2 WHERE id = ?1",
            params![id, now()],
        )?;
        if changed == 0 {
            return Err(Error::NotFound("review"));
        }
        Ok(())
    }

    /// Starts a review (a draft until it is completed).
    pub fn start_review(&self, check_in: bool) -> Result<ReviewDetail> {
        let id = uuid::Uuid::new_v4().to_string();
        let at = now();
        self.conn.execute(
            "INSERT INTO review (id, check_in, started_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
            params![id, check_in, at],
        )?;
        self.review(&id)
    }

    /// All reviews, newest first.
    pub fn reviews(&self) -> Result<Vec<Review>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {REVIEW_COLUMNS} FROM review ORDER BY started_at DESC, rowid DESC"
        ))?;
        let reviews = stmt
            .query_map([], review_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(reviews)
    }

    /// The review still being written, if there is one (to carry on with).
    pub fn unfinished_review(&self) -> Result<Option<Review>> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT {REVIEW_COLUMNS} FROM review WHERE completed_at IS NULL
                 ORDER BY started_at DESC LIMIT 1"
            ))?
            .query_row([], review_from_row)
            .optional()?)
    }

    pub fn review(&self, id: &str) -> Result<ReviewDetail> {
        let review = self
            .conn
            .prepare_cached(&format!(
                "SELECT {REVIEW_COLUMNS} FROM review WHERE id = ?1"
            ))?
            .query_row([id], review_from_row)
            .optional()?
            .ok_or(Error::NotFound("review"))?;
        let mut parts = [ReviewParts {
            review_id: id.to_owned(),
            ..ReviewParts::default()
        }];
        self.fill_review_parts(&mut parts, "= ?1", [id])?;
        let [parts] = parts;
        Ok(ReviewDetail {
            review,
            areas: parts.areas,
            goals: parts.goals,
            suggestions: parts.suggestions,
        })
    }

    /// The ratings, goals and suggestions of each finished review in
    /// `reviews`, in their order: three queries, however many reviews.
    pub(crate) fn finished_review_parts(&self, reviews: &[Review]) -> Result<Vec<ReviewParts>> {
        let mut parts: Vec<ReviewParts> = reviews
            .iter()
            .map(|r| ReviewParts {
                review_id: r.id.clone(),
                ..ReviewParts::default()
            })
            .collect();
        self.fill_review_parts(
            &mut parts,
            "IN (SELECT id FROM review WHERE completed_at IS NOT NULL)",
            params![],
        )?;
        Ok(parts)
    }

    /// Fills in `parts` for the reviews whose id matches `which` (SQL after
    /// `review_id`), each query sorted by review first (see `attach_sorted`).
    fn fill_review_parts(
        &self,
        parts: &mut [ReviewParts],
        which: &str,
        args: impl rusqlite::Params + Copy,
    ) -> Result<()> {
        fn id(parts: &ReviewParts) -> &str {
            &parts.review_id
        }
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT ra.review_id, ra.life_area, ra.rating FROM review_area ra
             JOIN life_area a ON a.key = ra.life_area
             WHERE ra.review_id {which} ORDER BY ra.review_id, a.position"
        ))?;
        attach_sorted(parts, id, stmt.query(args)?, 0, |review, row| {
            review.areas.push(AreaRating {
                life_area: row.get(1)?,
                rating: row.get(2)?,
            });
            Ok(())
        })?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT review_id, goal_id, progress, attainment, decision FROM review_goal
             WHERE review_id {which} ORDER BY review_id, updated_at, goal_id"
        ))?;
        attach_sorted(parts, id, stmt.query(args)?, 0, |review, row| {
            let decision: Option<String> = row.get(4)?;
            review.goals.push(ReviewGoal {
                goal_id: row.get(1)?,
                progress: row.get(2)?,
                attainment: row.get(3)?,
                decision: decision.and_then(|d| Decision::parse(&d).ok()),
            });
            Ok(())
        })?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT review_id, id, text, taken_on, goal_id, step_id, from_tutor FROM suggestion
             WHERE review_id {which} ORDER BY review_id, created_at, rowid"
        ))?;
        attach_sorted(parts, id, stmt.query(args)?, 0, |review, row| {
            review.suggestions.push(Suggestion {
                id: row.get(1)?,
                text: row.get(2)?,
                taken_on: row.get(3)?,
                goal_id: row.get(4)?,
                step_id: row.get(5)?,
                from_tutor: row.get(6)?,
            });
            Ok(())
        })?;
        Ok(())
    }

    /// Saves the review's own words (as they are typed).
    pub fn save_review(&self, id: &str, input: &ReviewInput) -> Result<ReviewDetail> {
        let text = |t: &str| validate::free_text(t, Field::ReviewText, TEXT_MAX);
        let tutor =
            validate::free_text(&input.tutor_name, Field::PreferredName, validate::NAME_MAX)?;
        let next = match validate::optional_date(input.next_review_on.as_deref()) {
            Ok(date) => date.map(|d| d.format("%Y-%m-%d").to_string()),
            Err(_) => return Err(Invalid::new(Field::NextReview, Problem::BadDate).into()),
        };
        let changed = self.conn.execute(
            "UPDATE review SET check_in = ?2, tutor_name = ?3, talked_about = ?4, went_well = ?5,
                 whats_next = ?6, next_review_on = ?7, updated_at = ?8
             WHERE id = ?1",
            params![
                id,
                input.check_in,
                tutor,
                text(&input.talked_about)?,
                text(&input.went_well)?,
                text(&input.whats_next)?,
                next,
                now()
            ],
        )?;
        if changed == 0 {
            return Err(Error::NotFound("review"));
        }
        self.review(id)
    }

    /// Rates how things are in a life area now (1–10), or skips it (`None`).
    pub fn rate_area(
        &self,
        review_id: &str,
        life_area: &str,
        rating: Option<i32>,
    ) -> Result<ReviewDetail> {
        let tx = self.conn.unchecked_transaction()?;
        let known: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM life_area WHERE key = ?1)",
            [life_area],
            |row| row.get(0),
        )?;
        if !known {
            return Err(Invalid::new(Field::LifeArea, Problem::Unknown).into());
        }
        self.touch_review(review_id)?;
        match rating {
            Some(r) if (RATING_MIN..=RATING_MAX).contains(&r) => {
                tx.execute(
                    "INSERT INTO review_area (review_id, life_area, rating) VALUES (?1, ?2, ?3)
                     ON CONFLICT (review_id, life_area) DO UPDATE SET rating = excluded.rating",
                    params![review_id, life_area, r],
                )?;
            }
            Some(_) => return Err(Invalid::new(Field::Rating, Problem::Unknown).into()),
            None => {
                tx.execute(
                    "DELETE FROM review_area WHERE review_id = ?1 AND life_area = ?2",
                    params![review_id, life_area],
                )?;
            }
        }
        tx.commit()?;
        self.review(review_id)
    }

    /// A goal at this review: progress in the student's words, an optional
    /// attainment rating, and a decision (pause, let go and achieved change the
    /// goal's status at once; "change" is done with [`Store::change_goal_at_review`]).
    pub fn review_goal(
        &self,
        review_id: &str,
        goal_id: &str,
        progress: &str,
        attainment: Option<i32>,
        decision: Option<&str>,
    ) -> Result<ReviewDetail> {
        let progress = validate::free_text(progress, Field::ReviewText, TEXT_MAX)?;
        if let Some(a) = attainment {
            if !(ATTAINMENT_MIN..=ATTAINMENT_MAX).contains(&a) {
                return Err(Invalid::new(Field::Attainment, Problem::Unknown).into());
            }
        }
        let decision = decision.map(Decision::parse).transpose()?;
        let tx = self.conn.unchecked_transaction()?;
        self.touch_review(review_id)?;
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM goal WHERE id = ?1)",
            [goal_id],
            |row| row.get(0),
        )?;
        if !exists {
            return Err(Error::NotFound("goal"));
        }
        tx.execute(
            "INSERT INTO review_goal (review_id, goal_id, progress, attainment, decision, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (review_id, goal_id) DO UPDATE SET progress = excluded.progress,
                 attainment = excluded.attainment, decision = excluded.decision",
            params![review_id, goal_id, progress, attainment, decision.map(Decision::as_str), now()],
        )?;
        if let Some(status) = decision.and_then(Decision::status) {
            tx.execute(
                "UPDATE goal SET status = ?2, updated_at = ?3 WHERE id = ?1",
                params![goal_id, status.as_str(), now()],
            )?;
        }
        tx.commit()?;
        self.review(review_id)
    }

    /// Changes a goal's wording or target at a review. The earlier wording is
    /// kept as the goal's history, so the student can see their ambition grow.
    pub fn change_goal_at_review(
        &self,
        review_id: &str,
        goal_id: &str,
        input: &GoalInput,
    ) -> Result<ReviewDetail> {
        let before = self.goal(goal_id)?;
        let tx = self.conn.unchecked_transaction()?;
        self.touch_review(review_id)?;
        let after = self.update_goal(goal_id, input)?;
        let changed = (
            &before.title,
            &before.why,
            &before.life_area,
            &before.target_date,
        ) != (
            &after.title,
            &after.why,
            &after.life_area,
            &after.target_date,
        );
        if changed {
            tx.execute(
                "INSERT INTO goal_history (id, goal_id, title, why, life_area, target_date, review_id, changed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    uuid::Uuid::new_v4().to_string(),
                    goal_id,
                    before.title,
                    before.why,
                    before.life_area,
                    before.target_date,
                    review_id,
                    now()
                ],
            )?;
        }
        tx.execute(
            "INSERT INTO review_goal (review_id, goal_id, decision, updated_at) VALUES (?1, ?2, 'change', ?3)
             ON CONFLICT (review_id, goal_id) DO UPDATE SET decision = 'change'",
            params![review_id, goal_id, now()],
        )?;
        tx.commit()?;
        self.review(review_id)
    }

    /// A goal's earlier wordings, oldest first.
    pub fn goal_history(&self, goal_id: &str) -> Result<Vec<GoalWording>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT title, why, life_area, target_date, changed_at, review_id FROM goal_history
             WHERE goal_id = ?1 ORDER BY changed_at, id",
        )?;
        let history = stmt
            .query_map([goal_id], |row| {
                Ok(GoalWording {
                    title: row.get(0)?,
                    why: row.get(1)?,
                    life_area: row.get(2)?,
                    target_date: row.get(3)?,
                    changed_at: row.get(4)?,
                    review_id: row.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(history)
    }

    /// Records a tutor's suggestion at a check-in.
    pub fn add_suggestion(&self, review_id: &str, text: &str) -> Result<ReviewDetail> {
        let text = validate::line(text, Field::Suggestion, validate::STEP_MAX)?;
        self.touch_review(review_id)?;
        self.conn.execute(
            "INSERT INTO suggestion (id, review_id, text, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![uuid::Uuid::new_v4().to_string(), review_id, text, now()],
        )?;
        self.review(review_id)
    }

    /// The student takes a suggestion on; with a goal, it becomes a step of
    /// that goal in the same action.
    pub fn take_on_suggestion(
        &self,
        suggestion_id: &str,
        goal_id: Option<&str>,
    ) -> Result<ReviewDetail> {
        let (review_id, text, taken): (String, String, bool) = self
            .conn
            .query_row(
                "SELECT review_id, text, taken_on FROM suggestion WHERE id = ?1",
                [suggestion_id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?
            .ok_or(Error::NotFound("suggestion"))?;
        if taken {
            return self.review(&review_id);
        }
        let tx = self.conn.unchecked_transaction()?;
        let step_id = match goal_id {
            Some(goal_id) => Some(crate::plan::goals::insert_step(&tx, goal_id, &text)?),
            None => None,
        };
        tx.execute(
            "UPDATE suggestion SET taken_on = 1, goal_id = ?2, step_id = ?3 WHERE id = ?1",
            params![suggestion_id, goal_id, step_id],
        )?;
        tx.commit()?;
        self.review(&review_id)
    }

    /// Marks a review complete (it can still be looked at, not lost).
    pub fn complete_review(&self, id: &str) -> Result<ReviewDetail> {
        let changed = self.conn.execute(
            "UPDATE review SET completed_at = COALESCE(completed_at, ?2), updated_at = ?2 WHERE id = ?1",
            params![id, now()],
        )?;
        if changed == 0 {
            return Err(Error::NotFound("review"));
        }
        self.review(id)
    }

    /// The life-areas chart for two reviews: every area rated at either, or
    /// in use now, in the areas' order; an area skipped or not there at one
    /// review has no value for it.
    pub fn chart(&self, before: &str, after: &str) -> Result<Vec<ChartPoint>> {
        for id in [before, after] {
            self.conn
                .query_row("SELECT 1 FROM review WHERE id = ?1", [id], |_| Ok(()))
                .optional()?
                .ok_or(Error::NotFound("review"))?;
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.key, a.label,
                    (SELECT rating FROM review_area WHERE review_id = ?1 AND life_area = a.key),
                    (SELECT rating FROM review_area WHERE review_id = ?2 AND life_area = a.key)
             FROM life_area a ORDER BY a.position, a.key",
        )?;
        let points = stmt
            .query_map(params![before, after], |row| {
                Ok(ChartPoint {
                    life_area: row.get(0)?,
                    label: row.get(1)?,
                    before: row.get(2)?,
                    after: row.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(points)
    }
}
