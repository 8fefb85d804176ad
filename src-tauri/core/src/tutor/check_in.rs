//! The check-in sheet: one printable page for a tutor's check-in with one
//! student. What changed since the plan before, what is due, and the
//! tutor's feedback the student has not decided on yet. It is made from the
//! plans the student shared and the feedback the tutor sent, nothing else,
//! as a web page to print or a PDF, in the tutor's language.
//!
//! One page: every list is cut short, saying how much more there is, so a
//! busy term still prints on one sheet.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::export::document::{Block, ListItem, ListKind, Render, Text};
use crate::export::words::{Titled, Words};
use crate::files::plan_file::PlanFile;
use crate::plan::courses::CourseChoice;
use crate::plan::model::{GoalStatus, LifeArea};
use crate::plan::reviews::FeedbackDecision;
use crate::store::connection::Store;
use crate::tutor::changes::{plan_changes, PlanChanges};
use crate::tutor::students::SentItem;

/// The most lines "what changed" shows; the rest are counted.
const CHANGES_MAX: usize = 8;
/// The most goals with a hoped-for date, and courses, shown as due.
const DUE_MAX: usize = 3;
/// The most open items of feedback shown.
const FEEDBACK_MAX: usize = 4;
/// The longest an item of feedback is shown, in characters (two lines).
const FEEDBACK_TEXT_MAX: usize = 100;
/// The longest a goal's or a course's title is shown (one line).
const TITLE_MAX: usize = 70;

/// How the tutor keeps a check-in sheet: a web page to print, or a PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SheetFormat {
    Html,
    Pdf,
}

impl SheetFormat {
    pub fn extension(self) -> &'static str {
        match self {
            SheetFormat::Html => "html",
            SheetFormat::Pdf => "pdf",
        }
    }
}

/// What a check-in sheet is made from: one student's latest shared plan,
/// what changed since the one before (if there is one), and the feedback the
/// tutor sent them.
#[derive(Debug, Clone)]
pub struct CheckIn {
    pub latest: PlanFile,
    pub changes: Option<PlanChanges>,
    pub sent: Vec<SentItem>,
    /// The day the sheet is made (`YYYY-MM-DD`): a review planned before it
    /// is said to be due now.
    pub made_on: String,
}

impl Store {
    /// What the check-in sheet for one kept student is made from.
    pub fn check_in(&self, plan_id: &str) -> Result<CheckIn> {
        let versions = self.student_versions(plan_id)?;
        let latest = versions.last().expect("a student has a version");
        let plan = self.kept_plan(plan_id, &latest.exported_at)?;
        // The plan before, read once here (not again by `student_changes`).
        let changes = match versions.len() {
            0 | 1 => None,
            n => Some(plan_changes(
                &self.kept_plan(plan_id, &versions[n - 2].exported_at)?,
                &plan,
            )),
        };
        Ok(CheckIn {
            latest: plan,
            changes,
            sent: self.feedback_history(plan_id)?,
            made_on: crate::store::connection::now().chars().take(10).collect(),
        })
    }
}

impl CheckIn {
    /// The sheet's title, in `words`' language.
    pub fn title(&self, words: &Words) -> String {
        words.title(Titled::CheckIn, &self.latest.plan.name)
    }

    /// The line at the top of every page: whose plan, shared when.
    pub fn header(&self, words: &Words) -> String {
        words.pack_shared(&self.latest.plan.name, &self.latest.exported_at)
    }

    /// The sheet as a web page to print.
    pub fn html(&self, words: &Words, app_version: &str) -> String {
        crate::export::html::page_of(words, app_version, |out| self.walk(words, app_version, out))
    }

    /// The sheet as a tagged PDF.
    pub fn pdf(&self, words: &Words, app_version: &str) -> Result<Vec<u8>> {
        crate::export::pdf::pdf_of(words, &self.title(words), &self.header(words), |out| {
            self.walk(words, app_version, out)
        })
    }

