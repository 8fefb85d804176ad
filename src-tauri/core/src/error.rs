//! Errors of the plan library.
//!
//! Every error has a stable [`ErrorCode`], and where it helps a field and a
//! problem, or a file kind and a fault: the UI says each in the student's
//! language from its Fluent files. `Display` is short developer text for logs.

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
    /// The password does not open this plan.
    WrongPassword,
    /// The recovery code is a real-looking code, but not this plan's.
    WrongRecoveryCode,
    /// A character of the recovery code was mistyped (its check fails).
    RecoveryCodeMistyped,
    /// The key file beside a locked plan is missing, damaged or another plan's.
    KeyFileProblem,
    /// The plan is locked: unlock it first.
    PlanLocked,
    /// A backup made before the lock was turned on: restoring it asks first.
    BackupNotLocked,
    /// Waymark stopped before writing an unlocked copy of a locked plan.
    PlaintextRefused,
    /// Too many wrong tries in a row: wait `wait_seconds` before the next.
    TryAgainLater,
    PassphraseNeeded,
    WrongPassphrase,
    /// Keeping students' plans needs the lock on first: they are other
    /// people's private words.
    LockFirst,
    /// Keeping students' plans is off: turn it on first.
    NotKeepingStudents,
    /// "Read this to me" found no voice on this laptop to read with.
    NoVoice,
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
    Password,
    RecoveryCode,
    IdleMinutes,
    Passphrase,
    /// One of a tutor's reusable phrases.
    Phrase,
    /// How many months a student's kept plans are kept after the last one.
    ForgetAfter,
    /// The text handed over to be read aloud.
    ReadAloud,
    /// A voice chosen for reading aloud.
    Voice,
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
    /// A tutor's reusable phrases (`.waymark-phrases`).
    Phrases,
}

impl FileKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Plan => "plan",
            FileKind::Feedback => "feedback",
            FileKind::Phrases => "phrases",
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
    /// A student's private move file (the whole plan, for their own new
    /// laptop), where a plan shared with a tutor was expected.
    IsMoveFile,
    /// A whole plan with a part that does not fit a Waymark plan.
    BadRow,
    /// Feedback with nothing in it to decide on.
    NoItems,
    /// The file could not be read at all: moved, deleted, on a USB stick that
    /// was taken out, or not readable by this user.
    Unreadable,
    /// A sealed file that is cut short or was changed after it was sealed.
    SealedDamaged,
    /// A sealed file asking for far more work to open than Waymark ever
    /// seals with (a hostile file would keep the laptop busy for minutes).
    SealedTooCostly,
    /// A sealed file with another sealed file inside it.
    SealedTwice,
    /// Sealed with a key (the `age` tool's recipients), not a passphrase.
    SealedWithKey,
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
            FileFault::IsMoveFile => "is_move_file",
            FileFault::BadRow => "bad_row",
            FileFault::NoItems => "no_items",
            FileFault::Unreadable => "unreadable",
            FileFault::SealedDamaged => "sealed_damaged",
            FileFault::SealedTooCostly => "sealed_too_costly",
            FileFault::SealedTwice => "sealed_twice",
            FileFault::SealedWithKey => "sealed_with_key",
        }
    }
}

/// What is wrong with a field.
/// Why a whole file could not be read. Nothing was changed. `Display` is
/// developer text; the UI words each kind from Fluent (`file-<kind>`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum ProspectusError {
    #[error("prospectus empty")]
    Empty,
    #[error("prospectus over {max_mb} MB")]
    TooLarge { max_mb: u32 },
    #[error("prospectus over {max} courses")]
    TooManyCourses { max: u32 },
    #[error("prospectus not text")]
    NotText,
    #[error("prospectus without a title column")]
    NoTitleColumn,
    #[error("prospectus JSON of the wrong shape")]
    BadJson,
    #[error("prospectus CSV unreadable")]
    BadCsv,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Empty,
    TooLong { max: usize },
    TooShort { min: usize },
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
    TooShort,
    Unknown,
    BadDate,
}

impl Problem {
    pub fn kind(&self) -> ProblemKind {
        match self {
            Problem::Empty => ProblemKind::Empty,
            Problem::TooLong { .. } => ProblemKind::TooLong,
            Problem::TooShort { .. } => ProblemKind::TooShort,
            Problem::Unknown => ProblemKind::Unknown,
            Problem::BadDate => ProblemKind::BadDate,
        }
    }

    /// The limit that was passed, for `TooLong`.
    pub fn max(&self) -> Option<usize> {
        match self {
            Problem::TooLong { max } => Some(*max),
            Problem::TooShort { min } => Some(*min),
            _ => None,
        }
    }
}

