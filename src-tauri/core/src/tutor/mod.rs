//! The tutor's term: the students' plans a tutor keeps (each version), what
//! changed between two versions, the feedback sent and what became of it, the
//! tutor's own phrases, and forgetting on purpose.

pub mod bring_in;
pub mod changes;
pub mod check_in;
pub mod phrases;
pub mod students;
