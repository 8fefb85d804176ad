//! The student's display and language settings. Kept in the plan file, so they
//! travel with the plan; read back tolerantly (a damaged value gives defaults).

use rusqlite::{params, OptionalExtension};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use std::path::Path;

use crate::error::{Field, Invalid, Problem, Result};
use crate::store::connection::{now, Store};

/// The languages Waymark speaks. `None` in [`DisplaySettings::language`] means
/// "the same as my computer".
pub const LANGUAGES: &[&str] = &["en-GB", "de"];
pub const TEXT_SIZE_MIN: u16 = 100;
pub const TEXT_SIZE_MAX: u16 = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    HighContrast,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DisplaySettings {
    /// `en-GB` or `de`; `null` follows the computer's language.
    pub language: Option<String>,
    /// Text size in per cent, 100 to 200.
    pub text_size: u16,
    pub theme: Theme,
    /// A dyslexia-friendly reading font, wider spacing and no italics.
    pub easy_reading: bool,
    /// Less movement, whatever the computer says.
    pub reduce_motion: bool,
}

impl Default for DisplaySettings {
    fn default() -> Self {
        Self {
            language: None,
            text_size: TEXT_SIZE_MIN,
            theme: Theme::Light,
            easy_reading: false,
            reduce_motion: false,
        }
    }
}

impl DisplaySettings {
    pub fn validate(self) -> Result<Self, Invalid> {
        if let Some(language) = &self.language {
            if !LANGUAGES.contains(&language.as_str()) {
                return Err(Invalid::new(Field::Language, Problem::Unknown));
            }
        }
        if !(TEXT_SIZE_MIN..=TEXT_SIZE_MAX).contains(&self.text_size) {
            return Err(Invalid::new(Field::TextSize, Problem::Unknown));
        }
        Ok(self)
    }
}

const DISPLAY_KEY: &str = "display";
const REMINDERS_KEY: &str = "reminders";
const WELCOME_KEY: &str = "welcome_seen";
const LOCK_KEY: &str = "lock";
const READ_ALOUD_KEY: &str = "read_aloud";

/// Beside a locked plan: the display settings only (no plan text), so the
/// lock screen speaks the student's language at their text size and colours.
pub const LOOK_FILE_NAME: &str = "waymark.look.json";

/// When a locked plan locks itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LockSettings {
    /// Minutes without a key pressed or the mouse moved; `null` for never.
    pub idle_minutes: Option<u32>,
}

impl Default for LockSettings {
    fn default() -> Self {
        LockSettings {
            idle_minutes: Some(10),
        }
    }
}

/// The longest idle time the lock waits, in minutes (four hours).
pub const IDLE_MINUTES_MAX: u32 = 240;

/// The display settings kept beside a locked plan in `dir`; defaults if there
/// are none or they cannot be read.
pub fn look_at_rest(dir: &Path) -> DisplaySettings {
    std::fs::read(dir.join(LOOK_FILE_NAME))
        .ok()
        .filter(|bytes| bytes.len() < 4096)
        .and_then(|bytes| serde_json::from_slice::<DisplaySettings>(&bytes).ok())
        .and_then(|settings| settings.validate().ok())
        .unwrap_or_default()
}

/// How fast "Read this to me" reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SpeechSpeed {
    Slowest,
    Slower,
    #[default]
    Usual,
    Faster,
}

impl SpeechSpeed {
    /// The rate as speech-dispatcher takes it (-100 to 100, 0 the voice's own).
    pub fn rate(self) -> i32 {
        match self {
            SpeechSpeed::Slowest => -50,
            SpeechSpeed::Slower => -25,
            SpeechSpeed::Usual => 0,
            SpeechSpeed::Faster => 25,
        }
    }
}

/// The longest name of a voice kept (voices are named by the laptop's
/// speech programs; a longer one is not one of theirs).
pub const VOICE_NAME_MAX: usize = 100;

/// "Read this to me" as the student set it up. A voice is one of the laptop's
/// voices for that language, by its name; `None` is the laptop's usual voice.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct ReadAloudSettings {
    pub speed: SpeechSpeed,
    /// The voice for English text.
    pub voice_en: Option<String>,
    /// The voice for German text.
    pub voice_de: Option<String>,
}

impl ReadAloudSettings {
    pub fn validate(self) -> Result<Self, Invalid> {
        for voice in [&self.voice_en, &self.voice_de].into_iter().flatten() {
            let named = !voice.is_empty()
                && voice.chars().count() <= VOICE_NAME_MAX
                && !voice.starts_with('-')
                && !voice.chars().any(char::is_control);
            if !named {
                return Err(Invalid::new(Field::Voice, Problem::Unknown));
            }
        }
        Ok(self)
    }

