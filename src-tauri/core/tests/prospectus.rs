//! The prospectus parser: every supported variant, every skip reason, hostile
//! files, and a property test that no input makes it panic.

use proptest::prelude::*;
use waymark_core::error::ProspectusError;
use waymark_core::files::prospectus::{parse, SkipReason};
use waymark_core::plan::courses::Delivery;
mod common;
use common::plan;

const ENGLISH: &str = "Code,Title,Description,Category,What you will learn,Delivery,Venue,Start date,Sessions,Session times,Term,Tutors\n\
RC101,Understanding anxiety,\"A gentle course about worry.\nFour weeks.\",Wellbeing,Ways to notice worry,In person,Town library,13/01/2027,4,Tuesdays 10:00-12:00,Spring 2027,Sam and Alex\n\
RC102,Creative writing,Write for yourself,Creativity,Short pieces,Online,,2027-01-20,6,Wednesdays 14:00,Spring 2027,Jo\n";

#[test]
fn reads_utf8_with_and_without_a_byte_order_mark() {
    for bytes in [
        ENGLISH.as_bytes().to_vec(),
        [b"\xEF\xBB\xBF".as_slice(), ENGLISH.as_bytes()].concat(),
    ] {
        let preview = parse(&bytes, Some("prospectus.csv")).expect("parse");
        assert_eq!(preview.courses.len(), 2, "{preview:?}");
        let first = &preview.courses[0];
        assert_eq!(first.code.as_deref(), Some("RC101"));
        assert_eq!(first.title, "Understanding anxiety");
        assert_eq!(
            first.description,
            "A gentle course about worry.\nFour weeks."
        );
        assert_eq!(first.delivery, Some(Delivery::InPerson));
        assert_eq!(first.start_date.as_deref(), Some("2027-01-13"));
        assert_eq!(first.sessions, Some(4));
        assert_eq!(preview.courses[1].delivery, Some(Delivery::Online));
        assert!(preview.skipped.is_empty());
        assert_eq!(
            (preview.format.as_str(), preview.encoding.as_str()),
            ("csv", "utf-8")
        );
        assert_eq!(preview.separator, "comma");
    }
}

#[test]
fn reads_german_headers_semicolons_and_windows_1252() {
    // As Excel writes CSV in a German locale: semicolons, Windows-1252.
    let text = "Kursnummer;Titel;Beschreibung;Thema;Was du lernst;Durchführung;Ort;Beginn;Termine;Uhrzeit;Semester;Kursleitung\n\
                EC1;Übungen für Gelassenheit;Ruhig werden, Schritt für Schritt;Wohlbefinden;Atemübungen;Präsenz;Stadtbücherei;01.02.2027;5;Montags 10 Uhr;Frühjahr 2027;Anna Müller\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable);
    let preview = parse(&bytes, Some("kurse.csv")).expect("parse");
    assert_eq!(
        (
            preview.format.as_str(),
            preview.encoding.as_str(),
            preview.separator.as_str()
        ),
        ("csv", "windows-1252", "semicolon")
    );
    let course = &preview.courses[0];
    assert_eq!(course.title, "Übungen für Gelassenheit");
    assert_eq!(course.tutors, "Anna Müller");
    assert_eq!(course.delivery, Some(Delivery::InPerson));
    assert_eq!(course.start_date.as_deref(), Some("2027-02-01"));
    assert_eq!(course.term, "Frühjahr 2027");
}

#[test]
fn header_names_are_tolerant_and_unknown_columns_are_reported() {
    let text = "  COURSE TITLE ;start-date;Room number;Sessions\nPeer support;2027-03-01;12;8\n";
    let preview = parse(text.as_bytes(), None).expect("parse");
    assert_eq!(preview.courses[0].title, "Peer support");
    assert_eq!(preview.courses[0].start_date.as_deref(), Some("2027-03-01"));
    assert_eq!(preview.unknown_columns, vec!["Room number".to_owned()]);
}

