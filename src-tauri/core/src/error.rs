//! Errors of the plan library.
//!
//! Every error has a stable [`ErrorCode`] (the UI picks its wording by code) and a
//! short, kind, plain-language message that can be shown as it is.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Stable codes the UI can rely on. Never rename one; add new ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorCode {
    /// Something the student entered needs a change; `field` says which.
    Invalid,
    /// The thing asked for is not in the plan (any more).
    NotFound,
    /// The plan was written by a newer Waymark; it was not opened.
    PlanTooNew,
    /// The file is not a Waymark plan (or is too damaged to read).
    NotAPlan,
    /// The plan failed its health check on start. It was not changed.
    PlanDamaged,
    /// The plan could not be read or saved (disk, permissions, a locked file).
    Storage,
    /// The plan could not be opened when Waymark started.
    StoreUnavailable,
    /// A fault in Waymark itself. Nothing the student did.
    Internal,
    /// A file the student chose could not be read as what it should be.
    BadFile,
    /// Another Waymark already has this plan open.
    AlreadyOpen,
    /// The disk is full: nothing was saved, what was typed is still on screen.
    DiskFull,
    /// The plan's folder or file cannot be written to (read-only).
    ReadOnly,
    /// Another program is holding the plan file.
    Locked,
    /// A plan file (`.waymark`) was written by a newer Waymark.
    FileTooNew,
    /// A plan file is larger than Waymark opens.
    FileTooBig,
    /// A whole plan can only be moved into an empty Waymark.
    PlanNotEmpty,
    /// A private reflection was asked to be shared; it was not.
    PrivateReflection,
    /// A tutor's feedback file answers another student's plan.
    FeedbackForAnotherPlan,
    /// This whole plan was moved into this Waymark before.
    PlanAlreadyHere,
}

/// Which piece of what the student entered needs a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Field {
    Title,
    Why,
    LifeArea,
    TargetDate,
    Status,
    StepText,
    Direction,
    DraftKey,
    DraftBody,
    Language,
    TextSize,
    Choice,
    Attendance,
    PreferredName,
    Support,
    ReflectionText,
    WrittenOn,
    Feeling,
    Course,
    Goal,
    SessionDate,
    Rating,
    Attainment,
    Decision,
    ReviewText,
    NextReview,
    Suggestion,
    TutorName,
}

/// Which kind of Waymark file from outside was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum FileKind {
    /// A plan someone shared (`.waymark`), or a whole plan to move in.
    Plan,
    /// A tutor's feedback (`.waymark-feedback`).
    Feedback,
}

impl FileKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Plan => "plan",
            FileKind::Feedback => "feedback",
        }
    }
}

/// What is wrong with a plan or feedback file, as a kind the UI says in the
/// student's language. It never carries any part of the file, nor a parser's
/// words: those could be megabytes of someone else's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum FileFault {
    /// Nothing in it (or only white space).
    Empty,
    /// Not text Waymark can read as JSON: damaged, or another kind of file.
    NotJson,
    /// JSON, but not this kind of Waymark file.
    NotThisKind,
    /// A plan file, where a tutor's feedback was expected.
    IsPlan,
    /// A tutor's feedback, where a plan file was expected.
    IsFeedback,
    /// It does not say which version of its format it is (or says nonsense).
    NoVersion,
    /// Part of it is not as the format says: a field that does not belong, a
    /// missing one, a value of the wrong kind or out of its range.
    BadShape,
    /// A text far longer than Waymark ever writes.
    TooLong,
    /// More items than such a file ever holds.
    TooMany,
    /// Not a whole plan ("everything, for myself"), where one was needed.
    NotEverything,
    /// A whole plan with a part that does not fit a Waymark plan.
    BadRow,
    /// Feedback with nothing in it to decide on.
    NoItems,
    /// The file could not be read at all: moved, deleted, on a USB stick that
    /// was taken out, or not readable by this user.
    Unreadable,
}

impl FileFault {
    pub fn as_str(self) -> &'static str {
        match self {
            FileFault::Empty => "empty",
            FileFault::NotJson => "not_json",
            FileFault::NotThisKind => "not_this_kind",
            FileFault::IsPlan => "is_plan",
            FileFault::IsFeedback => "is_feedback",
            FileFault::NoVersion => "no_version",
            FileFault::BadShape => "bad_shape",
            FileFault::TooLong => "too_long",
            FileFault::TooMany => "too_many",
            FileFault::NotEverything => "not_everything",
            FileFault::BadRow => "bad_row",
            FileFault::NoItems => "no_items",
            FileFault::Unreadable => "unreadable",
        }
    }
}

