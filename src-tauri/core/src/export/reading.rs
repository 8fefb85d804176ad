//! "Read this to me": what a screen's text becomes when it is read aloud.
//!
//! The page hands over its main text as blocks (a heading, a paragraph, a
//! goal's words, each its own block, as it shows them). This cuts each block
//! into sentences (Unicode's sentence boundaries, UAX #29), guesses each
//! block's language from its own words (a student may write in German in an
//! English Waymark), and gives back:
//! - where each sentence is in its block, in UTF-16 units as the page counts
//!   them, so the page can mark the sentence being read;
//! - what to say for each sentence: its words on one line, without control
//!   or direction marks a voice would stumble on.
//!
//! Nothing here speaks: the shell hands the sentences to the laptop's voice.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unicode_segmentation::UnicodeSegmentation;

use crate::error::{Field, Invalid, Problem};
use crate::store::settings::LANGUAGES;

/// At most this many blocks in one reading (a long journal page has a few
/// hundred).
pub const MAX_BLOCKS: usize = 5_000;
/// At most this much text in one reading, in characters (about 60,000 words,
/// hours of speech).
pub const MAX_CHARS: usize = 400_000;
/// A sentence longer than this (a list typed without full stops) is read in
/// parts of about this many characters, cut between words, so the mark moves
/// on and no voice is handed a page at once.
pub const LONGEST_PART: usize = 300;

/// Where one sentence is: its block, and its start and end in that block in
/// UTF-16 code units (the page's own string offsets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SentenceAt {
    pub block: u32,
    pub start: u32,
    pub end: u32,
}

/// One sentence to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub at: SentenceAt,
    /// The words to say, on one line.
    pub text: String,
    /// `en-GB`, `de` or `ar`: the language of its block.
    pub language: &'static str,
}

/// A screen's text, cut into sentences, ready to be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub sentences: Vec<Sentence>,
}

impl Reading {
    /// Cuts `blocks` into sentences. `language` is Waymark's own language
    /// (`en-GB` or `de`): the language of a block too short to tell.
    pub fn of(blocks: &[String], language: &str) -> Result<Reading, Invalid> {
        let Some(fallback) = LANGUAGES.iter().copied().find(|l| *l == language) else {
            return Err(Invalid::new(Field::Language, Problem::Unknown));
        };
        if blocks.len() > MAX_BLOCKS {
            return Err(Invalid::new(
                Field::ReadAloud,
                Problem::TooLong { max: MAX_BLOCKS },
            ));
        }
        let mut total = 0usize;
        for block in blocks {
            total += block.chars().count();
            if total > MAX_CHARS {
                return Err(Invalid::new(
                    Field::ReadAloud,
                    Problem::TooLong { max: MAX_CHARS },
                ));
            }
        }
        let mut sentences = Vec::new();
        for (index, block) in blocks.iter().enumerate() {
            let language = language_of(block, fallback);
            // Sentences come in order: their UTF-16 places are counted on
            // from the last one's, never from the block's start again.
            let (mut byte, mut unit) = (0usize, 0u32);
            let mut place = |at: usize| {
                unit += utf16_len(&block[byte..at]);
                byte = at;
                unit
            };
            for (start, end) in sentence_bounds(block) {
                let (start16, end16) = (place(start), place(end));
                let text = spoken(&block[start..end]);
                if !text.chars().any(char::is_alphanumeric) {
                    continue;
                }
                sentences.push(Sentence {
                    at: SentenceAt {
                        block: index as u32,
                        start: start16,
                        end: end16,
                    },
                    text,
                    language,
                });
            }
        }
        if sentences.is_empty() {
            return Err(Invalid::new(Field::ReadAloud, Problem::Empty));
        }
        Ok(Reading { sentences })
    }

    /// Where each sentence is, for the page.
    pub fn places(&self) -> Vec<SentenceAt> {
        self.sentences.iter().map(|s| s.at).collect()
    }
}

fn utf16_len(text: &str) -> u32 {
    text.encode_utf16().count() as u32
}

/// The byte ranges of a block's sentences, without the space around them;
/// a long one in parts of about [`LONGEST_PART`] characters.
fn sentence_bounds(block: &str) -> Vec<(usize, usize)> {
    let mut bounds = Vec::new();
    for (offset, sentence) in block.split_sentence_bound_indices() {
        let trimmed_start = sentence.len() - sentence.trim_start().len();
        let trimmed = sentence.trim();
        if trimmed.is_empty() {
            continue;
        }
        let start = offset + trimmed_start;
        let end = start + trimmed.len();
        let mut from = start;
        while block[from..end].chars().nth(LONGEST_PART).is_some() {
            let cut = part_end(&block[from..end]);
            let part = block[from..from + cut].trim_end();
            bounds.push((from, from + part.len()));
            let rest = &block[from + cut..end];
            from = end - rest.trim_start().len();
        }
        if from < end {
            bounds.push((from, end));
        }
    }
    bounds
}

/// Where to cut a long sentence: after the last space (or comma, or dash)
/// within [`LONGEST_PART`] characters, or at it when there is none.
fn part_end(text: &str) -> usize {
    let limit = text
        .char_indices()
        .nth(LONGEST_PART)
        .map_or(text.len(), |(i, _)| i);
    text[..limit]
        .char_indices()
        .rev()
        .find(|(i, c)| c.is_whitespace() && *i > 0)
        .map_or(limit, |(i, c)| i + c.len_utf8())
}