    /// The voice chosen for text in `language` (`en-GB`, `de`, ...).
    pub fn voice_for(&self, language: &str) -> Option<&str> {
        match language.split('-').next() {
            Some("en") => self.voice_en.as_deref(),
            Some("de") => self.voice_de.as_deref(),
            _ => None,
        }
    }
}

/// Reminders the student chose. Off unless they turn them on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct Reminders {
    /// A desktop notification when the next review's day has come.
    pub review_notification: bool,
}

impl Store {
    /// A stored setting; `None` when there is none or it cannot be read.
    pub(crate) fn setting<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>> {
        let stored: Option<String> = self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()?;
        Ok(stored.and_then(|json| serde_json::from_str(&json).ok()))
    }

    pub(crate) fn set_setting<T: Serialize>(
        &self,
        key: &str,
        value: &T,
        field: Field,
    ) -> Result<()> {
        let json =
            serde_json::to_string(value).map_err(|_| Invalid::new(field, Problem::Unknown))?;
        self.conn.execute(
            "INSERT INTO setting (key, value, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            params![key, json, now()],
        )?;
        Ok(())
    }

    /// The display settings; defaults when none are stored or the stored value
    /// cannot be read.
    pub fn display_settings(&self) -> Result<DisplaySettings> {
        Ok(self
            .setting::<DisplaySettings>(DISPLAY_KEY)?
            .and_then(|settings| settings.validate().ok())
            .unwrap_or_default())
    }

    pub fn set_display_settings(&self, settings: DisplaySettings) -> Result<DisplaySettings> {
        let settings = settings.validate()?;
        self.set_setting(DISPLAY_KEY, &settings, Field::TextSize)?;
        if self.is_locked() {
            self.write_look()?;
        }
        Ok(settings)
    }

    /// Keeps a copy of the display settings beside the plan, for its lock
    /// screen: they hold no plan text.
    pub(crate) fn write_look(&self) -> Result<()> {
        let Some(dir) = self.path().and_then(Path::parent) else {
            return Ok(());
        };
        let json = serde_json::to_vec(&self.display_settings()?)
            .map_err(|_| Invalid::new(Field::TextSize, Problem::Unknown))?;
        crate::store::files::write_private(&dir.join(LOOK_FILE_NAME), &json)
    }

    /// When the plan locks itself (only used while it has a lock).
    pub fn lock_settings(&self) -> Result<LockSettings> {
        Ok(self
            .setting::<LockSettings>(LOCK_KEY)?
            .filter(|s| {
                s.idle_minutes
                    .is_none_or(|m| (1..=IDLE_MINUTES_MAX).contains(&m))
            })
            .unwrap_or_default())
    }

    pub fn set_lock_settings(&self, settings: LockSettings) -> Result<LockSettings> {
        if settings
            .idle_minutes
            .is_some_and(|m| !(1..=IDLE_MINUTES_MAX).contains(&m))
        {
            return Err(Invalid::new(Field::IdleMinutes, Problem::Unknown).into());
        }
        self.set_setting(LOCK_KEY, &settings, Field::IdleMinutes)?;
        Ok(settings)
    }

    /// The reminders the student chose; all off unless turned on.
    pub fn reminders(&self) -> Result<Reminders> {
        Ok(self.setting(REMINDERS_KEY)?.unwrap_or_default())
    }

    pub fn set_reminders(&self, reminders: Reminders) -> Result<Reminders> {
        self.set_setting(REMINDERS_KEY, &reminders, Field::TextSize)?;
        Ok(reminders)
    }

    /// How "Read this to me" reads; the usual speed and voices when nothing
    /// (or nothing readable) is stored.
    pub fn read_aloud_settings(&self) -> Result<ReadAloudSettings> {
        Ok(self
            .setting::<ReadAloudSettings>(READ_ALOUD_KEY)?
            .and_then(|settings| settings.validate().ok())
            .unwrap_or_default())
    }

    pub fn set_read_aloud_settings(
        &self,
        settings: ReadAloudSettings,
    ) -> Result<ReadAloudSettings> {
        let settings = settings.validate()?;
        self.set_setting(READ_ALOUD_KEY, &settings, Field::Voice)?;
        Ok(settings)
    }

    /// Whether the student has been through (or skipped) the welcome guide.
    pub fn welcome_seen(&self) -> Result<bool> {
        Ok(self.setting(WELCOME_KEY)?.unwrap_or(false))
    }

    /// Notes that the welcome guide was seen, or asks for it again.
    pub fn set_welcome_seen(&self, seen: bool) -> Result<bool> {
        self.set_setting(WELCOME_KEY, &seen, Field::TextSize)?;
        Ok(seen)
    }
}
