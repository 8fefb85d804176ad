//! About me, learning support, and reflections: the student's own words.
//! Reflections are private unless the student says "My tutor may see this".

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Field, Invalid, Problem, Result};
use crate::store::connection::{now, Store};
use crate::validate;

/// A common support a student can ask for. The list is fixed here; what else
/// helps goes in the student's own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Support {
    LargePrint,
    MaterialsInAdvance,
    QuietSpace,
    RegularBreaks,
    SomeoneWithMe,
    HearingLoop,
    Interpreter,
    EasyRead,
    NearTheDoor,
    StepFreeAccess,
    WrittenInstructions,
    ExtraTime,
}

impl Support {
    /// Every support, in the order the list shows them.
    pub const ALL: [Support; 12] = [
        Support::LargePrint,
        Support::MaterialsInAdvance,
        Support::QuietSpace,
        Support::RegularBreaks,
        Support::SomeoneWithMe,
        Support::HearingLoop,
        Support::Interpreter,
        Support::EasyRead,
        Support::NearTheDoor,
        Support::StepFreeAccess,
        Support::WrittenInstructions,
        Support::ExtraTime,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Support::LargePrint => "large_print",
            Support::MaterialsInAdvance => "materials_in_advance",
            Support::QuietSpace => "quiet_space",
            Support::RegularBreaks => "regular_breaks",
            Support::SomeoneWithMe => "someone_with_me",
            Support::HearingLoop => "hearing_loop",
            Support::Interpreter => "interpreter",
            Support::EasyRead => "easy_read",
            Support::NearTheDoor => "near_the_door",
            Support::StepFreeAccess => "step_free_access",
            Support::WrittenInstructions => "written_instructions",
            Support::ExtraTime => "extra_time",
        }
    }

    pub fn parse(text: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
            .ok_or(Invalid::new(Field::Support, Problem::Unknown))
    }
}

/// About me and what helps me learn. Every field may be empty.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct AboutMe {
    /// The name I like to be called.
    pub preferred_name: String,
    /// What I'd like tutors to know about me.
    pub for_tutors: String,
    pub strengths: String,
    pub interests: String,
    /// The supports I ticked ([`Support`] keys), in the list's order.
    pub supports: Vec<String>,
    /// What else helps me learn, in my words.
    pub support_words: String,
}

impl AboutMe {
    /// The interests as separate words or phrases (split at commas, semicolons
    /// and new lines), for suggesting course searches.
    pub fn interest_list(&self) -> Vec<String> {
        self.interests
            .split([',', ';', '\n'])
            .map(|part| part.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|part| !part.is_empty())
            .collect()
    }
}

/// How I feel, on a five-point scale. Shown with words and a symbol.
pub const FEELING_MIN: i32 = 1;
pub const FEELING_MAX: i32 = 5;

/// A dated reflection in the student's own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Reflection {
    pub id: String,
    /// `YYYY-MM-DD`.
    pub written_on: String,
    /// Free writing.
    pub body: String,
    /// "What did I learn?"
    pub learned: String,
    /// "How did it go for me?"
    pub how_it_went: String,
    /// "What will I try next?"
    pub try_next: String,
    /// 1 (having a hard time) to 5 (really good), or none.
    pub feeling: Option<i32>,
    /// "My tutor may see this": only then can it leave the laptop in an export.
    pub shareable: bool,
    pub course_id: Option<String>,
    pub course_title: Option<String>,
    /// The course session it is about, `YYYY-MM-DD`.
    pub session_date: Option<String>,
    pub goal_id: Option<String>,
    pub goal_title: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// What the student writes in a reflection. Checked before anything is stored.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct ReflectionInput {
    pub written_on: String,
    pub body: String,
    pub learned: String,
    pub how_it_went: String,
    pub try_next: String,
    pub feeling: Option<i32>,
    pub shareable: bool,
    pub course_id: Option<String>,
    pub session_date: Option<String>,
    pub goal_id: Option<String>,
}

/// Which reflections the journal shows. Empty means "any".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct JournalQuery {
    pub course_id: Option<String>,
    pub goal_id: Option<String>,
    /// `YYYY-MM-DD`: written on or after.
    pub from: Option<String>,
    /// `YYYY-MM-DD`: written on or before.
    pub to: Option<String>,
    pub shareable_only: bool,
    /// At most this many (default and ceiling 500).
    pub limit: Option<u32>,
    pub offset: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct JournalPage {
    pub reflections: Vec<Reflection>,
    /// How many reflections match, in all.
    pub total: u32,
}

pub const JOURNAL_PAGE_MAX: u32 = 500;

const REFLECTION_SELECT: &str = "SELECT r.id, r.written_on, r.body, r.learned, r.how_it_went, \
     r.try_next, r.feeling, r.shareable, r.course_id, c.title, r.session_date, r.goal_id, g.title, \
     r.created_at, r.updated_at \
     FROM reflection r LEFT JOIN course c ON c.id = r.course_id LEFT JOIN goal g ON g.id = r.goal_id";

