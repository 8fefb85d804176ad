//! The lock's keys (docs/LOCK.md). A locked plan is encrypted by SQLCipher
//! with a random 256-bit data key. The data key is never stored as it is: the
//! key file beside the plan holds it wrapped twice, once by the student's
//! password (stretched with Argon2id) and once by the recovery code on their
//! recovery sheet. Changing the password wraps the same data key again; the
//! plan is not re-encrypted. Every secret is wiped from memory when dropped.

use std::path::Path;
use std::time::{Duration, Instant};

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::error::{Error, Field, Invalid, Problem, Result};

/// The key file's name inside the data folder, beside the plan.
pub const KEY_FILE_NAME: &str = "waymark.key.json";

const FORMAT: &str = "waymark-key";
const VERSION: u32 = 1;
/// A key file is a few hundred bytes; anything much larger is not one.
const KEY_FILE_MAX: u64 = 16 * 1024;

/// The shortest password Waymark takes, in characters.
pub const PASSWORD_MIN: usize = 8;
/// The longest, in characters (a whole sentence is fine).
pub const PASSWORD_MAX: usize = 1_000;

/// The key SQLCipher encrypts the plan with. Wiped when dropped.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct DataKey([u8; 32]);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(…)")
    }
}

impl DataKey {
    /// A new key from the operating system's random source.
    pub fn random() -> Result<DataKey> {
        let mut key = DataKey([0; 32]);
        fill_random(&mut key.0)?;
        Ok(key)
    }

    /// The key as SQLCipher takes a raw key: `x'…'` (64 hex digits), so
    /// SQLCipher uses it as it is, without deriving another key from it.
    pub(crate) fn sql_literal(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("\"{}\"", self.raw_text().as_str()))
    }

    /// The key as SQLCipher's raw key (`x'…'`), for a tool that opens the
    /// plan itself: the benchmarks' raw-SQL floor, or `sqlcipher` as a last
    /// resort (docs/LOCK.md).
    pub fn sql_key(&self) -> Zeroizing<String> {
        self.raw_text()
    }

    /// The key as the text SQLCipher reads as a raw key: `x'…'`.
    pub(crate) fn raw_text(&self) -> Zeroizing<String> {
        let hex = Zeroizing::new(hex::encode_upper(self.0));
        Zeroizing::new(format!("x'{}'", hex.as_str()))
    }
}

fn fill_random(bytes: &mut [u8]) -> Result<()> {
    getrandom::fill(bytes).map_err(|_| Error::Export("no random source"))
}

/// How hard the password is stretched (Argon2id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
}

impl KdfParams {
    /// Where calibration starts: 64 MiB, 3 passes, 4 lanes.
    pub const START: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        passes: 3,
        lanes: 4,
    };
    /// OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane): never less.
    pub const MINIMUM: KdfParams = KdfParams {
        memory_kib: 19 * 1024,
        passes: 2,
        lanes: 1,
    };
    /// The most a key file may ask for: a hostile key file cannot make
    /// Waymark use gigabytes or minutes.
    const MOST: KdfParams = KdfParams {
        memory_kib: 1024 * 1024,
        passes: 32,
        lanes: 16,
    };

    fn within_bounds(self) -> bool {
        (Self::MINIMUM.memory_kib..=Self::MOST.memory_kib).contains(&self.memory_kib)
            && (Self::MINIMUM.passes..=Self::MOST.passes).contains(&self.passes)
            && (1..=Self::MOST.lanes).contains(&self.lanes)
    }

    /// Measures this laptop once and returns parameters that take about
    /// `target` to unlock: from [`KdfParams::START`], more passes on a fast
    /// laptop, less memory (never below [`KdfParams::MINIMUM`]) on a slow one.
    pub fn calibrate(target: Duration) -> KdfParams {
        let probe = Self::START;
        let started = Instant::now();
        let _ = stretch(b"calibration", &[0; 16], probe);
        let took = started.elapsed().max(Duration::from_millis(1));
        let ratio = target.as_secs_f64() / took.as_secs_f64();
        if ratio >= 1.0 {
            let passes = ((f64::from(probe.passes) * ratio).round() as u32)
                .clamp(probe.passes, Self::MOST.passes);
            KdfParams { passes, ..probe }
        } else {
            let memory_kib = ((f64::from(probe.memory_kib) * ratio) as u32)
                .clamp(Self::MINIMUM.memory_kib, probe.memory_kib);
            KdfParams {
                memory_kib,
                ..probe
            }
        }
    }
}