    /// The sheet in `format`.
    pub fn render(&self, format: SheetFormat, words: &Words, app_version: &str) -> Result<Vec<u8>> {
        match format {
            SheetFormat::Html => Ok(self.html(words, app_version).into_bytes()),
            SheetFormat::Pdf => self.pdf(words, app_version),
        }
    }

    /// The name offered when the sheet is saved on `today` (`YYYY-MM-DD`).
    pub fn suggested_name(&self, format: SheetFormat, today: &str) -> String {
        crate::files::io::file_name_for(
            &self.latest.plan.name,
            "check-in",
            today,
            format.extension(),
        )
    }

    /// The feedback still open: not decided on yet, or kept for later.
    fn open_feedback(&self) -> impl Iterator<Item = &SentItem> {
        self.sent
            .iter()
            .filter(|s| matches!(s.decision, None | Some(FeedbackDecision::Later)))
    }

    /// Walks the sheet block by block.
    pub fn walk(&self, words: &Words, app_version: &str, out: &mut dyn Render) {
        let w = |key: &str| words.get(key, &[]);
        let plan = &self.latest.plan;
        out.block(Block::Title {
            of: Titled::CheckIn,
            name: plan.name.clone(),
            exported_at: self.latest.exported_at.clone(),
            lede: w("checkin-lede"),
        });

        // What changed since the plan before.
        match &self.changes {
            None => {
                out.block(Block::Section {
                    id: "checkin-changed",
                    heading: w("checkin-changed-first-title"),
                    none: Some(w("checkin-first")),
                });
            }
            Some(changes) => {
                out.block(Block::Section {
                    id: "checkin-changed",
                    heading: words.get("checkin-changed", &[("date", &words.date(&changes.since))]),
                    none: changes.nothing_changed.then(|| {
                        words.get("changes-none", &[("date", &words.date(&changes.since))])
                    }),
                });
                let mut lines = change_lines(changes, &plan.life_areas, words);
                if lines.len() > CHANGES_MAX {
                    let more = (lines.len() - (CHANGES_MAX - 1)) as u32;
                    lines.truncate(CHANGES_MAX - 1);
                    lines.push(Text::Waymark(words.count("checkin-more", more)));
                }
                if !lines.is_empty() {
                    out.block(list(lines.into_iter().map(|text| (text, None))));
                }
            }
        }
        out.block(Block::EndSection);

        // What is due: the next review, goals' hoped-for dates, courses now.
        out.block(Block::Section {
            id: "checkin-due",
            heading: w("checkin-due"),
            none: None,
        });
        let mut due: Vec<(Text, Option<String>)> = vec![(
            match plan
                .latest_review()
                .and_then(|r| r.next_review_on.as_deref())
            {
                Some(day) => Text::Waymark(words.get(
                    if *day < *self.made_on {
                        "checkin-review-due"
                    } else {
                        "checkin-next-review"
                    },
                    &[("date", &words.date(day))],
                )),
                None => Text::Waymark(w("checkin-no-review")),
            },
            None,
        )];
        let mut goals: Vec<_> = plan
            .goals
            .iter()
            .flatten()
            .filter(|g| g.status == GoalStatus::Active)
            .collect();
        let to_do = goals
            .iter()
            .flat_map(|g| &g.steps)
            .filter(|s| !s.done)
            .count() as u32;
        goals.retain(|g| g.target_date.is_some());
        goals.sort_by(|a, b| a.target_date.cmp(&b.target_date));
        for goal in goals.iter().take(DUE_MAX) {
            due.push((
                Text::Sentence {
                    key: "checkin-goal-by",
                    args: vec![
                        ("title", cut(&goal.title, TITLE_MAX)),
                        (
                            "date",
                            words.date(goal.target_date.as_deref().unwrap_or("")),
                        ),
                    ],
                },
                None,
            ));
        }
        if plan.goals.is_some() {
            due.push((
                Text::Waymark(words.count("checkin-steps-to-do", to_do)),
                None,
            ));
        }
        for course in plan
            .courses
            .iter()
            .flatten()
            .filter(|c| {
                matches!(
                    c.choice,
                    Some(CourseChoice::Enrolled | CourseChoice::Attending)
                )
            })
            .take(DUE_MAX)
        {
            let choice = course.choice.map(|c| w(&format!("choice-{}", c.as_str())));
            due.push((Text::Plan(cut(&course.title, TITLE_MAX)), choice));
        }
        out.block(list(due.into_iter()));
        out.block(Block::EndSection);

        // The tutor's feedback the student has not decided on yet.
        let open: Vec<&SentItem> = self.open_feedback().collect();
        out.block(Block::Section {
            id: "checkin-feedback",
            heading: w("checkin-feedback"),
            none: open.is_empty().then(|| {
                w(if self.sent.is_empty() {
                    "checkin-feedback-never"
                } else {
                    "checkin-feedback-none"
                })
            }),
        });
        if !open.is_empty() {
            let mut items: Vec<(Text, Option<String>)> = open
                .iter()
                .take(FEEDBACK_MAX)
                .map(|s| {
                    let note = match (s.received, s.decision) {
                        (false, _) => "checkin-feedback-unseen",
                        (true, Some(FeedbackDecision::Later)) => "checkin-feedback-later",
                        (true, _) => "checkin-feedback-waiting",
                    };
                    (Text::Plan(cut(&s.text, FEEDBACK_TEXT_MAX)), Some(w(note)))
                })
                .collect();
            if open.len() > FEEDBACK_MAX {
                let more = (open.len() - FEEDBACK_MAX) as u32;
                items.push((
                    Text::Waymark(words.count("checkin-feedback-more", more)),
                    None,
                ));
            }
            out.block(list(items.into_iter()));
        }
        out.block(Block::EndSection);

        out.block(Block::Footer(
            words.get("checkin-footer", &[("version", app_version)]),
        ));
    }
}

