//! Reading a college prospectus (CSV or JSON) into courses, without writing
//! anything: the student sees a preview first. The format is documented in
//! docs/PROSPECTUS.md. Every file is untrusted: parsing never panics, and a file
//! it cannot read gives a clear, kind reason.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, ProspectusError, Result};
use crate::plan::courses::{CourseRecord, Delivery, ImportSummary};
use crate::plan::support::{SupportContact, MAX_CONTACTS};
use crate::store::connection::Store;

/// Larger files are refused: a college prospectus is a few hundred kilobytes.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
pub const MAX_COURSES: usize = 20_000;
pub const MAX_TITLE: usize = 200;
pub const MAX_TEXT: usize = 5_000;

/// Why a row was left out, in a form the UI can word in any language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum SkipReason {
    /// The row has no course title.
    NoTitle,
    /// A field is longer than Waymark keeps.
    TooLong { column: String, max: u32 },
    /// A date that is not a real day.
    BadDate { column: String, value: String },
    /// The number of sessions is not a whole number from 1 to 500.
    BadNumber { column: String, value: String },
    /// A cell that a spreadsheet would run as a formula (for example `=cmd|...`).
    Formula { column: String },
    /// The same course code appears earlier in the file.
    DuplicateCode { code: String },
    /// A JSON course's value is not of the kind the prospectus format says
    /// (a number where a text belongs, a delivery Waymark does not know...).
    BadValue { column: String },
    /// A quote mark is opened in this row and never closed, so the row cannot
    /// be read; the rows after it are read on their own.
    UnclosedQuote,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SkippedRow {
    /// The row's number as a spreadsheet shows it (the header is row 1), or the
    /// course's place in a JSON list (from 1).
    pub row: u32,
    pub reason: SkipReason,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ProspectusPreview {
    pub courses: Vec<CourseRecord>,
    pub skipped: Vec<SkippedRow>,
    /// Columns (or JSON fields) Waymark does not use; they are ignored.
    pub unknown_columns: Vec<String>,
    /// What was read: `csv` or `json`.
    pub format: String,
    /// For CSV, how its text was written: `utf-8` or `windows-1252`.
    pub encoding: String,
    /// For CSV, what separates its cells: `comma`, `semicolon` or `tab`.
    pub separator: String,
    /// The college's name, if the file gives one (JSON only).
    pub college: String,
    /// Where to find support, as the college gives it (JSON only).
    pub support: Vec<SupportContact>,
    /// Support contacts left out: not as the format says, or too long.
    pub support_left_out: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Code,
    Title,
    Description,
    Category,
    Learn,
    Delivery,
    Venue,
    StartDate,
    Sessions,
    SessionTimes,
    Term,
    Tutors,
}

/// Header names in English and German, compared after folding case, spaces,
/// punctuation and umlauts.
const HEADERS: &[(Column, &[&str])] = &[
    (
        Column::Code,
        &[
            "code",
            "coursecode",
            "courseid",
            "id",
            "ref",
            "reference",
            "kursnummer",
            "nummer",
            "kurscode",
            "kursnr",
        ],
    ),
    (
        Column::Title,
        &[
            "title",
            "course",
            "coursetitle",
            "coursename",
            "name",
            "titel",
            "kurs",
            "kurstitel",
            "kursname",
        ],
    ),
    (
        Column::Description,
        &[
            "description",
            "about",
            "summary",
            "beschreibung",
            "kursbeschreibung",
            "inhalt",
        ],
    ),
    (
        Column::Category,
        &[
            "category",
            "theme",
            "topic",
            "strand",
            "kategorie",
            "thema",
            "bereich",
        ],
    ),
    (
        Column::Learn,
        &[
            "whatyouwilllearn",
            "youwilllearn",
            "learningoutcomes",
            "outcomes",
            "learn",
            "wasdulernst",
            "wassielernen",
            "lernziele",
            "lerninhalte",
        ],
    ),
    (
        Column::Delivery,
        &[
            "delivery",
            "format",
            "mode",
            "howitisrun",
            "durchfuehrung",
            "angebotsform",
            "form",
        ],
    ),
    (
        Column::Venue,
        &[
            "venue",
            "location",
            "place",
            "where",
            "ort",
            "veranstaltungsort",
            "kursort",
            "room",
            "raum",
            "rooms",
            "raeume",
        ],
    ),
    (
        Column::StartDate,
        &[
            "startdate",
            "start",
            "starts",
            "startson",
            "beginn",
            "startdatum",
            "kursbeginn",
            "datum",
        ],
    ),
    (
        Column::Sessions,
        &[
            "sessions",
            "numberofsessions",
            "noofsessions",
            "weeks",
            "termine",
            "anzahltermine",
            "sitzungen",
            "anzahlsitzungen",
        ],
    ),
    (
        Column::SessionTimes,
        &[
            "sessiontimes",
            "times",
            "time",
            "when",
            "zeiten",
            "uhrzeit",
            "zeit",
        ],
    ),
    (
        Column::Term,
        &["term", "semester", "trimester", "halbjahr", "quartal"],
    ),
    (
        Column::Tutors,
        &[
            "tutors",
            "tutor",
            "facilitators",
            "teachers",
            "kursleitung",
            "dozenten",
            "dozentinnen",
            "leitung",
        ],
    ),
];

fn fold(header: &str) -> String {
    header
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('ß', "ss")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

fn column_for(header: &str) -> Option<Column> {
    let folded = fold(header);
    HEADERS
        .iter()
        .find(|(_, names)| names.contains(&folded.as_str()))
        .map(|(column, _)| *column)
}

fn column_name(column: Column) -> &'static str {
    match column {
        Column::Code => "code",
        Column::Title => "title",
        Column::Description => "description",
        Column::Category => "category",
        Column::Learn => "learn",
        Column::Delivery => "delivery",
        Column::Venue => "venue",
        Column::StartDate => "start_date",
        Column::Sessions => "sessions",
        Column::SessionTimes => "session_times",
        Column::Term => "term",
        Column::Tutors => "tutors",
    }
}

/// Reads a prospectus file. `name` (the file name, if known) helps tell CSV from
/// Reads a prospectus file someone chose: its size first (nothing larger
/// than [`MAX_FILE_BYTES`] is read), then [`parse`].
pub fn read_file(path: &std::path::Path) -> Result<ProspectusPreview> {
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if size > MAX_FILE_BYTES as u64 {
        return Err(ProspectusError::TooLarge {
            max_mb: (MAX_FILE_BYTES / (1024 * 1024)) as u32,
        }
        .into());
    }
    let bytes = std::fs::read(path).map_err(Error::from)?;
    let name = path.file_name().and_then(|n| n.to_str());
    Ok(parse(&bytes, name)?)
}

/// The fictional sample prospectus that ships with Waymark, in German for
/// `de…` and in English for anything else: JSON, so it carries a fictional
/// college's support contacts too.
pub fn sample(language: &str) -> Result<ProspectusPreview> {
    let sample: &[u8] = if language.starts_with("de") {
        include_bytes!("../../samples/prospectus-de.json")
    } else {
        include_bytes!("../../samples/prospectus-en.json")
    };
    Ok(parse(sample, Some("sample.json"))?)
}

/// JSON; the content decides when it is missing.
pub fn parse(bytes: &[u8], name: Option<&str>) -> Result<ProspectusPreview, ProspectusError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ProspectusError::TooLarge {
            max_mb: (MAX_FILE_BYTES / (1024 * 1024)) as u32,
        });
    }
    let (text, encoding) = decode(bytes)?;
    if text.trim().is_empty() {
        return Err(ProspectusError::Empty);
    }
    let looks_json = name.is_some_and(|n| n.to_lowercase().ends_with(".json"))
        || text.trim_start().starts_with('{');
    if looks_json {
        parse_json(&text)
    } else {
        parse_csv(&text, encoding)
    }
}

