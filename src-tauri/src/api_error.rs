//! Errors as the UI receives them: `{code, message, field}`.

use serde::Serialize;
use ts_rs::TS;
use waymark_core::error::ProspectusError;
use waymark_core::{ErrorCode, Field, FileFault, FileKind, ProblemKind};

/// What a command answers: its value, or an error the UI can explain.
pub type Answer<T> = Result<T, ApiError>;

/// What a failed command sends to the UI. `code` picks the words the student
/// reads, from the UI's Fluent files, in their language; `field` points at the
/// input that needs a change, `problem` and `max` say what is wrong with it.
/// `message` is short developer text for logs and is never shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    pub field: Option<Field>,
    pub problem: Option<ProblemKind>,
    pub max: Option<u32>,
    /// Why a file (a prospectus) could not be read, for code `bad_file`.
    pub file_problem: Option<ProspectusError>,
    /// Which kind of file was refused (a plan or a tutor's feedback), for
    /// codes `bad_file`, `file_too_big` and `file_too_new`.
    pub file: Option<FileKind>,
    /// What is wrong with it, for code `bad_file`.
    pub fault: Option<FileFault>,
    /// The size limit, in MB, for code `file_too_big`.
    pub max_mb: Option<u32>,
    /// Seconds before the next try, after wrong passwords (codes
    /// `wrong_password`, `wrong_recovery_code`, `try_again_later`).
    pub wait_seconds: Option<u32>,
}

/// The longest `message` sent: it is developer text for logs, and bounded so
/// nothing large ever crosses IPC in an error.
const MESSAGE_MAX: usize = 300;

fn bounded(message: String) -> String {
    if message.chars().count() <= MESSAGE_MAX {
        message
    } else {
        message.chars().take(MESSAGE_MAX - 1).collect::<String>() + "…"
    }
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: None,
            problem: None,
            max: None,
            file_problem: None,
            file: None,
            fault: None,
            max_mb: None,
            wait_seconds: None,
        }
    }

    pub fn internal() -> Self {
        Self::new(ErrorCode::Internal, "internal error")
    }
}

impl From<waymark_core::Error> for ApiError {
    fn from(error: waymark_core::Error) -> Self {
        let invalid = error.invalid();
        let code = error.code();
        let message = error.to_string();
        let max_mb = match &error {
            waymark_core::Error::FileTooBig { max_mb, .. } => u32::try_from(*max_mb).ok(),
            _ => None,
        };
        let wait_seconds = match &error {
            waymark_core::Error::TryAgainLater { seconds } => Some(*seconds),
            _ => None,
        };
        Self {
            code,
            message: bounded(message),
            field: error.field(),
            problem: invalid.map(|i| i.problem.kind()),
            max: invalid
                .and_then(|i| i.problem.max())
                .and_then(|max| u32::try_from(max).ok()),
            file_problem: error.prospectus_problem().cloned(),
            file: error.file(),
            fault: error.fault(),
            max_mb,
            wait_seconds,
        }
    }
}

impl From<ProspectusError> for ApiError {
    fn from(problem: ProspectusError) -> Self {
        waymark_core::Error::from(problem).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use waymark_core::{Invalid, Problem};

    #[test]
    fn validation_errors_reach_the_ui_as_code_message_and_field() {
        let error: ApiError =
            waymark_core::Error::from(Invalid::new(Field::Title, Problem::Empty)).into();
        let json = serde_json::to_value(&error).expect("serialises");
        assert_eq!(json["code"], "invalid");
        assert_eq!(json["field"], "title");
        assert_eq!(json["problem"], "empty");
        // Developer text for logs; the student's words come from Fluent.
        assert_eq!(json["message"], "invalid title: empty");
    }

    #[test]
    fn too_long_errors_carry_their_limit() {
        let error: ApiError =
            waymark_core::Error::from(Invalid::new(Field::StepText, Problem::TooLong { max: 300 }))
                .into();
        let json = serde_json::to_value(&error).expect("serialises");
        assert_eq!(json["problem"], "too_long");
        assert_eq!(json["max"], 300);
    }

    #[test]
    fn other_errors_have_no_field() {
        let error: ApiError = waymark_core::Error::NotFound("goal").into();
        let json = serde_json::to_value(&error).expect("serialises");
        assert_eq!(json["code"], "not_found");
        assert!(json["field"].is_null());
    }
}