/// A validation failure: which field, and why. Its `Display` is the message the
/// student sees.
/// Something the student entered needs a change. Its `Display` is short
/// developer text for logs (`invalid title: too long (max 200)`); what the
/// student reads comes from the UI's Fluent files, by field and problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {}: {}", field_name(*.field), problem_name(.problem))]
pub struct Invalid {
    pub field: Field,
    pub problem: Problem,
}

impl Invalid {
    pub fn new(field: Field, problem: Problem) -> Self {
        Self { field, problem }
    }
}

/// A field's name as it crosses IPC (`target_date`).
fn field_name(field: Field) -> String {
    serde_json::to_value(field)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn problem_name(problem: &Problem) -> String {
    match problem {
        Problem::Empty => "empty".into(),
        Problem::TooLong { max } => format!("too long (max {max})"),
        Problem::TooShort { min } => format!("too short (min {min})"),
        Problem::Unknown => "unknown".into(),
        Problem::BadDate => "bad date".into(),
    }
}

/// Everything that can go wrong in the plan library. `Display` is short
/// developer text for logs, never shown to a student: the UI says each error
/// in the student's language from its code (and field, file kind, fault).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Invalid(#[from] Invalid),

    #[error("not found: {0}")]
    NotFound(&'static str),

    #[error("plan too new: schema {found}, this Waymark reads up to {supported}")]
    PlanTooNew { found: u32, supported: u32 },

    #[error("not a Waymark plan")]
    NotAPlan,

    #[error("plan damaged: {0}")]
    PlanDamaged(String),

    #[error("storage: {0}")]
    Storage(#[from] rusqlite::Error),

    #[error("migration: {0}")]
    Migration(#[from] rusqlite_migration::Error),

    #[error("io: {0}")]
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

    #[error("a whole plan can only move into an empty Waymark")]
    PlanNotEmpty,

    #[error("this whole plan was moved into this Waymark before")]
    PlanAlreadyHere,

    #[error("a private reflection was asked to be shared")]
    PrivateReflection,

    #[error("feedback for another plan")]
    FeedbackForAnotherPlan,

    #[error(transparent)]
    Prospectus(#[from] ProspectusError),

    /// Another Waymark holds this plan's folder.
    #[error("plan open in another Waymark")]
    AlreadyOpen,

    #[error("export failed: {0}")]
    Export(&'static str),

    #[error("wrong password")]
    WrongPassword,

    #[error("wrong recovery code")]
    WrongRecoveryCode,

    #[error("recovery code mistyped")]
    RecoveryCodeMistyped,

    /// The key file is not one, or asks for more work than a key file may.
    #[error("key file damaged")]
    KeyFileDamaged,

    /// A locked plan whose key file is missing, or whose key does not open it.
    #[error("key file missing or not this plan's")]
    KeyFileMissing,

    #[error("the plan is locked")]
    PlanLocked,

    #[error("backup made before the lock")]
    BackupNotLocked,

    /// A copy of a locked plan came out unencrypted: it was removed.
    #[error("refused to write a plaintext copy of a locked plan")]
    PlaintextRefused,

    #[error("try again in {seconds} s")]
    TryAgainLater { seconds: u32 },

    #[error("a sealed {} file needs its passphrase", .file.as_str())]
    PassphraseNeeded { file: FileKind },

    #[error("wrong passphrase for a sealed {} file", .file.as_str())]
    WrongPassphrase { file: FileKind },

    #[error("keeping students' plans needs the lock")]
    LockFirst,

    #[error("not keeping students' plans")]
    NotKeepingStudents,
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
            Error::Prospectus(_) => ErrorCode::BadFile,
            Error::AlreadyOpen => ErrorCode::AlreadyOpen,
            Error::WrongPassword => ErrorCode::WrongPassword,
            Error::WrongRecoveryCode => ErrorCode::WrongRecoveryCode,
            Error::RecoveryCodeMistyped => ErrorCode::RecoveryCodeMistyped,
            Error::KeyFileDamaged | Error::KeyFileMissing => ErrorCode::KeyFileProblem,
            Error::PlanLocked => ErrorCode::PlanLocked,
            Error::BackupNotLocked => ErrorCode::BackupNotLocked,
            Error::PlaintextRefused => ErrorCode::PlaintextRefused,
            Error::TryAgainLater { .. } => ErrorCode::TryAgainLater,
            Error::PassphraseNeeded { .. } => ErrorCode::PassphraseNeeded,
            Error::WrongPassphrase { .. } => ErrorCode::WrongPassphrase,
            Error::LockFirst => ErrorCode::LockFirst,
            Error::NotKeepingStudents => ErrorCode::NotKeepingStudents,
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
            | Error::FileTooBig { file, .. }
            | Error::PassphraseNeeded { file }
            | Error::WrongPassphrase { file } => Some(*file),
            _ => None,
        }
    }

    /// Why a prospectus could not be read, for code `bad_file`.
    pub fn prospectus_problem(&self) -> Option<&ProspectusError> {
        match self {
            Error::Prospectus(problem) => Some(problem),
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
