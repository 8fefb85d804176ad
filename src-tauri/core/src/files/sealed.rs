//! Sealed files: a plan file, a tutor's feedback or a move file, sealed with
//! a passphrase so it opens only for the person it is meant for.
//!
//! A sealed file is an [age](https://age-encryption.org/v1) file in its
//! passphrase mode (scrypt), holding the same JSON file as ever, under the
//! same file name. Its first line says it is sealed; nothing else of it can
//! be read without the passphrase. The standard `age` tool opens it as a last
//! resort (`docs/PLAN-FILE.md`).
//!
//! Reading one is careful about cost: the work a file asks for (its scrypt
//! work factor) is checked against a fixed cap before any of it is done, so a
//! hostile file cannot keep an old laptop busy for minutes.

use std::io::{Read as _, Write as _};

use age::secrecy::SecretString;
use unicode_normalization::UnicodeNormalization as _;
use zeroize::Zeroizing;

use crate::error::{Error, Field, FileFault, FileKind, Invalid, Problem, Result};

/// How every sealed file begins (age's binary format).
pub const SEALED_MAGIC: &[u8] = b"age-encryption.org/v1\n";
/// How an age file begins in its ASCII armour (`age -a`).
const ARMOURED_MAGIC: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";

/// The least work Waymark seals with, whatever the machine (2^15: about
/// 32 MiB of memory and a tenth of a second on a fast laptop).
pub const WORK_FACTOR_LEAST: u8 = 15;
/// The most work Waymark seals with (2^18: 256 MiB and about a second here),
/// so every Waymark, on an old laptop too, can open what another sealed.
pub const WORK_FACTOR_MOST: u8 = 18;
/// The most work a file may ask for to be opened (2^19: 512 MiB, a few
/// seconds). Above it the file is refused before any work is done.
pub const WORK_FACTOR_CAP: u8 = 19;

/// The fewest characters of a passphrase the student chooses themselves.
pub const PASSPHRASE_MIN: usize = 8;
/// The most bytes of a passphrase: what a PDF's password can hold (127 bytes
/// of UTF-8, PDF 2.0), so one passphrase serves every kind of file.
pub const PASSPHRASE_MAX_BYTES: usize = 127;

/// A passphrase, as it seals and opens: its letters in lower case, composed
/// (NFC), one space between words, none around them. So "Apple  River
/// candle" opens what "apple river candle" sealed. Wiped when dropped.
pub struct Passphrase(Zeroizing<String>);

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

impl Passphrase {
    /// A passphrase someone typed (to seal or to open).
    pub fn typed(text: &str) -> Result<Passphrase> {
        let invalid = |problem| Error::from(Invalid::new(Field::Passphrase, problem));
        let mut words = Zeroizing::new(String::with_capacity(text.len()));
        for word in text.split_whitespace() {
            if !words.is_empty() {
                words.push(' ');
            }
            words.extend(word.nfc().flat_map(char::to_lowercase));
        }
        if words.is_empty() {
            return Err(invalid(Problem::Empty));
        }
        if words.chars().count() < PASSPHRASE_MIN {
            return Err(invalid(Problem::TooShort {
                min: PASSPHRASE_MIN,
            }));
        }
        if words.len() > PASSPHRASE_MAX_BYTES || words.chars().any(char::is_control) {
            return Err(invalid(Problem::TooLong {
                max: PASSPHRASE_MAX_BYTES,
            }));
        }
        Ok(Passphrase(words))
    }

    /// Three random everyday words in `language` (English unless it is
    /// German), easy to say aloud at a check-in and to type: each word is one
    /// of 1,024, so 30 bits, stretched by scrypt on top.
    pub fn suggest(language: &str) -> Passphrase {
        let list = words(language);
        let mut picks = [0u8; 6];
        // Without randomness there is no safe suggestion: say so loudly
        // rather than suggest a guessable one.
        getrandom::fill(&mut picks).expect("the system's random numbers");
        let mut words = Zeroizing::new(String::new());
        for pair in picks.chunks_exact(2) {
            // 1,024 words: ten bits, taken evenly from sixteen.
            let index = usize::from(u16::from_le_bytes([pair[0], pair[1]]) & 0x3ff);
            if !words.is_empty() {
                words.push(' ');
            }
            words.push_str(list[index]);
        }
        picks.iter_mut().for_each(|b| *b = 0);
        Passphrase(words)
    }