/// UTF-8 (with or without a byte order mark), else Windows-1252 as older
/// spreadsheet programs write it. Binary files and UTF-16 are refused.
fn decode(bytes: &[u8]) -> Result<(String, &'static str), ProspectusError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(ProspectusError::NotText);
    }
    let (text, encoding) = match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), "utf-8"),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text.into_owned(), "windows-1252")
        }
    };
    // Many control characters mean this is not a text file after all.
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    if controls * 100 > text.chars().count().max(1) {
        return Err(ProspectusError::NotText);
    }
    Ok((text, encoding))
}

fn detect_delimiter(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |d: char| first.chars().filter(|c| *c == d).count();
    [(b';', count(';')), (b'\t', count('\t')), (b',', count(','))]
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map(|(d, _)| d)
        .unwrap_or(b',')
}

/// Whether a record's raw text is quoted as no CSV writer writes it: a quote
/// that closes a field and is followed by more than a separator or the line's
/// end, or a quote still open at the end. A spreadsheet reader then runs rows
/// together; Waymark names the row instead.
fn badly_quoted(raw: &str, delimiter: u8) -> bool {
    let bytes = raw.as_bytes();
    let (mut quoted, mut field_start, mut i) = (false, true, 0);
    while i < bytes.len() {
        let b = bytes[i];
        if quoted {
            if b == b'"' {
                if bytes.get(i + 1) == Some(&b'"') {
                    i += 2;
                    continue;
                }
                quoted = false;
                if !matches!(bytes.get(i + 1), None | Some(b'\r' | b'\n'))
                    && bytes.get(i + 1) != Some(&delimiter)
                {
                    return true;
                }
            }
        } else if b == b'"' && field_start {
            quoted = true;
        }
        field_start = !quoted && (b == delimiter || b == b'\n');
        i += 1;
    }
    quoted
}

