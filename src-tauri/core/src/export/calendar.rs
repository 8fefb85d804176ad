//! "Add to my calendar": the sessions of the courses the student is enrolled
//! on or attending, and if they want it the day of their next review, as one
//! iCalendar file (RFC 5545) that any calendar app imports.
//!
//! - Each session is its own event, with a UID made from the course's id and
//!   the session's number, so importing a newer file updates the events it
//!   gave before instead of adding them twice.
//! - Times are the college's local times, written with the laptop's time zone
//!   (`TZID`) and that zone's rules (`VTIMEZONE`) for the years the sessions
//!   span: a 10:00 session stays at 10:00 across a change of the clocks.
//! - Sessions are weekly from the course's start date, as many as the
//!   prospectus says (one when it does not say). Their hours are read from the
//!   prospectus's own words ("Tuesdays 10:00-12:00", "10.30–12 Uhr", "2-4pm");
//!   where no hours can be read, the session is a whole-day event and the
//!   student is told which course it is.
//! - Nothing in the file speaks of health: it may be read on a shared phone.

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc,
};
use chrono_tz::{OffsetComponents, Tz};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::export::words::Words;
use crate::store::connection::Store;

/// What goes into the calendar file besides the sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CalendarChoice {
    /// The day of my next review, as an all-day event.
    pub review: bool,
}

/// One enrolled or attending course, as the calendar will hold it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CalendarCourse {
    pub course_id: String,
    pub title: String,
    /// The first session, `YYYY-MM-DD`; without one the course cannot be put
    /// in a calendar (and is not).
    pub first: Option<String>,
    /// How many sessions the file holds for it.
    pub sessions: u32,
    /// The session's hours, `HH:MM` each, when the prospectus's words give
    /// them; otherwise its days are whole-day events.
    pub hours: Option<(String, String)>,
    /// The prospectus's words, to show beside it.
    pub session_times: String,
}

/// What "Add to my calendar" offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CalendarOffer {
    pub courses: Vec<CalendarCourse>,
    /// `YYYY-MM-DD`, as set at the latest finished review.
    pub next_review_on: Option<String>,
}

/// The calendar file, and how many events it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarFile {
    pub text: String,
    pub events: u32,
}

/// A course's sessions, read from the plan.
struct CourseRow {
    id: String,
    title: String,
    venue: String,
    start: Option<NaiveDate>,
    sessions: Option<u32>,
    session_times: String,
    cancelled: Vec<NaiveDate>,
}

/// At most this many sessions of one course go into the file (the
/// prospectus allows 500; nobody's calendar needs ten years of Tuesdays).
const MOST_SESSIONS: u32 = 500;

impl Store {
    /// What "Add to my calendar" would put in the file.
    pub fn calendar_offer(&self) -> Result<CalendarOffer> {
        let courses = self
            .calendar_courses()?
            .into_iter()
            .map(|c| CalendarCourse {
                hours: session_hours(&c.session_times).map(|(from, to)| {
                    (
                        from.format("%H:%M").to_string(),
                        to.format("%H:%M").to_string(),
                    )
                }),
                first: c.start.map(|d| d.format("%Y-%m-%d").to_string()),
                sessions: if c.start.is_some() { c.count() } else { 0 },
                course_id: c.id,
                title: c.title,
                session_times: c.session_times,
            })
            .collect();
        Ok(CalendarOffer {
            courses,
            next_review_on: self.next_review_on()?,
        })
    }