    /// The passphrase, to show the student once (never stored).
    pub fn expose(&self) -> &str {
        &self.0
    }

    fn secret(&self) -> SecretString {
        SecretString::from(self.0.to_string())
    }
}

const ENGLISH: &str = include_str!("words/en.txt");
const GERMAN: &str = include_str!("words/de.txt");

/// The built-in list of 1,024 everyday words for `language`.
fn words(language: &str) -> Vec<&'static str> {
    let text = if language.to_ascii_lowercase().starts_with("de") {
        GERMAN
    } else {
        ENGLISH
    };
    text.lines().filter(|l| !l.is_empty()).collect()
}

/// Whether `bytes` are a sealed file (in either of age's forms).
pub fn is_sealed(bytes: &[u8]) -> bool {
    bytes.starts_with(SEALED_MAGIC) || bytes.starts_with(ARMOURED_MAGIC)
}

/// The work factor this machine seals with: about a second of scrypt, within
/// [`WORK_FACTOR_LEAST`] and [`WORK_FACTOR_MOST`].
pub fn work_factor_here() -> u8 {
    use std::sync::OnceLock;
    static HERE: OnceLock<u8> = OnceLock::new();
    *HERE.get_or_init(calibrate)
}

/// Times one scrypt at the least work factor and doubles it up to a second.
fn calibrate() -> u8 {
    use std::time::{Duration, Instant};
    let started = Instant::now();
    // One real sealing of nothing at the least work factor is the probe.
    let _ = seal_with(
        b"",
        &Passphrase(Zeroizing::new("probe".into())),
        WORK_FACTOR_LEAST,
    );
    let mut took = started.elapsed().max(Duration::from_millis(1));
    let mut log_n = WORK_FACTOR_LEAST;
    while log_n < WORK_FACTOR_MOST && took * 2 <= Duration::from_secs(1) {
        took *= 2;
        log_n += 1;
    }
    log_n
}

/// Seals `inner` (a Waymark file's bytes) with `passphrase`, at this
/// machine's work factor.
pub fn seal(inner: &[u8], passphrase: &Passphrase) -> Result<Vec<u8>> {
    seal_with(inner, passphrase, work_factor_here())
}

/// Seals `inner` at a work factor of 2^`log_n`.
pub fn seal_with(inner: &[u8], passphrase: &Passphrase, log_n: u8) -> Result<Vec<u8>> {
    let failed = |_| Error::Export("sealing");
    let mut recipient = age::scrypt::Recipient::new(passphrase.secret());
    recipient.set_work_factor(log_n.clamp(1, 63));
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|_| Error::Export("sealing"))?;
    let mut sealed = Vec::with_capacity(inner.len() + 256);
    let mut writer = encryptor.wrap_output(&mut sealed).map_err(failed)?;
    writer.write_all(inner).map_err(failed)?;
    writer.finish().map_err(failed)?;
    Ok(sealed)
}

/// What a file chosen to be opened turned out to be.
pub enum Unsealed {
    /// Not sealed: its bytes as they were.
    Plain(Vec<u8>),
    /// Sealed, and opened with the passphrase: the file inside.
    Opened(Zeroizing<Vec<u8>>),
}

impl Unsealed {
    pub fn bytes(&self) -> &[u8] {
        match self {
            Unsealed::Plain(bytes) => bytes,
            Unsealed::Opened(bytes) => bytes,
        }
    }

    pub fn was_sealed(&self) -> bool {
        matches!(self, Unsealed::Opened(_))
    }
}