fn csv_reader(text: &str, delimiter: u8, headers: bool) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(headers)
        .from_reader(text.as_bytes())
}

fn parse_csv(text: &str, encoding: &str) -> Result<ProspectusPreview, ProspectusError> {
    let delimiter = detect_delimiter(text);
    let mut first = csv_reader(text, delimiter, true);
    let headers = first
        .headers()
        .map_err(|_| ProspectusError::BadCsv)?
        .clone();
    let columns: Vec<Option<Column>> = headers.iter().map(column_for).collect();
    if !columns.contains(&Some(Column::Title)) {
        return Err(ProspectusError::NoTitleColumn);
    }
    let unknown_columns = headers
        .iter()
        .zip(&columns)
        .filter(|(h, c)| c.is_none() && !h.trim().is_empty())
        .map(|(h, _)| h.trim().to_owned())
        .collect();
    let mut builder = Builder::default();
    // Row 1 is the header. After a row whose quote is never closed, reading
    // starts again on the line after it.
    let (mut row, mut offset, mut reader) = (2u32, 0usize, first);
    let mut record = csv::StringRecord::new();
    loop {
        let start = reader.position().byte() as usize;
        if !reader
            .read_record(&mut record)
            .map_err(|_| ProspectusError::BadCsv)?
        {
            break;
        }
        let end = reader.position().byte() as usize;
        let raw = &text[offset + start..(offset + end).min(text.len())];
        // A record read after a CRLF line end begins with its "\n".
        let lead = raw.len() - raw.trim_start_matches(['\r', '\n']).len();
        let spans_lines = raw.trim_matches(['\r', '\n']).contains('\n');
        if spans_lines && badly_quoted(raw, delimiter) {
            builder.skip(row, SkipReason::UnclosedQuote);
            row += 1;
            let next_line = raw[lead..].find('\n').map_or(raw.len(), |i| lead + i + 1);
            offset += start + next_line;
            reader = csv_reader(&text[offset.min(text.len())..], delimiter, false);
            continue;
        }
        if !record.iter().all(|cell| cell.trim().is_empty()) {
            let cells: Vec<(Column, &str)> = columns
                .iter()
                .zip(record.iter())
                .filter_map(|(c, v)| c.map(|c| (c, v)))
                .collect();
            builder.add(row, &cells)?;
        }
        row += 1;
    }
    let separator = match delimiter {
        b';' => "semicolon",
        b'\t' => "tab",
        _ => "comma",
    };
    let mut preview = builder.finish(unknown_columns, "csv".into());
    preview.encoding = encoding.into();
    preview.separator = separator.into();
    Ok(preview)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonProspectus {
    format: String,
    version: u32,
    #[serde(default)]
    college: Option<String>,
    courses: Vec<serde_json::Map<String, serde_json::Value>>,
    /// Where to find support: each a JSON object (see docs/PROSPECTUS.md).
    #[serde(default)]
    support: Vec<serde_json::Value>,
}

/// The fields a support contact may have.
const SUPPORT_FIELDS: [&str; 6] = ["name", "about", "phone", "email", "website", "hours"];

/// A support contact from the file, or `None` if it is not as the format
/// says (not an object, a field that is not text, no name, too long).
/// Fields Waymark does not know are noted in `unknown` and ignored.
fn support_contact(value: &serde_json::Value, unknown: &mut Vec<String>) -> Option<SupportContact> {
    let object = value.as_object()?;
    for key in object.keys() {
        let noted = format!("support.{key}");
        if !SUPPORT_FIELDS.contains(&key.as_str()) && !unknown.contains(&noted) {
            unknown.push(noted);
        }
    }
    let text = |key: &str| match object.get(key) {
        None | Some(serde_json::Value::Null) => Some(String::new()),
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(_) => None,
    };
    let contact = SupportContact {
        name: text("name")?,
        about: text("about")?,
        phone: text("phone")?,
        email: text("email")?,
        website: text("website")?,
        hours: text("hours")?,
    };
    contact.fits().then_some(contact)
}

impl Store {
    /// Imports a prospectus the student has seen: its courses (backed up
    /// first, see `import_prospectus_after_backup`), and, if the file carries
    /// any, its support contacts in place of the ones before.
    pub fn import_prospectus_preview(&self, preview: &ProspectusPreview) -> Result<ImportSummary> {
        let mut summary = self.import_prospectus_after_backup(&preview.courses)?;
        if !preview.support.is_empty() {
            summary.support_contacts =
                self.replace_support_contacts(&preview.college, &preview.support)?;
        }
        Ok(summary)
    }
}

fn parse_json(text: &str) -> Result<ProspectusPreview, ProspectusError> {
    let doc: JsonProspectus = serde_json::from_str(text).map_err(|_| ProspectusError::BadJson)?;
    if doc.format != "waymark-prospectus" || doc.version != 1 {
        return Err(ProspectusError::BadJson);
    }
    let mut unknown: Vec<String> = Vec::new();
    if doc
        .college
        .as_ref()
        .is_some_and(|c| c.chars().count() > MAX_TITLE)
    {
        return Err(ProspectusError::BadJson);
    }
    let mut builder = Builder::default();
    'courses: for (i, course) in doc.courses.iter().enumerate() {
        let mut cells: Vec<(Column, String)> = Vec::new();
        for (key, value) in course {
            let Some(column) = HEADERS
                .iter()
                .find(|(c, _)| column_name(*c) == key)
                .map(|(c, _)| *c)
            else {
                if !unknown.contains(key) {
                    unknown.push(key.clone());
                }
                continue;
            };
            // JSON says what a value is: one of the wrong kind is the
            // schema's fault to name, not a spreadsheet's to forgive.
            if !fits_json(column, value) {
                builder.skip(
                    i as u32 + 1,
                    SkipReason::BadValue {
                        column: column_name(column).into(),
                    },
                );
                continue 'courses;
            }
            let text = match value {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Number(n) => n.to_string(),
                serde_json::Value::Array(items) => items
                    .iter()
                    .filter_map(|v| v.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                serde_json::Value::Null => String::new(),
                other => other.to_string(),
            };
            cells.push((column, text));
        }
        let borrowed: Vec<(Column, &str)> = cells.iter().map(|(c, v)| (*c, v.as_str())).collect();
        builder.add(i as u32 + 1, &borrowed)?;
    }
    if doc.support.len() > MAX_CONTACTS * 10 {
        return Err(ProspectusError::BadJson);
    }
    let mut support = Vec::new();
    let mut support_left_out = 0;
    for value in &doc.support {
        match support_contact(value, &mut unknown) {
            Some(contact) if support.len() < MAX_CONTACTS => support.push(contact),
            _ => support_left_out += 1,
        }
    }
    let mut preview = builder.finish(unknown, "json".into());
    preview.college = doc.college.unwrap_or_default();
    preview.support = support;
    preview.support_left_out = support_left_out;
    Ok(preview)
}

/// Whether a JSON course's `value` for `column` is what the prospectus schema
/// (docs/prospectus.schema.json) says it is. `null` means none.
fn fits_json(column: Column, value: &serde_json::Value) -> bool {
    use serde_json::Value;
    let text = |max: usize| match value {
        Value::String(s) => s.chars().count() <= max,
        Value::Null => true,
        _ => false,
    };
    match column {
        Column::Title => value.is_string() && text(MAX_TITLE),
        Column::Code => text(MAX_TITLE),
        Column::Delivery => {
            value.is_null() || value.as_str().is_some_and(|d| delivery(d).is_some())
        }
        Column::StartDate => {
            value.is_null()
                || value
                    .as_str()
                    .is_some_and(|d| d.len() == 10 && crate::validate::looks_like_day(d))
        }
        Column::Sessions => {
            value.is_null() || value.as_u64().is_some_and(|n| (1..=500).contains(&n))
        }
        Column::Tutors => match value {
            Value::Array(items) => {
                items.len() <= 50
                    && items
                        .iter()
                        .all(|t| t.as_str().is_some_and(|t| t.chars().count() <= MAX_TITLE))
            }
            _ => text(MAX_TEXT),
        },
        Column::Description
        | Column::Category
        | Column::Learn
        | Column::Venue
        | Column::SessionTimes
        | Column::Term => text(MAX_TEXT),
    }
}

#[derive(Default)]
struct Builder {
    courses: Vec<CourseRecord>,
    skipped: Vec<SkippedRow>,
    codes: std::collections::HashSet<String>,
}

impl Builder {
    fn add(&mut self, row: u32, cells: &[(Column, &str)]) -> Result<(), ProspectusError> {
        if self.courses.len() >= MAX_COURSES {
            return Err(ProspectusError::TooManyCourses {
                max: MAX_COURSES as u32,
            });
        }
        match course_from(cells) {
            Ok(course) => {
                if let Some(code) = &course.code {
                    if !self.codes.insert(code.to_lowercase()) {
                        self.skipped.push(SkippedRow {
                            row,
                            reason: SkipReason::DuplicateCode { code: code.clone() },
                        });
                        return Ok(());
                    }
                }
                self.courses.push(course);
            }
            Err(reason) => self.skipped.push(SkippedRow { row, reason }),
        }
        Ok(())
    }

    fn skip(&mut self, row: u32, reason: SkipReason) {
        self.skipped.push(SkippedRow { row, reason });
    }

    fn finish(self, unknown_columns: Vec<String>, format: String) -> ProspectusPreview {
        ProspectusPreview {
            courses: self.courses,
            skipped: self.skipped,
            unknown_columns,
            format,
            encoding: String::new(),
            separator: String::new(),
            college: String::new(),
            support: Vec::new(),
            support_left_out: 0,
        }
    }
}

/// A cell a spreadsheet would treat as a formula when the data is opened again.
fn is_formula(value: &str) -> bool {
    let mut chars = value.trim_start().chars();
    match chars.next() {
        Some('=' | '@') => true,
        Some('+' | '-') => chars
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '(' || c == '='),
        _ => false,
    }
}

