//! "Add to my calendar": the file is read back by an independent parser
//! (Python's `icalendar`, Debian's python3-icalendar), every session is at its
//! local time across a change of the clocks, and a newer file keeps each
//! event's UID.

mod common;

use std::collections::BTreeMap;

use chrono::{TimeZone, Utc};
use serde_json::Value;
use waymark_core::export::calendar::{CalendarChoice, CalendarFile};
use waymark_core::export::words::Words;
use waymark_core::plan::courses::{AttendanceState, CourseChoice, CourseRecord};
use waymark_core::plan::reviews::ReviewInput;
use waymark_core::Store;

fn course(
    code: &str,
    title: &str,
    start: Option<&str>,
    sessions: Option<u32>,
    times: &str,
    venue: &str,
) -> CourseRecord {
    CourseRecord {
        code: Some(code.into()),
        title: title.into(),
        venue: venue.into(),
        start_date: start.map(Into::into),
        sessions,
        session_times: times.into(),
        term: "Spring 2027".into(),
        ..CourseRecord::default()
    }
}

/// A plan with four chosen courses (one without a start date, one whose
/// times cannot be read), one only of interest, and a next review.
fn plan_with_courses() -> (tempfile::TempDir, Store, BTreeMap<String, String>) {
    let (dir, store) = common::plan();
    store
        .import_prospectus(&[
            // Across the UK's change to summer time (Sunday 28 March 2027).
            course(
                "S1",
                "Managing stress; together, gently",
                Some("2027-03-16"),
                Some(4),
                "Tuesdays 10:00-12:00",
                "Room 2, Hall",
            ),
            // Across the end of summer time (Sunday 31 October 2027).
            course(
                "S2",
                "Schreiben für mich",
                Some("2027-10-26"),
                Some(2),
                "dienstags 18.00–19.30 Uhr",
                "Raum 3",
            ),
            course(
                "S3",
                "Art together 🎨",
                Some("2027-05-04"),
                Some(2),
                "Tuesday mornings",
                "",
            ),
            course(
                "S4",
                "Cooking on a budget",
                None,
                Some(6),
                "Mondays 2-4pm",
                "Kitchen",
            ),
            course(
                "S5",
                "Only interested",
                Some("2027-03-16"),
                Some(3),
                "Tuesdays 10:00-12:00",
                "",
            ),
        ])
        .expect("import");
    let offer = store.calendar_offer().expect("offer");
    assert!(offer.courses.is_empty(), "nothing chosen yet: {offer:?}");
    let mut ids = BTreeMap::new();
    let all = store.courses(&Default::default(), 100).expect("courses");
    for c in all {
        let choice = match c.details.code.as_deref() {
            Some("S5") => CourseChoice::Interested,
            Some("S2") => CourseChoice::Attending,
            _ => CourseChoice::Enrolled,
        };
        store
            .set_course_choice(&c.id, Some(choice))
            .expect("choose");
        ids.insert(c.details.code.clone().expect("code"), c.id);
    }
    // The college cancelled the second stress session.
    store
        .record_attendance(&ids["S1"], "2027-03-23", AttendanceState::Cancelled, "")
        .expect("cancelled");
    let review = store.start_review(false).expect("review");
    store
        .save_review(
            &review.review.id,
            &ReviewInput {
                next_review_on: Some("2027-06-15".into()),
                ..ReviewInput::default()
            },
        )
        .expect("save review");
    store.complete_review(&review.review.id).expect("complete");
    (dir, store, ids)
}

/// The events as Python's `icalendar` reads them (`tests/tools/ics_events.py`:
/// each one's UID, summary, location, status, and its start and end as UTC
/// times, or as dates for a whole day; the file's own zone rules checked
/// against the zone database).
fn parsed(file: &CalendarFile) -> Vec<Value> {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("my-sessions.ics");
    std::fs::write(&path, &file.text).expect("write");
    let output = std::process::Command::new("/usr/bin/python3")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/tools/ics_events.py"
        ))
        .arg(&path)
        .output()
        .expect("python3 with icalendar (the test command installs python3-icalendar)");
    assert!(
        output.status.success(),
        "icalendar could not read the file: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let events: Vec<Value> = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(events.len() as u32, file.events);
    events
}

