//! The schema: append-only `.sql` files, one migration each, in order.

use rusqlite_migration::{Migrations, M};

/// The schema, one migration per file, in order. Append only: a shipped file is
/// never edited.
const MIGRATION_FILES: &[&str] = &[
    include_str!("../../migrations/0001_goals.sql"),
    include_str!("../../migrations/0002_settings.sql"),
    include_str!("../../migrations/0003_courses.sql"),
    include_str!("../../migrations/0004_reflections.sql"),
    include_str!("../../migrations/0005_recently_deleted.sql"),
    include_str!("../../migrations/0006_reviews.sql"),
    include_str!("../../migrations/0007_goal_story.sql"),
    include_str!("../../migrations/0008_share_log.sql"),
    include_str!("../../migrations/0009_tutor_feedback.sql"),
    include_str!("../../migrations/0010_support_contacts.sql"),
    include_str!("../../migrations/0011_tutor_students.sql"),
    include_str!("../../migrations/0012_feedback_on_the_plan.sql"),
];

/// The schema version this build writes and understands.
pub const SCHEMA_VERSION: u32 = MIGRATION_FILES.len() as u32;

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATION_FILES.iter().map(|sql| M::up(sql)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(migrations().validate().is_ok());
    }
}
