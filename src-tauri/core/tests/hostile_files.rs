//! Files from outside, met calmly: each class of hostile or odd file that
//! Waymark once mishandled, on real plans in temporary folders. Every refusal
//! names the kind of file and the kind of fault, carries no word of the file,
//! and changes nothing; every renderer is total; what is accepted can be shown.

use proptest::prelude::*;
use serde_json::{json, Value};
use waymark_core::export::html;
use waymark_core::export::save::ExportFormat;
use waymark_core::export::words::{self, Words};
use waymark_core::files::feedback_file::{
    FeedbackFile, FeedbackItem, ItemKind, Target, TargetKind,
};
use waymark_core::files::plan_file::{OpenedPlan, PlanFile};
use waymark_core::files::prospectus::{self, SkipReason};
use waymark_core::plan::courses::CourseChoice;
use waymark_core::plan::journal::AboutMe;
use waymark_core::plan::reviews::ReviewInput;
use waymark_core::share::choice::ShareChoice;
use waymark_core::{
    Error, ErrorCode, Field, FileFault, FileKind, GoalInput, Invalid, Problem, Store,
};

mod common;
use common::plan;

/// A plan with a goal and a step, a finished review with ratings, About me.
fn sample(store: &Store) -> String {
    store
        .save_about_me(&AboutMe {
            preferred_name: "Sam".into(),
            ..AboutMe::default()
        })
        .expect("about me");
    let goal = store
        .create_goal(&GoalInput {
            title: "Swim a length".into(),
            why: "Because".into(),
            life_area: "learning".into(),
            target_date: Some("2027-06-30".into()),
        })
        .expect("goal")
        .id;
    store.add_step(&goal, "Go with my sister").expect("step");
    for (i, _) in [0, 1].iter().enumerate() {
        let review = store.start_review(true).expect("review").review.id;
        store
            .save_review(
                &review,
                &ReviewInput {
                    check_in: true,
                    tutor_name: "Alex".into(),
                    ..ReviewInput::default()
                },
            )
            .expect("save");
        for area in ["learning", "work", "home"] {
            store
                .rate_area(&review, area, Some(4 + i as i32))
                .expect("rate");
        }
        store.complete_review(&review).expect("finish");
    }
    goal
}

fn shared_json(store: &Store) -> Value {
    let bytes = store
        .export(
            ExportFormat::Waymark,
            &ShareChoice::default(),
            "en-GB",
            "1.0.0",
        )
        .expect("export");
    serde_json::from_slice(&bytes).expect("json")
}

fn refuse_plan(value: &Value) -> Error {
    PlanFile::parse(&serde_json::to_vec(value).expect("bytes")).expect_err("refused")
}

fn is_bad(error: &Error, file: FileKind, fault: FileFault) -> bool {
    matches!(error, Error::BadFile { file: f, fault: g } if *f == file && *g == fault)
}

/// What an error says underneath (its `Display`, as logs and IPC carry it):
/// short, and none of the file's words.
fn says_nothing_of_the_file(error: &Error, secret: &str) {
    let text = error.to_string();
    assert!(text.len() < 200, "bounded: {} bytes", text.len());
    assert!(!text.contains(secret), "quotes the file: {text}");
    for parser in [
        "line 1",
        "column",
        "expected",
        "unknown variant",
        "unknown field",
    ] {
        assert!(!text.contains(parser), "a parser's words: {text}");
    }
}

// ---- 1. Every renderer is total ------------------------------------------

fn hostile_texts() -> Vec<String> {
    vec![
        "W".repeat(3_000),
        "Ω".repeat(700),
        "مرحبا بكم في خطتي ".repeat(200),
        "\u{202E}evil\u{2066}".repeat(50),
        "🧗🏽‍♀️".repeat(400),
        "a\u{0301}".repeat(900),
        String::new(),
        " ".into(),
    ]
}

