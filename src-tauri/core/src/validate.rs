//! Validation of everything that comes from the UI or a file. The UI is untrusted:
//! it may check too, for speed, but this is where the rules live.

use chrono::NaiveDate;

use crate::error::{Field, Invalid, Problem};

pub const TITLE_MAX: usize = 200;
pub const WHY_MAX: usize = 5_000;
pub const STEP_MAX: usize = 300;
pub const DRAFT_KEY_MAX: usize = 100;
pub const DRAFT_BODY_MAX: usize = 100_000;
pub const NAME_MAX: usize = 100;
pub const REFLECTION_MAX: usize = 20_000;

/// Text fit to keep: control characters other than new lines and tabs removed,
/// Windows and old Mac line ends made plain.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

/// A one-line text: trimmed, inner line breaks and runs of white space folded
/// into single spaces, not empty, at most `max` characters.
pub fn line(text: &str, field: Field, max: usize) -> Result<String, Invalid> {
    let folded = clean(text).split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.is_empty() {
        return Err(Invalid::new(field, Problem::Empty));
    }
    if folded.chars().count() > max {
        return Err(Invalid::new(field, Problem::TooLong { max }));
    }
    Ok(folded)
}

/// A free text that may be empty and keeps its line breaks; trimmed at the ends.
pub fn free_text(text: &str, field: Field, max: usize) -> Result<String, Invalid> {
    let cleaned = clean(text);
    let trimmed = cleaned.trim();
    if trimmed.chars().count() > max {
        return Err(Invalid::new(field, Problem::TooLong { max }));
    }
    Ok(trimmed.to_owned())
}

/// Whether `text` begins as a day is written, `YYYY-MM-DD` (digits and dashes
/// only: the calendar is checked where a day is kept).
pub fn looks_like_day(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|i| b[*i].is_ascii_digit())
}

/// An optional calendar date written `YYYY-MM-DD`. Empty means none.
pub fn optional_date(text: Option<&str>) -> Result<Option<NaiveDate>, Invalid> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let bad = || Invalid::new(Field::TargetDate, Problem::BadDate);
    if text.len() != 10 {
        return Err(bad());
    }
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| bad())?;
    // A life goal's hoped-for date: not before the first Recovery Colleges, not
    // absurdly far ahead.
    let earliest = NaiveDate::from_ymd_opt(2000, 1, 1).ok_or_else(bad)?;
    let latest = NaiveDate::from_ymd_opt(2200, 12, 31).ok_or_else(bad)?;
    if date < earliest || date > latest {
        return Err(bad());
    }
    Ok(Some(date))
}

/// A required calendar date written `YYYY-MM-DD`, for `field`.
pub fn date(text: &str, field: Field) -> Result<NaiveDate, Invalid> {
    match optional_date(Some(text)) {
        Ok(Some(date)) => Ok(date),
        Ok(None) => Err(Invalid::new(field, Problem::Empty)),
        Err(_) => Err(Invalid::new(field, Problem::BadDate)),
    }
}

/// A draft's key: a short name made of lower-case letters, digits, `-`, `_` and `:`.
pub fn draft_key(key: &str) -> Result<&str, Invalid> {
    let ok = !key.is_empty()
        && key.len() <= DRAFT_KEY_MAX
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_:".contains(&b));
    if ok {
        Ok(key)
    } else {
        Err(Invalid::new(Field::DraftKey, Problem::Unknown))
    }
}

/// Marks that set the direction of text (and other invisible format marks):
/// they take no room and are never drawn.
pub fn invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// `text` without its invisible marks: for a file's name shown on a screen
/// (a right-to-left override can make `photo\u{202E}gnp.waymark` read as
/// `photokramyaw.png`), a PDF's tag tree and its metadata.
pub fn visible(text: &str) -> String {
    text.chars().filter(|c| !invisible(*c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_folds_white_space_and_trims() {
        assert_eq!(
            line("  Make \n a  friend\t ", Field::Title, 50),
            Ok("Make a friend".into())
        );
    }

    #[test]
    fn line_refuses_empty_and_blank() {
        for text in ["", "   ", "\n\t", "\u{0007}"] {
            assert_eq!(
                line(text, Field::Title, 10),
                Err(Invalid::new(Field::Title, Problem::Empty)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn line_counts_characters_not_bytes() {
        let ten_umlauts = "ü".repeat(10);
        assert_eq!(
            line(&ten_umlauts, Field::Title, 10),
            Ok(ten_umlauts.clone())
        );
        assert_eq!(
            line(&format!("{ten_umlauts}ü"), Field::Title, 10),
            Err(Invalid::new(Field::Title, Problem::TooLong { max: 10 }))
        );
    }

    #[test]
    fn free_text_keeps_line_breaks_and_drops_control_characters() {
        assert_eq!(
            free_text(" first\r\nsecond\u{0000}\n ", Field::Why, 100),
            Ok("first\nsecond".into())
        );
        assert_eq!(free_text("", Field::Why, 100), Ok(String::new()));
    }

    #[test]
    fn dates_must_be_real_calendar_days() {
        assert_eq!(
            optional_date(Some("2027-03-31")),
            Ok(NaiveDate::from_ymd_opt(2027, 3, 31))
        );
        assert_eq!(optional_date(None), Ok(None));
        assert_eq!(optional_date(Some("  ")), Ok(None));
        for bad in [
            "2027-02-30",
            "31/03/2027",
            "2027-3-1",
            "tomorrow",
            "1999-12-31",
            "2027-03-31T00:00",
        ] {
            assert_eq!(
                optional_date(Some(bad)),
                Err(Invalid::new(Field::TargetDate, Problem::BadDate)),
                "{bad}"
            );
        }
    }

    #[test]
    fn draft_keys_are_plain_names() {
        assert!(draft_key("new-goal").is_ok());
        assert!(draft_key("new-step:4f1c").is_ok());
        for bad in ["", "New", "a b", "../etc", &"k".repeat(101)] {
            assert!(draft_key(bad).is_err(), "{bad}");
        }
    }
}
