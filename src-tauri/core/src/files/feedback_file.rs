//! The feedback file (`.waymark-feedback`, UTF-8 JSON, see
//! `docs/FEEDBACK-FILE.md`): a tutor's comments and suggestions beside the
//! goals, steps, courses, reflections and reviews of a shared plan, about
//! what helps the student learn, or about the plan as a whole. It names
//! the plan it answers and the export it came from, and holds only the tutor's
//! words with short references to the plan, never the student's own texts.
//!
//! A feedback file is untrusted, like a plan file: its size is limited, its
//! shape is checked strictly, a newer version is refused, and a file for
//! another student's plan is refused with a clear message.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, FileFault, FileKind, Result};
use crate::files::io::format_name;
use crate::files::plan_file::OpenedPlan;
use crate::store::connection::now;
use crate::validate;

pub const FORMAT: &str = format_name(FileKind::Feedback);
/// The newest version this Waymark reads. A file is written as version 1
/// unless it needs version 2 (see [`version_for`]), so a Waymark that reads
/// only version 1 still takes feedback on goals, steps, courses, reflections
/// and reviews.
pub const FORMAT_VERSION: u32 = 2;
pub const EXTENSION: &str = "waymark-feedback";
/// No tutor's feedback comes near this.
pub const FILE_MAX: u64 = 2 * 1024 * 1024;
/// The longest comment or suggestion.
pub const TEXT_MAX: usize = 2_000;
/// The longest reference to a part of the plan (its first words).
pub const REFERENCE_MAX: usize = 80;
/// The most items one file holds.
pub const ITEMS_MAX: usize = 500;

/// Which part of the plan an item is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TargetKind {
    Goal,
    Step,
    Course,
    Reflection,
    Review,
    /// What helps the student learn (format version 2). Its id is `support`.
    Support,
    /// The plan as a whole (format version 2). Its id is the plan's id.
    Plan,
}

/// The id of the one "what helps me learn" of a plan.
pub const SUPPORT_ID: &str = "support";

impl TargetKind {
    pub const ALL: [TargetKind; 7] = [
        TargetKind::Goal,
        TargetKind::Step,
        TargetKind::Course,
        TargetKind::Reflection,
        TargetKind::Review,
        TargetKind::Support,
        TargetKind::Plan,
    ];

    /// Its name in the store and in the item's key.
    pub(crate) fn table(self) -> &'static str {
        match self {
            TargetKind::Goal => "goal",
            TargetKind::Step => "step",
            TargetKind::Course => "course",
            TargetKind::Reflection => "reflection",
            TargetKind::Review => "review",
            TargetKind::Support => "support",
            TargetKind::Plan => "plan",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<TargetKind> {
        TargetKind::ALL.into_iter().find(|k| k.table() == text)
    }

    /// The table and the column that name one part of the plan, for "has it
    /// changed since?"; `None` for the plan as a whole and what helps the
    /// student learn, which are always there.
    pub(crate) fn words_column(self) -> Option<&'static str> {
        match self {
            TargetKind::Goal | TargetKind::Course => Some("title"),
            TargetKind::Step => Some("text"),
            TargetKind::Reflection => Some("written_on"),
            TargetKind::Review => Some("completed_at"),
            TargetKind::Support | TargetKind::Plan => None,
        }
    }

    /// Whether a file holding an item about it must be version 2.
    fn needs_version_2(self) -> bool {
        matches!(self, TargetKind::Support | TargetKind::Plan)
    }
}

/// The version a feedback file holding `items` is written as: 1 unless an
/// item is about the plan as a whole or what helps the student learn.
pub fn version_for(items: &[FeedbackItem]) -> u32 {
    if items.iter().any(|i| i.about.kind.needs_version_2()) {
        2
    } else {
        1
    }
}

/// A part of the plan, as the tutor saw it: its id and its first words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Target {
    pub kind: TargetKind,
    pub id: String,
    /// Short: the first words of its title or text, or its day.
    pub reference: String,
}

/// What the tutor wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ItemKind {
    /// A kind word.
    Comment,
    /// A step the student might add to a goal.
    Step,
    /// A course to try (its title, from the prospectus or typed).
    Course,
    /// A question to think about.
    Question,
}