#[test]
fn the_pdf_and_html_packs_are_total_for_any_label_name_or_word() {
    let (_dir, store) = plan();
    sample(&store);
    let base = shared_json(&store);
    assert!(base["plan"]["chart"].is_object(), "the chart is shared");
    for text in hostile_texts() {
        let mut value = base.clone();
        value["plan"]["name"] = text.clone().into();
        value["plan"]["life_areas"][0]["label"] = text.clone().into();
        value["plan"]["life_areas"][0]["key"] = "own".into();
        value["plan"]["chart"]["points"][0]["life_area"] = "own".into();
        value["plan"]["goals"][0]["title"] = text.clone().into();
        value["plan"]["goals"][0]["life_area"] = "own".into();
        value["plan"]["goals"][0]["why"] = text.clone().into();
        let file = PlanFile::parse(&serde_json::to_vec(&value).expect("bytes")).expect("accepted");
        for language in ["en-GB", "de"] {
            let words = Words::new(language);
            let pdf =
                waymark_core::export::pdf::pdf(&file.plan, &words, &file.exported_at, "1.0.0")
                    .expect("the PDF is made");
            assert!(pdf.starts_with(b"%PDF-"));
            let html = html::html(&file.plan, &words, &file.exported_at, "1.0.0");
            assert!(html.ends_with("</html>\n"));
        }
    }
}

// ---- 2. Refusals: the kind of file, the kind of fault, nothing of the file --

#[test]
fn each_broken_plan_file_is_refused_for_what_is_wrong_with_it_and_quotes_nothing() {
    let (_dir, store) = plan();
    sample(&store);
    let good = shared_json(&store);
    let secret = "<script>SECRET-7f3</script>";
    let plan = FileKind::Plan;

    let error = PlanFile::parse(b"").expect_err("empty");
    assert!(is_bad(&error, plan, FileFault::Empty));
    let error = PlanFile::parse(b" \n\t ").expect_err("blank");
    assert!(is_bad(&error, plan, FileFault::Empty));
    let error = PlanFile::parse(format!("{{ {secret}").as_bytes()).expect_err("not json");
    assert!(is_bad(&error, plan, FileFault::NotJson));
    says_nothing_of_the_file(&error, secret);
    let error = PlanFile::parse(b"[1, 2, 3]").expect_err("an array");
    assert!(is_bad(&error, plan, FileFault::NotThisKind));
    let error = PlanFile::parse(b"\xff\xfe{\x00}").expect_err("UTF-16");
    assert!(is_bad(&error, plan, FileFault::NotJson));

    let mut other = good.clone();
    other["format"] = secret.into();
    let error = refuse_plan(&other);
    assert!(is_bad(&error, plan, FileFault::NotThisKind));
    says_nothing_of_the_file(&error, secret);

    let mut feedback = good.clone();
    feedback["format"] = "waymark-feedback".into();
    assert!(is_bad(&refuse_plan(&feedback), plan, FileFault::IsFeedback));

    for version in [json!(0), json!(-1), json!("1"), json!(1.5), Value::Null] {
        let mut v = good.clone();
        v["format_version"] = version.clone();
        assert!(
            is_bad(&refuse_plan(&v), plan, FileFault::NoVersion),
            "version {version}"
        );
    }
    let mut newer = good.clone();
    newer["format_version"] = json!(u64::MAX);
    assert!(matches!(
        refuse_plan(&newer),
        Error::FileTooNew {
            file: FileKind::Plan,
            found: u32::MAX,
            ..
        }
    ));

    let mut status = good.clone();
    status["plan"]["goals"][0]["status"] = "failed".into();
    let error = refuse_plan(&status);
    assert!(is_bad(&error, plan, FileFault::BadShape));
    says_nothing_of_the_file(&error, "failed");

    // A huge field full of markup: megabytes of it never reach an error.
    let mut huge = good.clone();
    huge["plan"]["name"] = secret.repeat(20_000).into();
    let error = refuse_plan(&huge);
    assert!(is_bad(&error, plan, FileFault::TooLong));
    says_nothing_of_the_file(&error, secret);
}

#[test]
fn a_plan_file_that_begins_with_a_byte_order_mark_is_simply_read() {
    let (_dir, store) = plan();
    sample(&store);
    let bytes = serde_json::to_vec(&shared_json(&store)).expect("bytes");
    let mut with_mark = b"\xEF\xBB\xBF".to_vec();
    with_mark.extend_from_slice(&bytes);
    assert_eq!(
        PlanFile::parse(&with_mark).expect("read"),
        PlanFile::parse(&bytes).expect("read")
    );
}

