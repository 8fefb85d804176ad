//! Feedback between tutor and student. The tutor's side: a draft of comments
//! and suggestions for an opened plan, saved as a feedback file (see
//! `files::feedback_file`).
//!
//! The student's side: each item is shown beside the part of the plan it is
//! about (saying so kindly if that part has changed or gone), and the student
//! decides on each one: take it on, keep it for later, or leave it. Nothing is
//! added to the plan without that choice. The items go into the check-in
//! record of a review, so the plan keeps who suggested what and what the
//! student decided.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, FileFault, Result};
use crate::files::feedback_file::{
    bad, reference, FeedbackFile, FeedbackItem, ItemKind, Target, TargetKind, ITEMS_MAX,
};
use crate::files::plan_file::OpenedPlan;
use crate::store::connection::{now, Store};
use crate::validate;

pub use crate::plan::reviews::FeedbackDecision;

/// Where the part of the plan an item is about stands now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TargetNow {
    /// As the tutor saw it.
    Same,
    /// Still there, with other words now.
    Changed,
    /// No longer in the plan.
    Gone,
}

/// An item of feedback as the student sees it, beside their plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReceivedItem {
    /// The suggestion's id in the check-in record.
    pub id: String,
    pub kind: ItemKind,
    pub text: String,
    pub about: Target,
    pub now: TargetNow,
    /// Its words now, when it is still there.
    pub now_reference: Option<String>,
    /// The goal a step would be added to, if there is one.
    pub goal_id: Option<String>,
    pub decision: Option<FeedbackDecision>,
}

/// A tutor's feedback, received into the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReceivedFeedback {
    pub tutor_name: String,
    /// The check-in review that records it.
    pub review_id: String,
    pub items: Vec<ReceivedItem>,
}

/// What a tutor has written so far for a plan they are reading. It is kept in
/// the tutor's own Waymark as each item is added, so closing the window loses
/// nothing; saving the feedback file makes it from this.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FeedbackDraft {
    pub plan_id: String,
    /// The export the tutor is reading.
    pub exported_at: String,
    pub items: Vec<FeedbackItem>,
}

/// Feedback a student received: a line of the list, to open it again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FeedbackSummary {
    pub review_id: String,
    pub tutor_name: String,
    pub received_at: String,
    pub items: u32,
    /// Items the student has not decided on yet (kept for later counts too).
    pub waiting: u32,
}

/// The tutor's own name, asked once.
const TUTOR_OWN_NAME_KEY: &str = "tutor_own_name";

pub(crate) fn draft_key(plan_id: &str) -> String {
    format!("feedback_draft:{plan_id}")
}

impl Store {
    /// The name this Waymark's owner signs feedback with, when they read
    /// someone's plan as a tutor; empty until they give it.
    pub fn tutor_own_name(&self) -> Result<String> {
        Ok(self
            .setting::<String>(TUTOR_OWN_NAME_KEY)?
            .unwrap_or_default())
    }

    pub fn set_tutor_own_name(&self, name: &str) -> Result<String> {
        let name = validate::line(name, crate::Field::TutorName, validate::NAME_MAX)?;
        self.set_setting(TUTOR_OWN_NAME_KEY, &name, crate::Field::TutorName)?;
        Ok(name)
    }

    /// What the tutor has written so far for the plan they are reading.
    pub fn feedback_draft(&self, opened: &OpenedPlan) -> Result<FeedbackDraft> {
        let kept = self
            .setting::<FeedbackDraft>(&draft_key(&opened.plan_id))?
            .filter(|d| d.plan_id == opened.plan_id);
        Ok(FeedbackDraft {
            plan_id: opened.plan_id.clone(),
            exported_at: opened.exported_at.clone(),
            items: kept.map(|d| d.items).unwrap_or_default(),
        })
    }

    fn keep_feedback_draft(&self, draft: &FeedbackDraft) -> Result<()> {
        if draft.items.is_empty() {
            self.conn.execute(
                "DELETE FROM setting WHERE key = ?1",
                [draft_key(&draft.plan_id)],
            )?;
            return Ok(());
        }
        self.set_setting(&draft_key(&draft.plan_id), draft, crate::Field::Suggestion)
    }

