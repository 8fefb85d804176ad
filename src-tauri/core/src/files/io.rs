//! Files on the disk: a file someone chose is read only up to a size, and a
//! JSON file of Waymark's is checked for what it says it is before its shape;
//! a file Waymark writes is written whole or not at all.

use serde::Deserialize;
use serde_json::Value;

use crate::error::{Error, FileFault, FileKind, Result};

/// What each kind of Waymark file says it is (its `format` field).
pub const fn format_name(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Plan => "waymark-plan",
        FileKind::Feedback => "waymark-feedback",
        FileKind::Phrases => "waymark-phrases",
    }
}

/// The most characters of the student's name in a suggested file name. With
/// what the file is and the day, a name stays well under the 255 bytes every
/// file system allows, whatever the script (a character is 4 bytes at most).
const FILE_NAME_PART_MAX: usize = 40;

/// A file name safe on every system: the student's name (letters, digits
/// and dashes only, its first 40 characters), what the file is, the day and
/// the extension.
pub fn file_name_for(student: &str, what: &str, today: &str, extension: &str) -> String {
    let name: String = student
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-')
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .take(FILE_NAME_PART_MAX)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string();
    let today: String = today
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(10)
        .collect();
    if name.is_empty() {
        format!("{what}-{today}.{extension}")
    } else {
        format!("{name}-{what}-{today}.{extension}")
    }
}

/// Writes to a temporary file beside `path`, flushes it to the disk and
/// renames it: a crash never leaves half a file under the real name.
pub fn write_whole(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write as _;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let mut temp = tempfile::Builder::new()
        .prefix(".waymark-saving-")
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| Error::Io(e.error))?;
    Ok(())
}

/// A file someone chose, if it is no larger than `max` bytes: its size is
/// checked before anything is read.
/// A chosen file that cannot be read is a fault of that file (moved, on a
/// stick taken out), not of the plan's storage.
pub(crate) fn read_bytes(path: &std::path::Path, max: u64, file: FileKind) -> Result<Vec<u8>> {
    let unreadable = |_| Error::BadFile {
        file,
        fault: FileFault::Unreadable,
    };
    use std::io::Read as _;
    let too_big = || Error::FileTooBig {
        file,
        max_mb: max / (1024 * 1024),
    };
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    // Only a file: never a device or a pipe, which could give bytes for ever.
    if !meta.is_file() {
        return Err(unreadable(std::io::Error::other("not a file")));
    }
    if meta.len() > max {
        return Err(too_big());
    }
    // Read at most one byte more than allowed: a file that grows as it is
    // read is still refused, not read to the end.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    std::fs::File::open(path)
        .and_then(|f| f.take(max + 1).read_to_end(&mut bytes))
        .map_err(unreadable)?;
    if bytes.len() as u64 > max {
        return Err(too_big());
    }
    Ok(bytes)
}

/// Reads an untrusted JSON file of Waymark's: its size, then what it says it
/// is (`format`) and its version before its shape, then its shape strictly
/// (the type refuses unknown fields). A refusal names only the kind of file
/// and the kind of fault: never a word of the file or of the parser.
pub(crate) fn read_untrusted<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
    max: u64,
    file: FileKind,
    version: u32,
) -> Result<T> {
    let refuse = |fault| Error::BadFile { file, fault };
    if bytes.len() as u64 > max {
        return Err(Error::FileTooBig {
            file,
            max_mb: max / (1024 * 1024),
        });
    }
    // A byte-order mark, as some editors write first, is not part of the JSON.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(refuse(FileFault::Empty));
    }
    // Well-formed JSON at all? (Read through, nothing kept.)
    serde_json::from_slice::<serde::de::IgnoredAny>(bytes)
        .map_err(|_| refuse(FileFault::NotJson))?;
    #[derive(Deserialize)]
    struct Header {
        format: Option<Value>,
        format_version: Option<Value>,
    }
    // JSON, but not an object with these two fields of Waymark's.
    let object = bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    let header: Header = serde_json::from_slice(bytes)
        .ok()
        .filter(|_| object)
        .ok_or(refuse(FileFault::NotThisKind))?;
    let format = header.format.as_ref().and_then(Value::as_str);
    let expected = format_name(file);
    if format != Some(expected) {
        return Err(refuse(match format {
            Some(f) if f == format_name(FileKind::Feedback) => FileFault::IsFeedback,
            Some(f) if f == format_name(FileKind::Plan) => FileFault::IsPlan,
            _ => FileFault::NotThisKind,
        }));
    }
    match header.format_version.as_ref().and_then(Value::as_u64) {
        Some(found) if found > u64::from(version) => {
            return Err(Error::FileTooNew {
                file,
                found: u32::try_from(found).unwrap_or(u32::MAX),
                supported: version,
            })
        }
        Some(found) if found >= 1 => {}
        _ => return Err(refuse(FileFault::NoVersion)),
    }
    serde_json::from_slice(bytes).map_err(|_| refuse(FileFault::BadShape))
}

/// A chosen file's name as a screen shows it: without invisible marks, so a
/// name can never pretend to be another kind of file.
pub fn shown_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| crate::validate::visible(&n.to_string_lossy()))
        .unwrap_or_default()
}

#[cfg(test)]
mod shown_name_tests {
    use super::shown_name;
    use std::path::Path;

    #[test]
    fn a_name_shown_has_no_marks_that_could_disguise_it() {
        assert_eq!(
            shown_name(Path::new("/usb/photo\u{202e}gnp.waymark")),
            "photognp.waymark"
        );
        assert_eq!(
            shown_name(Path::new("/usb/\u{2067}Sam\u{2069}.waymark")),
            "Sam.waymark"
        );
        assert_eq!(shown_name(Path::new("/usb/سارا.waymark")), "سارا.waymark");
        assert_eq!(shown_name(Path::new("/")), "");
    }
}
