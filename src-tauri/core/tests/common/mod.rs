//! What the core's tests share: a real plan in a temporary folder, and the
//! field a validation error points at.

#![allow(dead_code)] // Each test file uses some of these.

use waymark_core::{Error, Field, GoalInput, Store};

/// A new plan on disk, in a folder removed when the first value is dropped.
pub fn plan() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_in_dir(dir.path()).expect("open");
    (dir, store)
}

/// A goal with only its title (in the "learning" life area).
pub fn goal(title: &str) -> GoalInput {
    GoalInput {
        title: title.into(),
        why: String::new(),
        life_area: "learning".into(),
        target_date: None,
    }
}

/// A new goal with only its title: its id.
pub fn goal_id(store: &Store, title: &str) -> String {
    store.create_goal(&goal(title)).expect("goal").id
}

/// The field a validation error points at; any other outcome fails the test.
pub fn field_of<T: std::fmt::Debug>(result: Result<T, Error>) -> Field {
    match result {
        Err(Error::Invalid(invalid)) => invalid.field,
        other => panic!("expected a validation error, got {other:?}"),
    }
}
