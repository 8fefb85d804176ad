//! "Print my plan": the student's own plan, for themselves, in large print
//! (every text at 14 pt or more; the text itself at about 17 pt), with the
//! parts they choose. Private reflections are in it only when they tick
//! them. A tagged PDF in their language (the tutor pack's document and PDF
//! writer, `export::pdf::large_print`), to print or to keep; with easy
//! reading on, its lines are further apart.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::export::pdf::large_print;
use crate::export::words::Words;
use crate::share::choice::ShareChoice;
use crate::store::connection::Store;

/// The parts of the plan to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct PrintChoice {
    /// About me and what helps me learn.
    pub about_me: bool,
    /// My goals with their steps.
    pub goals: bool,
    pub courses: bool,
    pub reviews: bool,
    /// My journal: the reflections marked "My tutor may see this".
    pub reflections: bool,
    /// My journal's private reflections too.
    pub private_reflections: bool,
}

impl Store {
    /// My plan in large print, with the parts `choice` names, as a PDF in
    /// `words`' language, dated `printed_on` (`YYYY-MM-DD`).
    pub fn print_plan(
        &self,
        choice: PrintChoice,
        words: &Words,
        printed_on: &str,
        app_version: &str,
    ) -> Result<Vec<u8>> {
        let parts = ShareChoice {
            about_me: choice.about_me,
            support: choice.about_me,
            goals: choice.goals,
            steps: choice.goals,
            courses: choice.courses,
            reviews: choice.reviews,
            // The progress picture is drawn for the tutor pack's size only.
            chart: false,
            reflections: Vec::new(),
        };
        let mut plan = self.shared_plan(&parts)?;
        if choice.reflections || choice.private_reflections {
            let ids: Vec<String> = self
                .conn
                .prepare_cached(
                    "SELECT id FROM reflection WHERE (shareable = 1 AND ?1) OR (shareable = 0 AND ?2)
                     ORDER BY written_on DESC, created_at DESC",
                )?
                .query_map(
                    [choice.reflections, choice.private_reflections],
                    |r| r.get(0),
                )?
                .collect::<rusqlite::Result<_>>()?;
            plan.reflections = ids
                .iter()
                .map(|id| self.shared_reflection(id, choice.private_reflections))
                .collect::<Result<_>>()?;
        }
        let easy_reading = self.display_settings()?.easy_reading;
        large_print(&plan, words, printed_on, app_version, easy_reading)
    }
}