/// Argon2id of `secret` with `salt`: the 32-byte key that wraps the data key.
fn stretch(secret: &[u8], salt: &[u8], params: KdfParams) -> Result<Zeroizing<[u8; 32]>> {
    let params = Params::new(params.memory_kib, params.passes, params.lanes, Some(32))
        .map_err(|_| Error::Export("argon2 parameters"))?;
    let mut out = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(secret, salt, out.as_mut())
        .map_err(|_| Error::Export("argon2"))?;
    Ok(out)
}

/// The data key wrapped by one secret, with what is needed to unwrap it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wrapped {
    kdf: String,
    #[serde(flatten)]
    params: KdfParams,
    salt: String,
    nonce: String,
    wrapped_key: String,
}

impl Wrapped {
    fn new(key: &DataKey, secret: &[u8], params: KdfParams, purpose: &str) -> Result<Wrapped> {
        let mut salt = [0u8; 16];
        let mut nonce = [0u8; 24];
        fill_random(&mut salt)?;
        fill_random(&mut nonce)?;
        let kek = stretch(secret, &salt, params)?;
        let cipher = XChaCha20Poly1305::new(kek.as_ref().into());
        let wrapped = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &key.0,
                    aad: aad(purpose).as_bytes(),
                },
            )
            .map_err(|_| Error::Export("wrap"))?;
        Ok(Wrapped {
            kdf: "argon2id".into(),
            params,
            salt: hex::encode(salt),
            nonce: hex::encode(nonce),
            wrapped_key: hex::encode(wrapped),
        })
    }

    /// The data key, or `None` if `secret` is not the one it was wrapped by.
    fn unwrap_with(&self, secret: &[u8], purpose: &str) -> Result<Option<DataKey>> {
        let bad = || Error::KeyFileDamaged;
        if self.kdf != "argon2id" || !self.params.within_bounds() {
            return Err(bad());
        }
        let salt = hex::decode(&self.salt).map_err(|_| bad())?;
        let nonce = hex::decode(&self.nonce).map_err(|_| bad())?;
        let wrapped = hex::decode(&self.wrapped_key).map_err(|_| bad())?;
        if !(16..=64).contains(&salt.len()) || nonce.len() != 24 || wrapped.len() != 48 {
            return Err(bad());
        }
        let kek = stretch(secret, &salt, self.params)?;
        let cipher = XChaCha20Poly1305::new(kek.as_ref().into());
        let Ok(plain) = cipher.decrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &wrapped,
                aad: aad(purpose).as_bytes(),
            },
        ) else {
            return Ok(None);
        };
        let plain = Zeroizing::new(plain);
        let mut key = DataKey([0; 32]);
        key.0.copy_from_slice(&plain);
        Ok(Some(key))
    }
}

/// What each wrapping is bound to, so one cannot stand in for the other.
fn aad(purpose: &str) -> String {
    format!("{FORMAT}/{VERSION}/{purpose}")
}

/// The key file: the data key wrapped by the password and by the recovery
/// code. Holds no plan text and no secret that opens anything by itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFile {
    format: String,
    version: u32,
    created_at: String,
    password: Wrapped,
    recovery: Wrapped,
}

impl KeyFile {
    /// Wraps `key` by `password` (stretched with `params`) and by `recovery`.
    pub fn new(
        key: &DataKey,
        password: &Password,
        recovery: &RecoveryCode,
        params: KdfParams,
    ) -> Result<KeyFile> {
        if !params.within_bounds() {
            return Err(Error::Export("argon2 parameters"));
        }
        Ok(KeyFile {
            format: FORMAT.into(),
            version: VERSION,
            created_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            password: Wrapped::new(key, password.0.as_bytes(), params, "password")?,
            recovery: Wrapped::new(key, &recovery.0[..], KdfParams::MINIMUM, "recovery")?,
        })
    }

    /// The data key, if `password` is the student's password.
    pub fn unlock(&self, password: &Password) -> Result<DataKey> {
        self.password
            .unwrap_with(password.0.as_bytes(), "password")?
            .ok_or(Error::WrongPassword)
    }

