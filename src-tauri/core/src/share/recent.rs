//! The tutor's list of recently opened plans (off unless the tutor keeps it).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::files::plan_file::{read_plan_file, OpenedPlan};
use crate::store::connection::{now, Store};

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
    /// The plan it holds (empty in a list kept by an earlier Waymark).
    #[serde(default)]
    pub plan_id: String,
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
                plan_id: opened.plan_id.clone(),
                opened_at: now(),
            },
        );
        recent.plans.truncate(RECENT_MAX);
        self.set_setting(RECENT_KEY, &recent, crate::Field::Choice)
    }

    /// Takes a plan's lines off the list (a tutor forgetting a student).
    pub(crate) fn forget_recent_of(&self, plan_id: &str) -> Result<()> {
        let mut recent = self.recent_shared()?;
        let before = recent.plans.len();
        recent.plans.retain(|p| p.plan_id != plan_id);
        if recent.plans.len() != before {
            self.set_setting(RECENT_KEY, &recent, crate::Field::Choice)?;
        }
        Ok(())
    }

    /// Opens a plan from the list again. Only a path on the list is opened:
    /// the page cannot ask for any other file.
    pub fn open_recent_shared(
        &self,
        path: &str,
        passphrase: Option<&crate::files::sealed::Passphrase>,
    ) -> Result<OpenedPlan> {
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
        let opened = read_plan_file(path, passphrase)?.opened(&name)?;
        self.note_opened_shared(path, &opened)?;
        Ok(opened)
    }
}
