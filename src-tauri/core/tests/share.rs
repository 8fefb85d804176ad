//! Sharing with a tutor, on real plan files: what is chosen is what leaves,
//! private reflections never do, the tutor pack escapes everything, a plan
//! file round-trips, and a bad or newer file is refused and changes nothing.

use proptest::prelude::*;
use waymark_core::export::html;
use waymark_core::export::save::ExportFormat;
use waymark_core::export::words::Words;
use waymark_core::files::plan_file::{PlanFile, Section, SharedGoal, SharedPlan, SharedReflection};
use waymark_core::plan::journal::{AboutMe, ReflectionInput};
use waymark_core::plan::reviews::ReviewInput;
use waymark_core::share::choice::ShareChoice;
use waymark_core::{Error, ErrorCode, FileFault, FileKind, GoalInput, GoalStatus, Store};

mod common;
use common::plan;

const PRIVATE: &str = "PRIVATE-Only-for-me-7c1";
const SHARED: &str = "SHARED-I-may-share-this-4d2";

fn goal(store: &Store, title: &str) -> String {
    store
        .create_goal(&GoalInput {
            title: title.into(),
            why: "Because it matters to me".into(),
            life_area: "learning".into(),
            target_date: Some("2027-06-30".into()),
        })
        .expect("goal")
        .id
}

fn reflection(store: &Store, body: &str, shareable: bool) -> String {
    store
        .create_reflection(&ReflectionInput {
            written_on: "2026-11-02".into(),
            body: body.into(),
            shareable,
            ..ReflectionInput::default()
        })
        .expect("reflection")
        .id
}

/// A small plan with a private and a shareable reflection, and a finished review.
fn sample(store: &Store) -> (String, String) {
    store
        .save_about_me(&AboutMe {
            preferred_name: "Sam".into(),
            for_tutors: "I like to sit near the door.".into(),
            strengths: "Patient".into(),
            interests: "walking, clay".into(),
            supports: vec!["quiet_space".into()],
            support_words: "Slides the day before, please.".into(),
        })
        .expect("about me");
    let g = goal(store, "Swim a length");
    store.add_step(&g, "Go with my sister").expect("step");
    let private = reflection(store, PRIVATE, false);
    let shared = reflection(store, SHARED, true);
    let review = store.start_review(true).expect("review").review.id;
    store.rate_area(&review, "learning", Some(6)).expect("rate");
    store.rate_area(&review, "home", Some(4)).expect("rate");
    store.rate_area(&review, "work", Some(3)).expect("rate");
    store
        .save_review(
            &review,
            &ReviewInput {
                check_in: true,
                tutor_name: "Alex".into(),
                went_well: "I went every week.".into(),
                ..ReviewInput::default()
            },
        )
        .expect("save review");
    store
        .add_suggestion(&review, "Try the pool at quiet times")
        .expect("suggestion");
    store.complete_review(&review).expect("complete");
    (private, shared)
}

fn everything_tables(store: &Store) -> String {
    let file = store.everything_file("test").expect("everything");
    serde_json::to_string(&file.everything.expect("tables").tables).expect("json")
}

