//! What the student shares: the share screen's choice, kept for next time.
//! Private reflections never leave in anything meant for a tutor: only those
//! marked "My tutor may see this" *and* picked on the share screen do.

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::files::plan_file::Section;
use crate::store::connection::Store;

/// What the student shares. Reflections are listed one by one, and only those
/// marked "My tutor may see this" can be among them.
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

impl ShareChoice {
    /// Nothing at all: what the share screen starts with the first time, so
    /// only what the student turns on is shared.
    pub fn nothing() -> Self {
        ShareChoice {
            about_me: false,
            support: false,
            goals: false,
            steps: false,
            courses: false,
            reviews: false,
            chart: false,
            reflections: Vec::new(),
        }
    }

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

    /// The share screen's choice from last time; the first time, nothing:
    /// only what the student turns on is shared.
    pub fn share_choice(&self) -> Result<ShareChoice> {
        Ok(self
            .setting("share_choice")?
            .unwrap_or_else(ShareChoice::nothing))
    }

    /// Keeps `choice` as the default for next time.
    pub fn set_share_choice(&self, choice: &ShareChoice) -> Result<ShareChoice> {
        let checked = self.checked_choice(choice)?;
        self.set_setting("share_choice", &checked, crate::Field::Choice)?;
        Ok(checked)
    }

    /// `choice` with its reflections checked: each must exist and be marked
    /// "My tutor may see this". Anything else in the list is refused.
    pub(crate) fn checked_choice(&self, choice: &ShareChoice) -> Result<ShareChoice> {
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
}
