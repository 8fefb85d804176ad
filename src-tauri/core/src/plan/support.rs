//! Where to find support: the contacts a college puts into its prospectus
//! (student support, the college office, local helplines it chooses). They
//! are the college's words, kept as written and shown as text; the student
//! never types them, so they are not part of what makes a plan "theirs".

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::store::connection::Store;

/// The most contacts a prospectus may carry.
pub const MAX_CONTACTS: usize = 30;
/// The longest name of a contact ("Student support team").
pub const NAME_MAX: usize = 200;
/// The longest description of what a contact helps with.
pub const ABOUT_MAX: usize = 1_000;
/// The longest phone number, email address, web address or opening hours.
pub const DETAIL_MAX: usize = 300;

/// One place to find support, as the college wrote it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SupportContact {
    pub name: String,
    /// What they help with, in the college's words.
    pub about: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    /// When they can be reached ("Monday to Friday, 9am to 5pm").
    pub hours: String,
}

impl SupportContact {
    /// Whether every text is within its limit and the name is there, on one
    /// line. Other texts keep their line breaks, as the college wrote them.
    pub fn fits(&self) -> bool {
        let within = |text: &str, max: usize| text.chars().count() <= max;
        !self.name.trim().is_empty()
            && !self.name.contains(['\n', '\r'])
            && within(&self.name, NAME_MAX)
            && within(&self.about, ABOUT_MAX)
            && [&self.phone, &self.email, &self.website, &self.hours]
                .iter()
                .all(|t| within(t, DETAIL_MAX))
    }
}

/// The contacts this Waymark knows, and the college they came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SupportContacts {
    /// The college's name as its prospectus gave it ("" if it gave none).
    pub college: String,
    pub contacts: Vec<SupportContact>,
}

impl Store {
    /// The support contacts from the last prospectus that carried any.
    pub fn support_contacts(&self) -> Result<SupportContacts> {
        let mut statement = self.conn.prepare(
            "SELECT college, name, about, phone, email, website, hours
             FROM support_contact ORDER BY position",
        )?;
        let rows = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    SupportContact {
                        name: row.get(1)?,
                        about: row.get(2)?,
                        phone: row.get(3)?,
                        email: row.get(4)?,
                        website: row.get(5)?,
                        hours: row.get(6)?,
                    },
                ))
            })?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        // Every row holds the same college: they are replaced together.
        let college = rows
            .first()
            .map(|(college, _)| college.clone())
            .unwrap_or_default();
        let contacts = rows.into_iter().map(|(_, contact)| contact).collect();
        Ok(SupportContacts { college, contacts })
    }

    /// Replaces every support contact with `contacts` from `college`, in one
    /// transaction, and returns how many are kept: only contacts that fit,
    /// at most [`MAX_CONTACTS`] (a prospectus has been checked already; this
    /// holds for any caller).
    pub(crate) fn replace_support_contacts(
        &self,
        college: &str,
        contacts: &[SupportContact],
    ) -> Result<u32> {
        let tx = self.conn.unchecked_transaction()?;
        tx.execute("DELETE FROM support_contact", [])?;
        let mut kept = 0;
        let mut insert = tx.prepare(
            "INSERT INTO support_contact (position, college, name, about, phone, email, website, hours)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for (position, c) in contacts
            .iter()
            .filter(|c| c.fits())
            .take(MAX_CONTACTS)
            .enumerate()
        {
            insert.execute(rusqlite::params![
                position as i64,
                college,
                c.name,
                c.about,
                c.phone,
                c.email,
                c.website,
                c.hours
            ])?;
            kept += 1;
        }
        drop(insert);
        tx.commit()?;
        Ok(kept)
    }
}