/// A plain list of lines, each with a few words after it.
fn list(items: impl Iterator<Item = (Text, Option<String>)>) -> Block {
    Block::List {
        kind: ListKind::Plain,
        title: None,
        items: items
            .map(|(text, note)| ListItem {
                text,
                done: None,
                note,
            })
            .collect(),
    }
}

/// What changed, one line each, in the order the summary says it.
fn change_lines(changes: &PlanChanges, areas: &[LifeArea], words: &Words) -> Vec<Text> {
    let s = &changes.summary;
    let figures = [
        ("changes-steps-done", s.steps_done),
        ("changes-steps-added", s.steps_added),
        ("changes-goals-added", s.goals_added),
        ("changes-goals-achieved", s.goals_achieved),
        ("changes-goals-resumed", s.goals_resumed),
        ("changes-goals-paused", s.goals_paused),
        ("changes-goals-let_go", s.goals_let_go),
        ("changes-goals-reworded", s.goals_reworded),
        ("changes-courses-chosen", s.courses_chosen),
        ("changes-courses-finished", s.courses_finished),
        ("changes-sessions-attended", s.sessions_attended),
        ("changes-reflections-shared", s.reflections_shared),
        ("changes-feedback-decided", s.feedback_decided),
    ];
    let mut lines: Vec<Text> = figures
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(key, n)| Text::Waymark(capitalised(&words.count(key, n))))
        .collect();
    let none = words.get("changes-rating-none", &[]);
    let rating = |r: Option<i32>| r.map_or(none.clone(), |r| r.to_string());
    for area in &changes.areas {
        lines.push(Text::Sentence {
            key: "changes-area",
            args: vec![
                ("area", words.area(&area.life_area, areas)),
                ("before", rating(area.before)),
                ("now", rating(area.now)),
            ],
        });
    }
    if changes.about_me_changed {
        lines.push(Text::Waymark(words.get("changes-about-me", &[])));
    }
    if changes.support_changed {
        lines.push(Text::Waymark(words.get("changes-support", &[])));
    }
    lines
}

/// `text` with its first letter a capital, for a line of its own.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `text` on one line, cut to `max` characters with an ellipsis.
fn cut(text: &str, max: usize) -> String {
    let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        return line;
    }
    line.chars().take(max - 1).collect::<String>() + "…"
}