    /// Adds a tutor's comment or suggestion beside a part of the plan they
    /// are reading, and keeps it at once. The part must be in the shared
    /// plan; its reference is made here, from the plan, never from the UI.
    pub fn add_feedback(
        &self,
        opened: &OpenedPlan,
        about_kind: TargetKind,
        about_id: &str,
        kind: ItemKind,
        text: &str,
    ) -> Result<FeedbackDraft> {
        let about = opened
            .target(about_kind, about_id)
            .ok_or(Error::NotFound("part of the plan"))?;
        let mut draft = self.feedback_draft(opened)?;
        if draft.items.len() >= ITEMS_MAX {
            return Err(
                crate::Invalid::new(crate::Field::Suggestion, crate::Problem::Unknown).into(),
            );
        }
        draft.items.push(FeedbackItem::new(about, kind, text)?);
        self.keep_feedback_draft(&draft)?;
        Ok(draft)
    }

    /// Takes an item out of the tutor's feedback before it is saved.
    pub fn remove_feedback(&self, opened: &OpenedPlan, item_id: &str) -> Result<FeedbackDraft> {
        let mut draft = self.feedback_draft(opened)?;
        draft.items.retain(|i| i.id != item_id);
        self.keep_feedback_draft(&draft)?;
        Ok(draft)
    }

    /// The feedback file for the plan the tutor is reading, signed with
    /// their own name. It holds the items written so far; they stay in the
    /// tutor's Waymark, so a second save writes them again with any added.
    pub fn feedback_file(&self, opened: &OpenedPlan, app_version: &str) -> Result<FeedbackFile> {
        let name = self.tutor_own_name()?;
        if name.trim().is_empty() {
            return Err(crate::Invalid::new(crate::Field::TutorName, crate::Problem::Empty).into());
        }
        let draft = self.feedback_draft(opened)?;
        if draft.items.is_empty() {
            return Err(
                crate::Invalid::new(crate::Field::Suggestion, crate::Problem::Empty).into(),
            );
        }
        let mut file = FeedbackFile::for_plan(opened, &name, app_version)?;
        file.items = draft.items;
        file.format_version = crate::files::feedback_file::version_for(&file.items);
        Ok(file)
    }