/// Opens `bytes` of a `file` someone chose: plain bytes are handed back as
/// they are; a sealed file needs `passphrase` (else
/// [`Error::PassphraseNeeded`]). At most `max` bytes come out of it. Every
/// refusal names only the kind of fault, never a word of the file.
pub fn unseal(
    bytes: Vec<u8>,
    passphrase: Option<&Passphrase>,
    file: FileKind,
    max: u64,
) -> Result<Unsealed> {
    if !is_sealed(&bytes) {
        return Ok(Unsealed::Plain(bytes));
    }
    let bad = |fault| Error::BadFile { file, fault };
    // Waymark seals in age's binary form; the armoured form (`age -a`) is
    // read too, as the age tool may have written it.
    let binary;
    let sealed: &[u8] = if bytes.starts_with(ARMOURED_MAGIC) {
        let mut reader = age::armor::ArmoredReader::new(&bytes[..]);
        let mut out = Vec::new();
        reader
            .read_to_end(&mut out)
            .map_err(|_| bad(FileFault::SealedDamaged))?;
        binary = out;
        &binary
    } else {
        &bytes
    };
    // The header is read by hand first, bounded: a passphrase's is one short
    // stanza (age's own parser reads a header of any length, again and again
    // as it grows, so a hostile file of megabytes of header would hang it).
    match first_stanza(sealed) {
        Stanza::Scrypt(log_n) if log_n <= WORK_FACTOR_CAP => {}
        Stanza::Scrypt(_) => return Err(bad(FileFault::SealedTooCostly)),
        Stanza::Other => return Err(bad(FileFault::SealedWithKey)),
        Stanza::Damaged => return Err(bad(FileFault::SealedDamaged)),
    }
    let decryptor = age::Decryptor::new(sealed).map_err(|_| bad(FileFault::SealedDamaged))?;
    if !decryptor.is_scrypt() {
        return Err(bad(FileFault::SealedWithKey));
    }
    let Some(passphrase) = passphrase else {
        return Err(Error::PassphraseNeeded { file });
    };
    let mut identity = age::scrypt::Identity::new(passphrase.secret());
    identity.set_max_work_factor(WORK_FACTOR_CAP);
    let reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|error| match error {
            age::DecryptError::DecryptionFailed
            | age::DecryptError::KeyDecryptionFailed
            | age::DecryptError::NoMatchingKeys => Error::WrongPassphrase { file },
            age::DecryptError::ExcessiveWork { .. } => bad(FileFault::SealedTooCostly),
            _ => bad(FileFault::SealedDamaged),
        })?;
    let mut inner = Zeroizing::new(Vec::new());
    reader
        .take(max + 1)
        .read_to_end(&mut inner)
        .map_err(|_| bad(FileFault::SealedDamaged))?;
    if inner.len() as u64 > max {
        return Err(Error::FileTooBig {
            file,
            max_mb: max / (1024 * 1024),
        });
    }
    if is_sealed(&inner) {
        return Err(bad(FileFault::SealedTwice));
    }
    Ok(Unsealed::Opened(inner))
}

/// Reads a `file` someone chose at `path`, sealed or not, of at most `max`
/// bytes once opened: its size is checked before anything is read (a sealed
/// file is a little larger than what it holds; an armoured one a third).
pub fn read_chosen(
    path: &std::path::Path,
    passphrase: Option<&Passphrase>,
    file: FileKind,
    max: u64,
) -> Result<Unsealed> {
    let outer_max = max + max / 2 + 64 * 1024;
    let bytes = crate::files::io::read_bytes(path, outer_max, file)?;
    if !is_sealed(&bytes) && bytes.len() as u64 > max {
        return Err(Error::FileTooBig {
            file,
            max_mb: max / (1024 * 1024),
        });
    }
    unseal(bytes, passphrase, file, max)
}

/// The most bytes of a sealed file's header Waymark reads: a passphrase's
/// header is about 150.
const HEADER_MAX: usize = 4096;

/// What a sealed file's header begins with.
#[derive(Debug, PartialEq, Eq)]
enum Stanza {
    /// A passphrase (`-> scrypt SALT LOG_N`), asking for 2^LOG_N work.
    Scrypt(u8),
    /// Some other recipient: sealed with a key, not a passphrase.
    Other,
    /// No header, one longer than a passphrase's ever is, or nonsense.
    Damaged,
}

