//! The plan's data as it crosses into the UI. TypeScript types are generated from
//! these by ts-rs (`cargo test` writes them to `ui/src/lib/bindings`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Field, Invalid, Problem};

/// A part of life a goal belongs to. About life, never about symptoms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct LifeArea {
    pub key: String,
    pub label: String,
}

/// Where a goal stands. Nothing here is ever "failed": a goal can rest, or be let go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum GoalStatus {
    Active,
    Achieved,
    Paused,
    LetGo,
}

impl GoalStatus {
    pub const ALL: [GoalStatus; 4] = [
        GoalStatus::Active,
        GoalStatus::Achieved,
        GoalStatus::Paused,
        GoalStatus::LetGo,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            GoalStatus::Active => "active",
            GoalStatus::Achieved => "achieved",
            GoalStatus::Paused => "paused",
            GoalStatus::LetGo => "let_go",
        }
    }

    /// Parses a status sent by the UI. Unknown words are refused, not guessed.
    pub fn parse(text: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str() == text)
            .ok_or(Invalid::new(Field::Status, Problem::Unknown))
    }
}

/// A small step toward a goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Step {
    pub id: String,
    pub goal_id: String,
    pub text: String,
    pub done: bool,
    /// When the step was ticked, RFC 3339.
    pub done_at: Option<String>,
    /// 0-based place in the goal's list of steps.
    pub position: u32,
}

/// A life goal in the student's own words, with its steps in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Goal {
    pub id: String,
    pub title: String,
    pub why: String,
    pub life_area: String,
    /// A hoped-for date, `YYYY-MM-DD`, if the student chose one.
    pub target_date: Option<String>,
    pub status: GoalStatus,
    pub steps: Vec<Step>,
    pub created_at: String,
    pub updated_at: String,
}

/// What the student writes when adding or editing a goal. Every field is checked
/// by [`crate::validate`] before anything is stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GoalInput {
    pub title: String,
    #[serde(default)]
    pub why: String,
    pub life_area: String,
    /// `YYYY-MM-DD`, or empty / null for none.
    #[serde(default)]
    pub target_date: Option<String>,
}

/// Which way to move a step in its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Direction {
    Up,
    Down,
}

impl Direction {
    pub fn parse(text: &str) -> Result<Self, Invalid> {
        match text {
            "up" => Ok(Direction::Up),
            "down" => Ok(Direction::Down),
            _ => Err(Invalid::new(Field::Direction, Problem::Unknown)),
        }
    }
}