    /// Every feedback this plan has received, newest first.
    pub fn feedback_received(&self) -> Result<Vec<FeedbackSummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.review_id, r.tutor_name, MIN(s.created_at), COUNT(*),
                    SUM(s.decision IS NULL OR s.decision = 'later')
             FROM suggestion s JOIN review r ON r.id = s.review_id
             WHERE s.feedback_item IS NOT NULL
             GROUP BY s.review_id ORDER BY MIN(s.created_at) DESC",
        )?;
        let rows = stmt
            .query_map([], |row| {
                Ok(FeedbackSummary {
                    review_id: row.get(0)?,
                    tutor_name: row.get(1)?,
                    received_at: row.get(2)?,
                    items: row.get(3)?,
                    waiting: row.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Receives a tutor's feedback into this plan: refused if it answers
    /// another plan. Its items go into the check-in record of a review (the
    /// check-in being written, or a new check-in with the tutor's name), as
    /// suggestions waiting for the student's decision. Receiving the same file
    /// twice adds nothing twice. Nothing else in the plan changes.
    pub fn receive_feedback(&self, file: &FeedbackFile) -> Result<ReceivedFeedback> {
        // A plan that was never shared has no id yet, and no feedback can be
        // for it; asking must not make one (a refusal changes nothing).
        let here: Option<String> = self.setting("plan_id")?;
        if here.as_deref() != Some(file.plan_id.as_str()) {
            return Err(Error::FeedbackForAnotherPlan);
        }
        if file.items.is_empty() {
            return Err(bad(FileFault::NoItems));
        }
        let tx = self.conn.unchecked_transaction()?;
        // Already received: the review that holds it.
        let mut review_id: Option<String> = None;
        // A file received by an earlier Waymark kept items under their bare
        // ids: those count as received when the tutor and the words match.
        const RECEIVED: &str = "SELECT review_id FROM suggestion
             WHERE feedback_item = ?1 OR (feedback_item = ?2 AND from_tutor = ?3 AND text = ?4)";
        for item in &file.items {
            if let Some(id) = tx
                .query_row(
                    RECEIVED,
                    params![file.item_key(item), item.id, file.tutor_name, item.text],
                    |row| row.get(0),
                )
                .optional()?
            {
                review_id = Some(id);
                break;
            }
        }
        let review_id = match review_id {
            Some(id) => id,
            None => {
                let open: Option<String> = tx
                    .query_row(
                        "SELECT id FROM review WHERE completed_at IS NULL AND check_in = 1
                         ORDER BY started_at DESC LIMIT 1",
                        [],
                        |row| row.get(0),
                    )
                    .optional()?;
                match open {
                    Some(id) => id,
                    None => {
                        let id = uuid::Uuid::new_v4().to_string();
                        let at = now();
                        tx.execute(
                            "INSERT INTO review (id, check_in, tutor_name, started_at, updated_at)
                             VALUES (?1, 1, ?2, ?3, ?3)",
                            params![id, file.tutor_name, at],
                        )?;
                        id
                    }
                }
            }
        };
        tx.execute(
            "UPDATE review SET tutor_name = ?2 WHERE id = ?1 AND tutor_name = ''",
            params![review_id, file.tutor_name],
        )?;
        for item in &file.items {
            let received: Option<String> = tx
                .query_row(
                    RECEIVED,
                    params![file.item_key(item), item.id, file.tutor_name, item.text],
                    |row| row.get(0),
                )
                .optional()?;
            if received.is_some() {
                continue;
            }
            tx.execute(
                "INSERT INTO suggestion (id, review_id, text, created_at, from_tutor, feedback_item,
                                         kind, about_kind, about_id, about_reference)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (feedback_item) WHERE feedback_item IS NOT NULL DO NOTHING",
                params![
                    uuid::Uuid::new_v4().to_string(),
                    review_id,
                    item.text,
                    now(),
                    file.tutor_name,
                    file.item_key(item),
                    item.kind.as_str(),
                    item.about.kind.table(),
                    item.about.id,
                    item.about.reference,
                ],
            )?;
        }
        tx.commit()?;
        self.received_feedback(&review_id)
    }

    /// A review's feedback from a tutor, each item beside the part of the
    /// plan it is about as that part is now.
    pub fn received_feedback(&self, review_id: &str) -> Result<ReceivedFeedback> {
        let tutor_name: String = self
            .conn
            .query_row(
                "SELECT tutor_name FROM review WHERE id = ?1",
                [review_id],
                |row| row.get(0),
            )
            .optional()?
            .ok_or(Error::NotFound("review"))?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, kind, text, about_kind, about_id, about_reference, decision
             FROM suggestion WHERE review_id = ?1 AND feedback_item IS NOT NULL
             ORDER BY created_at, rowid",
        )?;
        let rows = stmt
            .query_map([review_id], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, String>(4)?,
                    row.get::<_, String>(5)?,
                    row.get::<_, Option<String>>(6)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut items = Vec::with_capacity(rows.len());
        for (id, kind, text, about_kind, about_id, seen, decision) in rows {
            let target_kind = TargetKind::parse(&about_kind).unwrap_or(TargetKind::Goal);
            let words: Option<String> = match target_kind.words_column() {
                Some(column) => self
                    .conn
                    .query_row(
                        &format!(
                            "SELECT COALESCE({column}, '') FROM {} WHERE id = ?1",
                            target_kind.table()
                        ),
                        [&about_id],
                        |row| row.get(0),
                    )
                    .optional()?,
                // The plan as a whole and what helps me learn are always there.
                None => Some(seen.clone()),
            };
            let now_reference = words.map(|w| reference(&w));
            let now = match &now_reference {
                None => TargetNow::Gone,
                Some(words) if *words == seen => TargetNow::Same,
                Some(_) => TargetNow::Changed,
            };
            let goal_id = match (target_kind, now) {
                (_, TargetNow::Gone) => None,
                (TargetKind::Goal, _) => Some(about_id.clone()),
                (TargetKind::Step, _) => self
                    .conn
                    .query_row(
                        "SELECT goal_id FROM step WHERE id = ?1",
                        [&about_id],
                        |row| row.get(0),
                    )
                    .optional()?,
                (TargetKind::Reflection, _) => self
                    .conn
                    .query_row(
                        "SELECT goal_id FROM reflection WHERE id = ?1",
                        [&about_id],
                        |row| row.get(0),
                    )
                    .optional()?
                    .flatten(),
                _ => None,
            };
            items.push(ReceivedItem {
                id,
                kind: ItemKind::parse(&kind).unwrap_or(ItemKind::Comment),
                text,
                about: Target {
                    kind: target_kind,
                    id: about_id,
                    reference: seen,
                },
                now,
                now_reference,
                goal_id,
                decision: decision.as_deref().and_then(FeedbackDecision::parse),
            });
        }
        Ok(ReceivedFeedback {
            tutor_name,
            review_id: review_id.to_string(),
            items,
        })
    }

    /// The student's decision on an item. Taking on a step adds it to
    /// `goal_id` (or the goal the item is about); a course is marked
    /// interested (found by title in the plan, or added as the student's own);
    /// a comment or question is kept as a note in the check-in record. One
    /// action, all or nothing.
    pub fn decide_feedback(
        &self,
        suggestion_id: &str,
        decision: FeedbackDecision,
        goal_id: Option<&str>,
    ) -> Result<ReceivedFeedback> {
        let received = self.feedback_item(suggestion_id)?;
        let (review_id, item) = received;
        let tx = self.conn.unchecked_transaction()?;
        let (mut step_id, mut goal) = (None, None);
        if decision == FeedbackDecision::Taken && item.decision != Some(FeedbackDecision::Taken) {
            match item.kind {
                ItemKind::Step => {
                    let target = goal_id.map(str::to_string).or(item.goal_id.clone()).ok_or(
                        Error::Invalid(crate::Invalid::new(
                            crate::Field::Goal,
                            crate::Problem::Unknown,
                        )),
                    )?;
                    let text =
                        validate::line(&item.text, crate::Field::StepText, validate::STEP_MAX)?;
                    step_id = Some(crate::plan::goals::insert_step(&tx, &target, &text)?);
                    goal = Some(target);
                }
                ItemKind::Course => {
                    let title =
                        validate::line(&item.text, crate::Field::Course, validate::TITLE_MAX)?;
                    let existing: Option<(String, Option<String>)> = tx
                        .query_row(
                            "SELECT id, choice FROM course WHERE title = ?1 COLLATE NOCASE
                             ORDER BY choice IS NULL, created_at LIMIT 1",
                            [&title],
                            |row| Ok((row.get(0)?, row.get(1)?)),
                        )
                        .optional()?;
                    match existing {
                        Some((id, None)) => {
                            tx.execute(
                                "UPDATE course SET choice = 'interested', updated_at = ?2 WHERE id = ?1",
                                params![id, now()],
                            )?;
                        }
                        Some((_, Some(_))) => {} // already chosen: nothing to change
                        None => {
                            let at = now();
                            tx.execute(
                                "INSERT INTO course (id, title, source, choice, created_at, updated_at)
                                 VALUES (?1, ?2, 'own', 'interested', ?3, ?3)",
                                params![uuid::Uuid::new_v4().to_string(), title, at],
                            )?;
                        }
                    }
                }
                ItemKind::Comment | ItemKind::Question => {}
            }
        }
        tx.execute(
            "UPDATE suggestion SET decision = ?2, taken_on = ?3,
                    goal_id = COALESCE(?4, goal_id), step_id = COALESCE(?5, step_id)
             WHERE id = ?1",
            params![
                suggestion_id,
                decision.as_str(),
                decision == FeedbackDecision::Taken,
                goal,
                step_id
            ],
        )?;
        tx.commit()?;
        self.received_feedback(&review_id)
    }

    fn feedback_item(&self, suggestion_id: &str) -> Result<(String, ReceivedItem)> {
        let review_id: String = self
            .conn
            .query_row(
                "SELECT review_id FROM suggestion WHERE id = ?1 AND feedback_item IS NOT NULL",
                [suggestion_id],
                |row| row.get(0),
            )
            .optional()?
            .ok_or(Error::NotFound("suggestion"))?;
        let item = self
            .received_feedback(&review_id)?
            .items
            .into_iter()
            .find(|i| i.id == suggestion_id)
            .ok_or(Error::NotFound("suggestion"))?;
        Ok((review_id, item))
    }
}