#[test]
fn a_feedback_file_is_called_feedback_when_it_is_refused() {
    let big = vec![b' '; (waymark_core::files::feedback_file::FILE_MAX + 1) as usize];
    assert!(matches!(
        FeedbackFile::parse(&big).expect_err("too big"),
        Error::FileTooBig {
            file: FileKind::Feedback,
            max_mb: 2
        }
    ));
    let error = FeedbackFile::parse(b"{\"format\":\"waymark-plan\",\"format_version\":1}")
        .expect_err("a plan");
    assert!(is_bad(&error, FileKind::Feedback, FileFault::IsPlan));
    let error = FeedbackFile::parse(b"not json at all").expect_err("not json");
    assert!(is_bad(&error, FileKind::Feedback, FileFault::NotJson));
    let error = FeedbackFile::parse(b"{\"format\":\"waymark-feedback\",\"format_version\":3}")
        .expect_err("newer");
    assert!(matches!(
        error,
        Error::FileTooNew {
            file: FileKind::Feedback,
            found: 3,
            supported: 2
        }
    ));
}

// ---- 3. The parser checks what the documents promise ----------------------

#[test]
fn unknown_fields_are_refused_at_every_depth_and_numbers_outside_their_range() {
    let (_dir, store) = plan();
    sample(&store);
    let good = shared_json(&store);
    assert!(PlanFile::parse(&serde_json::to_vec(&good).expect("bytes")).is_ok());
    type Change = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Change)> = vec![
        (
            "unknown field in a rating",
            Box::new(|v| v["plan"]["reviews"][0]["areas"][0]["x"] = 1.into()),
        ),
        (
            "unknown field in a chart point",
            Box::new(|v| v["plan"]["chart"]["points"][0]["x"] = 1.into()),
        ),
        (
            "unknown field in a life area",
            Box::new(|v| v["plan"]["life_areas"][0]["x"] = 1.into()),
        ),
        (
            "unknown field in a review's goal",
            Box::new(|v| {
                v["plan"]["reviews"][0]["goals"] = json!([{"goal_id": "g", "progress": "",
                    "attainment": null, "decision": null, "x": 1}])
            }),
        ),
        (
            "a rating of 99",
            Box::new(|v| v["plan"]["reviews"][0]["areas"][0]["rating"] = 99.into()),
        ),
        (
            "a rating of -5",
            Box::new(|v| v["plan"]["reviews"][0]["areas"][0]["rating"] = (-5).into()),
        ),
        (
            "a rating of 0 in the chart",
            Box::new(|v| v["plan"]["chart"]["points"][0]["after"] = 0.into()),
        ),
        (
            "an attainment of 3",
            Box::new(|v| {
                v["plan"]["reviews"][0]["goals"] = json!([{"goal_id": "g", "progress": "",
                    "attainment": 3, "decision": null}])
            }),
        ),
        (
            "the same goal twice",
            Box::new(|v| {
                let goal = v["plan"]["goals"][0].clone();
                v["plan"]["goals"].as_array_mut().expect("goals").push(goal);
            }),
        ),
    ];
    for (what, change) in cases {
        let mut value = good.clone();
        change(&mut value);
        let error = refuse_plan(&value);
        assert!(
            is_bad(&error, FileKind::Plan, FileFault::BadShape),
            "{what}: {error:?}"
        );
    }
}

// ---- 4. Everything files are held to Waymark's own rules ------------------

fn everything(store: &Store) -> PlanFile {
    PlanFile::parse(
        &store
            .everything_file("1.0.0")
            .expect("file")
            .to_json()
            .expect("json"),
    )
    .expect("parses")
}

fn table_rows(store: &Store) -> String {
    String::from_utf8(
        store
            .everything_file("1.0.0")
            .expect("file")
            .to_json()
            .expect("json"),
    )
    .map(|json| {
        let v: Value = serde_json::from_str(&json).expect("json");
        v["everything"]["tables"].to_string()
    })
    .expect("utf-8")
}