fn reflection_from_row(row: &Row<'_>) -> rusqlite::Result<Reflection> {
    Ok(Reflection {
        id: row.get(0)?,
        written_on: row.get(1)?,
        body: row.get(2)?,
        learned: row.get(3)?,
        how_it_went: row.get(4)?,
        try_next: row.get(5)?,
        feeling: row.get(6)?,
        shareable: row.get(7)?,
        course_id: row.get(8)?,
        course_title: row.get(9)?,
        session_date: row.get(10)?,
        goal_id: row.get(11)?,
        goal_title: row.get(12)?,
        created_at: row.get(13)?,
        updated_at: row.get(14)?,
    })
}

/// A reflection's fields after validation.
struct CleanReflection {
    written_on: String,
    body: String,
    learned: String,
    how_it_went: String,
    try_next: String,
    feeling: Option<i32>,
    shareable: bool,
    course_id: Option<String>,
    session_date: Option<String>,
    goal_id: Option<String>,
}

/// An optional id from the UI: empty means none.
fn optional_id(id: &Option<String>) -> Option<&str> {
    id.as_deref().map(str::trim).filter(|id| !id.is_empty())
}

impl Store {
    /// About me, with the supports ticked. Empty until the student writes.
    pub fn about_me(&self) -> Result<AboutMe> {
        let mut about = self
            .conn
            .query_row(
                "SELECT preferred_name, for_tutors, strengths, interests, support_words
                 FROM about_me WHERE id = 1",
                [],
                |row| {
                    Ok(AboutMe {
                        preferred_name: row.get(0)?,
                        for_tutors: row.get(1)?,
                        strengths: row.get(2)?,
                        interests: row.get(3)?,
                        supports: Vec::new(),
                        support_words: row.get(4)?,
                    })
                },
            )
            .optional()?
            .unwrap_or_default();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT key FROM learning_support")?;
        let ticked: Vec<String> = stmt
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        about.supports = Support::ALL
            .into_iter()
            .filter(|s| ticked.iter().any(|t| t == s.as_str()))
            .map(|s| s.as_str().to_owned())
            .collect();
        Ok(about)
    }

    /// Replaces About me as a whole, in one transaction.
    pub fn save_about_me(&self, about: &AboutMe) -> Result<AboutMe> {
        let name = validate::free_text(
            &about.preferred_name,
            Field::PreferredName,
            validate::NAME_MAX,
        )?;
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let for_tutors = validate::free_text(&about.for_tutors, Field::Why, validate::WHY_MAX)?;
        let strengths = validate::free_text(&about.strengths, Field::Why, validate::WHY_MAX)?;
        let interests = validate::free_text(&about.interests, Field::Why, validate::WHY_MAX)?;
        let words = validate::free_text(&about.support_words, Field::Why, validate::WHY_MAX)?;
        let supports = about
            .supports
            .iter()
            .map(|key| Support::parse(key))
            .collect::<Result<Vec<_>, _>>()?;
        let at = now();
        let tx = self.conn.unchecked_transaction()?;
        tx.execute(
            "INSERT INTO about_me (id, preferred_name, for_tutors, strengths, interests, support_words, updated_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (id) DO UPDATE SET preferred_name = excluded.preferred_name,
                 for_tutors = excluded.for_tutors, strengths = excluded.strengths,
                 interests = excluded.interests, support_words = excluded.support_words,
                 updated_at = excluded.updated_at",
            params![name, for_tutors, strengths, interests, words, at],
        )?;
        tx.execute("DELETE FROM learning_support", [])?;
        for support in supports {
            tx.execute(
                "INSERT OR IGNORE INTO learning_support (key, created_at) VALUES (?1, ?2)",
                params![support.as_str(), at],
            )?;
        }
        tx.commit()?;
        self.about_me()
    }