    /// The data key, if `code` is the one on the recovery sheet.
    pub fn unlock_with_recovery(&self, code: &RecoveryCode) -> Result<DataKey> {
        self.recovery
            .unwrap_with(&code.0[..], "recovery")?
            .ok_or(Error::WrongRecoveryCode)
    }

    /// The same key file with `key` wrapped by a new password instead (the
    /// recovery code's wrapping is kept). The plan is not re-encrypted.
    pub fn with_new_password(&self, key: &DataKey, password: &Password) -> Result<KeyFile> {
        Ok(KeyFile {
            password: Wrapped::new(key, password.0.as_bytes(), self.password.params, "password")?,
            ..self.clone()
        })
    }

    /// The same key file with `key` wrapped by a new recovery code instead
    /// (a new sheet): the old code stops working, the password is kept.
    pub fn with_new_recovery(&self, key: &DataKey, code: &RecoveryCode) -> Result<KeyFile> {
        Ok(KeyFile {
            recovery: Wrapped::new(key, &code.0[..], KdfParams::MINIMUM, "recovery")?,
            ..self.clone()
        })
    }

    /// How hard the password is stretched.
    pub fn params(&self) -> KdfParams {
        self.password.params
    }

    /// The key file in `dir`, if there is one. A file that is not a key file
    /// is [`Error::KeyFileDamaged`]: it is never overwritten by this.
    pub fn read(dir: &Path) -> Result<Option<KeyFile>> {
        let path = dir.join(KEY_FILE_NAME);
        let file = match std::fs::File::open(&path) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        let mut text = String::new();
        use std::io::Read;
        file.take(KEY_FILE_MAX + 1)
            .read_to_string(&mut text)
            .map_err(|_| Error::KeyFileDamaged)?;
        if text.len() as u64 > KEY_FILE_MAX {
            return Err(Error::KeyFileDamaged);
        }
        let keys: KeyFile = serde_json::from_str(&text).map_err(|_| Error::KeyFileDamaged)?;
        if keys.format != FORMAT || keys.version != VERSION {
            return Err(Error::KeyFileDamaged);
        }
        Ok(Some(keys))
    }

    /// Writes the key file into `dir` whole or not at all (a temporary file,
    /// flushed, then renamed), readable by this account only.
    pub fn write(&self, dir: &Path) -> Result<()> {
        let text = serde_json::to_string_pretty(self).map_err(|_| Error::Export("key file"))?;
        crate::store::files::write_private(&dir.join(KEY_FILE_NAME), text.as_bytes())
    }

    /// Removes the key file from `dir` (the lock was turned off).
    pub(crate) fn remove(dir: &Path) -> Result<()> {
        match std::fs::remove_file(dir.join(KEY_FILE_NAME)) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}

/// Wrong passwords (or codes) in a row, for a growing wait before the next
/// try: none for the first three, then 2, 4, 8… seconds, at most a minute.
/// Nothing is ever wiped for a wrong password.
#[derive(Debug, Default)]
pub struct Attempts {
    failures: u32,
    not_before: Option<Instant>,
}

impl Attempts {
    /// Free tries before any wait.
    const FREE: u32 = 3;
    const LONGEST_WAIT: u32 = 60;

    /// Whether a try may be made at `now`; otherwise how long to wait.
    pub fn may_try(&self, now: Instant) -> Result<()> {
        match self.not_before {
            Some(at) if at > now => Err(Error::TryAgainLater {
                seconds: u32::try_from((at - now).as_secs() + 1).unwrap_or(u32::MAX),
            }),
            _ => Ok(()),
        }
    }

    /// Notes a wrong try at `now`; returns the seconds before the next one.
    pub fn failed(&mut self, now: Instant) -> u32 {
        self.failures = self.failures.saturating_add(1);
        let wait = match self.failures.checked_sub(Self::FREE) {
            None | Some(0) => 0,
            Some(over) => 2u32.saturating_pow(over.min(16)).min(Self::LONGEST_WAIT),
        };
        self.not_before = (wait > 0).then(|| now + Duration::from_secs(u64::from(wait)));
        wait
    }

    /// A right try: the count starts again.
    pub fn succeeded(&mut self) {
        *self = Attempts::default();
    }
}

/// A password the student typed. Wiped when dropped.
pub struct Password(Zeroizing<String>);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(…)")
    }
}

impl Password {
    /// A password to open the plan with: any text, as typed.
    pub fn typed(text: String) -> Password {
        Password(Zeroizing::new(text))
    }