/// What is wrong with a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Empty,
    TooLong { max: usize },
    Unknown,
    BadDate,
}

/// The kind of [`Problem`], as the UI receives it (with the limit apart).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ProblemKind {
    Empty,
    TooLong,
    Unknown,
    BadDate,
}

impl Problem {
    pub fn kind(&self) -> ProblemKind {
        match self {
            Problem::Empty => ProblemKind::Empty,
            Problem::TooLong { .. } => ProblemKind::TooLong,
            Problem::Unknown => ProblemKind::Unknown,
            Problem::BadDate => ProblemKind::BadDate,
        }
    }

    /// The limit that was passed, for `TooLong`.
    pub fn max(&self) -> Option<usize> {
        match self {
            Problem::TooLong { max } => Some(*max),
            _ => None,
        }
    }
}

/// A validation failure: which field, and why. Its `Display` is the message the
/// student sees.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", invalid_message(*.field, .problem))]
pub struct Invalid {
    pub field: Field,
    pub problem: Problem,
}

impl Invalid {
    pub fn new(field: Field, problem: Problem) -> Self {
        Self { field, problem }
    }
}

fn invalid_message(field: Field, problem: &Problem) -> String {
    use Field::*;
    use Problem::*;
    match (field, problem) {
        (Title, Empty) => "Please give your goal a few words, in your own words.".into(),
        (StepText, Empty) => "Please write a few words for this step.".into(),
        (Title, TooLong { max }) => {
            format!("That is quite long for a goal. Please keep it under {max} characters; you can say more under \"Why it matters\".")
        }
        (StepText, TooLong { max }) => {
            format!("That is quite long for a step. Please keep it under {max} characters, or split it into two steps.")
        }
        (_, TooLong { max }) => format!("That is more than Waymark can keep here. Please keep it under {max} characters."),
        (LifeArea, _) => "Please choose one of the life areas in the list.".into(),
        (Status, _) => "Please choose one of: working on it, achieved, resting for now, or let go.".into(),
        (TargetDate, _) => {
            "That date does not look right. Please give a day, a month and a year, or leave all three empty.".into()
        }
        (Direction, _) => "A step can only move up or down.".into(),
        (Language, _) => "Please choose one of the languages in the list.".into(),
        (TextSize, _) => "Please choose a text size between 100% and 200%.".into(),
        (Choice, _) => "Please choose one of: interested, enrolled, attending, completed or withdrawn.".into(),
        (Attendance, _) => "Please choose one of: attended, missed or cancelled.".into(),
        (ReflectionText, Empty) => {
            "Please write a few words first, in any of the boxes. You can skip the questions.".into()
        }
        (TutorName, Empty) => {
            "Please give your name first, so the student knows who the feedback is from.".into()
        }
        (PreferredName | TutorName, _) => "That is quite long for a name. Please keep it short.".into(),
        (Support, _) => "Please choose supports from the list, or say what helps in your own words.".into(),
        (WrittenOn | SessionDate, _) => {
            "That date does not look right. Please give a day, a month and a year.".into()
        }
        (Feeling, _) => "Please choose one of the five words for how you feel, or none.".into(),
        (Course, _) => "Waymark could not find that course in your plan. Please choose another.".into(),
        (Goal, _) => "Waymark could not find that goal in your plan. Please choose another.".into(),
        (Rating, _) => "Please choose a number from 1 to 10, or skip this one.".into(),
        (Attainment, _) => "Please choose one of the five answers, or skip it.".into(),
        (Decision, _) => "Please choose: keep it, change it, rest it, let it go, or achieved.".into(),
        (NextReview, _) => {
            "That date does not look right. Please give a day, a month and a year, or leave all three empty.".into()
        }
        (Suggestion, Empty) => "Please write the suggestion in a few words.".into(),
        (DraftKey | DraftBody | Why | Title | StepText | ReflectionText | ReviewText | Suggestion, _) => {
            "Waymark could not keep that text. Please try again.".into()
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Invalid(#[from] Invalid),

    #[error("Waymark could not find that {0}. It may have been removed.")]
    NotFound(&'static str),

    #[error(
        "This plan was saved by a newer version of Waymark (plan version {found}; this Waymark \
         understands up to version {supported}). Please update Waymark to open it. Your plan has \
         not been changed."
    )]
    PlanTooNew { found: u32, supported: u32 },

    #[error(
        "This file is not a Waymark plan, or it is too damaged to open. It has not been changed."
    )]
    NotAPlan,

    #[error(
        "Waymark found damage in your plan file and stopped before changing anything. The file has \
         been left exactly as it was. ({0})"
    )]
    PlanDamaged(String),

    #[error(
        "Waymark could not save or read your plan just now. Your plan is as it was before. ({0})"
    )]
    Storage(#[from] rusqlite::Error),

    #[error("Waymark could not update the way your plan is stored. Your plan is as it was before. ({0})")]
    Migration(#[from] rusqlite_migration::Error),

    #[error("Waymark could not reach the folder where your plan is kept. ({0})")]
    Io(#[from] std::io::Error),

    /// A plan or feedback file was refused. Its `Display` is developer text
    /// for logs: the kinds only, never a word of the file.
    #[error("a {} file was refused ({})", .file.as_str(), .fault.as_str())]
    BadFile { file: FileKind, fault: FileFault },

    #[error("a {} file of format version {found} was refused (this Waymark reads up to {supported})", .file.as_str())]
    FileTooNew {
        file: FileKind,
        found: u32,
        supported: u32,
    },

    #[error("a {} file over {max_mb} MB was refused", .file.as_str())]
    FileTooBig { file: FileKind, max_mb: u64 },

    #[error(
        "This Waymark already holds a plan. A whole plan can only be moved into an empty \
         Waymark, so nothing gets mixed up or lost. Nothing has been changed."
    )]
    PlanNotEmpty,

    #[error("this whole plan was moved into this Waymark before")]
    PlanAlreadyHere,

    #[error("That reflection is private, so it stays on this laptop. Nothing has been shared.")]
    PrivateReflection,

    #[error(
        "This feedback is for another student's plan, so Waymark did not add it to yours. \
         Nothing has been changed. Please ask your tutor for the feedback on your own plan."
    )]
    FeedbackForAnotherPlan,

    #[error("Waymark could not make the {0} just now. Nothing has been saved. Please try again.")]
    Export(&'static str),
}

