//! The plan itself: goals and their steps, courses, the journal (reflections
//! and About me), reviews and check-ins, progress, search, and Recently
//! deleted. Every change is validated here before it reaches the store.

pub mod backup_preview;
pub mod courses;
pub mod goals;
pub mod journal;
pub mod model;
pub mod progress;
pub mod recently_deleted;
pub mod reviews;
pub mod search;
pub mod support;
