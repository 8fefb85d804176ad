//! The native open and save dialogs, opened from Rust only (the window has no
//! dialog permission), the same way for every kind of file.
//!
//! In debug builds a test names the file instead of a person choosing it:
//! `WAYMARK_TEST_OPEN_FILE` is what "Open" picks (the file of the dialog's
//! kind beside it, if there is one, so one test can offer a plan and a
//! feedback file side by side; else the one named, whatever it is, as a
//! student may pick the wrong kind), `WAYMARK_TEST_SAVE_FILE` is where "Save"
//! writes (with the dialog's extension). For a choice of several files,
//! `WAYMARK_TEST_OPEN_FILE` holds their paths joined as in `PATH`; for a
//! folder, it names the folder. A release build has neither.

use std::path::PathBuf;

use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;
use waymark_core::export::save::{ExportFormat, MOVE_FILE_EXTENSION};
use waymark_core::export::words::Words;
use waymark_core::files::plan_file;

/// What a test names instead of the open dialog (debug builds only).
pub const TEST_OPEN_FILE_ENV: &str = "WAYMARK_TEST_OPEN_FILE";
/// What a test names instead of the save dialog (debug builds only).
pub const TEST_SAVE_FILE_ENV: &str = "WAYMARK_TEST_SAVE_FILE";

/// A kind of file a dialog offers: the Fluent key of its filter's name (the
/// dialog says it in the student's language) and its extensions (the first is
/// the one a saved file gets).
#[derive(Debug, Clone, Copy)]
pub struct FileType {
    pub name: &'static str,
    pub extensions: &'static [&'static str],
}

impl FileType {
    /// The extension the test stand-ins give a file (debug builds only).
    #[cfg(debug_assertions)]
    fn extension(self) -> &'static str {
        self.extensions[0]
    }
}

pub const PLAN_FILE: FileType = FileType {
    name: "dialog-plan-file",
    extensions: &[plan_file::EXTENSION],
};
/// The student's private move file; a file from before it had an extension
/// of its own ends in `.waymark`.
pub const MOVE_FILE: FileType = FileType {
    name: "dialog-move-file",
    extensions: &[MOVE_FILE_EXTENSION, plan_file::EXTENSION],
};
pub const FEEDBACK_FILE: FileType = FileType {
    name: "dialog-feedback-file",
    extensions: &["waymark-feedback"],
};
pub const PROSPECTUS: FileType = FileType {
    name: "dialog-prospectus",
    extensions: &["csv", "json", "txt"],
};
/// "Add to my calendar": an iCalendar file.
pub const CALENDAR: FileType = FileType {
    name: "dialog-calendar",
    extensions: &["ics"],
};
pub const BACKUP: FileType = FileType {
    name: "dialog-backup",
    extensions: &["sqlite3"],
};

/// What the student saves from the share screen, by its extension.
pub fn for_export(format: ExportFormat) -> FileType {
    match format {
        ExportFormat::Html => FileType {
            name: "dialog-web-page",
            extensions: &["html"],
        },
        ExportFormat::Pdf => FileType {
            name: "dialog-pdf",
            extensions: &["pdf"],
        },
        ExportFormat::Waymark => PLAN_FILE,
        ExportFormat::Everything => MOVE_FILE,
    }
}

/// The file the person picks, or `None` if they closed the dialog. The
/// filter is named in `language`.
pub fn pick<R: Runtime>(app: &AppHandle<R>, kind: FileType, language: &str) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(path) = std::env::var_os(TEST_OPEN_FILE_ENV) {
        let path = PathBuf::from(path);
        let wanted = path.with_extension(kind.extension());
        return Some(if wanted.exists() { wanted } else { path });
    }
    app.dialog()
        .file()
        .add_filter(Words::new(language).get(kind.name, &[]), kind.extensions)
        .blocking_pick_file()
        .and_then(|file| file.into_path().ok())
}

/// The files the person picks (several at once), or `None` if they closed
/// the dialog.
pub fn pick_many<R: Runtime>(
    app: &AppHandle<R>,
    kind: FileType,
    language: &str,
) -> Option<Vec<PathBuf>> {
    #[cfg(debug_assertions)]
    if let Some(paths) = std::env::var_os(TEST_OPEN_FILE_ENV) {
        return Some(std::env::split_paths(&paths).collect());
    }
    app.dialog()
        .file()
        .add_filter(Words::new(language).get(kind.name, &[]), kind.extensions)
        .blocking_pick_files()
        .map(|files| {
            files
                .into_iter()
                .filter_map(|file| file.into_path().ok())
                .collect()
        })
}

/// The folder the person picks, or `None` if they closed the dialog.
pub fn pick_folder<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(path) = std::env::var_os(TEST_OPEN_FILE_ENV) {
        return Some(PathBuf::from(path));
    }
    app.dialog()
        .file()
        .blocking_pick_folder()
        .and_then(|folder| folder.into_path().ok())
}

pub const PHRASES_FILE: FileType = FileType {
    name: "dialog-phrases-file",
    extensions: &["waymark-phrases"],
};

/// Where the person chooses to save, offered `suggested` as the name, or
/// `None` if they closed the dialog. The filter is named in `language`.
pub fn save<R: Runtime>(
    app: &AppHandle<R>,
    suggested: &str,
    kind: FileType,
    language: &str,
) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(path) = std::env::var_os(TEST_SAVE_FILE_ENV) {
        return Some(PathBuf::from(path).with_extension(kind.extension()));
    }
    app.dialog()
        .file()
        .set_file_name(suggested)
        .add_filter(Words::new(language).get(kind.name, &[]), kind.extensions)
        .blocking_save_file()
        .and_then(|file| file.into_path().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dialog_s_filter_is_named_in_both_languages() {
        let kinds = [
            PLAN_FILE,
            FEEDBACK_FILE,
            PROSPECTUS,
            BACKUP,
            PHRASES_FILE,
            CALENDAR,
        ]
        .into_iter()
        .chain([ExportFormat::Html, ExportFormat::Pdf].map(for_export));
        for kind in kinds {
            let english = Words::new("en-GB").get(kind.name, &[]);
            let german = Words::new("de").get(kind.name, &[]);
            assert_ne!(english, kind.name, "no English words for {}", kind.name);
            assert_ne!(german, kind.name, "no German words for {}", kind.name);
        }
    }
}
