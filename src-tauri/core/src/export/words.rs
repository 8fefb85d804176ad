//! Waymark's words for the tutor pack, from the same Fluent files the UI uses,
//! and the bidi isolation every text from the plan gets where no markup can
//! isolate it.

use chrono::NaiveDate;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::plan::model::LifeArea;

const EN_GB: &str = include_str!("../../locales/en-GB.ftl");
const DE: &str = include_str!("../../locales/de.ftl");

/// Which document a title heads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Titled {
    /// The tutor pack the student shares.
    Pack,
    /// The tutor's check-in sheet for one student.
    CheckIn,
    /// The student's own plan, printed in large print for themselves.
    Print,
}

impl Titled {
    /// Its title's messages: without a name, and with one.
    pub(crate) fn keys(self) -> (&'static str, &'static str) {
        match self {
            Titled::Pack => ("pack-title", "pack-title-named"),
            Titled::CheckIn => ("checkin-title", "checkin-title-named"),
            Titled::Print => ("print-title", "print-title-named"),
        }
    }

    /// The messages that differ between the documents `document::walk_as`
    /// lays out: (under the title, over the reflections, at the end).
    pub(crate) fn walk_keys(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Titled::Print => ("print-lede", "print-reflections", "print-made-with"),
            Titled::Pack | Titled::CheckIn => ("pack-lede", "pack-reflections", "pack-made-with"),
        }
    }
}

/// Waymark's words in one language, from the same files the UI uses.
pub struct Words {
    lang: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl Words {
    /// `en-GB` or `de`; anything else is English.
    pub fn new(language: &str) -> Words {
        let (lang, source) = if language.starts_with("de") {
            ("de", DE)
        } else {
            ("en-GB", EN_GB)
        };
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        let id = lang.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        Words { lang, bundle }
    }

    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// The message `key`, with `args`; the key itself when it is missing.
    /// Every argument is text, shown as given: a name like "007" or a tutor
    /// called "+44" stays as it is written (Fluent would make a number of it).
    /// Counts are given as text too; they read the same.
    pub fn get(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(*value));
        }
        self.format(key, &fluent_args)
    }

    /// The message `key` with `args`; the key itself when it is missing.
    fn format(&self, key: &str, args: &FluentArgs) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned()
    }

    /// The pack's title: the student's name as they like it, if they gave
    /// one, isolated for direction (for places with no markup: the PDF, a
    /// page's title).
    pub fn pack_title(&self, name: &str) -> String {
        self.title(Titled::Pack, name)
    }

    /// The title of `of` for the student called `name` (maybe empty), the
    /// name isolated for direction.
    pub fn title(&self, of: Titled, name: &str) -> String {
        let (anon, named) = of.keys();
        match name.trim() {
            "" => self.get(anon, &[]),
            name => self.get(named, &[("name", &isolate(name))]),
        }
    }

    /// The message `key` with its `$count` as a number, so that its plural
    /// ("one step", "two steps") is chosen by the language's rules.
    pub fn count(&self, key: &str, count: u32) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        self.format(key, &args)
    }

    /// "Shared by … on …", at the top of the pack and of every PDF page, the
    /// name isolated for direction.
    pub fn pack_shared(&self, name: &str, exported_at: &str) -> String {
        let date = self.date(exported_at);
        match name.trim() {
            "" => self.get("pack-shared-anon", &[("date", &date)]),
            name => self.get(
                "pack-shared-by",
                &[("name", &isolate(name)), ("date", &date)],
            ),
        }
    }

    /// A life area's name: Waymark's own in this language, any other as named.
    pub fn area(&self, key: &str, areas: &[LifeArea]) -> String {
        let message = format!("area-{key}");
        let label = self.get(&message, &[]);
        if label != message {
            return label;
        }
        areas
            .iter()
            .find(|a| a.key == key)
            .map_or_else(|| key.to_string(), |a| a.label.clone())
    }

    /// A day (`YYYY-MM-DD` or an RFC 3339 time) as people write it.
    pub fn date(&self, at: &str) -> String {
        let day = at.get(..10).unwrap_or(at);
        let Ok(date) = NaiveDate::parse_from_str(day, "%Y-%m-%d") else {
            return at.to_string();
        };
        let locale = if self.lang == "de" {
            chrono::Locale::de_DE
        } else {
            chrono::Locale::en_GB
        };
        let format = if self.lang == "de" {
            "%-d. %B %Y"
        } else {
            "%-d %B %Y"
        };
        date.format_localized(format, locale).to_string()
    }
}

/// `text` as a Unicode bidi isolate (FSI … PDI), for places where no element
/// can isolate it (a page's title, a chart's label). Its own embeddings and
/// isolates are balanced first: a closing mark with nothing open is dropped,
/// and what it leaves open is closed at its end, so nothing in it reaches the
/// text around it.
pub fn isolate(text: &str) -> String {
    const PDF: char = '\u{202C}';
    const PDI: char = '\u{2069}';
    // Left-to-right text with no marks needs nothing: it stays as it is.
    let plain = |c: char| {
        let n = c as u32;
        !(0x0590..=0x08FF).contains(&n)
            && !(0xFB1D..=0xFEFC).contains(&n)
            && !(0x10800..=0x10FFF).contains(&n)
            && !(0x1E800..=0x1EFFF).contains(&n)
            && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if text.chars().all(plain) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    out.push('\u{2068}');
    // The closer each open embedding (PDF) or isolate (PDI) needs.
    let mut open: Vec<char> = Vec::new();
    for c in text.chars() {
        match c {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => open.push(PDF),
            '\u{2066}'..='\u{2068}' => open.push(PDI),
            PDF if open.last() == Some(&PDF) => {
                open.pop();
            }
            PDI => match open.iter().rposition(|x| *x == PDI) {
                // A PDI closes its isolate and every embedding opened inside it.
                Some(at) => {
                    let inside: Vec<char> = open.drain(at..).skip(1).rev().collect();
                    out.extend(inside);
                }
                None => continue,
            },
            PDF => continue,
            '\n' => {
                // A paragraph ends every embedding and isolate: each is closed
                // before it, and the text is isolated again after it.
                while let Some(closer) = open.pop() {
                    out.push(closer);
                }
                out.push_str("\u{2069}\n\u{2068}");
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    while let Some(closer) = open.pop() {
        out.push(closer);
    }
    out.push(PDI);
    out
}