    /// A new password: at least [`PASSWORD_MIN`] characters, not only spaces.
    pub fn new_one(text: String) -> Result<Password, Invalid> {
        let text = Zeroizing::new(text);
        let count = text.chars().count();
        if text.trim().is_empty() {
            return Err(Invalid::new(Field::Password, Problem::Empty));
        }
        if count < PASSWORD_MIN {
            return Err(Invalid::new(
                Field::Password,
                Problem::TooShort { min: PASSWORD_MIN },
            ));
        }
        if count > PASSWORD_MAX {
            return Err(Invalid::new(
                Field::Password,
                Problem::TooLong { max: PASSWORD_MAX },
            ));
        }
        Ok(Password(text))
    }
}

/// Crockford's base 32: no I, L, O or U, so nothing is read as another.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters of the code itself (128 bits in 5-bit characters).
const CODE_CHARS: usize = 26;
/// Characters in a group on the sheet.
const GROUP: usize = 3;

/// The recovery code: 128 random bits, written as 26 characters and a check
/// character, in groups of three (`7KQ-2MX-…`). Wiped when dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryCode(Zeroizing<[u8; 16]>);

impl std::fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryCode(…)")
    }
}

impl RecoveryCode {
    /// A new code from the operating system's random source.
    pub fn random() -> Result<RecoveryCode> {
        let mut bytes = Zeroizing::new([0u8; 16]);
        fill_random(bytes.as_mut())?;
        Ok(RecoveryCode(bytes))
    }

    /// The code in groups of three, the last group ending in the check
    /// character: what the sheet shows.
    pub fn groups(&self) -> Vec<String> {
        let mut chars = encode(&self.0);
        chars.push(check_char(&chars));
        let groups = chars
            .chunks(GROUP)
            .map(|group| group.iter().map(|&c| char::from(c)).collect())
            .collect();
        chars.zeroize();
        groups
    }

    /// Reads a code as the student typed it: case, spaces and dashes do not
    /// matter, and O, I and L are read as 0, 1 and 1. A code whose check
    /// character does not fit is [`Error::RecoveryCodeMistyped`].
    pub fn parse(typed: &str) -> Result<RecoveryCode> {
        let chars: Zeroizing<Vec<u8>> = Zeroizing::new(
            typed
                .chars()
                .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '‐' | '–' | '—' | '.'))
                .map(|c| match c.to_ascii_uppercase() {
                    'O' => b'0',
                    'I' | 'L' => b'1',
                    c if c.is_ascii() => c as u8,
                    _ => b'?',
                })
                .collect(),
        );
        if chars.is_empty() {
            return Err(Invalid::new(Field::RecoveryCode, Problem::Empty).into());
        }
        if chars.len() != CODE_CHARS + 1 || chars.iter().any(|c| !ALPHABET.contains(c)) {
            return Err(Error::RecoveryCodeMistyped);
        }
        let check = chars[CODE_CHARS];
        if check_char(&chars[..CODE_CHARS]) != check {
            return Err(Error::RecoveryCodeMistyped);
        }
        decode(&chars[..CODE_CHARS]).ok_or(Error::RecoveryCodeMistyped)
    }
}

fn encode(bytes: &[u8; 16]) -> Vec<u8> {
    let mut out = Vec::with_capacity(CODE_CHARS + 1);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        acc = (acc << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((acc >> bits) & 31) as usize]);
        }
    }
    // 128 bits: 25 whole characters and 3 bits left, padded with two zeros.
    out.push(ALPHABET[((acc << (5 - bits)) & 31) as usize]);
    acc.zeroize();
    out
}

fn decode(chars: &[u8]) -> Option<RecoveryCode> {
    let mut bytes = Zeroizing::new([0u8; 16]);
    let (mut acc, mut bits, mut at) = (0u32, 0u32, 0usize);
    for &c in chars {
        let value = ALPHABET.iter().position(|&a| a == c)? as u32;
        acc = ((acc << 5) | value) & 0xFFFF;
        bits += 5;
        if bits >= 8 && at < 16 {
            bits -= 8;
            bytes[at] = (acc >> bits) as u8;
            at += 1;
        }
    }
    // The two padding bits must be zero: otherwise a character was mistyped.
    let padding_clear = at == 16 && bits == 2 && acc & 0b11 == 0;
    acc.zeroize();
    padding_clear.then_some(RecoveryCode(bytes))
}