#[test]
fn every_skip_reason_names_the_row_and_why() {
    let long = "x".repeat(201);
    let text = format!(
        "Code,Title,Start date,Sessions,Description\n\
         A1,,2027-01-01,4,no title\n\
         A2,{long},2027-01-01,4,too long\n\
         A3,Bad date,2027-02-30,4,x\n\
         A4,Bad number,2027-01-01,many,x\n\
         A5,Formula,2027-01-01,4,=cmd|' /C calc'!A0\n\
         A6,Fine course,2027-01-01,4,ok\n\
         A6,Same code again,2027-01-01,4,dup\n\
         A7,Minus formula,2027-01-01,4,-cmd|x\n\
         A8,Negative is text,2027-01-01,4,-3 degrees outside\n"
    );
    let preview = parse(text.as_bytes(), Some("p.csv")).expect("parse");
    let reasons: Vec<(u32, SkipReason)> = preview
        .skipped
        .iter()
        .map(|s| (s.row, s.reason.clone()))
        .collect();
    assert_eq!(
        reasons,
        vec![
            (2, SkipReason::NoTitle),
            (
                3,
                SkipReason::TooLong {
                    column: "title".into(),
                    max: 200
                }
            ),
            (
                4,
                SkipReason::BadDate {
                    column: "start_date".into(),
                    value: "2027-02-30".into()
                }
            ),
            (
                5,
                SkipReason::BadNumber {
                    column: "sessions".into(),
                    value: "many".into()
                }
            ),
            (
                6,
                SkipReason::Formula {
                    column: "description".into()
                }
            ),
            (8, SkipReason::DuplicateCode { code: "A6".into() }),
            (
                9,
                SkipReason::Formula {
                    column: "description".into()
                }
            ),
        ]
    );
    let titles: Vec<&str> = preview.courses.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["Fine course", "Negative is text"]);
}

#[test]
fn hostile_and_broken_files_are_refused_with_a_reason() {
    assert_eq!(parse(b"", None), Err(ProspectusError::Empty));
    assert_eq!(parse(b"  \n \n", None), Err(ProspectusError::Empty));
    assert_eq!(
        parse(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None),
        Err(ProspectusError::NotText)
    );
    // UTF-16 as some programs save "Unicode text".
    let utf16: Vec<u8> = "Title\nArt\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    assert_eq!(parse(&utf16, None), Err(ProspectusError::NotText));
    assert_eq!(
        parse(b"Colour,Size\nred,4\n", None),
        Err(ProspectusError::NoTitleColumn)
    );
    let huge = vec![b'a'; waymark_core::files::prospectus::MAX_FILE_BYTES + 1];
    assert!(matches!(
        parse(&huge, None),
        Err(ProspectusError::TooLarge { .. })
    ));
    assert!(matches!(
        parse(b"{\"courses\": 3}", Some("p.json")),
        Err(ProspectusError::BadJson)
    ));
    assert!(matches!(
        parse(
            br#"{"format":"waymark-prospectus","version":9,"courses":[]}"#,
            None
        ),
        Err(ProspectusError::BadJson)
    ));
}

#[test]
fn reads_the_json_format() {
    let json = r#"{
      "format": "waymark-prospectus", "version": 1, "college": "Riverside Recovery College",
      "courses": [
        {"code": "R1", "title": "Managing money", "delivery": "both", "sessions": 3, "tutors": ["Kim", "Lee"], "colour": "blue"},
        {"title": ""}
      ]
    }"#;
    let preview = parse(json.as_bytes(), Some("prospectus.json")).expect("parse");
    assert_eq!(preview.format, "json");
    assert_eq!(preview.courses.len(), 1);
    assert_eq!(preview.courses[0].delivery, Some(Delivery::Both));
    assert_eq!(preview.courses[0].sessions, Some(3));
    assert_eq!(preview.courses[0].tutors, "Kim, Lee");
    assert_eq!(preview.unknown_columns, vec!["colour".to_owned()]);
    assert_eq!(preview.skipped[0].row, 2);
    assert_eq!(preview.skipped[0].reason, SkipReason::NoTitle);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_bytes_give_a_preview_or_a_reason_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = parse(&bytes, None);
        let _ = parse(&bytes, Some("x.json"));
    }

    #[test]
    fn any_csv_like_text_gives_a_preview_or_a_reason(
        cells in proptest::collection::vec("[ -~äöüÄÖÜß\n\"=;,]{0,30}", 0..40)
    ) {
        let text = format!("Title;Code;Start date;Sessions\n{}", cells.join(";"));
        match parse(text.as_bytes(), None) {
            Ok(preview) => {
                for course in &preview.courses {
                    prop_assert!(!course.title.is_empty());
                    prop_assert!(course.title.chars().count() <= 200);
                }
            }
            Err(error) => prop_assert!(!error.to_string().is_empty()),
        }
    }
}

