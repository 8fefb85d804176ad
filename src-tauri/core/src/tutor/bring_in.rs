//! Bringing in many students' plans at once: several files chosen in the
//! open dialog, or every plan file in a folder. Each file is read and kept on
//! its own, so one damaged or sealed file never stops the rest; the tutor is
//! told what came in and which files did not, and why.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::files::io::shown_name;
use crate::files::plan_file::read_plan_file;
use crate::store::connection::Store;
use crate::tutor::students::Kept;

/// The most files taken from one folder or one choice: a term's plans many
/// times over, and a bound on what a stray folder can cost.
pub const FILES_MAX: usize = 500;

/// What bringing in many files did.
#[derive(Debug, Default)]
pub struct BroughtIn {
    pub new_students: u32,
    pub new_versions: u32,
    /// Versions that were kept already.
    pub already: u32,
    /// Files not brought in: their names and why, in the order chosen.
    pub not_brought_in: Vec<(String, Error)>,
    /// Files left alone past [`FILES_MAX`].
    pub left_over: u32,
}

/// The plan files (`.waymark`) directly in `folder`, by name. A private move
/// file, a tutor's feedback and anything else are not plan files to keep.
pub fn plan_files_in(folder: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(folder).map_err(|_| Error::NotFound("folder"))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case(crate::files::plan_file::EXTENSION))
                && path.is_file()
        })
        .collect();
    files.sort();
    Ok(files)
}

impl Store {
    /// Reads and keeps each of `paths` (sealed files need their passphrase,
    /// so they are listed for opening one by one).
    pub fn bring_in_plans(&self, paths: &[PathBuf]) -> Result<BroughtIn> {
        if !self.students_settings()?.keep {
            return Err(Error::NotKeepingStudents);
        }
        let mut brought = BroughtIn {
            left_over: paths.len().saturating_sub(FILES_MAX) as u32,
            ..BroughtIn::default()
        };
        for path in paths.iter().take(FILES_MAX) {
            match read_plan_file(path, None).and_then(|file| self.keep_plan(&file)) {
                Ok(Kept::NewStudent) => brought.new_students += 1,
                Ok(Kept::NewVersion) => brought.new_versions += 1,
                Ok(Kept::AlreadyKept) => brought.already += 1,
                Err(error) => brought.not_brought_in.push((shown_name(path), error)),
            }
        }
        Ok(brought)
    }
}