#[test]
fn only_what_is_chosen_is_shared_and_private_reflections_never_are() {
    let (_dir, store) = plan();
    let (private, shared) = sample(&store);
    let words = Words::new("en-GB");

    // Every switch on and the shareable reflection picked: the private one is not there.
    let choice = ShareChoice {
        reflections: vec![shared.clone()],
        ..ShareChoice::default()
    };
    let file = store.plan_file(&choice, "1.0.0").expect("plan file");
    let json = String::from_utf8(file.to_json().expect("json")).expect("utf-8");
    let html = html::html(&file.plan, &words, &file.exported_at, "1.0.0");
    for output in [&json, &html] {
        assert!(output.contains(SHARED));
        assert!(output.contains("Swim a length"));
        assert!(!output.contains(PRIVATE), "a private reflection leaked");
    }
    assert!(html.contains("Sam&#39;s learning plan"));
    assert!(html.contains("Try the pool at quiet times"));
    assert_eq!(file.sections.last(), Some(&Section::Reflections));

    // Asking for the private one is refused, and nothing is made.
    let asked = ShareChoice {
        reflections: vec![private.clone()],
        ..ShareChoice::default()
    };
    let refused = store
        .plan_file(&asked, "1.0.0")
        .expect_err("private refused");
    assert_eq!(refused.code(), ErrorCode::PrivateReflection);
    assert_eq!(
        store.set_share_choice(&asked).expect_err("private").code(),
        ErrorCode::PrivateReflection
    );

    // Sections switched off are not in any output.
    let little = ShareChoice {
        about_me: false,
        support: false,
        steps: false,
        courses: false,
        reviews: false,
        chart: false,
        ..ShareChoice::default()
    };
    let file = store.plan_file(&little, "1.0.0").expect("little");
    let json = String::from_utf8(file.to_json().expect("json")).expect("utf-8");
    let html = html::html(&file.plan, &words, &file.exported_at, "1.0.0");
    for output in [&json, &html] {
        assert!(output.contains("Swim a length"));
        for gone in [
            "near the door",
            "Slides the day before",
            "Go with my sister",
            "Try the pool",
            SHARED,
            PRIVATE,
        ] {
            assert!(!output.contains(gone), "{gone} was not chosen");
        }
    }
    assert_eq!(file.sections, vec![Section::Goals]);

    // The first time, nothing is chosen: only what the student turns on is
    // shared, and an empty choice shares nothing at all.
    assert_eq!(
        store.share_choice().expect("choice"),
        ShareChoice::nothing()
    );
    let nothing = store
        .plan_file(&ShareChoice::nothing(), "1.0.0")
        .expect("nothing");
    assert!(nothing.sections.is_empty());
    let json = String::from_utf8(nothing.to_json().expect("json")).expect("utf-8");
    assert!(!json.contains("Swim a length") && !json.contains("near the door"));

    // The choice is kept for next time.
    store.set_share_choice(&little).expect("keep");
    assert_eq!(store.share_choice().expect("choice"), little);
}

