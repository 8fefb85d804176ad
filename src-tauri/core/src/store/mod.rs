//! The SQLite store: one file per plan, opened with safe settings, migrated with
//! append-only `.sql` files, and refused when a newer Waymark wrote it; its
//! backups, drafts and settings. It knows nothing of goals or courses: the
//! layers above it do.

pub mod backup;
pub mod checkpointer;
pub mod connection;
pub mod drafts;
pub mod encrypt;
pub mod files;
pub mod keys;
pub mod lock;
pub mod migrations;
pub mod open;
pub mod settings;