/// A sentence as a voice should get it: one line, single spaces, no control
/// characters and no bidi marks.
fn spoken(sentence: &str) -> String {
    let mut out = String::with_capacity(sentence.len());
    let mut space = false;
    for c in sentence.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else if c.is_control() || is_bidi_mark(c) || c == '\u{FEFF}' {
            continue;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

fn is_bidi_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

const ENGLISH: &[&str] = &[
    "the", "and", "to", "of", "i", "my", "is", "in", "it", "with", "for", "was", "that", "on",
    "this", "be", "have", "at", "you", "we", "me", "want", "a", "an", "am", "are", "will", "would",
    "like", "can", "not", "about", "what", "how", "your", "go",
];
const GERMAN: &[&str] = &[
    "der", "die", "das", "und", "ich", "nicht", "ist", "mit", "zu", "ein", "eine", "mein", "meine",
    "den", "dem", "auf", "für", "es", "sich", "auch", "wir", "mir", "mich", "war", "habe",
    "möchte", "will", "bin", "sind", "wie", "was", "dein", "deine", "ihr", "sie", "im", "am",
    "zum", "zur", "oder", "aber", "wieder", "noch", "einen", "kann", "gehen",
];

/// The language of a block: Arabic script, or English or German by their
/// common small words; `fallback` when the block does not say clearly.
pub fn language_of(text: &str, fallback: &'static str) -> &'static str {
    let (mut arabic, mut letters) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        {
            arabic += 1;
        }
    }
    if letters > 0 && arabic * 2 > letters {
        return "ar";
    }
    let (mut english, mut german) = (0usize, 0usize);
    for word in text.unicode_words() {
        let word = word.to_lowercase();
        if word.contains(['ä', 'ö', 'ü', 'ß']) {
            german += 1;
        }
        english += usize::from(ENGLISH.contains(&word.as_str()));
        german += usize::from(GERMAN.contains(&word.as_str()));
    }
    if german >= 2 && german >= english * 2 {
        "de"
    } else if english >= 2 && english >= german * 2 {
        "en-GB"
    } else {
        fallback
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(blocks: &[&str], language: &str) -> Vec<(String, &'static str)> {
        let blocks: Vec<String> = blocks.iter().map(|b| b.to_string()).collect();
        Reading::of(&blocks, language)
            .expect("a reading")
            .sentences
            .into_iter()
            .map(|s| (s.text, s.language))
            .collect()
    }

    #[test]
    fn sentences_are_cut_and_placed_in_utf16() {
        let blocks = vec!["  I walked 🌿 today.  Then I rested!\n".to_string()];
        let reading = Reading::of(&blocks, "en-GB").expect("in this test");
        let places = reading.places();
        assert_eq!(places.len(), 2);
        let utf16: Vec<u16> = blocks[0].encode_utf16().collect();
        let at = |p: SentenceAt| String::from_utf16(&utf16[p.start as usize..p.end as usize]);
        assert_eq!(at(places[0]).expect("in this test"), "I walked 🌿 today.");
        assert_eq!(at(places[1]).expect("in this test"), "Then I rested!");
    }

    #[test]
    fn each_block_is_read_in_its_own_language() {
        let got = said(
            &[
                "My goals",
                "Ich möchte wieder mit dem Rad zur Arbeit fahren.",
                "أريد أن أمشي كل يوم",
                "I want to walk by the river with a group.",
            ],
            "en-GB",
        );
        let languages: Vec<_> = got.iter().map(|(_, l)| *l).collect();
        assert_eq!(languages, ["en-GB", "de", "ar", "en-GB"]);
        assert_eq!(said(&["Meine Ziele"], "de")[0].1, "de");
    }

    #[test]
    fn what_is_said_has_no_marks_or_breaks() {
        let got = said(
            &["\u{2067}Walk\u{2069}\t by the\u{0007} river\nand home"],
            "en-GB",
        );
        assert_eq!(got[0].0, "Walk by the river");
        // A line of its own is read as its own sentence.
        assert_eq!(got[1].0, "and home");
    }

    #[test]
    fn a_long_sentence_is_read_in_parts_between_words() {
        let words = "walk ".repeat(200);
        let got = said(&[words.as_str()], "en-GB");
        assert!(got.len() >= 3, "{}", got.len());
        assert!(got.iter().all(|(t, _)| t.chars().count() <= LONGEST_PART));
        assert!(got.iter().all(|(t, _)| t.split(' ').all(|w| w == "walk")));
    }

    #[test]
    fn nothing_to_read_or_too_much_is_refused() {
        let empty = Reading::of(&["  ".into(), "•".into()], "en-GB").expect_err("refused");
        assert_eq!(empty, Invalid::new(Field::ReadAloud, Problem::Empty));
        let huge = vec!["a".repeat(MAX_CHARS + 1)];
        assert_eq!(
            Reading::of(&huge, "de").expect_err("refused"),
            Invalid::new(Field::ReadAloud, Problem::TooLong { max: MAX_CHARS })
        );
        assert_eq!(
            Reading::of(&["Hi.".into()], "fr").expect_err("refused"),
            Invalid::new(Field::Language, Problem::Unknown)
        );
    }

    proptest::proptest! {
        #[test]
        fn any_text_gives_places_inside_its_blocks(blocks in proptest::collection::vec("(\\PC|[.!? \n]){0,120}", 1..6)) {
            if let Ok(reading) = Reading::of(&blocks, "de") {
                for s in &reading.sentences {
                    let len = blocks[s.at.block as usize].encode_utf16().count() as u32;
                    proptest::prop_assert!(s.at.start < s.at.end && s.at.end <= len);
                    proptest::prop_assert!(!s.text.is_empty() && !s.text.contains('\n'));
                    // The place holds exactly the words said.
                    let units: Vec<u16> = blocks[s.at.block as usize].encode_utf16().collect();
                    let placed = String::from_utf16(&units[s.at.start as usize..s.at.end as usize]);
                    proptest::prop_assert_eq!(placed.ok().map(|p| spoken(&p)), Some(s.text.clone()));
                }
            }
        }
    }
}