/// Luhn mod 32 over the code's characters: catches every single mistyped
/// character and every swap of two neighbours.
fn check_char(chars: &[u8]) -> u8 {
    let n = 32u32;
    let mut factor = 2;
    let mut sum = 0u32;
    for &c in chars.iter().rev() {
        let value = ALPHABET.iter().position(|&a| a == c).unwrap_or(0) as u32;
        let addend = factor * value;
        sum += addend / n + addend % n;
        factor = if factor == 2 { 1 } else { 2 };
    }
    ALPHABET[((n - sum % n) % n) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recovery_code_reads_back_however_it_is_typed() {
        let code = RecoveryCode::random().expect("random");
        let groups = code.groups();
        assert_eq!(groups.len(), 9);
        assert!(groups.iter().all(|g| g.len() == 3));
        let sheet = groups.join("-");
        assert_eq!(RecoveryCode::parse(&sheet).expect("as printed"), code);
        let typed = groups.join(" ").to_lowercase();
        assert_eq!(RecoveryCode::parse(&typed).expect("lower case"), code);
    }

    #[test]
    fn every_single_mistyped_character_is_caught() {
        let code = RecoveryCode::random().expect("random");
        let printed: Vec<u8> = code.groups().concat().into_bytes();
        for at in 0..printed.len() {
            for &other in ALPHABET.iter().filter(|&&c| c != printed[at]) {
                let mut typed = printed.clone();
                typed[at] = other;
                let typed = String::from_utf8(typed).expect("ascii");
                assert!(
                    matches!(
                        RecoveryCode::parse(&typed),
                        Err(Error::RecoveryCodeMistyped)
                    ),
                    "{typed}"
                );
            }
        }
    }

    #[test]
    fn swapped_neighbours_are_caught() {
        let code = RecoveryCode::random().expect("random");
        let printed: Vec<u8> = code.groups().concat().into_bytes();
        for at in 0..printed.len() - 1 {
            if printed[at] == printed[at + 1] {
                continue;
            }
            let mut typed = printed.clone();
            typed.swap(at, at + 1);
            let typed = String::from_utf8(typed).expect("ascii");
            assert!(RecoveryCode::parse(&typed).is_err(), "{typed}");
        }
    }

    #[test]
    fn short_and_foreign_codes_are_refused_plainly() {
        assert!(matches!(
            RecoveryCode::parse("  - "),
            Err(Error::Invalid(Invalid {
                field: Field::RecoveryCode,
                problem: Problem::Empty
            }))
        ));
        for typed in [
            "ABC-DEF",
            "ÄÖÜ-ÄÖÜ-ÄÖÜ-ÄÖÜ-ÄÖÜ-ÄÖÜ-ÄÖÜ-ÄÖÜ-ÄÖÜ",
            "UUU-UUU-UUU-UUU-UUU-UUU-UUU-UUU-UUU",
        ] {
            assert!(
                matches!(RecoveryCode::parse(typed), Err(Error::RecoveryCodeMistyped)),
                "{typed}"
            );
        }
    }

    #[test]
    fn the_key_unwraps_with_the_password_and_with_the_code_only() {
        let key = DataKey::random().expect("key");
        let code = RecoveryCode::random().expect("code");
        let password = Password::new_one("bluebell hill 7".into()).expect("password");
        let file = KeyFile::new(&key, &password, &code, KdfParams::MINIMUM).expect("wrap");
        assert_eq!(
            file.unlock(&Password::typed("bluebell hill 7".into()))
                .expect("unlock"),
            key
        );
        assert!(matches!(
            file.unlock(&Password::typed("bluebell hill 8".into())),
            Err(Error::WrongPassword)
        ));
        assert_eq!(file.unlock_with_recovery(&code).expect("recovery"), key);
        let other = RecoveryCode::random().expect("code");
        assert!(matches!(
            file.unlock_with_recovery(&other),
            Err(Error::WrongRecoveryCode)
        ));
        // The password cannot stand in for the recovery wrapping, nor the
        // other way round, even with the same bytes.
        let swapped = KeyFile {
            password: file.recovery.clone(),
            ..file.clone()
        };
        assert!(swapped
            .unlock(&Password::typed("bluebell hill 7".into()))
            .is_err());
    }

    #[test]
    fn a_new_password_wraps_the_same_key_and_the_old_one_stops_working() {
        let key = DataKey::random().expect("key");
        let code = RecoveryCode::random().expect("code");
        let old = Password::new_one("first password".into()).expect("password");
        let file = KeyFile::new(&key, &old, &code, KdfParams::MINIMUM).expect("wrap");
        let new = Password::new_one("second password".into()).expect("password");
        let changed = file.with_new_password(&key, &new).expect("rewrap");
        assert_eq!(changed.unlock(&new).expect("new"), key);
        assert!(matches!(changed.unlock(&old), Err(Error::WrongPassword)));
        assert_eq!(
            changed.unlock_with_recovery(&code).expect("code still"),
            key
        );
        assert_eq!(changed.recovery, file.recovery);
    }

    #[test]
    fn a_new_sheet_replaces_the_old_code_and_keeps_the_password() {
        let key = DataKey::random().expect("key");
        let old = RecoveryCode::random().expect("code");
        let password = Password::new_one("first password".into()).expect("password");
        let file = KeyFile::new(&key, &password, &old, KdfParams::MINIMUM).expect("wrap");
        let new = RecoveryCode::random().expect("code");
        let changed = file.with_new_recovery(&key, &new).expect("rewrap");
        assert_eq!(changed.unlock_with_recovery(&new).expect("new code"), key);
        assert!(matches!(
            changed.unlock_with_recovery(&old),
            Err(Error::WrongRecoveryCode)
        ));
        assert_eq!(changed.unlock(&password).expect("password kept"), key);
    }

    #[test]
    fn new_passwords_have_a_floor() {
        for (typed, problem) in [
            ("", Problem::Empty),
            ("        ", Problem::Empty),
            ("short", Problem::TooShort { min: PASSWORD_MIN }),
        ] {
            assert_eq!(
                Password::new_one(typed.into()).map(|_| ()),
                Err(Invalid::new(Field::Password, problem)),
                "{typed:?}"
            );
        }
        // Eight characters, not bytes: a German or emoji password counts as typed.
        assert!(Password::new_one("Größe🌱ßäö".into()).is_ok());
    }

    #[test]
    fn a_hostile_key_file_is_refused_before_any_work() {
        let dir = tempfile::tempdir().expect("dir");
        let key = DataKey::random().expect("key");
        let code = RecoveryCode::random().expect("code");
        let password = Password::new_one("a long password".into()).expect("password");
        let file = KeyFile::new(&key, &password, &code, KdfParams::MINIMUM).expect("wrap");
        file.write(dir.path()).expect("write");
        assert_eq!(KeyFile::read(dir.path()).expect("read"), Some(file.clone()));
        // Asks for 4 TiB of memory: refused at once, not attempted.
        let mut greedy = file.clone();
        greedy.password.params.memory_kib = u32::MAX;
        assert!(matches!(
            greedy.unlock(&password),
            Err(Error::KeyFileDamaged)
        ));
        for text in ["", "{}", "not json", &"x".repeat(20_000)] {
            std::fs::write(dir.path().join(KEY_FILE_NAME), text).expect("write");
            assert!(
                matches!(KeyFile::read(dir.path()), Err(Error::KeyFileDamaged)),
                "{text:.10}"
            );
        }
    }

    #[test]
    fn wrong_tries_wait_longer_and_longer_but_never_forever() {
        let start = Instant::now();
        let mut attempts = Attempts::default();
        let waits: Vec<u32> = (0..12).map(|_| attempts.failed(start)).collect();
        assert_eq!(waits, [0, 0, 0, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
        assert!(matches!(
            attempts.may_try(start),
            Err(Error::TryAgainLater { seconds: 61 })
        ));
        assert!(attempts.may_try(start + Duration::from_secs(61)).is_ok());
        attempts.succeeded();
        assert!(attempts.may_try(start).is_ok());
        assert_eq!(attempts.failed(start), 0);
    }

    #[test]
    fn calibration_never_goes_below_the_minimum() {
        let quick = KdfParams::calibrate(Duration::from_millis(1));
        assert!(quick.within_bounds(), "{quick:?}");
        assert!(quick.memory_kib >= KdfParams::MINIMUM.memory_kib);
        assert!(quick.passes >= KdfParams::MINIMUM.passes);
    }
}