    /// The calendar file: every session of the enrolled and attending
    /// courses, and the next review if chosen. `zone` is the laptop's IANA
    /// time zone ("Europe/London"); without a known one, times are written
    /// as the calendar's own local times. `stamp` is when the file is made.
    pub fn calendar_file(
        &self,
        choice: CalendarChoice,
        zone: Option<&str>,
        stamp: DateTime<Utc>,
        words: &Words,
    ) -> Result<CalendarFile> {
        let zone: Option<Tz> = zone.and_then(|z| z.parse().ok());
        let courses = self.calendar_courses()?;
        let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
        let mut events = Vec::new();
        let mut first_day: Option<NaiveDate> = None;
        let mut last_day: Option<NaiveDate> = None;
        for course in &courses {
            let Some(start) = course.start else { continue };
            let hours = session_hours(&course.session_times);
            let total = course.count();
            for n in 0..total {
                let day = start + Duration::weeks(i64::from(n));
                first_day = Some(first_day.map_or(day, |d| d.min(day)));
                last_day = Some(last_day.map_or(day, |d| d.max(day)));
                let mut event =
                    Event::new(format!("{}-session-{}@waymark", course.id, n + 1), &stamp);
                match (hours, zone) {
                    (Some((from, to)), Some(tz)) => {
                        event.line(&format!("DTSTART;TZID={}:{}", tz.name(), local(day, from)));
                        event.line(&format!("DTEND;TZID={}:{}", tz.name(), local(day, to)));
                    }
                    (Some((from, to)), None) => {
                        event.line(&format!("DTSTART:{}", local(day, from)));
                        event.line(&format!("DTEND:{}", local(day, to)));
                    }
                    (None, _) => whole_day(&mut event, day),
                }
                event.text("SUMMARY", &course.title);
                if !course.venue.trim().is_empty() {
                    event.text("LOCATION", &course.venue);
                }
                let of = words.get(
                    "calendar-session-of",
                    &[
                        ("number", &(n + 1).to_string()),
                        ("count", &total.to_string()),
                    ],
                );
                let description = match course.session_times.trim() {
                    "" => of,
                    times => format!("{of}\n{times}"),
                };
                event.text("DESCRIPTION", &description);
                if course.cancelled.contains(&day) {
                    event.line("STATUS:CANCELLED");
                }
                events.push(event.end());
            }
        }
        if choice.review {
            if let Some(day) = self
                .next_review_on()?
                .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
            {
                let mut event =
                    Event::new(format!("{}-next-review@waymark", self.plan_id()?), &stamp);
                whole_day(&mut event, day);
                event.text("SUMMARY", &words.get("calendar-review", &[]));
                events.push(event.end());
            }
        }
        let mut out = Lines::default();
        out.line("BEGIN:VCALENDAR");
        out.line("VERSION:2.0");
        out.line("PRODID:-//Waymark//Waymark//EN");
        out.line("CALSCALE:GREGORIAN");
        out.line("METHOD:PUBLISH");
        out.text("X-WR-CALNAME", &words.get("calendar-name", &[]));
        if let (Some(tz), Some(first), Some(last)) = (zone, first_day, last_day) {
            out.0.push_str(&vtimezone(tz, first.year(), last.year()));
        }
        let count = events.len() as u32;
        for event in events {
            out.0.push_str(&event);
        }
        out.line("END:VCALENDAR");
        Ok(CalendarFile {
            text: out.0,
            events: count,
        })
    }

