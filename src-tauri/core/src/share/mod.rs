//! Sharing with a tutor: the student chooses what is shared, sees it, and
//! saves it (see `export`); the share log; the tutor's side (recently opened
//! plans, feedback written and received).

pub mod choice;
pub mod feedback;
pub mod log;
pub mod recent;
pub mod shared_plan;