#[test]
fn an_everything_file_whose_rows_break_waymarks_rules_goes_nowhere() {
    let (_dir, store) = plan();
    sample(&store);
    let good = everything(&store);
    let cases: Vec<(&str, &str, Value)> = vec![
        ("goal", "title", json!("")),
        ("goal", "title", json!("   ")),
        ("goal", "title", json!("x".repeat(201))),
        ("goal", "title", json!("two\nlines")),
        ("goal", "target_date", json!("2027-02-30")),
        ("goal", "target_date", json!("someday")),
        ("goal", "created_at", json!("yesterday")),
        ("step", "position", json!(-1)),
        ("step", "text", json!("")),
        ("about_me", "preferred_name", json!("n".repeat(101))),
        ("review", "completed_at", json!("not a moment")),
    ];
    for (table, column, value) in cases {
        let mut file = good.clone();
        let rows = file
            .everything
            .as_mut()
            .expect("everything")
            .tables
            .get_mut(table)
            .expect("table");
        rows[0].insert(column.into(), value.clone());
        let (_d, mut fresh) = plan();
        let before = table_rows(&fresh);
        let error = fresh.import_everything(&file).expect_err("refused");
        assert!(
            is_bad(&error, FileKind::Plan, FileFault::BadRow),
            "{table}.{column} = {value}: {error:?}"
        );
        assert_eq!(
            table_rows(&fresh),
            before,
            "{table}.{column}: nothing changed"
        );
        assert!(fresh.goals().expect("goals").is_empty());
    }
    // A share count below nothing, a support Waymark does not know, a row
    // with no columns at all.
    let extra: Vec<(&str, Value)> = vec![
        (
            "share_log",
            json!({"id": "s1", "shared_at": "2026-11-01T10:00:00.000Z",
            "format": "html", "sections": "[]", "reflections": -3, "tutor_name": "", "file_name": ""}),
        ),
        (
            "share_log",
            json!({"id": "s1", "shared_at": "2026-11-01T10:00:00.000Z",
            "format": "html", "sections": "[\"secrets\"]", "reflections": 0, "tutor_name": "", "file_name": ""}),
        ),
        (
            "learning_support",
            json!({"key": "<b>telepathy</b>", "created_at": "2026-11-01T10:00:00.000Z"}),
        ),
        ("goal", json!({})),
        (
            "draft",
            json!({"key": "DROP TABLE", "body": "x", "updated_at": "2026-11-01T10:00:00.000Z"}),
        ),
    ];
    for (table, row) in extra {
        let mut file = good.clone();
        let tables = &mut file.everything.as_mut().expect("everything").tables;
        let row = row.as_object().expect("object").clone();
        tables.entry(table.to_string()).or_default().push(row);
        let (_d, mut fresh) = plan();
        let error = fresh.import_everything(&file).expect_err("refused");
        assert!(
            is_bad(&error, FileKind::Plan, FileFault::BadRow),
            "{table}: {error:?}"
        );
        assert!(fresh.goals().expect("goals").is_empty());
    }
}

#[test]
fn a_laptop_holding_only_about_me_a_support_or_a_draft_is_not_empty() {
    let (_dir, store) = plan();
    sample(&store);
    let file = everything(&store);

    let (_d1, mut about) = plan();
    about
        .save_about_me(&AboutMe {
            preferred_name: "Jo".into(),
            strengths: "Kind".into(),
            ..AboutMe::default()
        })
        .expect("about me");
    let error = about.import_everything(&file).expect_err("not empty");
    assert_eq!(error.code(), ErrorCode::PlanNotEmpty);
    assert_eq!(about.about_me().expect("about").preferred_name, "Jo");

    let (_d2, mut support) = plan();
    support
        .save_about_me(&AboutMe {
            supports: vec!["quiet_space".into()],
            ..AboutMe::default()
        })
        .expect("support");
    let error = support.import_everything(&file).expect_err("not empty");
    assert_eq!(error.code(), ErrorCode::PlanNotEmpty);
    assert_eq!(support.about_me().expect("about").supports, ["quiet_space"]);

    let (_d3, mut draft) = plan();
    draft
        .save_draft("goal-new", "Half a thought")
        .expect("draft");
    let error = draft.import_everything(&file).expect_err("not empty");
    assert_eq!(error.code(), ErrorCode::PlanNotEmpty);

    // Settings alone (a language chosen on the new laptop) are no plan.
    let (_d4, mut fresh) = plan();
    fresh.import_everything(&file).expect("moves in");
    assert_eq!(fresh.goals().expect("goals").len(), 1);
    // The same file again: it is already here, and says so.
    let error = fresh.import_everything(&file).expect_err("again");
    assert_eq!(error.code(), ErrorCode::PlanAlreadyHere);
    assert_eq!(fresh.goals().expect("goals").len(), 1);
}

// ---- 5. Receiving feedback loses nothing and invents nothing ---------------

fn opened(store: &Store) -> OpenedPlan {
    let bytes = store
        .export(
            ExportFormat::Waymark,
            &ShareChoice::default(),
            "en-GB",
            "1.0.0",
        )
        .expect("export");
    PlanFile::parse(&bytes)
        .expect("parses")
        .opened("sam.waymark")
        .expect("a shared plan")
}

