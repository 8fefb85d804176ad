//! What the student saves from the share screen: the tutor pack (HTML or
//! PDF) or a plan file, written whole, then logged.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use zeroize::Zeroizing;

use crate::error::{Field, Invalid, Problem, Result};
use crate::export::protected_pdf::with_password;
use crate::files::io::{file_name_for, write_whole};
use crate::files::sealed::{seal as seal_bytes, Passphrase};
use crate::share::choice::ShareChoice;
use crate::share::log::ShareLogEntry;
use crate::store::connection::Store;

/// The extension of the private move file ("everything, for myself").
pub const MOVE_FILE_EXTENSION: &str = "waymark-move";

/// What the student saves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ExportFormat {
    /// The tutor pack, for people: a web page.
    Html,
    /// The tutor pack, for people: a PDF.
    Pdf,
    /// The plan file with the chosen sections, for Waymark.
    Waymark,
    /// The whole plan, private parts too, for the student's own new laptop.
    Everything,
}

impl ExportFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Html => "html",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Waymark => "waymark",
            ExportFormat::Everything => "everything",
        }
    }

    /// The move file has an extension (and a MIME type) of its own, so it is
    /// never taken for the file a tutor is given. Files from before it had
    /// one end in `.waymark`; they still move in.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Html => "html",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Waymark => "waymark",
            ExportFormat::Everything => MOVE_FILE_EXTENSION,
        }
    }

    /// Whether `format` may be written with `seal` (or without one): the
    /// move file is always sealed, a web page never can be.
    pub fn may_be_sealed(self, seal: Option<&Passphrase>) -> Result<()> {
        match (self, seal) {
            (ExportFormat::Html, Some(_)) => {
                Err(Invalid::new(Field::Passphrase, Problem::Unknown).into())
            }
            (ExportFormat::Everything, None) => {
                Err(Invalid::new(Field::Passphrase, Problem::Empty).into())
            }
            _ => Ok(()),
        }
    }

    /// A file name to offer in the save dialog: the student's name (letters
    /// and digits only) and the day; the move file's says it is private.
    pub fn suggested_name(self, student: &str, today: &str) -> String {
        let what = match self {
            ExportFormat::Everything => "private-whole-plan",
            _ => "learning-plan",
        };
        file_name_for(student, what, today, self.extension())
    }
}

impl Store {
    /// The bytes of `format`, sealed with `seal` (see [`Store::export_to`]).
    pub fn export_sealed(
        &self,
        format: ExportFormat,
        choice: &ShareChoice,
        language: &str,
        app_version: &str,
        seal: Option<&Passphrase>,
    ) -> Result<Vec<u8>> {
        format.may_be_sealed(seal)?;
        match (format, seal) {
            (ExportFormat::Pdf, Some(password)) => with_password(
                &self.export(format, choice, language, app_version)?,
                password,
            ),
            (ExportFormat::Waymark | ExportFormat::Everything, Some(passphrase)) => seal_bytes(
                &Zeroizing::new(self.export(format, choice, language, app_version)?),
                passphrase,
            ),
            _ => self.export(format, choice, language, app_version),
        }
    }

    /// The bytes of `format` for `choice`, in `language` (for the pack).
    pub fn export(
        &self,
        format: ExportFormat,
        choice: &ShareChoice,
        language: &str,
        app_version: &str,
    ) -> Result<Vec<u8>> {
        match format {
            ExportFormat::Html => {
                let file = self.plan_file(choice, app_version)?;
                let words = crate::export::words::Words::new(language);
                Ok(
                    crate::export::html::html(&file.plan, &words, &file.exported_at, app_version)
                        .into_bytes(),
                )
            }
            ExportFormat::Pdf => {
                let file = self.plan_file(choice, app_version)?;
                let words = crate::export::words::Words::new(language);
                crate::export::pdf::pdf(&file.plan, &words, &file.exported_at, app_version)
            }
            ExportFormat::Waymark => self.plan_file(choice, app_version)?.to_json(),
            ExportFormat::Everything => self.everything_file(app_version)?.to_json(),
        }
    }

    /// Writes `format` to `path` whole or not at all, then logs the share.
    /// With `seal`, a plan file or a move file is sealed with it and a PDF
    /// needs it as its password; the move file is always sealed, and a web
    /// page cannot be. Whatever fails, no unsealed file is written instead.
    #[allow(clippy::too_many_arguments)]
    pub fn export_to(
        &self,
        format: ExportFormat,
        choice: &ShareChoice,
        tutor_name: &str,
        path: &std::path::Path,
        language: &str,
        app_version: &str,
        seal: Option<&Passphrase>,
    ) -> Result<ShareLogEntry> {
        let bytes = self.export_sealed(format, choice, language, app_version, seal)?;
        write_whole(path, &bytes)?;
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.log_share(format.as_str(), choice, tutor_name, &file_name)
    }
}
