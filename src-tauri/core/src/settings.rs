//! The student's display and language settings. Kept in the plan file, so they
//! travel with the plan; read back tolerantly (a damaged value gives defaults).

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Field, Invalid, Problem, Result};
use crate::store::{now, Store};

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

impl Store {
    /// The display settings; defaults when none are stored or the stored value
    /// cannot be read.
    pub fn display_settings(&self) -> Result<DisplaySettings> {
        let stored: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM setting WHERE key = ?1",
                [DISPLAY_KEY],
                |row| row.get(0),
            )
            .optional()?;
        Ok(stored
            .and_then(|json| serde_json::from_str::<DisplaySettings>(&json).ok())
            .and_then(|settings| settings.validate().ok())
            .unwrap_or_default())
    }

    pub fn set_display_settings(&self, settings: DisplaySettings) -> Result<DisplaySettings> {
        let settings = settings.validate()?;
        let json = serde_json::to_string(&settings)
            .map_err(|_| Invalid::new(Field::TextSize, Problem::Unknown))?;
        self.conn.execute(
            "INSERT INTO setting (key, value, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            params![DISPLAY_KEY, json, now()],
        )?;
        Ok(settings)
    }
}