/// What kind of storage failure this is, so the student hears what to do.
fn storage_code(error: &rusqlite::Error) -> ErrorCode {
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DiskFull) => ErrorCode::DiskFull,
        Some(rusqlite::ErrorCode::ReadOnly) | Some(rusqlite::ErrorCode::PermissionDenied) => {
            ErrorCode::ReadOnly
        }
        Some(rusqlite::ErrorCode::DatabaseBusy) | Some(rusqlite::ErrorCode::DatabaseLocked) => {
            ErrorCode::Locked
        }
        _ => ErrorCode::Storage,
    }
}

impl Error {
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid(_) => ErrorCode::Invalid,
            Error::NotFound(_) => ErrorCode::NotFound,
            Error::PlanTooNew { .. } => ErrorCode::PlanTooNew,
            Error::NotAPlan => ErrorCode::NotAPlan,
            Error::PlanDamaged(_) => ErrorCode::PlanDamaged,
            Error::Storage(e) => storage_code(e),
            Error::Migration(_) => ErrorCode::Storage,
            Error::BadFile { .. } => ErrorCode::BadFile,
            Error::FileTooNew { .. } => ErrorCode::FileTooNew,
            Error::FileTooBig { .. } => ErrorCode::FileTooBig,
            Error::PlanNotEmpty => ErrorCode::PlanNotEmpty,
            Error::PlanAlreadyHere => ErrorCode::PlanAlreadyHere,
            Error::PrivateReflection => ErrorCode::PrivateReflection,
            Error::Export(_) => ErrorCode::Internal,
            Error::FeedbackForAnotherPlan => ErrorCode::FeedbackForAnotherPlan,
            Error::Io(e) => match e.kind() {
                std::io::ErrorKind::StorageFull => ErrorCode::DiskFull,
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                    ErrorCode::ReadOnly
                }
                _ => ErrorCode::Storage,
            },
        }
    }

    /// The field to point at, for validation errors.
    pub fn field(&self) -> Option<Field> {
        self.invalid().map(|invalid| invalid.field)
    }

    /// Which kind of file was refused, for file errors.
    pub fn file(&self) -> Option<FileKind> {
        match self {
            Error::BadFile { file, .. }
            | Error::FileTooNew { file, .. }
            | Error::FileTooBig { file, .. } => Some(*file),
            _ => None,
        }
    }

    /// What is wrong with a refused file.
    pub fn fault(&self) -> Option<FileFault> {
        match self {
            Error::BadFile { fault, .. } => Some(*fault),
            _ => None,
        }
    }

    /// What is wrong, for validation errors.
    pub fn invalid(&self) -> Option<&Invalid> {
        match self {
            Error::Invalid(invalid) => Some(invalid),
            _ => None,
        }
    }
}