fn feedback_from(opened: &OpenedPlan, tutor: &str, goal: &str, texts: &[&str]) -> FeedbackFile {
    let mut file = FeedbackFile::for_plan(opened, tutor, "1.0.0").expect("file");
    for (i, text) in texts.iter().enumerate() {
        file.add(
            Target {
                kind: TargetKind::Goal,
                id: goal.into(),
                reference: "Swim a length".into(),
            },
            ItemKind::Comment,
            text,
        )
        .expect("item");
        // Ids a second tutor's Waymark happened to give as well.
        file.items[i].id = format!("item-{i}");
    }
    file
}

fn suggestions(store: &Store) -> usize {
    store
        .feedback_received()
        .expect("received")
        .iter()
        .map(|f| f.items as usize)
        .sum()
}

#[test]
fn two_tutors_whose_item_ids_repeat_both_reach_the_student_and_nothing_twice() {
    let (_dir, store) = plan();
    let goal = sample(&store);
    let opened = opened(&store);
    let alex = feedback_from(&opened, "Alex", &goal, &["Lovely.", "Try Sundays?"]);
    let kim = feedback_from(&opened, "Kim", &goal, &["Well done.", "What next?"]);
    store.receive_feedback(&alex).expect("Alex");
    store.receive_feedback(&kim).expect("Kim");
    assert_eq!(suggestions(&store), 4);
    // Each file received again adds nothing.
    store.receive_feedback(&alex).expect("Alex again");
    store.receive_feedback(&kim).expect("Kim again");
    assert_eq!(suggestions(&store), 4);
}