#[test]
fn the_shipped_samples_read_cleanly() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/");
    for (file, first) in [
        ("prospectus-en.csv", "Understanding anxiety"),
        ("prospectus-de.csv", "Angst verstehen"),
        ("prospectus-en.json", "Understanding anxiety"),
        ("prospectus-de.json", "Angst verstehen"),
    ] {
        let bytes = std::fs::read(format!("{dir}{file}")).expect("sample");
        let preview = parse(&bytes, Some(file)).expect(file);
        assert_eq!(preview.courses.len(), 25, "{file}");
        assert!(preview.skipped.is_empty(), "{file}: {:?}", preview.skipped);
        assert!(
            preview.unknown_columns.is_empty(),
            "{file}: {:?}",
            preview.unknown_columns
        );
        assert_eq!(preview.courses[0].title, first);
        assert!(
            preview
                .courses
                .iter()
                .all(|c| c.delivery.is_some() && c.start_date.is_some()),
            "{file}"
        );
    }
}

#[test]
fn a_prospectus_carries_the_colleges_support_contacts_and_the_last_one_that_has_any_keeps_them() {
    let (_dir, store) = plan();
    assert!(store.support_contacts().expect("none").contacts.is_empty());
    // The samples carry three, clearly fictional.
    for language in ["en-GB", "de"] {
        let sample = waymark_core::files::prospectus::sample(language).expect("sample");
        assert_eq!(sample.support.len(), 3, "{language}");
        assert_eq!(sample.support_left_out, 0);
        assert!(sample.college.contains("fictional") || sample.college.contains("erfunden"));
        assert!(sample
            .support
            .iter()
            .all(|c| c.phone.contains("fictional") || c.phone.contains("erfunden")));
    }
    let sample = waymark_core::files::prospectus::sample("en-GB").expect("sample");
    let summary = store.import_prospectus_preview(&sample).expect("import");
    assert_eq!((summary.added, summary.support_contacts), (25, 3));
    let kept = store.support_contacts().expect("contacts");
    assert_eq!(kept.college, "Riverside Recovery College (fictional)");
    assert_eq!(kept.contacts, sample.support);

    // One with a contact that is not as the format says: that one is left
    // out, the others kept (text as written, Arabic and emoji too), unknown
    // fields noted for college staff.
    let json = r#"{"format":"waymark-prospectus","version":1,"college":"كلية الأمل",
      "courses":[{"title":"Art"}],
      "support":[
        {"name":"مكتب الدعم 🌱","about":"نحن هنا\nللمساعدة","phone":"+44 0000","fax":"1"},
        {"name":7},
        {"name":"   "},
        {"name":"Line\nbreak"},
        {"about":"no name"},
        "not an object",
        {"name":"Office","hours":"9–5","website":"javascript:alert(1)"}
      ]}"#;
    let preview = parse(json.as_bytes(), Some("p.json")).expect("read");
    assert_eq!(preview.support.len(), 2);
    assert_eq!(preview.support_left_out, 5);
    assert_eq!(preview.unknown_columns, ["support.fax"]);
    assert_eq!(preview.support[0].about, "نحن هنا\nللمساعدة");
    store.import_prospectus_preview(&preview).expect("import");
    let kept = store.support_contacts().expect("contacts");
    assert_eq!(kept.college, "كلية الأمل");
    assert_eq!(
        kept.contacts
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>(),
        ["مكتب الدعم 🌱", "Office"]
    );

    // A prospectus with no contacts (a CSV, say) leaves the ones there.
    let csv = parse(b"Title\nPottery\n", Some("p.csv")).expect("csv");
    assert!(csv.support.is_empty());
    assert_eq!(
        store
            .import_prospectus_preview(&csv)
            .expect("import")
            .support_contacts,
        0
    );
    assert_eq!(
        store.support_contacts().expect("contacts").contacts.len(),
        2
    );

    // Far more than any college lists: the file is refused as a whole.
    let many = format!(
        r#"{{"format":"waymark-prospectus","version":1,"courses":[],"support":[{}]}}"#,
        vec![r#"{"name":"x"}"#; 301].join(",")
    );
    assert_eq!(
        parse(many.as_bytes(), Some("p.json")).expect_err("too many"),
        ProspectusError::BadJson
    );
}

#[test]
fn a_rooms_column_is_where_the_course_is() {
    for header in ["Room", "Raum", "Location", "Ort", "Place", "Räume"] {
        let csv = format!("Title,{header}\nPottery,Room 4\n");
        let preview = parse(csv.as_bytes(), Some("p.csv")).expect("parse");
        assert_eq!(preview.courses[0].venue, "Room 4", "{header}");
        assert!(
            preview.unknown_columns.is_empty(),
            "{header}: {:?}",
            preview.unknown_columns
        );
    }
}