fn stamp() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0)
        .single()
        .expect("time")
}

fn field<'a>(event: &'a Value, key: &str) -> &'a str {
    event[key].as_str().expect("text")
}

#[test]
fn each_session_is_an_event_at_its_local_time_across_a_change_of_the_clocks() {
    let (_dir, store, ids) = plan_with_courses();
    let words = Words::new("en-GB");
    let file = store
        .calendar_file(
            CalendarChoice { review: true },
            Some("Europe/London"),
            stamp(),
            &words,
        )
        .expect("file");
    assert!(file
        .text
        .contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"));
    let events = parsed(&file);
    // 4 + 2 + 2 sessions and the review; the course without a start date and
    // the one only of interest are not there.
    assert_eq!(events.len(), 9, "{events:#?}");
    let of = |code: &str| -> Vec<&Value> {
        events
            .iter()
            .filter(|e| field(e, "uid").starts_with(&ids[code]))
            .collect()
    };
    // 10:00 in London: GMT, then BST from 28 March.
    let stress = of("S1");
    let starts: Vec<&str> = stress.iter().map(|e| field(e, "start")).collect();
    assert_eq!(
        starts,
        [
            "2027-03-16T10:00Z",
            "2027-03-23T10:00Z",
            "2027-03-30T09:00Z",
            "2027-04-06T09:00Z"
        ]
    );
    assert_eq!(field(stress[2], "end"), "2027-03-30T11:00Z");
    // The title and the venue, with their ";" and ",", as the student has them.
    assert_eq!(
        field(stress[0], "summary"),
        "Managing stress; together, gently"
    );
    assert_eq!(field(stress[0], "location"), "Room 2, Hall");
    assert_eq!(
        field(stress[0], "description"),
        "Session 1 of 4\nTuesdays 10:00-12:00"
    );
    assert_eq!(field(stress[1], "status"), "CANCELLED");
    assert_eq!(field(stress[0], "status"), "");
    // 18:00 in London in October: BST, then GMT from 31 October.
    let writing = of("S2");
    let starts: Vec<&str> = writing.iter().map(|e| field(e, "start")).collect();
    assert_eq!(starts, ["2027-10-26T17:00Z", "2027-11-02T18:00Z"]);
    assert_eq!(field(writing[1], "end"), "2027-11-02T19:30Z");
    // No hours could be read: whole days, the prospectus's words beside them.
    let art = of("S3");
    assert_eq!(field(art[0], "start"), "2027-05-04");
    assert_eq!(field(art[0], "end"), "2027-05-05");
    assert_eq!(field(art[1], "start"), "2027-05-11");
    assert_eq!(field(art[0], "summary"), "Art together 🎨");
    // The review: a whole day, in words that say nothing about health.
    let review: Vec<&Value> = events
        .iter()
        .filter(|e| field(e, "uid").ends_with("-next-review@waymark"))
        .collect();
    assert_eq!(review.len(), 1);
    assert_eq!(field(review[0], "start"), "2027-06-15");
    assert_eq!(field(review[0], "summary"), "Review of my learning plan");
    assert!(of("S4").is_empty() && of("S5").is_empty());
}

#[test]
fn in_berlin_the_same_sessions_keep_their_local_hours_in_german() {
    let (_dir, store, ids) = plan_with_courses();
    let file = store
        .calendar_file(
            CalendarChoice { review: false },
            Some("Europe/Berlin"),
            stamp(),
            &Words::new("de"),
        )
        .expect("file");
    let events = parsed(&file);
    assert_eq!(events.len(), 8, "no review unless chosen");
    let writing: Vec<&Value> = events
        .iter()
        .filter(|e| field(e, "uid").starts_with(&ids["S2"]))
        .collect();
    // 18:00 in Berlin: CEST (UTC+2), then CET (UTC+1) from 31 October.
    assert_eq!(field(writing[0], "start"), "2027-10-26T16:00Z");
    assert_eq!(field(writing[1], "start"), "2027-11-02T17:00Z");
    assert_eq!(
        field(writing[0], "description"),
        "Termin 1 von 2\ndienstags 18.00–19.30 Uhr"
    );
    assert!(file.text.contains("X-WR-CALNAME:Meine Termine\r\n"));
}

#[test]
fn a_newer_file_keeps_each_event_s_uid_so_calendars_update_it() {
    let (_dir, store, ids) = plan_with_courses();
    let words = Words::new("en-GB");
    let first = parsed(
        &store
            .calendar_file(
                CalendarChoice { review: true },
                Some("Europe/London"),
                stamp(),
                &words,
            )
            .expect("first"),
    );
    // The college moves the stress course a week on; the file is made again.
    store
        .import_prospectus(&[course(
            "S1",
            "Managing stress; together, gently",
            Some("2027-03-23"),
            Some(4),
            "Tuesdays 10:30-12:30",
            "Room 2, Hall",
        )])
        .expect("re-import");
    let later = stamp() + chrono::Duration::days(7);
    let again = parsed(
        &store
            .calendar_file(
                CalendarChoice { review: true },
                Some("Europe/London"),
                later,
                &words,
            )
            .expect("again"),
    );
    let uids = |events: &[Value]| -> Vec<String> {
        events.iter().map(|e| field(e, "uid").to_string()).collect()
    };
    assert_eq!(uids(&first), uids(&again), "the same events, not new ones");
    let moved = again
        .iter()
        .find(|e| field(e, "uid") == format!("{}-session-1@waymark", ids["S1"]))
        .expect("the first stress session");
    assert_eq!(field(moved, "start"), "2027-03-23T10:30Z");
    // Every UID is different from every other.
    let mut unique = uids(&again);
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), again.len());
}