fn course_from(cells: &[(Column, &str)]) -> Result<CourseRecord, SkipReason> {
    let mut course = CourseRecord::default();
    for &(column, raw) in cells {
        let name = column_name(column);
        let value = raw.trim().replace("\r\n", "\n");
        if value.is_empty() {
            continue;
        }
        if is_formula(&value) {
            return Err(SkipReason::Formula {
                column: name.into(),
            });
        }
        let max = if column == Column::Title || column == Column::Code {
            MAX_TITLE
        } else {
            MAX_TEXT
        };
        if value.chars().count() > max {
            return Err(SkipReason::TooLong {
                column: name.into(),
                max: max as u32,
            });
        }
        let one_line = || value.split_whitespace().collect::<Vec<_>>().join(" ");
        match column {
            Column::Code => course.code = Some(one_line()),
            Column::Title => course.title = one_line(),
            Column::Description => course.description = value,
            Column::Category => course.category = one_line(),
            Column::Learn => course.learn = value,
            Column::Delivery => course.delivery = delivery(&value),
            Column::Venue => course.venue = value,
            Column::StartDate => {
                course.start_date = Some(date(&value).ok_or_else(|| SkipReason::BadDate {
                    column: name.into(),
                    value: value.clone(),
                })?)
            }
            Column::Sessions => {
                let n: u32 = value
                    .parse()
                    .ok()
                    .filter(|n| (1..=500).contains(n))
                    .ok_or_else(|| SkipReason::BadNumber {
                        column: name.into(),
                        value: value.clone(),
                    })?;
                course.sessions = Some(n);
            }
            Column::SessionTimes => course.session_times = value,
            Column::Term => course.term = one_line(),
            Column::Tutors => course.tutors = value,
        }
    }
    if course.title.is_empty() {
        return Err(SkipReason::NoTitle);
    }
    Ok(course)
}

fn delivery(value: &str) -> Option<Delivery> {
    let folded = fold(value);
    let has = |words: &[&str]| words.iter().any(|w| folded.contains(w));
    let online = has(&["online", "zoom", "teams", "virtual", "digital"]);
    let in_person = has(&[
        "inperson",
        "facetoface",
        "praesenz",
        "vorort",
        "campus",
        "onsite",
    ]);
    if has(&["both", "hybrid", "beides", "blended"]) || (online && in_person) {
        Some(Delivery::Both)
    } else if online {
        Some(Delivery::Online)
    } else if in_person {
        Some(Delivery::InPerson)
    } else {
        None
    }
}

/// `2027-01-31`, `31/01/2027` or `31.01.2027` (day first, as in the UK and Germany).
fn date(value: &str) -> Option<String> {
    let formats = ["%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"];
    formats
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(value.trim(), f).ok())
        .filter(|d| (2000..=2200).contains(&chrono::Datelike::year(d)))
        .map(|d| d.format("%Y-%m-%d").to_string())
}
