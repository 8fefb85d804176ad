//! Commands: thin adapters from IPC to `waymark-core`, one module per area of
//! the plan. Each is a line or two; the logic and the validation live in the core.

pub mod app;
pub mod calendar;
pub mod courses;
pub mod drafts;
pub mod feedback;
pub mod goals;
pub mod journal;
pub mod lock;
pub mod plan;
pub mod print;
pub mod progress;
pub mod read_aloud;
pub mod recently_deleted;
pub mod reviews;
pub mod sealed;
pub mod search;
pub mod settings;
pub mod share;
pub mod support;
pub mod tutor;