    fn calendar_courses(&self) -> Result<Vec<CourseRow>> {
        let day =
            |d: Option<String>| d.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
        let mut courses: Vec<CourseRow> = self
            .conn
            .prepare_cached(
                "SELECT id, title, venue, start_date, sessions, session_times FROM course
                 WHERE choice IN ('enrolled', 'attending')
                 ORDER BY coalesce(start_date, ''), title COLLATE NOCASE, id",
            )?
            .query_map([], |r| {
                Ok(CourseRow {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    venue: r.get(2)?,
                    start: day(r.get(3)?),
                    sessions: r.get(4)?,
                    session_times: r.get(5)?,
                    cancelled: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut cancelled = self.conn.prepare_cached(
            "SELECT session_date FROM attendance WHERE course_id = ?1 AND state = 'cancelled'",
        )?;
        for course in &mut courses {
            course.cancelled = cancelled
                .query_map(params![course.id], |r| r.get::<_, Option<String>>(0))?
                .map(|d| d.map(day))
                .collect::<rusqlite::Result<Vec<_>>>()?
                .into_iter()
                .flatten()
                .collect();
        }
        Ok(courses)
    }
}

/// Whether `name` is a time zone the calendar file can carry the rules of
/// (an IANA name, such as "Europe/London").
pub fn known_zone(name: &str) -> bool {
    name.parse::<Tz>().is_ok()
}

impl CourseRow {
    fn count(&self) -> u32 {
        self.sessions.unwrap_or(1).clamp(1, MOST_SESSIONS)
    }
}

fn local(day: NaiveDate, time: NaiveTime) -> String {
    day.and_time(time).format("%Y%m%dT%H%M%S").to_string()
}

fn whole_day(event: &mut Event, day: NaiveDate) {
    event.line(&format!("DTSTART;VALUE=DATE:{}", day.format("%Y%m%d")));
    let next = day.succ_opt().unwrap_or(day);
    event.line(&format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
}

/// The lines of an iCalendar object, each folded at 75 octets and ended
/// with CRLF (RFC 5545, 3.1).
#[derive(Default)]
struct Lines(String);

impl Lines {
    fn line(&mut self, line: &str) {
        let mut width = 0;
        for c in line.chars() {
            let len = c.len_utf8();
            if width + len > 75 {
                self.0.push_str("\r\n ");
                width = 1;
            }
            self.0.push(c);
            width += len;
        }
        self.0.push_str("\r\n");
    }

    /// A TEXT property, escaped (RFC 5545, 3.3.11). Text from the plan or
    /// the prospectus can hold anything; control characters are left out.
    fn text(&mut self, name: &str, value: &str) {
        let mut escaped = String::with_capacity(value.len() + 8);
        for c in value.chars() {
            match c {
                '\\' => escaped.push_str("\\\\"),
                ';' => escaped.push_str("\\;"),
                ',' => escaped.push_str("\\,"),
                '\n' => escaped.push_str("\\n"),
                c if c.is_control() => {}
                c => escaped.push(c),
            }
        }
        self.line(&format!("{name}:{escaped}"));
    }
}

struct Event(Lines);

impl Event {
    fn new(uid: String, stamp: &str) -> Event {
        let mut lines = Lines::default();
        lines.line("BEGIN:VEVENT");
        lines.line(&format!("UID:{uid}"));
        lines.line(&format!("DTSTAMP:{stamp}"));
        Event(lines)
    }
    fn line(&mut self, line: &str) {
        self.0.line(line);
    }
    fn text(&mut self, name: &str, value: &str) {
        self.0.text(name, value);
    }
    fn end(mut self) -> String {
        self.0.line("END:VEVENT");
        self.0 .0
    }
}

/// The zone's rules from the start of `from` to the end of `to`: its offset
/// at the start, then each change of it, found hour by hour and then to the
/// second (RFC 5545, 3.6.5, with one dated observance per change).
fn vtimezone(tz: Tz, from: i32, to: i32) -> String {
    let start = Utc
        .with_ymd_and_hms(from, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or_else(Utc::now);
    let end = Utc
        .with_ymd_and_hms(to.saturating_add(1), 1, 1, 0, 0, 0)
        .single()
        .unwrap_or(start);
    let offset_at = |at: DateTime<Utc>| tz.offset_from_utc_datetime(&at.naive_utc());
    let seconds = |at: DateTime<Utc>| offset_at(at).fix().local_minus_utc();
    let mut out = Lines::default();
    out.line("BEGIN:VTIMEZONE");
    out.line(&format!("TZID:{}", tz.name()));
    let first = offset_at(start);
    observance(
        &mut out,
        start.naive_utc() + Duration::seconds(i64::from(seconds(start))),
        seconds(start),
        seconds(start),
        &first,
    );
    let mut at = start;
    while at < end {
        let next = at + Duration::hours(1);
        if seconds(next) != seconds(at) {
            // The change is within this hour: find its second.
            let (mut before, mut after) = (at, next);
            while after - before > Duration::seconds(1) {
                let middle = before + (after - before) / 2;
                if seconds(middle) == seconds(at) {
                    before = middle;
                } else {
                    after = middle;
                }
            }
            let old = seconds(at);
            let new = seconds(after);
            // DTSTART is the moment of the change in the time before it.
            let local_before = after.naive_utc() + Duration::seconds(i64::from(old));
            observance(&mut out, local_before, old, new, &offset_at(after));
        }
        at = next;
    }
    out.line("END:VTIMEZONE");
    out.0
}

fn observance(
    out: &mut Lines,
    starts: NaiveDateTime,
    from: i32,
    to: i32,
    offset: &chrono_tz::TzOffset,
) {
    let kind = if offset.dst_offset().num_seconds() != 0 {
        "DAYLIGHT"
    } else {
        "STANDARD"
    };
    out.line(&format!("BEGIN:{kind}"));
    out.line(&format!("DTSTART:{}", starts.format("%Y%m%dT%H%M%S")));
    out.line(&format!("TZOFFSETFROM:{}", utc_offset(from)));
    out.line(&format!("TZOFFSETTO:{}", utc_offset(to)));
    let name = offset.to_string();
    if !name.is_empty() {
        out.text("TZNAME", &name);
    }
    out.line(&format!("END:{kind}"));
}

/// `+0100`, `-0330`; seconds only where the zone has them.
fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

/// A time the prospectus's words give, with how sure we are it is one.
#[derive(Debug, Clone, Copy)]
struct Said {
    hour: u32,
    minute: u32,
    /// `Some(true)` for pm, `Some(false)` for am.
    pm: Option<bool>,
    /// Where the words after it begin.
    end: usize,
}

/// A session's hours from the prospectus's own words: the first range of two
/// times in them ("10:00-12:00", "10.30 – 12 Uhr", "2pm to 4pm", "14 bis 16
/// Uhr"). `None` where no range can be read; nothing is guessed.
pub fn session_hours(text: &str) -> Option<(NaiveTime, NaiveTime)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A number begins here, and is not the middle of a date ("2027-01-12").
        let in_date = i >= 2 && bytes[i - 1] == b'-' && bytes[i - 2].is_ascii_digit();
        if bytes[i].is_ascii_digit() && (i == 0 || !is_number_part(bytes[i - 1])) && !in_date {
            if let Some(first) = said_time(text, i) {
                if let Some(after) = range_separator(text, first.end) {
                    if let Some(second) = said_time(text, after) {
                        if let Some(hours) = resolve(first, second) {
                            return Some(hours);
                        }
                    }
                }
                i = first.end;
                continue;
            }
            while i < bytes.len() && is_number_part(bytes[i]) {
                i += 1;
            }
            continue;
        }
        i += 1;
    }
    None
}

fn is_number_part(b: u8) -> bool {
    b.is_ascii_digit() || b == b'.' || b == b':' || b == b'/'
}

/// A time written at `at`: one or two digits, maybe `:MM` or `.MM`, maybe am
/// or pm, maybe "Uhr" or "h". A date ("12.01.2027"), a year or a longer
/// number is not one.
fn said_time(text: &str, at: usize) -> Option<Said> {
    let bytes = text.as_bytes();
    let mut i = at;
    let digits = |i: &mut usize| {
        let from = *i;
        while *i < bytes.len() && bytes[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - from
    };
    let n = digits(&mut i);
    if n == 0 || n > 2 {
        return None;
    }
    let hour: u32 = text[at..i].parse().ok()?;
    let mut minute = 0;
    if i + 2 < bytes.len() && (bytes[i] == b':' || bytes[i] == b'.') {
        let dotted = bytes[i] == b'.';
        let from = i + 1;
        let mut j = from;
        if digits(&mut j) == 2 {
            // "12.01.2027" and "12.01." are dates ("10:00." ends a sentence).
            if dotted && (bytes.get(j) == Some(&b'.') || bytes.get(j) == Some(&b'/')) {
                return None;
            }
            minute = text[from..j].parse().ok()?;
            i = j;
        } else {
            return None;
        }
    } else if i < bytes.len()
        && (bytes[i] == b'/'
            || bytes[i] == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
    {
        return None;
    }
    // am/pm, "Uhr" or "h", after optional spaces.
    let mut j = i;
    while j < bytes.len() && bytes[j] == b' ' {
        j += 1;
    }
    let rest = text[j..].to_ascii_lowercase();
    let mut pm = None;
    for (word, is_pm) in [("a.m.", false), ("p.m.", true), ("am", false), ("pm", true)] {
        if rest.starts_with(word) && !rest[word.len()..].starts_with(|c: char| c.is_alphanumeric())
        {
            pm = Some(is_pm);
            i = j + word.len();
            break;
        }
    }
    if pm.is_none() {
        for word in ["uhr", "h"] {
            if rest.starts_with(word)
                && !rest[word.len()..].starts_with(|c: char| c.is_alphanumeric())
            {
                i = j + word.len();
                break;
            }
        }
    }
    if minute > 59 || hour > 24 || (pm.is_some() && !(1..=12).contains(&hour)) {
        return None;
    }
    Some(Said {
        hour,
        minute,
        pm,
        end: i,
    })
}

/// Where the second time of a range begins, after "-", "–", "—", "to",
/// "bis" or "until" (and spaces).
fn range_separator(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let trimmed = rest.trim_start();
    let skipped = rest.len() - trimmed.len();
    let lower = trimmed.to_ascii_lowercase();
    for word in ["-", "–", "—", "to ", "bis ", "until ", "till "] {
        if lower.starts_with(word) {
            let after = &trimmed[word.len()..];
            let spaces = after.len() - after.trim_start().len();
            return Some(at + skipped + word.len() + spaces);
        }
    }
    None
}

fn resolve(first: Said, second: Said) -> Option<(NaiveTime, NaiveTime)> {
    // "10-12" is read as hours: these are the words for a session's times.
    let to_24 = |hour: u32, pm: Option<bool>| match pm {
        Some(true) if hour < 12 => hour + 12,
        Some(false) if hour == 12 => 0,
        _ => hour,
    };
    let end_hour = to_24(second.hour, second.pm);
    // "2-4pm": the first takes the second's pm when that keeps it earlier.
    let start_hour = match (first.pm, second.pm) {
        (None, Some(pm))
            if to_24(first.hour, Some(pm)) * 60 + first.minute < end_hour * 60 + second.minute =>
        {
            to_24(first.hour, Some(pm))
        }
        (pm, _) => to_24(first.hour, pm),
    };
    let start = NaiveTime::from_hms_opt(start_hour, first.minute, 0)?;
    let end = if end_hour == 24 && second.minute == 0 {
        NaiveTime::from_hms_opt(23, 59, 59)?
    } else {
        NaiveTime::from_hms_opt(end_hour, second.minute, 0)?
    };
    (start < end).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hours(text: &str) -> Option<(String, String)> {
        session_hours(text)
            .map(|(a, b)| (a.format("%H:%M").to_string(), b.format("%H:%M").to_string()))
    }

    fn pair(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_string(), b.to_string()))
    }

    #[test]
    fn hours_are_read_from_the_prospectus_words() {
        assert_eq!(hours("Tuesdays 10:00-12:00"), pair("10:00", "12:00"));
        assert_eq!(hours("Wednesdays 13:30 – 15:30"), pair("13:30", "15:30"));
        assert_eq!(hours("Mondays, 2pm to 4pm"), pair("14:00", "16:00"));
        assert_eq!(hours("Mondays 2-4pm"), pair("14:00", "16:00"));
        assert_eq!(hours("Thursdays 10.30am–12.30pm"), pair("10:30", "12:30"));
        assert_eq!(hours("11am - 1pm"), pair("11:00", "13:00"));
        assert_eq!(hours("10-12pm"), pair("10:00", "12:00"));
        assert_eq!(hours("dienstags 10–12 Uhr"), pair("10:00", "12:00"));
        assert_eq!(hours("Mi. 14 bis 16 Uhr"), pair("14:00", "16:00"));
        assert_eq!(
            hours("ab 12.01.2027, 18.00-19.30 Uhr"),
            pair("18:00", "19:30")
        );
        assert_eq!(hours("Fridays 9:00 until 24:00"), pair("09:00", "23:59"));
        assert_eq!(hours("Tuesdays 10-12"), pair("10:00", "12:00"));
        assert_eq!(hours("Tuesdays 10:00-12:00."), pair("10:00", "12:00"));
    }

    #[test]
    fn no_hours_are_guessed() {
        for text in [
            "",
            "Tuesday mornings",
            "10:00",
            "from 12.01.2027",
            "2027-01-12",
            "12:00-10:00",
            "25:00-26:00",
            "10:75-11:00",
            "13pm-14pm",
            "٢:٠٠-٤:٠٠",
            "🙂 10:00–",
        ] {
            assert_eq!(hours(text), None, "{text}");
        }
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_letter() {
        let mut lines = Lines::default();
        lines.text("SUMMARY", &"Ä".repeat(100));
        for line in lines.0.split("\r\n") {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = lines.0.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "Ä".repeat(100)));
    }

    #[test]
    fn text_is_escaped() {
        let mut lines = Lines::default();
        lines.text("LOCATION", "Room 2; Hall, East\\Wing\nupstairs\u{7}");
        assert_eq!(
            lines.0,
            "LOCATION:Room 2\\; Hall\\, East\\\\Wing\\nupstairs\r\n"
        );
    }

    #[test]
    fn offsets_are_written_as_rfc_5545_says() {
        assert_eq!(utc_offset(3600), "+0100");
        assert_eq!(utc_offset(-12600), "-0330");
        assert_eq!(utc_offset(0), "+0000");
        assert_eq!(utc_offset(-75), "-000115");
    }
}