#[test]
fn the_tutor_pack_escapes_every_text() {
    let hostile = [
        "<script>alert(1)</script>",
        "</style><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "\u{202E}gnp.exe",
        "\" onmouseover=\"alert(1)",
        "]]></title><!--",
    ];
    let long = "x<".repeat(500_000);
    let mut plan = SharedPlan {
        name: hostile[0].into(),
        about_me: None,
        support: None,
        life_areas: vec![],
        goals: Some(vec![]),
        courses: None,
        reviews: None,
        chart: None,
        reflections: vec![],
        feedback: vec![],
    };
    for (i, text) in hostile.iter().chain([&long.as_str()]).enumerate() {
        if let Some(goals) = plan.goals.as_mut() {
            goals.push(SharedGoal {
                id: format!("g{i}"),
                title: (*text).into(),
                why: (*text).into(),
                life_area: (*text).into(),
                target_date: Some((*text).into()),
                status: GoalStatus::Active,
                steps: vec![],
            });
        }
        plan.reflections.push(SharedReflection {
            id: format!("r{i}"),
            written_on: (*text).into(),
            body: (*text).into(),
            learned: (*text).into(),
            how_it_went: String::new(),
            try_next: String::new(),
            course_title: Some((*text).into()),
            goal_title: None,
        });
    }
    let html = html::html(
        &plan,
        &Words::new("en-GB"),
        "2026-11-26T10:00:00Z",
        "<b>1</b>",
    );
    assert!(!html.contains("<script"), "no script element");
    assert!(!html.contains("<img"), "no element from the plan");
    assert_eq!(
        html.matches("</style>").count(),
        1,
        "only Waymark's own style ends"
    );
    assert!(!html.contains("href"), "no links at all");
    assert!(
        !html.contains("onmouseover=\""),
        "no attribute from the plan"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<b>1</b>"));
    // A right-to-left override stays inside its own isolated text.
    assert!(html.contains("<bdi>\u{202E}gnp.exe</bdi>"));
    assert!(html.contains(&"x&lt;".repeat(500_000)));
}

#[test]
fn a_plan_file_is_checked_before_anything_is_opened() {
    let (_dir, store) = plan();
    sample(&store);
    let good = store
        .plan_file(&ShareChoice::default(), "1.0.0")
        .expect("file");
    let bytes = good.to_json().expect("json");
    assert_eq!(PlanFile::parse(&bytes).expect("parses"), good);

    let mut value: serde_json::Value = serde_json::from_slice(&bytes).expect("value");
    let refuse = |value: &serde_json::Value| {
        PlanFile::parse(&serde_json::to_vec(value).expect("bytes")).expect_err("refused")
    };

    let mut newer = value.clone();
    newer["format_version"] = 3.into();
    let error = refuse(&newer);
    assert_eq!(error.code(), ErrorCode::FileTooNew);
    assert!(matches!(
        error,
        Error::FileTooNew {
            file: FileKind::Plan,
            found: 3,
            supported: 2
        }
    ));

    let mut unknown = value.clone();
    unknown["plan"]["secret_field"] = "x".into();
    assert_eq!(refuse(&unknown).code(), ErrorCode::BadFile);

    let mut status = value.clone();
    status["plan"]["goals"][0]["status"] = "failed".into();
    assert_eq!(refuse(&status).code(), ErrorCode::BadFile);

    let mut other = value.clone();
    other["format"] = "something-else".into();
    assert_eq!(refuse(&other).code(), ErrorCode::BadFile);

    value["plan"]["name"] = "y".repeat(200_000).into();
    assert_eq!(refuse(&value).code(), ErrorCode::BadFile);

    assert_eq!(
        PlanFile::parse(b"{ not json").expect_err("not json").code(),
        ErrorCode::BadFile
    );
    let huge = vec![b' '; (waymark_core::files::plan_file::FILE_MAX + 1) as usize];
    assert_eq!(
        PlanFile::parse(&huge).expect_err("too big").code(),
        ErrorCode::FileTooBig
    );
}

#[test]
fn everything_moves_into_an_empty_plan_and_nowhere_else() {
    let (_dir, store) = plan();
    sample(&store);
    let file = PlanFile::parse(
        &store
            .everything_file("1.0.0")
            .expect("everything")
            .to_json()
            .expect("json"),
    )
    .expect("parses");
    assert_eq!(file.sections, vec![Section::Everything]);
    // The whole plan, private parts too: this one is for the student.
    assert!(String::from_utf8(file.to_json().expect("json"))
        .expect("utf-8")
        .contains(PRIVATE));

    let (_d2, mut fresh) = plan();
    fresh.import_everything(&file).expect("moves in");
    assert_eq!(everything_tables(&fresh), everything_tables(&store));
    assert_eq!(fresh.plan_id().expect("id"), store.plan_id().expect("id"));
    // The search index was rebuilt as the rows went in.
    assert_eq!(fresh.search(PRIVATE, 0).expect("search").hits.len(), 1);

    // Not into a plan that holds something, and that plan is unchanged.
    let (_d3, mut busy) = plan();
    goal(&busy, "My own goal");
    let before = everything_tables(&busy);
    let error = busy.import_everything(&file).expect_err("not empty");
    assert_eq!(error.code(), ErrorCode::PlanNotEmpty);
    assert_eq!(everything_tables(&busy), before);

    // A file whose rows do not fit is refused as a whole: nothing goes in.
    let mut broken = file.clone();
    let tables = &mut broken.everything.as_mut().expect("tables").tables;
    tables.get_mut("step").expect("steps")[0].insert("goal_id".into(), "no-such-goal".into());
    let (_d4, mut empty) = plan();
    let before = everything_tables(&empty);
    assert!(matches!(
        empty.import_everything(&broken),
        Err(Error::BadFile {
            file: FileKind::Plan,
            fault: FileFault::BadRow
        })
    ));
    assert_eq!(everything_tables(&empty), before);

    // Tutor review mode refuses the move file, with the fault that says
    // what it is, whether it is named .waymark-move or (as before it had an
    // extension of its own) .waymark.
    assert!(matches!(
        file.clone().opened("sam-private-whole-plan.waymark"),
        Err(Error::BadFile {
            file: FileKind::Plan,
            fault: FileFault::IsMoveFile
        })
    ));
    let saved = _dir.path().join("moving");
    std::fs::create_dir(&saved).expect("dir");
    for name in ["old.waymark", "new.waymark-move"] {
        let path = saved.join(name);
        store
            .export_to(
                ExportFormat::Everything,
                &ShareChoice::default(),
                "",
                &path,
                "en-GB",
                "1.0.0",
                Some(&passphrase()),
            )
            .expect("saved");
        let refused = waymark_core::files::plan_file::read_plan_file(&path, Some(&passphrase()))
            .expect("reads")
            .opened(name);
        assert!(
            matches!(
                refused,
                Err(Error::BadFile {
                    fault: FileFault::IsMoveFile,
                    ..
                })
            ),
            "{name}: {refused:?}"
        );
        let (_d5, mut new_laptop) = plan();
        new_laptop
            .import_everything(
                &waymark_core::files::plan_file::read_plan_file(&path, Some(&passphrase()))
                    .expect("reads"),
            )
            .expect("still moves in");
    }

    // A tutor's file (not "everything") cannot be moved in.
    let shared = store
        .plan_file(&ShareChoice::default(), "1.0.0")
        .expect("shared");
    assert_eq!(
        empty
            .import_everything(&shared)
            .expect_err("not everything")
            .code(),
        ErrorCode::BadFile
    );
}

#[test]
fn the_share_log_says_what_went_when_and_to_whom() {
    let (_dir, store) = plan();
    let (_, shared) = sample(&store);
    let choice = ShareChoice {
        courses: false,
        reflections: vec![shared],
        ..ShareChoice::default()
    };
    store
        .log_share("html", &choice, "Alex", "sam-plan.html")
        .expect("log");
    store
        .log_share("everything", &choice, "", "move.waymark")
        .expect("log");
    let log = store.share_log().expect("log");
    assert_eq!(log.len(), 2);
    assert_eq!(log[1].tutor_name, "Alex");
    assert_eq!(log[1].reflections, 1);
    assert!(!log[1].sections.contains(&Section::Courses));
    assert_eq!(log[0].sections, vec![Section::Everything]);
    let long = store
        .log_share("html", &choice, &"n".repeat(500), "x")
        .expect_err("a name too long");
    assert_eq!(
        long.field(),
        Some(waymark_core::Field::TutorName),
        "{long:?}"
    );
}

/// Words a student might type, in any script, with lines and marks.
fn words() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 äöüßéçøñ\u{4e00}-\u{4e20}\u{0600}-\u{0620}<>&\"'\n-]{1,40}"
        .prop_filter("has a letter", |s| {
            s.trim().chars().any(char::is_alphanumeric)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Exporting everything and importing it into an empty Waymark gives the same plan.
    #[test]
    fn everything_round_trips(
        goals in prop::collection::vec((words(), prop::collection::vec(words(), 0..4)), 0..5),
        reflections in prop::collection::vec((words(), any::<bool>()), 0..5),
        name in words(),
    ) {
        let (_dir, store) = plan();
        store.save_about_me(&AboutMe { preferred_name: name, ..AboutMe::default() }).expect("about");
        for (title, steps) in &goals {
            let id = goal(&store, title);
            for step in steps {
                store.add_step(&id, step).expect("step");
            }
        }
        for (body, shareable) in &reflections {
            reflection(&store, body, *shareable);
        }
        let bytes = store.everything_file("1.0.0").expect("everything").to_json().expect("json");
        let file = PlanFile::parse(&bytes).expect("parses");
        let (_d2, mut fresh) = plan();
        fresh.import_everything(&file).expect("imports");
        prop_assert_eq!(everything_tables(&fresh), everything_tables(&store));
        let all = ShareChoice::default();
        prop_assert_eq!(fresh.shared_plan(&all).expect("plan"), store.shared_plan(&all).expect("plan"));
    }
}

#[test]
fn a_saved_file_is_whole_under_its_name_and_logged() {
    let (_dir, store) = plan();
    sample(&store);
    let usb = tempfile::tempdir().expect("usb");
    let choice = ShareChoice::default();
    for format in [
        ExportFormat::Html,
        ExportFormat::Waymark,
        ExportFormat::Everything,
    ] {
        let path = usb
            .path()
            .join(format.suggested_name("Sam O'Neil", "2026-11-26"));
        store
            .export_to(
                format,
                &choice,
                "Alex",
                &path,
                "de",
                "1.0.0",
                seal(format).as_ref(),
            )
            .expect("saved");
        let bytes = std::fs::read(&path).expect("read");
        match format {
            ExportFormat::Html => {
                let html = String::from_utf8(bytes).expect("utf-8");
                assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"de\">"));
                assert!(html.contains("Lernplan von Sam"));
            }
            _ => {
                let file =
                    waymark_core::files::plan_file::read_plan_file(&path, seal(format).as_ref())
                        .expect("reads back");
                assert_eq!(
                    file.everything.is_some(),
                    format == ExportFormat::Everything
                );
            }
        }
    }
    let mut names: Vec<String> = std::fs::read_dir(usb.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // Only the three files: no half-written temporary one is left behind.
    assert_eq!(
        names,
        [
            "Sam-ONeil-learning-plan-2026-11-26.html",
            "Sam-ONeil-learning-plan-2026-11-26.waymark",
            "Sam-ONeil-private-whole-plan-2026-11-26.waymark-move"
        ]
    );
    assert_eq!(store.share_log().expect("log").len(), 3);
    // A folder that is not there: an error, nothing written, nothing logged.
    let missing = usb.path().join("gone/plan.html");
    let gone = store
        .export_to(
            ExportFormat::Html,
            &choice,
            "",
            &missing,
            "en-GB",
            "1.0.0",
            None,
        )
        .expect_err("no such folder");
    assert_eq!(gone.code(), ErrorCode::Storage, "{gone:?}");
    assert_eq!(store.share_log().expect("log").len(), 3);
}

#[test]
fn recently_opened_plans_are_kept_only_when_the_tutor_chooses() {
    let (_dir, student) = plan();
    sample(&student);
    let usb = tempfile::tempdir().expect("usb");
    let file = usb.path().join("sam.waymark");
    student
        .export_to(
            ExportFormat::Waymark,
            &ShareChoice::default(),
            "",
            &file,
            "en-GB",
            "1.0.0",
            None,
        )
        .expect("saved");
    let opened = waymark_core::files::plan_file::read_plan_file(&file, None)
        .expect("reads")
        .opened("sam.waymark")
        .expect("a shared plan");

    let (_d2, tutor) = plan();
    // Off by default: nothing is noted.
    tutor.note_opened_shared(&file, &opened).expect("note");
    assert_eq!(tutor.recent_shared().expect("recent").plans.len(), 0);

    tutor.set_keep_recent_shared(true).expect("keep");
    tutor.note_opened_shared(&file, &opened).expect("note");
    tutor.note_opened_shared(&file, &opened).expect("again");
    let recent = tutor.recent_shared().expect("recent");
    assert_eq!(recent.plans.len(), 1, "one line per file");
    assert_eq!(recent.plans[0].name, "Sam");
    let path = recent.plans[0].path.clone();
    assert_eq!(
        tutor
            .open_recent_shared(&path, None)
            .expect("reopens")
            .plan
            .name,
        "Sam"
    );
    // Only files on the list can be opened this way.
    assert_eq!(
        tutor
            .open_recent_shared("/etc/passwd", None)
            .expect_err("refused")
            .code(),
        ErrorCode::NotFound
    );
    // Turning it off forgets the list.
    tutor.set_keep_recent_shared(false).expect("off");
    assert!(tutor.recent_shared().expect("recent").plans.is_empty());
    // The tutor's own plan holds no goal of Sam's.
    assert_eq!(tutor.counts().expect("counts").goals, 0);
}

/// The passphrase these tests seal move files with.
fn passphrase() -> waymark_core::files::sealed::Passphrase {
    waymark_core::files::sealed::Passphrase::typed("apple river candle").expect("typed")
}

/// The move file is always sealed; the others are not, here.
fn seal(format: ExportFormat) -> Option<waymark_core::files::sealed::Passphrase> {
    (format == ExportFormat::Everything).then(passphrase)
}