impl ItemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Comment => "comment",
            ItemKind::Step => "step",
            ItemKind::Course => "course",
            ItemKind::Question => "question",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<ItemKind> {
        [
            ItemKind::Comment,
            ItemKind::Step,
            ItemKind::Course,
            ItemKind::Question,
        ]
        .into_iter()
        .find(|k| k.as_str() == text)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct FeedbackItem {
    pub id: String,
    pub about: Target,
    pub kind: ItemKind,
    /// The comment, the step, the course's title, or the question.
    pub text: String,
}

impl FeedbackItem {
    /// A new item: its words are checked, its reference cut short.
    pub fn new(about: Target, kind: ItemKind, text: &str) -> Result<FeedbackItem> {
        let text = item_text(kind, text)?;
        Ok(FeedbackItem {
            id: uuid::Uuid::new_v4().to_string(),
            about: Target {
                reference: reference(&about.reference),
                ..about
            },
            kind,
            text,
        })
    }
}

/// An item's words, checked as what the student may take it on as: a step
/// is one line no longer than a step may be, a course one line no longer than
/// a course's title; a comment or a question may have line breaks.
fn item_text(kind: ItemKind, text: &str) -> Result<String, crate::Invalid> {
    let field = crate::Field::Suggestion;
    match kind {
        ItemKind::Step => validate::line(text, field, validate::STEP_MAX),
        ItemKind::Course => validate::line(text, field, validate::TITLE_MAX),
        ItemKind::Comment | ItemKind::Question => {
            let text = validate::free_text(text, field, TEXT_MAX)?;
            if text.is_empty() {
                return Err(crate::Invalid::new(field, crate::Problem::Empty));
            }
            Ok(text)
        }
    }
}

/// A `.waymark-feedback` file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct FeedbackFile {
    pub format: String,
    pub format_version: u32,
    pub app_version: String,
    pub written_at: String,
    /// The plan it answers.
    pub plan_id: String,
    /// When that plan file was exported: the export it came from.
    pub exported_at: String,
    pub tutor_name: String,
    pub items: Vec<FeedbackItem>,
}

impl OpenedPlan {
    /// The part of the shared plan an item is about, with its short
    /// reference; `None` if the plan did not share it.
    pub fn target(&self, kind: TargetKind, id: &str) -> Option<Target> {
        let plan = &self.plan;
        let words = match kind {
            TargetKind::Goal => plan
                .goals
                .iter()
                .flatten()
                .find(|g| g.id == id)
                .map(|g| g.title.clone()),
            TargetKind::Step => plan
                .goals
                .iter()
                .flatten()
                .flat_map(|g| &g.steps)
                .find(|s| s.id == id)
                .map(|s| s.text.clone()),
            TargetKind::Course => plan
                .courses
                .iter()
                .flatten()
                .find(|c| c.id == id)
                .map(|c| c.title.clone()),
            TargetKind::Reflection => plan
                .reflections
                .iter()
                .find(|r| r.id == id)
                .map(|r| r.written_on.clone()),
            TargetKind::Review => plan
                .reviews
                .iter()
                .flatten()
                .find(|r| r.id == id)
                .map(|r| r.completed_at.clone()),
            // Named by the page in the reader's language, not by words.
            TargetKind::Support => plan
                .support
                .as_ref()
                .filter(|_| id == SUPPORT_ID)
                .map(|_| String::new()),
            TargetKind::Plan => (id == self.plan_id).then(String::new),
        }?;
        Some(Target {
            kind,
            id: id.to_string(),
            reference: reference(&words),
        })
    }
}

/// A feedback file refused for `fault`.
pub(crate) fn bad(fault: FileFault) -> Error {
    Error::BadFile {
        file: FileKind::Feedback,
        fault,
    }
}

/// The first words of `text`, short enough to be a reference.
pub fn reference(text: &str) -> String {
    let mut words: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if words.chars().count() > REFERENCE_MAX {
        words = words.chars().take(REFERENCE_MAX - 1).collect::<String>() + "…";
    }
    words
}

impl FeedbackFile {
    /// A new, empty feedback file for the plan a tutor opened.
    pub fn for_plan(
        opened: &OpenedPlan,
        tutor_name: &str,
        app_version: &str,
    ) -> Result<FeedbackFile> {
        let tutor_name = validate::line(tutor_name, crate::Field::TutorName, validate::NAME_MAX)?;
        Ok(FeedbackFile {
            format: FORMAT.into(),
            format_version: 1,
            app_version: app_version.into(),
            written_at: now(),
            plan_id: opened.plan_id.clone(),
            exported_at: opened.exported_at.clone(),
            tutor_name,
            items: Vec::new(),
        })
    }