#[test]
fn a_feedback_file_with_no_items_or_for_another_plan_changes_nothing() {
    let (_dir, store) = plan();
    let goal = sample(&store);
    let opened = opened(&store);
    let empty = feedback_from(&opened, "Alex", &goal, &[]);
    let bytes = empty.to_json().expect("json");
    let error = FeedbackFile::parse(&bytes).expect_err("no items");
    assert!(is_bad(&error, FileKind::Feedback, FileFault::NoItems));
    let error = store.receive_feedback(&empty).expect_err("no items");
    assert!(is_bad(&error, FileKind::Feedback, FileFault::NoItems));
    let reviews = store.reviews().expect("reviews").len();
    assert_eq!(reviews, 2, "no empty check-in was made");

    // A plan that was never shared has no id; a refusal does not make one.
    let (dir, never) = plan();
    let file = feedback_from(&opened, "Alex", &goal, &["Hello"]);
    let error = never.receive_feedback(&file).expect_err("another plan");
    assert_eq!(error.code(), ErrorCode::FeedbackForAnotherPlan);
    drop(never);
    let db = rusqlite::Connection::open(dir.path().join(waymark_core::DB_FILE_NAME)).expect("db");
    let ids: i64 = db
        .query_row(
            "SELECT count(*) FROM setting WHERE key = 'plan_id'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(ids, 0, "the refusal wrote nothing");
}

#[test]
fn a_suggested_step_or_course_is_never_longer_than_a_step_or_course_may_be() {
    let target = Target {
        kind: TargetKind::Goal,
        id: "g".into(),
        reference: "Swim".into(),
    };
    let long = "s".repeat(301);
    let error = FeedbackItem::new(target.clone(), ItemKind::Step, &long).expect_err("long");
    assert!(matches!(
        error,
        Error::Invalid(Invalid {
            field: Field::Suggestion,
            problem: Problem::TooLong { max: 300 }
        })
    ));
    let error =
        FeedbackItem::new(target.clone(), ItemKind::Course, &"c".repeat(201)).expect_err("long");
    assert!(matches!(
        error,
        Error::Invalid(Invalid {
            problem: Problem::TooLong { max: 200 },
            ..
        })
    ));
    // A comment may be long and keep its line breaks.
    let comment = FeedbackItem::new(target.clone(), ItemKind::Comment, "Well\n\ndone").expect("ok");
    assert_eq!(comment.text, "Well\n\ndone");
    // Only control characters is nothing at all.
    let error =
        FeedbackItem::new(target.clone(), ItemKind::Comment, "\u{1}\u{7}\u{1b}").expect_err("none");
    assert!(matches!(
        error,
        Error::Invalid(Invalid {
            field: Field::Suggestion,
            problem: Problem::Empty
        })
    ));

    // The same rules for a file written by hand.
    let (_dir, store) = plan();
    let goal = sample(&store);
    let opened = opened(&store);
    let file = feedback_from(&opened, "Alex", &goal, &["Fine"]);
    let mut value: Value = serde_json::from_slice(&file.to_json().expect("json")).expect("json");
    value["items"][0]["kind"] = "step".into();
    value["items"][0]["text"] = long.into();
    let error = FeedbackFile::parse(&serde_json::to_vec(&value).expect("bytes")).expect_err("long");
    assert!(is_bad(&error, FileKind::Feedback, FileFault::TooLong));
    value["items"][0]["text"] = "\u{1}\u{2}".into();
    let error = FeedbackFile::parse(&serde_json::to_vec(&value).expect("bytes")).expect_err("none");
    assert!(is_bad(&error, FileKind::Feedback, FileFault::BadShape));
    value["items"][0]["text"] = "Try\u{7} Sundays".into();
    let read = FeedbackFile::parse(&serde_json::to_vec(&value).expect("bytes")).expect("read");
    assert_eq!(read.items[0].text, "Try Sundays", "cleaned as if typed");
}

// ---- 6. Shown as written -----------------------------------------------------

const BIDI: &[char] = &[
    '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}',
];

/// The pack's HTML with everything isolated taken out: `<bdi>` elements,
/// elements with `dir`, the SVG's labels and the page's title.
fn outside_isolates(html: &str) -> String {
    let mut out = html.to_string();
    for (open, close) in [
        ("<bdi>", "</bdi>"),
        ("<title>", "</title>"),
        ("dir=\"auto\">", "</"),
        ("fill=\"#1f2a2e\">", "</text>"),
    ] {
        while let Some(start) = out.find(open) {
            let end = out[start..].find(close).map_or(out.len(), |e| start + e);
            out.replace_range(start..end, "");
        }
    }
    out
}

#[test]
fn bidi_controls_in_a_name_a_life_area_or_a_tutors_name_stay_inside_them() {
    let (_dir, store) = plan();
    sample(&store);
    let mut value = shared_json(&store);
    let evil = "\u{202E}Sam\u{2066}";
    value["plan"]["name"] = evil.into();
    value["plan"]["life_areas"][0]["key"] = "own".into();
    value["plan"]["life_areas"][0]["label"] = evil.into();
    value["plan"]["goals"][0]["life_area"] = "own".into();
    value["plan"]["chart"]["points"][0]["life_area"] = "own".into();
    value["plan"]["reviews"][0]["tutor_name"] = "\u{202B}Alex".into();
    let file = PlanFile::parse(&serde_json::to_vec(&value).expect("bytes")).expect("accepted");
    let html = html::html(&file.plan, &Words::new("en-GB"), &file.exported_at, "1.0.0");
    assert!(html.contains("<bdi>\u{202E}Sam\u{2066}</bdi>"));
    // What is left may hold Unicode isolates (FSI … PDI) around a text; a
    // control outside any of them is a leak.
    let (mut depth, mut leaked) = (0usize, Vec::new());
    for c in outside_isolates(&html).chars() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            '\u{2069}' if depth > 0 => depth -= 1,
            c if depth == 0 && BIDI.contains(&c) => leaked.push(c),
            _ => {}
        }
    }
    assert!(
        leaked.is_empty(),
        "bidi controls outside an isolate: {leaked:?}"
    );
}

/// Whether every embedding and isolate in `text` is closed, in order, and
/// nothing is closed that was not open.
fn balanced(text: &str) -> bool {
    let mut open = Vec::new();
    for c in text.chars() {
        match c {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => open.push('\u{202C}'),
            '\u{2066}'..='\u{2068}' => open.push('\u{2069}'),
            '\u{202C}' | '\u{2069}' if open.pop() != Some(c) => return false,
            '\n' if !open.is_empty() => return false,
            _ => {}
        }
    }
    open.is_empty()
}

proptest! {
    #[test]
    fn an_isolated_text_is_always_balanced(
        text in proptest::collection::vec(
            prop_oneof![
                Just('\u{202A}'), Just('\u{202B}'), Just('\u{202C}'), Just('\u{202D}'),
                Just('\u{202E}'), Just('\u{2066}'), Just('\u{2067}'), Just('\u{2068}'),
                Just('\u{2069}'), Just('a'), Just('ب'), Just('\n'),
            ],
            0..40,
        )
    ) {
        let text: String = text.into_iter().collect();
        let isolated = words::isolate(&text);
        prop_assert!(balanced(&isolated), "{:?} -> {:?}", text, isolated);
        let letters = |s: &str| s.chars().filter(|c| !BIDI.contains(c)).collect::<String>();
        prop_assert_eq!(letters(&isolated), letters(&text));
    }
}