/// Reads the first stanza of a sealed file's header, within [`HEADER_MAX`].
fn first_stanza(sealed: &[u8]) -> Stanza {
    let Some(header) = sealed.get(SEALED_MAGIC.len()..) else {
        return Stanza::Damaged;
    };
    let header = &header[..header.len().min(HEADER_MAX)];
    if memchr::memmem::find(header, b"\n--- ").is_none() {
        return Stanza::Damaged;
    }
    let Some(line_end) = memchr::memchr(b'\n', header) else {
        return Stanza::Damaged;
    };
    let Ok(line) = std::str::from_utf8(&header[..line_end]) else {
        return Stanza::Damaged;
    };
    let mut parts = line.split(' ');
    match (parts.next(), parts.next()) {
        (Some("->"), Some("scrypt")) => {}
        (Some("->"), Some(tag)) if !tag.is_empty() => return Stanza::Other,
        _ => return Stanza::Damaged,
    }
    let (Some(_salt), Some(log_n), None) = (parts.next(), parts.next(), parts.next()) else {
        return Stanza::Damaged;
    };
    if log_n.is_empty() || log_n.len() > 2 || log_n.starts_with('0') {
        return Stanza::Damaged;
    }
    log_n.parse().map_or(Stanza::Damaged, Stanza::Scrypt)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passphrases_are_compared_as_words_in_lower_case() {
        let typed = Passphrase::typed("  Apple   RIVER\tcandle ").expect("typed");
        assert_eq!(typed.expose(), "apple river candle");
        // A composed and a decomposed umlaut are the same letter.
        let composed = Passphrase::typed("Bär Baum Haus").expect("composed");
        let decomposed = Passphrase::typed("Ba\u{308}r baum haus").expect("decomposed");
        assert_eq!(composed.expose(), decomposed.expose());
    }

    #[test]
    fn a_passphrase_too_short_or_too_long_is_refused() {
        let problem = |text: &str| {
            Passphrase::typed(text)
                .expect_err("refused")
                .invalid()
                .map(|i| i.problem.clone())
        };
        assert_eq!(problem("   "), Some(Problem::Empty));
        assert_eq!(problem("owl jam"), Some(Problem::TooShort { min: 8 }));
        assert_eq!(
            problem(&"ä".repeat(64)),
            Some(Problem::TooLong { max: 127 })
        );
    }

    #[test]
    fn suggestions_are_three_listed_words_in_the_students_language() {
        for (language, list) in [("en-GB", ENGLISH), ("de", GERMAN)] {
            let words: Vec<&str> = list.lines().collect();
            assert_eq!(words.len(), 1024, "{language}");
            let mut sorted = words.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), 1024, "{language}: no word twice");
            let suggested = Passphrase::suggest(language);
            let picked: Vec<&str> = suggested.expose().split(' ').collect();
            assert_eq!(picked.len(), 3);
            assert!(picked.iter().all(|w| words.contains(w)), "{language}");
            // What is suggested is also what opens.
            let again = Passphrase::typed(suggested.expose()).expect("typed back");
            assert_eq!(again.expose(), suggested.expose());
        }
    }

    #[test]
    fn the_work_factor_is_read_from_the_header() {
        let pass = Passphrase::typed("apple river candle").expect("typed");
        let sealed = seal_with(b"{}", &pass, 10).expect("sealed");
        assert_eq!(first_stanza(&sealed), Stanza::Scrypt(10));
        assert_eq!(
            first_stanza(b"age-encryption.org/v1\n-> X25519 abc\nbody\n--- mac\n"),
            Stanza::Other
        );
        assert_eq!(
            first_stanza(b"age-encryption.org/v1\n-> scrypt abc 10"),
            Stanza::Damaged
        );
        assert_eq!(
            first_stanza(b"age-encryption.org/v1\n-> scrypt abc 010\nb\n--- m\n"),
            Stanza::Damaged
        );
    }
}