#[test]
fn without_a_known_time_zone_times_are_the_calendar_s_own_local_times() {
    let (_dir, store, _ids) = plan_with_courses();
    let file = store
        .calendar_file(
            CalendarChoice::default(),
            Some("Not/A_Zone"),
            stamp(),
            &Words::new("en-GB"),
        )
        .expect("file");
    assert!(!file.text.contains("VTIMEZONE"));
    // The shell takes `TZ` only when it names a zone the file can carry.
    assert!(waymark_core::export::calendar::known_zone("Europe/Berlin"));
    assert!(!waymark_core::export::calendar::known_zone(
        "GMT0BST,M3.5.0/1"
    ));
    assert!(
        file.text.contains("DTSTART:20270316T100000\r\n"),
        "{}",
        file.text
    );
    // RFC 5545's lines: CRLF, none longer than 75 octets.
    for line in file.text.split_terminator("\r\n") {
        assert!(line.len() <= 75 && !line.contains('\n'), "{line:?}");
    }
}

#[test]
fn the_offer_says_what_the_file_will_hold() {
    let (_dir, store, ids) = plan_with_courses();
    let offer = store.calendar_offer().expect("offer");
    assert_eq!(offer.next_review_on.as_deref(), Some("2027-06-15"));
    let by_id = |code: &str| {
        offer
            .courses
            .iter()
            .find(|c| c.course_id == ids[code])
            .expect("course")
    };
    assert_eq!(by_id("S1").sessions, 4);
    assert_eq!(by_id("S1").hours, Some(("10:00".into(), "12:00".into())));
    assert_eq!(by_id("S2").hours, Some(("18:00".into(), "19:30".into())));
    assert_eq!(
        by_id("S3").hours,
        None,
        "whole days, and the student is told"
    );
    assert_eq!(by_id("S4").first, None, "no start date: not in the file");
    assert_eq!(by_id("S4").sessions, 0);
    assert!(offer.courses.iter().all(|c| c.course_id != ids["S5"]));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
    /// Whatever a prospectus says about its times, reading them never fails,
    /// and hours read are a real range: the start before the end.
    #[test]
    fn any_words_for_times_are_read_calmly(text in "[0-9:.\\-–— apmAPMUhrbistoil,/]{0,24}|\\PC{0,40}") {
        if let Some((from, to)) = waymark_core::export::calendar::session_hours(&text) {
            proptest::prop_assert!(from < to, "{text:?}: {from} to {to}");
        }
    }
}
