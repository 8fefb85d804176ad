//! # waymark-core
//!
//! The Individual Learning Plan library behind Waymark: the plan's model,
//! validation of everything that comes from the UI or a file, and the SQLite
//! store with its migrations. It has no dependency on Tauri, so it builds and
//! tests without a webview.

pub mod backup;
pub mod courses;
mod drafts;
pub mod error;
mod everything;
pub mod feedback;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
mod goals;
pub mod model;
pub mod pack;
pub mod pdf;
pub mod progress;
pub mod prospectus;
pub mod reflections;
pub mod reviews;
pub mod search;
pub mod settings;
pub mod share;
pub mod store;
pub mod trash;
pub mod validate;

pub use error::{
    Error, ErrorCode, Field, FileFault, FileKind, Invalid, Problem, ProblemKind, Result,
};
pub use model::{Goal, GoalInput, GoalStatus, LifeArea, Step};
pub use settings::{DisplaySettings, Theme};
pub use store::{Checkpointer, Store, DB_FILE_NAME, SCHEMA_VERSION};
