//! What changed between two versions of one student's plan, computed from
//! the two plan files alone, by ids (never by comparing text): goals, steps,
//! courses and their sessions, newly shared reflections, each life area's
//! rating, and what the student decided about earlier feedback.
//!
//! A part is compared only when both files share it: a plan shared without
//! its steps this time has not lost them, and the change list says so in
//! `not_compared` instead of inventing "removed". A file only exported again
//! gives no change at all ([`PlanChanges::is_empty`]).

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::files::plan_file::{PlanFile, Section, SharedPlan};
use crate::plan::courses::{AttendanceState, CourseChoice};
use crate::plan::model::GoalStatus;
use crate::plan::reviews::FeedbackDecision;

/// The changes between an earlier and a later version of one plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlanChanges {
    /// When the earlier version was shared (RFC 3339).
    pub since: String,
    /// When the later one was.
    pub until: String,
    /// The counts the plain summary is made from.
    pub summary: ChangeSummary,
    pub goals: Vec<GoalChange>,
    pub steps: Vec<StepChange>,
    pub courses: Vec<CourseChange>,
    /// Reflections shared now that were not shared before, newest first.
    pub new_reflections: Vec<NewReflection>,
    /// Reflections shared before and not now (the student chose; never "deleted").
    pub reflections_no_longer_shared: u32,
    /// Each life area whose rating moved, in the plan's order.
    pub areas: Vec<AreaChange>,
    /// Every item of a tutor's feedback the later plan holds, with what the
    /// student decided then and now.
    pub feedback: Vec<FeedbackOutcome>,
    /// The student's words about themselves changed.
    pub about_me_changed: bool,
    /// The support they ask for changed.
    pub support_changed: bool,
    /// The next review date, when it moved.
    pub next_review: Option<DayChange>,
    /// Parts one of the two files did not share, so not compared.
    pub not_compared: Vec<Section>,
    /// Nothing changed: the later file is only exported again ([`PlanChanges::is_empty`]).
    pub nothing_changed: bool,
}