    /// Writes the file whole at `path`, or not at all; sealed with `seal`
    /// if the tutor chose a passphrase.
    pub fn write_to(
        &self,
        path: &std::path::Path,
        seal: Option<&crate::files::sealed::Passphrase>,
    ) -> Result<()> {
        let json = self.to_json()?;
        let bytes = match seal {
            Some(passphrase) => crate::files::sealed::seal(&json, passphrase)?,
            None => json,
        };
        crate::files::io::write_whole(path, &bytes)
    }

    /// Adds an item; its words are checked, its reference cut short.
    pub fn add(&mut self, about: Target, kind: ItemKind, text: &str) -> Result<&FeedbackItem> {
        self.items.push(FeedbackItem::new(about, kind, text)?);
        self.format_version = version_for(&self.items);
        Ok(self.items.last().expect("just added"))
    }

    /// The file's JSON, as the version its items need.
    pub fn to_json(&self) -> Result<Vec<u8>> {
        let version = version_for(&self.items);
        let json = if version == self.format_version {
            serde_json::to_vec_pretty(self)
        } else {
            serde_json::to_vec_pretty(&FeedbackFile {
                format_version: version,
                ..self.clone()
            })
        };
        json.map_err(|_| Error::Export("feedback file"))
    }

    /// Reads a feedback file: untrusted. Size, kind and version first, then
    /// its shape strictly, then every text as the tutor's Waymark checks it
    /// when it is typed (a step no longer than a step may be...). Texts come
    /// back cleaned, as they would have been typed.
    pub fn parse(bytes: &[u8]) -> Result<FeedbackFile> {
        let mut file: FeedbackFile =
            crate::files::io::read_untrusted(bytes, FILE_MAX, FileKind::Feedback, FORMAT_VERSION)?;
        if file.items.is_empty() {
            return Err(bad(FileFault::NoItems));
        }
        if file.items.len() > ITEMS_MAX {
            return Err(bad(FileFault::TooMany));
        }
        let too_long = |problem: &crate::Problem| matches!(problem, crate::Problem::TooLong { .. });
        file.tutor_name = validate::line(
            &file.tutor_name,
            crate::Field::TutorName,
            validate::NAME_MAX,
        )
        .map_err(|e| {
            bad(if too_long(&e.problem) {
                FileFault::TooLong
            } else {
                FileFault::BadShape
            })
        })?;
        let id = |s: &str| {
            !s.trim().is_empty() && s.chars().count() <= 100 && !s.chars().any(char::is_control)
        };
        let mut ids = std::collections::HashSet::new();
        for item in &mut file.items {
            item.text = item_text(item.kind, &item.text).map_err(|e| {
                bad(if too_long(&e.problem) {
                    FileFault::TooLong
                } else {
                    FileFault::BadShape
                })
            })?;
            if item.about.reference.chars().count() > REFERENCE_MAX {
                return Err(bad(FileFault::TooLong));
            }
            if !id(&item.id) || !id(&item.about.id) || !ids.insert(item.id.clone()) {
                return Err(bad(FileFault::BadShape));
            }
        }
        if !id(&file.plan_id)
            || [&file.app_version, &file.written_at, &file.exported_at]
                .iter()
                .any(|t| t.chars().count() > 100)
        {
            return Err(bad(FileFault::BadShape));
        }
        Ok(file)
    }

    /// The key an item is kept under in the check-in record: its id with the
    /// tutor and the words, so two tutors' files whose ids happen to repeat
    /// are two sets of items, and the same file received twice is one.
    pub fn item_key(&self, item: &FeedbackItem) -> String {
        // FNV-1a, 64 bits: stable across Rust versions, unlike std's hasher.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for part in [
            self.tutor_name.as_str(),
            item.kind.as_str(),
            item.about.kind.table(),
            &item.about.id,
            &item.text,
        ] {
            for byte in part.bytes().chain([0xff]) {
                hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
            }
        }
        format!("{}#{hash:016x}", item.id)
    }
}

/// The name offered when a tutor saves feedback for `student` on a day
/// (`written_at`, RFC 3339).
pub fn suggested_name(student: &str, written_at: &str) -> String {
    let day = written_at.get(..10).unwrap_or(written_at);
    crate::files::io::file_name_for(student, "feedback", day, EXTENSION)
}

/// Reads a feedback file someone chose, sealed or not: its size first, then
/// [`FeedbackFile::parse`]. A sealed one needs `passphrase`.
pub fn read_feedback_file(
    path: &std::path::Path,
    passphrase: Option<&crate::files::sealed::Passphrase>,
) -> Result<FeedbackFile> {
    let opened = crate::files::sealed::read_chosen(path, passphrase, FileKind::Feedback, FILE_MAX)?;
    FeedbackFile::parse(opened.bytes())
}