#[test]
fn a_name_like_007_or_a_tutor_called_plus_44_is_shown_as_written() {
    let (_dir, store) = plan();
    sample(&store);
    let mut value = shared_json(&store);
    value["plan"]["name"] = "007".into();
    value["plan"]["reviews"][0]["tutor_name"] = "+44".into();
    let file = PlanFile::parse(&serde_json::to_vec(&value).expect("bytes")).expect("accepted");
    let words = Words::new("en-GB");
    assert!(words.pack_title("007").contains("007"));
    let html = html::html(&file.plan, &words, &file.exported_at, "1.0.0");
    assert!(html.contains("<bdi>007</bdi>"), "the name as written");
    assert!(html.contains("<bdi>+44</bdi>"), "the tutor as written");
}

#[test]
fn a_suggested_file_name_fits_every_file_system_whatever_the_name() {
    for name in [
        "x".repeat(20_000),
        "日本語".repeat(5_000),
        "🧗".repeat(3_000),
    ] {
        for format in [
            ExportFormat::Html,
            ExportFormat::Pdf,
            ExportFormat::Everything,
        ] {
            let file_name = format.suggested_name(&name, "2026-12-01");
            assert!(file_name.len() <= 200, "{} bytes", file_name.len());
            assert!(
                file_name.ends_with("-2026-12-01.html")
                    || file_name.ends_with("-2026-12-01.pdf")
                    || file_name.ends_with("private-whole-plan-2026-12-01.waymark-move"),
                "{file_name}"
            );
        }
        let feedback =
            waymark_core::files::feedback_file::suggested_name(&name, "2026-12-01T10:00:00Z");
        assert!(feedback.len() <= 200);
    }
}

// ---- 7. A prospectus with a quote left open -------------------------------

#[test]
fn an_unclosed_quote_is_one_row_that_could_not_be_read_and_the_rest_are_read() {
    let csv = "Title,Description,Term\n\
               Art,Painting,Spring\n\
               \"Music,Songs and more,Spring\n\
               Pottery,Clay,Summer\n\
               Walking,Outdoors,Summer\n";
    let preview = prospectus::parse(csv.as_bytes(), Some("courses.csv")).expect("read");
    let titles: Vec<&str> = preview.courses.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["Art", "Pottery", "Walking"]);
    assert_eq!(preview.skipped.len(), 1);
    assert_eq!(preview.skipped[0].row, 3);
    assert_eq!(preview.skipped[0].reason, SkipReason::UnclosedQuote);

    // A quote that a later row closes by chance.
    let csv = "Title;Term;Venue\n\
               \"Choir;Spring;Hall\n\
               Yoga;\"Summer\";Room 2\n\
               Maths;Autumn;Library\n";
    let preview = prospectus::parse(csv.as_bytes(), Some("courses.csv")).expect("read");
    let titles: Vec<&str> = preview.courses.iter().map(|c| c.title.as_str()).collect();
    assert!(preview
        .skipped
        .iter()
        .any(|s| s.row == 2 && s.reason == SkipReason::UnclosedQuote));
    assert!(titles.contains(&"Maths"), "{titles:?}");
    assert!(!titles.iter().any(|t| t.contains('\n')), "{titles:?}");

    // Two columns: too few separators to tell a swallowed row by its shape;
    // the quoting itself tells.
    let csv = "Title,Term\nArt,Spring\n\"Music,Spring\nPottery,Summer\n";
    let preview = prospectus::parse(csv.as_bytes(), Some("courses.csv")).expect("read");
    let titles: Vec<&str> = preview.courses.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["Art", "Pottery"]);
    assert_eq!(preview.skipped[0].row, 3);
    assert_eq!(preview.skipped[0].reason, SkipReason::UnclosedQuote);

    // A real line break inside a quoted description is no fault.
    let csv = "Title,Description\n\"Art\",\"Paint\nand draw\"\nPottery,Clay\n";
    let preview = prospectus::parse(csv.as_bytes(), Some("courses.csv")).expect("read");
    assert!(preview.skipped.is_empty(), "{:?}", preview.skipped);
    assert_eq!(preview.courses.len(), 2);
    assert_eq!(preview.courses[0].description, "Paint\nand draw");
}