/// The figures of the plain summary ("two steps done, one new goal...").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChangeSummary {
    pub goals_added: u32,
    pub goals_achieved: u32,
    pub goals_paused: u32,
    pub goals_let_go: u32,
    pub goals_resumed: u32,
    pub goals_reworded: u32,
    pub steps_added: u32,
    pub steps_done: u32,
    pub courses_chosen: u32,
    pub courses_finished: u32,
    pub sessions_attended: u32,
    pub reflections_shared: u32,
    pub feedback_decided: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Presence {
    /// New in the later version.
    Added,
    /// In both.
    Kept,
    /// Not in the later version (taken out of the plan, or no longer shared).
    Gone,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GoalChange {
    pub id: String,
    /// Its title now (or, when gone, as it was).
    pub title: String,
    pub presence: Presence,
    /// Its title before, when it was reworded.
    pub title_before: Option<String>,
    /// Why it matters was reworded.
    pub why_changed: bool,
    pub status_before: Option<GoalStatus>,
    pub status_now: GoalStatus,
    /// The target date, when it moved.
    pub target_date: Option<DayChange>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum StepHappened {
    Added,
    /// Added already done.
    AddedDone,
    Done,
    /// Ticked before, not now.
    Undone,
    Reworded,
    Gone,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StepChange {
    pub id: String,
    pub goal_id: String,
    pub goal_title: String,
    pub text: String,
    pub happened: StepHappened,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CourseChange {
    pub id: String,
    pub title: String,
    pub presence: Presence,
    pub choice_before: Option<CourseChoice>,
    pub choice_now: Option<CourseChoice>,
    /// Sessions marked attended since the earlier version.
    pub sessions_attended: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewReflection {
    pub id: String,
    pub written_on: String,
    /// Its first words.
    pub reference: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AreaChange {
    pub life_area: String,
    pub label: String,
    pub before: Option<i32>,
    pub now: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DayChange {
    pub before: Option<String>,
    pub now: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FeedbackOutcome {
    /// The key the item was received under.
    pub item: String,
    pub tutor_name: String,
    pub text: String,
    /// `None` in `before`: not received yet, or not decided.
    pub before: Option<FeedbackDecision>,
    pub now: Option<FeedbackDecision>,
    /// In the earlier version at all.
    pub received_before: bool,
    /// Something happened to it between the two versions ([`FeedbackOutcome::changed`]).
    pub changed: bool,
}

impl FeedbackOutcome {
    /// Something happened to it between the two versions.
    pub fn changed(&self) -> bool {
        !self.received_before || self.before != self.now
    }
}

impl PlanChanges {
    /// Nothing changed: the later file is the same plan, only exported again.
    pub fn is_empty(&self) -> bool {
        self.goals.is_empty()
            && self.steps.is_empty()
            && self.courses.is_empty()
            && self.new_reflections.is_empty()
            && self.reflections_no_longer_shared == 0
            && self.areas.is_empty()
            && !self.feedback.iter().any(FeedbackOutcome::changed)
            && !self.about_me_changed
            && !self.support_changed
            && self.next_review.is_none()
    }
}

/// What changed from `before` to `after`, two versions of one plan.
pub fn plan_changes(before: &PlanFile, after: &PlanFile) -> PlanChanges {
    let (b, a) = (&before.plan, &after.plan);
    let mut changes = PlanChanges {
        since: before.exported_at.clone(),
        until: after.exported_at.clone(),
        ..PlanChanges::default()
    };
    // Shared in one of the two files only: not compared.
    changes.not_compared = [
        Section::AboutMe,
        Section::Support,
        Section::Goals,
        Section::Steps,
        Section::Courses,
        Section::Reviews,
        Section::Chart,
    ]
    .into_iter()
    .filter(|s| before.sections.contains(s) != after.sections.contains(s))
    .collect();
    let shared = |s: Section| before.sections.contains(&s) && after.sections.contains(&s);

    if let (Some(x), Some(y)) = (&b.about_me, &a.about_me) {
        changes.about_me_changed = x != y;
    }
    if let (Some(x), Some(y)) = (&b.support, &a.support) {
        changes.support_changed = x != y;
    }
    if let (Some(bg), Some(ag)) = (&b.goals, &a.goals) {
        goals(bg, ag, shared(Section::Steps), &mut changes);
    }
    if let (Some(bc), Some(ac)) = (&b.courses, &a.courses) {
        courses(bc, ac, &mut changes);
    }
    reflections(b, a, &mut changes);
    areas(b, a, &mut changes);
    if let (Some(_), Some(_)) = (&b.reviews, &a.reviews) {
        let (x, y) = (next_review(b), next_review(a));
        if x != y {
            changes.next_review = Some(DayChange { before: x, now: y });
        }
        feedback(b, a, &mut changes);
    }
    changes.nothing_changed = changes.is_empty();
    changes
}

fn goals(
    before: &[crate::files::plan_file::SharedGoal],
    after: &[crate::files::plan_file::SharedGoal],
    steps_shared: bool,
    c: &mut PlanChanges,
) {
    let was: HashMap<&str, _> = before.iter().map(|g| (g.id.as_str(), g)).collect();
    let now: HashSet<&str> = after.iter().map(|g| g.id.as_str()).collect();
    for g in after {
        let s = &mut c.summary;
        let old = was.get(g.id.as_str()).copied();
        let title_before = old.filter(|o| o.title != g.title).map(|o| o.title.clone());
        let why_changed = old.is_some_and(|o| o.why != g.why);
        let status_before = old.map(|o| o.status);
        let target_date = old
            .filter(|o| o.target_date != g.target_date)
            .map(|o| DayChange {
                before: o.target_date.clone(),
                now: g.target_date.clone(),
            });
        let moved = status_before.is_some_and(|st| st != g.status);
        if old.is_none() {
            s.goals_added += 1;
        }
        if moved || (old.is_none() && g.status != GoalStatus::Active) {
            match g.status {
                GoalStatus::Achieved => s.goals_achieved += 1,
                GoalStatus::Paused => s.goals_paused += 1,
                GoalStatus::LetGo => s.goals_let_go += 1,
                GoalStatus::Active => s.goals_resumed += 1,
            }
        }
        if title_before.is_some() || why_changed {
            s.goals_reworded += 1;
        }
        if old.is_none() || moved || title_before.is_some() || why_changed || target_date.is_some()
        {
            c.goals.push(GoalChange {
                id: g.id.clone(),
                title: g.title.clone(),
                presence: if old.is_some() {
                    Presence::Kept
                } else {
                    Presence::Added
                },
                title_before,
                why_changed,
                status_before,
                status_now: g.status,
                target_date,
            });
        }
        if steps_shared {
            steps(old.map(|o| o.steps.as_slice()), g, c);
        }
    }
    for g in before.iter().filter(|g| !now.contains(g.id.as_str())) {
        c.goals.push(GoalChange {
            id: g.id.clone(),
            title: g.title.clone(),
            presence: Presence::Gone,
            title_before: None,
            why_changed: false,
            status_before: Some(g.status),
            status_now: g.status,
            target_date: None,
        });
    }
}

fn steps(
    before: Option<&[crate::files::plan_file::SharedStep]>,
    goal: &crate::files::plan_file::SharedGoal,
    c: &mut PlanChanges,
) {
    let was: HashMap<&str, _> = before
        .into_iter()
        .flatten()
        .map(|s| (s.id.as_str(), s))
        .collect();
    let mut change = |step: &crate::files::plan_file::SharedStep, happened| {
        c.steps.push(StepChange {
            id: step.id.clone(),
            goal_id: goal.id.clone(),
            goal_title: goal.title.clone(),
            text: step.text.clone(),
            happened,
        })
    };
    let (mut added, mut done) = (0, 0);
    for step in &goal.steps {
        match was.get(step.id.as_str()) {
            None => {
                added += 1;
                if step.done {
                    done += 1;
                    change(step, StepHappened::AddedDone);
                } else {
                    change(step, StepHappened::Added);
                }
            }
            Some(old) => {
                if step.done && !old.done {
                    done += 1;
                    change(step, StepHappened::Done);
                } else if !step.done && old.done {
                    change(step, StepHappened::Undone);
                }
                if step.text != old.text {
                    change(step, StepHappened::Reworded);
                }
            }
        }
    }
    // A whole goal gone takes its steps with it: it is said once, for the goal.
    let now: HashSet<&str> = goal.steps.iter().map(|s| s.id.as_str()).collect();
    for old in before
        .into_iter()
        .flatten()
        .filter(|s| !now.contains(s.id.as_str()))
    {
        change(old, StepHappened::Gone);
    }
    c.summary.steps_added += added;
    c.summary.steps_done += done;
}

fn courses(
    before: &[crate::files::plan_file::SharedCourse],
    after: &[crate::files::plan_file::SharedCourse],
    c: &mut PlanChanges,
) {
    let was: HashMap<&str, _> = before.iter().map(|x| (x.id.as_str(), x)).collect();
    let now: HashSet<&str> = after.iter().map(|x| x.id.as_str()).collect();
    let attended = |course: &crate::files::plan_file::SharedCourse| -> HashSet<String> {
        course
            .sessions
            .iter()
            .filter(|s| s.state == AttendanceState::Attended)
            .map(|s| s.session_date.clone())
            .collect()
    };
    for course in after {
        let old = was.get(course.id.as_str()).copied();
        let earlier = old.map(attended).unwrap_or_default();
        let sessions = attended(course).difference(&earlier).count() as u32;
        let choice_before = old.and_then(|o| o.choice);
        let moved = old.is_none() || choice_before != course.choice;
        if moved || sessions > 0 {
            if old.is_none() || choice_before.is_none() && course.choice.is_some() {
                c.summary.courses_chosen += 1;
            }
            if course.choice == Some(CourseChoice::Completed)
                && choice_before != Some(CourseChoice::Completed)
            {
                c.summary.courses_finished += 1;
            }
            c.summary.sessions_attended += sessions;
            c.courses.push(CourseChange {
                id: course.id.clone(),
                title: course.title.clone(),
                presence: if old.is_some() {
                    Presence::Kept
                } else {
                    Presence::Added
                },
                choice_before,
                choice_now: course.choice,
                sessions_attended: sessions,
            });
        }
    }
    for course in before.iter().filter(|x| !now.contains(x.id.as_str())) {
        c.courses.push(CourseChange {
            id: course.id.clone(),
            title: course.title.clone(),
            presence: Presence::Gone,
            choice_before: course.choice,
            choice_now: None,
            sessions_attended: 0,
        });
    }
}

fn reflections(before: &SharedPlan, after: &SharedPlan, c: &mut PlanChanges) {
    let was: HashSet<&str> = before.reflections.iter().map(|r| r.id.as_str()).collect();
    let now: HashSet<&str> = after.reflections.iter().map(|r| r.id.as_str()).collect();
    for r in after
        .reflections
        .iter()
        .filter(|r| !was.contains(r.id.as_str()))
    {
        c.new_reflections.push(NewReflection {
            id: r.id.clone(),
            written_on: r.written_on.clone(),
            reference: crate::files::feedback_file::reference(&r.body),
        });
    }
    c.new_reflections
        .sort_by(|x, y| y.written_on.cmp(&x.written_on));
    c.summary.reflections_shared = c.new_reflections.len() as u32;
    c.reflections_no_longer_shared = was.difference(&now).count() as u32;
}

/// Each life area's rating at the plan's latest finished review: from the
/// reviews when they are shared, else from the chart.
fn ratings(plan: &SharedPlan) -> Option<BTreeMap<String, i32>> {
    if let Some(reviews) = &plan.reviews {
        // The latest review with ratings (a check-in may have none).
        let latest = reviews
            .iter()
            .filter(|r| !r.areas.is_empty())
            .max_by(|x, y| x.completed_at.cmp(&y.completed_at));
        return Some(
            latest
                .map(|r| {
                    r.areas
                        .iter()
                        .map(|a| (a.life_area.clone(), a.rating))
                        .collect()
                })
                .unwrap_or_default(),
        );
    }
    plan.chart.as_ref().map(|chart| {
        chart
            .points
            .iter()
            .filter_map(|p| p.after.map(|r| (p.life_area.clone(), r)))
            .collect()
    })
}

fn areas(before: &SharedPlan, after: &SharedPlan, c: &mut PlanChanges) {
    let (Some(was), Some(now)) = (ratings(before), ratings(after)) else {
        return;
    };
    let label = |key: &str| {
        after
            .life_areas
            .iter()
            .chain(&before.life_areas)
            .find(|a| a.key == key)
            .map(|a| a.label.clone())
            .unwrap_or_else(|| key.to_string())
    };
    // In the plan's order, then any area only the earlier plan had.
    let mut keys: Vec<&str> = after.life_areas.iter().map(|a| a.key.as_str()).collect();
    for k in was.keys().chain(now.keys()) {
        if !keys.contains(&k.as_str()) {
            keys.push(k);
        }
    }
    for key in keys {
        let (x, y) = (was.get(key).copied(), now.get(key).copied());
        if x != y {
            c.areas.push(AreaChange {
                life_area: key.to_string(),
                label: label(key),
                before: x,
                now: y,
            });
        }
    }
}

/// The next review date the latest finished review set.
fn next_review(plan: &SharedPlan) -> Option<String> {
    plan.latest_review().and_then(|r| r.next_review_on.clone())
}

fn feedback(before: &SharedPlan, after: &SharedPlan, c: &mut PlanChanges) {
    let was: HashMap<&str, _> = before
        .feedback
        .iter()
        .map(|f| (f.item.as_str(), f))
        .collect();
    for f in &after.feedback {
        let old = was.get(f.item.as_str());
        let mut outcome = FeedbackOutcome {
            item: f.item.clone(),
            tutor_name: f.tutor_name.clone(),
            text: f.text.clone(),
            before: old.and_then(|o| o.decision),
            now: f.decision,
            received_before: old.is_some(),
            changed: false,
        };
        outcome.changed = outcome.changed();
        if outcome.changed() && outcome.now.is_some() {
            c.summary.feedback_decided += 1;
        }
        c.feedback.push(outcome);
    }
}
