//! # waymark-core
//!
//! The Individual Learning Plan library behind Waymark: the plan's model,
//! validation of everything that comes from the UI or a file, and the SQLite
//! store with its migrations. It has no dependency on Tauri, so it builds and
//! tests without a webview.
//!
//! Its layers, each using only those before it (`tests/layers.rs` checks):
//!
//! 1. [`error`] and [`validate`]: what can go wrong, and the rules for text.
//! 2. [`store`]: the SQLite file: opening, health check, migrations, the
//!    checkpointer, backups, drafts and settings.
//! 3. [`plan`]: goals, courses, the journal, reviews, progress, search,
//!    Recently deleted.
//! 4. [`files`]: files from outside and the formats Waymark writes.
//! 5. [`share`]: what the student shares, the share log, the tutor's side.
//! 6. [`export`]: the tutor pack (HTML and PDF) and saving what is shared.
//! 7. [`move_in`]: a whole plan moved in, read back through every screen.
//! 8. [`tutor`]: a tutor's students: kept plans, what changed, feedback
//!    sent, phrases, forgetting.

pub mod error;
pub mod validate;

pub mod store;

pub mod plan;

pub mod files;

pub mod share;

pub mod export;

pub mod move_in;

pub mod tutor;

#[cfg(feature = "fuzzing")]
pub mod fuzzing;

pub use error::{
    Error, ErrorCode, Field, FileFault, FileKind, Invalid, Problem, ProblemKind, Result,
};
pub use plan::model::{Goal, GoalInput, GoalStatus, LifeArea, Step};
pub use store::checkpointer::Checkpointer;
pub use store::connection::{Store, DB_FILE_NAME};
pub use store::migrations::SCHEMA_VERSION;
pub use store::settings::{DisplaySettings, Theme};