#[test]
fn a_prospectus_refusal_quotes_nothing() {
    let error = prospectus::parse(b"{\"format\": \"<b>SECRET</b>\"", Some("p.json"))
        .expect_err("broken json");
    assert_eq!(error, waymark_core::error::ProspectusError::BadJson);
    assert!(!error.to_string().contains("SECRET"));
}

#[test]
fn a_chosen_file_that_cannot_be_read_is_the_files_fault_not_the_plans() {
    let dir = tempfile::tempdir().expect("dir");
    let gone = dir.path().join("taken-out.waymark");
    let error = waymark_core::files::plan_file::read_plan_file(&gone, None).expect_err("gone");
    assert!(is_bad(&error, FileKind::Plan, FileFault::Unreadable));
    assert_ne!(error.code(), ErrorCode::Storage);
    let error = waymark_core::files::feedback_file::read_feedback_file(dir.path(), None)
        .expect_err("a folder");
    assert!(is_bad(&error, FileKind::Feedback, FileFault::Unreadable));
}

/// Everything Waymark itself writes moves to a new laptop: a prospectus with
/// long venues and odd characters, a tutor's multi-line comment with a long
/// item id, a course chosen, something recently deleted, a feedback draft.
#[test]
fn a_whole_plan_of_everything_waymark_writes_moves_in() {
    let (_dir, store) = plan();
    let goal = sample(&store);
    let venue = "The long way round, ".repeat(20);
    let csv = format!(
        "Title,Description,Venue,Term,Code\n\
         Pottery,Clay\u{b}and glaze,{venue},Spring,{}\n\
         Choir,Singing,Hall,Spring,C2\n",
        "K".repeat(150)
    );
    let preview = prospectus::parse(csv.as_bytes(), Some("p.csv")).expect("read");
    assert_eq!(preview.courses.len(), 2, "{:?}", preview.skipped);
    store.import_prospectus(&preview.courses).expect("imported");
    let course = store
        .courses(&waymark_core::plan::courses::CourseQuery::default(), 10)
        .expect("courses")
        .into_iter()
        .find(|c| c.details.title == "Choir")
        .expect("choir");
    store
        .set_course_choice(&course.id, Some(CourseChoice::Interested))
        .expect("chosen");

    let opened = opened(&store);
    let mut file = feedback_from(&opened, "Alex", &goal, &["Well done.\nNext, the deep end?"]);
    file.items[0].id = "i".repeat(100);
    file.items[0].about.reference = "Swim\u{7} a length".into();
    store.receive_feedback(&file).expect("received");
    let extra = store
        .create_goal(&GoalInput {
            title: "A goal to let go of".into(),
            why: String::new(),
            life_area: "work".into(),
            target_date: None,
        })
        .expect("goal");
    store.delete_goal(&extra.id).expect("deleted");

    let everything = everything(&store);
    let (_d, mut fresh) = plan();
    fresh
        .import_everything(&everything)
        .expect("every row Waymark wrote moves in");
    assert_eq!(table_rows(&fresh), table_rows(&store));
}

#[test]
fn a_csv_with_windows_line_ends_names_each_broken_row_once_and_counts_rows_right() {
    let csv = "Title,Description,Term\r\n\
               Art,Painting,Spring\r\n\
               C1 \"Intro\" to art,Drawing,Spring\r\n\
               \"Music,Songs,Spring\r\n\
               Pottery,Clay,Summer\r\n";
    let preview = prospectus::parse(csv.as_bytes(), Some("courses.csv")).expect("read");
    let titles: Vec<&str> = preview.courses.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["Art", "C1 \"Intro\" to art", "Pottery"]);
    assert_eq!(preview.skipped.len(), 1, "{:?}", preview.skipped);
    assert_eq!(preview.skipped[0].row, 4);
    assert_eq!(preview.skipped[0].reason, SkipReason::UnclosedQuote);
}

#[test]
fn a_device_is_not_read_as_a_file() {
    let error =
        waymark_core::files::plan_file::read_plan_file(std::path::Path::new("/dev/zero"), None)
            .expect_err("a device");
    assert!(is_bad(&error, FileKind::Plan, FileFault::Unreadable));
}