    fn clean_reflection(&self, input: &ReflectionInput) -> Result<CleanReflection> {
        let text =
            |t: &str| validate::free_text(t, Field::ReflectionText, validate::REFLECTION_MAX);
        let body = text(&input.body)?;
        let learned = text(&input.learned)?;
        let how_it_went = text(&input.how_it_went)?;
        let try_next = text(&input.try_next)?;
        if [&body, &learned, &how_it_went, &try_next]
            .iter()
            .all(|t| t.is_empty())
        {
            return Err(Invalid::new(Field::ReflectionText, Problem::Empty).into());
        }
        let written_on = validate::date(&input.written_on, Field::WrittenOn)?
            .format("%Y-%m-%d")
            .to_string();
        if let Some(feeling) = input.feeling {
            if !(FEELING_MIN..=FEELING_MAX).contains(&feeling) {
                return Err(Invalid::new(Field::Feeling, Problem::Unknown).into());
            }
        }
        let course_id = optional_id(&input.course_id).map(str::to_owned);
        if let Some(id) = &course_id {
            let known: bool = self.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM course WHERE id = ?1)",
                [id],
                |row| row.get(0),
            )?;
            if !known {
                return Err(Invalid::new(Field::Course, Problem::Unknown).into());
            }
        }
        let goal_id = optional_id(&input.goal_id).map(str::to_owned);
        if let Some(id) = &goal_id {
            let known: bool = self.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM goal WHERE id = ?1)",
                [id],
                |row| row.get(0),
            )?;
            if !known {
                return Err(Invalid::new(Field::Goal, Problem::Unknown).into());
            }
        }
        // A session belongs to a course: without a course, the date is dropped.
        let session_date = match (&course_id, optional_id(&input.session_date)) {
            (Some(_), Some(date)) => Some(
                validate::date(date, Field::SessionDate)?
                    .format("%Y-%m-%d")
                    .to_string(),
            ),
            _ => None,
        };
        Ok(CleanReflection {
            written_on,
            body,
            learned,
            how_it_went,
            try_next,
            feeling: input.feeling,
            shareable: input.shareable,
            course_id,
            session_date,
            goal_id,
        })
    }

    pub fn reflection(&self, id: &str) -> Result<Reflection> {
        self.conn
            .prepare_cached(&format!("{REFLECTION_SELECT} WHERE r.id = ?1"))?
            .query_row([id], reflection_from_row)
            .optional()?
            .ok_or(Error::NotFound("reflection"))
    }

    pub fn create_reflection(&self, input: &ReflectionInput) -> Result<Reflection> {
        let r = self.clean_reflection(input)?;
        let id = uuid::Uuid::new_v4().to_string();
        self.conn.execute(
            "INSERT INTO reflection (id, written_on, body, learned, how_it_went, try_next, feeling,
                 shareable, course_id, session_date, goal_id, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
            params![
                id,
                r.written_on,
                r.body,
                r.learned,
                r.how_it_went,
                r.try_next,
                r.feeling,
                r.shareable,
                r.course_id,
                r.session_date,
                r.goal_id,
                now()
            ],
        )?;
        self.reflection(&id)
    }

    pub fn update_reflection(&self, id: &str, input: &ReflectionInput) -> Result<Reflection> {
        let r = self.clean_reflection(input)?;
        let changed = self.conn.execute(
            "UPDATE reflection SET written_on = ?2, body = ?3, learned = ?4, how_it_went = ?5,
                 try_next = ?6, feeling = ?7, shareable = ?8, course_id = ?9, session_date = ?10,
                 goal_id = ?11, updated_at = ?12
             WHERE id = ?1",
            params![
                id,
                r.written_on,
                r.body,
                r.learned,
                r.how_it_went,
                r.try_next,
                r.feeling,
                r.shareable,
                r.course_id,
                r.session_date,
                r.goal_id,
                now()
            ],
        )?;
        if changed == 0 {
            return Err(Error::NotFound("reflection"));
        }
        self.reflection(id)
    }

    /// The journal: newest first, filtered. Filter dates that are not real days
    /// (or are still being typed) filter nothing.
    pub fn journal(&self, query: &JournalQuery) -> Result<JournalPage> {
        let day = |text: &Option<String>| {
            validate::optional_date(text.as_deref())
                .ok()
                .flatten()
                .map(|d| d.format("%Y-%m-%d").to_string())
        };
        let limit = query
            .limit
            .unwrap_or(JOURNAL_PAGE_MAX)
            .clamp(1, JOURNAL_PAGE_MAX);
        // Only the filters in use reach SQLite, so an unfiltered page is read
        // straight from the date index (a catch-all `?1 IS NULL OR …` would
        // make it sort every reflection for each page).
        let mut conditions: Vec<&str> = Vec::new();
        let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
        let mut filter = |condition: &'static str, value: Option<Box<dyn rusqlite::ToSql>>| {
            if let Some(value) = value {
                conditions.push(condition);
                args.push(value);
            }
        };
        let owned =
            |text: Option<&str>| text.map(|t| Box::new(t.to_string()) as Box<dyn rusqlite::ToSql>);
        filter("r.course_id = ?", owned(optional_id(&query.course_id)));
        filter("r.goal_id = ?", owned(optional_id(&query.goal_id)));
        filter("r.written_on >= ?", owned(day(&query.from).as_deref()));
        filter("r.written_on <= ?", owned(day(&query.to).as_deref()));
        if query.shareable_only {
            conditions.push("r.shareable = 1");
        }
        let filter = if conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conditions.join(" AND "))
        };
        let total: u32 = self
            .conn
            .prepare_cached(&format!("SELECT COUNT(*) FROM reflection r {filter}"))?
            .query_row(rusqlite::params_from_iter(args.iter()), |row| row.get(0))?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "{REFLECTION_SELECT} {filter} ORDER BY r.written_on DESC, r.created_at DESC, r.id
             LIMIT ? OFFSET ?"
        ))?;
        args.push(Box::new(limit));
        args.push(Box::new(query.offset));
        let reflections = stmt
            .query_map(rusqlite::params_from_iter(args.iter()), reflection_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(JournalPage { reflections, total })
    }
}
