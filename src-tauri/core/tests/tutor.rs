//! The tutor's term, on real plans: a student's Waymark shares a plan, changes
//! it, shares it again; the tutor's (locked) Waymark keeps both versions and
//! says what changed, by ids: every kind of change, and nothing at all for a
//! plan only exported again. Grouping by plan id, the feedback sent and what
//! became of it, forgetting (every table, the search index, the file's bytes),
//! retention, and the phrases file with hostile ones.

mod common;

use chrono::{TimeZone, Utc};
use waymark_core::files::feedback_file::{FeedbackFile, ItemKind, Target, TargetKind};
use waymark_core::files::plan_file::{PlanFile, Section};
use waymark_core::plan::courses::{AttendanceState, CourseChoice, CourseRecord};
use waymark_core::plan::journal::{AboutMe, ReflectionInput};
use waymark_core::plan::reviews::ReviewInput;
use waymark_core::share::choice::ShareChoice;
use waymark_core::share::feedback::FeedbackDecision;
use waymark_core::store::keys::{DataKey, KdfParams, KeyFile, Password, RecoveryCode};
use waymark_core::tutor::changes::{plan_changes, Presence, StepHappened};
use waymark_core::tutor::phrases::{PhrasesFile, PHRASES_MAX};
use waymark_core::tutor::students::Kept;
use waymark_core::{Error, ErrorCode, FileFault, FileKind, GoalInput, GoalStatus, Store};

/// Found nowhere else: not a word of Waymark's or of the test's other text.
const CANARY: &str = "the heron counted seventeen quiet lanterns";

struct Student {
    _dir: tempfile::TempDir,
    store: Store,
    swim: String,
    cook: String,
    walk: String,
    step_sister: String,
    step_towel: String,
    pottery: String,
    reflection: String,
}

fn goal(title: &str, area: &str) -> GoalInput {
    GoalInput {
        title: title.into(),
        why: String::new(),
        life_area: area.into(),
        target_date: None,
    }
}

fn course(title: &str) -> CourseRecord {
    CourseRecord {
        title: title.into(),
        term: "Autumn 2026".into(),
        ..CourseRecord::default()
    }
}

/// Robin's plan on the day of the first check-in.
fn student(name: &str) -> Student {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_in_dir(dir.path()).expect("open");
    store
        .save_about_me(&AboutMe {
            preferred_name: name.into(),
            for_tutors: "I like to know what is coming.".into(),
            ..AboutMe::default()
        })
        .expect("about me");
    let swim = store
        .create_goal(&goal("Swim a length", "looking_after_me"))
        .expect("goal")
        .id;
    let cook = store
        .create_goal(&goal("Cook for friends", "relationships"))
        .expect("goal")
        .id;
    let walk = store
        .create_goal(&goal("Walk to the river", "looking_after_me"))
        .expect("goal")
        .id;
    let steps = store.add_step(&swim, "Go with my sister").expect("step");
    let step_sister = steps.steps[0].id.clone();
    let step_towel = store.add_step(&swim, "Pack a towel").expect("step").steps[1]
        .id
        .clone();
    let pottery = store
        .add_own_course(&course("Pottery for beginners"))
        .expect("course")
        .id;
    store
        .set_course_choice(&pottery, Some(CourseChoice::Enrolled))
        .expect("choice");
    store
        .record_attendance(&pottery, "2026-10-01", AttendanceState::Attended, "")
        .expect("attended");
    let reflection = store
        .create_reflection(&ReflectionInput {
            written_on: "2026-10-02".into(),
            body: "The clay was cold.".into(),
            shareable: true,
            ..ReflectionInput::default()
        })
        .expect("reflection")
        .id;
    review(&store, "2026-11-20", &[("money", 3), ("learning", 6)]);
    Student {
        _dir: dir,
        store,
        swim,
        cook,
        walk,
        step_sister,
        step_towel,
        pottery,
        reflection,
    }
}

/// A finished check-in with these ratings and the next review date.
fn review(store: &Store, next: &str, ratings: &[(&str, i32)]) {
    let id = store.start_review(true).expect("review").review.id;
    store
        .save_review(
            &id,
            &ReviewInput {
                check_in: true,
                tutor_name: "Alex".into(),
                next_review_on: Some(next.into()),
                ..ReviewInput::default()
            },
        )
        .expect("save review");
    for (area, rating) in ratings {
        store.rate_area(&id, area, Some(*rating)).expect("rate");
    }
    store.complete_review(&id).expect("complete");
}

/// The plan file the student shares, with `reflections`.
fn share(store: &Store, reflections: &[&str]) -> PlanFile {
    let choice = ShareChoice {
        reflections: reflections.iter().map(|r| r.to_string()).collect(),
        ..ShareChoice::default()
    };
    let file = store.plan_file(&choice, "1.0.0").expect("plan file");
    // Through the bytes, as a tutor's Waymark reads it.
    PlanFile::parse(&file.to_json().expect("json")).expect("parses")
}

/// A tutor's Waymark, locked (as keeping students' plans needs), keeping.
fn tutor() -> (tempfile::TempDir, Store) {
    let (dir, mut store) = common::plan();
    let key = DataKey::random().expect("key");
    let keys = KeyFile::new(
        &key,
        &Password::new_one("tutor's own words".into()).expect("password"),
        &RecoveryCode::random().expect("code"),
        KdfParams::MINIMUM,
    )
    .expect("key file");
    store.lock_with(key, &keys).expect("lock");
    store.set_keep_students(true).expect("keep");
    (dir, store)
}

#[test]
fn a_plan_only_exported_again_has_no_change_at_all() {
    let s = student("Robin");
    let first = share(&s.store, &[&s.reflection]);
    std::thread::sleep(std::time::Duration::from_millis(5));
    let again = share(&s.store, &[&s.reflection]);
    assert_ne!(first.exported_at, again.exported_at, "two exports");
    let changes = plan_changes(&first, &again);
    assert!(changes.is_empty(), "{changes:#?}");
    assert_eq!(changes.summary, Default::default());
    assert!(changes.not_compared.is_empty());
}

#[test]
fn every_kind_of_change_is_found_by_id() {
    let s = student("Robin");
    let store = &s.store;
    let before = share(store, &[&s.reflection]);

    // Between the two check-ins.
    store
        .set_goal_status(&s.swim, GoalStatus::Achieved)
        .expect("achieved");
    store
        .set_goal_status(&s.cook, GoalStatus::Paused)
        .expect("paused");
    store
        .update_goal(
            &s.walk,
            &GoalInput {
                title: "Walk to the river and back".into(),
                target_date: Some("2027-03-01".into()),
                ..goal("", "looking_after_me")
            },
        )
        .expect("reworded");
    store.set_step_done(&s.step_sister, true).expect("done");
    store
        .edit_step(&s.step_towel, "Pack a big towel")
        .expect("step reworded");
    let new_goal = store
        .create_goal(&goal("Read a book a month", "learning"))
        .expect("goal")
        .id;
    store.add_step(&new_goal, "Join the library").expect("step");
    store
        .set_course_choice(&s.pottery, Some(CourseChoice::Completed))
        .expect("finished");
    store
        .record_attendance(&s.pottery, "2026-10-08", AttendanceState::Attended, "")
        .expect("attended");
    store
        .record_attendance(&s.pottery, "2026-10-15", AttendanceState::Missed, "")
        .expect("missed");
    let singing = store
        .add_own_course(&course("Singing together"))
        .expect("course")
        .id;
    store
        .set_course_choice(&singing, Some(CourseChoice::Interested))
        .expect("interested");
    let mut new_reflections = Vec::new();
    for (day, body) in [
        ("2026-11-01", "I swam the whole length."),
        ("2026-11-10", "مشيت إلى النهر 🌊"),
        ("2026-11-18", "Grüße vom Fluss."),
    ] {
        new_reflections.push(
            store
                .create_reflection(&ReflectionInput {
                    written_on: day.into(),
                    body: body.into(),
                    shareable: true,
                    ..ReflectionInput::default()
                })
                .expect("reflection")
                .id,
        );
    }
    review(store, "2027-01-15", &[("money", 5), ("learning", 6)]);
    let mut shared: Vec<&str> = new_reflections.iter().map(String::as_str).collect();
    shared.push(&s.reflection);
    let after = share(store, &shared);

    let c = plan_changes(&before, &after);
    let sum = &c.summary;
    assert_eq!(
        (
            sum.goals_added,
            sum.goals_achieved,
            sum.goals_paused,
            sum.goals_reworded
        ),
        (1, 1, 1, 1),
        "{c:#?}"
    );
    assert_eq!((sum.steps_added, sum.steps_done), (1, 1), "{c:#?}");
    assert_eq!(
        (
            sum.courses_chosen,
            sum.courses_finished,
            sum.sessions_attended
        ),
        (1, 1, 1),
        "{c:#?}"
    );
    assert_eq!(sum.reflections_shared, 3);

    let goal = |id: &str| c.goals.iter().find(|g| g.id == id).expect("goal change");
    assert_eq!(goal(&s.swim).status_before, Some(GoalStatus::Active));
    assert_eq!(goal(&s.swim).status_now, GoalStatus::Achieved);
    assert_eq!(goal(&s.cook).status_now, GoalStatus::Paused);
    let walk = goal(&s.walk);
    assert_eq!(walk.title_before.as_deref(), Some("Walk to the river"));
    assert_eq!(walk.title, "Walk to the river and back");
    assert_eq!(
        walk.target_date.as_ref().and_then(|d| d.now.as_deref()),
        Some("2027-03-01")
    );
    assert_eq!(goal(&new_goal).presence, Presence::Added);
    assert_eq!(c.goals.len(), 4, "only what changed: {:#?}", c.goals);

    let step = |id: &str| {
        c.steps
            .iter()
            .filter(|x| x.id == id)
            .map(|x| x.happened)
            .collect::<Vec<_>>()
    };
    assert_eq!(step(&s.step_sister), [StepHappened::Done]);
    assert_eq!(step(&s.step_towel), [StepHappened::Reworded]);
    assert_eq!(
        c.steps
            .iter()
            .filter(|x| x.happened == StepHappened::Added)
            .map(|x| (x.goal_title.as_str(), x.text.as_str()))
            .collect::<Vec<_>>(),
        [("Read a book a month", "Join the library")]
    );

    let pottery = c
        .courses
        .iter()
        .find(|x| x.id == s.pottery)
        .expect("pottery");
    assert_eq!(
        (pottery.choice_before, pottery.choice_now),
        (Some(CourseChoice::Enrolled), Some(CourseChoice::Completed))
    );
    assert_eq!(
        pottery.sessions_attended, 1,
        "the missed one is not counted"
    );
    let sing = c.courses.iter().find(|x| x.id == singing).expect("singing");
    assert_eq!(sing.presence, Presence::Added);

    assert_eq!(
        c.new_reflections
            .iter()
            .map(|r| r.written_on.as_str())
            .collect::<Vec<_>>(),
        ["2026-11-18", "2026-11-10", "2026-11-01"],
        "newest first"
    );
    assert_eq!(c.new_reflections[1].reference, "مشيت إلى النهر 🌊");
    assert_eq!(c.reflections_no_longer_shared, 0);

    assert_eq!(c.areas.len(), 1, "only Money moved: {:#?}", c.areas);
    assert_eq!(
        (
            c.areas[0].life_area.as_str(),
            c.areas[0].before,
            c.areas[0].now
        ),
        ("money", Some(3), Some(5))
    );
    let next = c.next_review.as_ref().expect("next review moved");
    assert_eq!(
        (next.before.as_deref(), next.now.as_deref()),
        (Some("2026-11-20"), Some("2027-01-15"))
    );
    assert!(!c.about_me_changed && !c.support_changed);
    assert_eq!(c.since, before.exported_at);
    assert_eq!(c.until, after.exported_at);
}

#[test]
fn a_goal_gone_a_step_undone_and_a_reflection_unshared_are_said_plainly() {
    let s = student("Robin");
    let before = share(&s.store, &[&s.reflection]);
    s.store.set_step_done(&s.step_sister, true).expect("done");
    let middle = share(&s.store, &[&s.reflection]);
    s.store
        .set_step_done(&s.step_sister, false)
        .expect("undone");
    s.store.delete_goal(&s.cook).expect("deleted");
    let after = share(&s.store, &[]);

    let c = plan_changes(&middle, &after);
    let cook = c.goals.iter().find(|g| g.id == s.cook).expect("cook");
    assert_eq!(cook.presence, Presence::Gone);
    assert_eq!(
        c.steps
            .iter()
            .map(|x| (x.id.as_str(), x.happened))
            .collect::<Vec<_>>(),
        [(s.step_sister.as_str(), StepHappened::Undone)]
    );
    assert_eq!(c.reflections_no_longer_shared, 1);
    assert_eq!(c.summary.steps_done, 0);
    // Done and undone between the first and the last: nothing to say.
    let c = plan_changes(&before, &after);
    assert!(c.steps.is_empty(), "{:#?}", c.steps);
}

#[test]
fn a_part_shared_only_once_is_not_compared_and_nothing_is_invented() {
    let s = student("Robin");
    let before = share(&s.store, &[]);
    let without_steps = ShareChoice {
        steps: false,
        courses: false,
        ..ShareChoice::default()
    };
    let after = PlanFile::parse(
        &s.store
            .plan_file(&without_steps, "1.0.0")
            .expect("file")
            .to_json()
            .expect("json"),
    )
    .expect("parses");
    let c = plan_changes(&before, &after);
    assert!(c.is_empty(), "{c:#?}");
    assert_eq!(c.not_compared, [Section::Steps, Section::Courses]);
}

/// A feedback file from the tutor for `plan`, with one item about `goal`.
fn feedback_for(plan: &PlanFile, goal: &str, text: &str) -> FeedbackFile {
    let opened = plan.clone().opened("robin.waymark").expect("opened");
    let mut file = FeedbackFile::for_plan(&opened, "Alex", "1.0.0").expect("feedback");
    file.add(
        Target {
            kind: TargetKind::Goal,
            id: goal.into(),
            reference: "Swim a length".into(),
        },
        ItemKind::Step,
        text,
    )
    .expect("item");
    file
}

#[test]
fn the_tutor_keeps_versions_by_plan_id_and_sees_what_the_student_decided() {
    let (_tdir, tutor) = tutor();
    let robin = student("Robin");
    let sam = student("Sam");
    let first = share(&robin.store, &[]);
    assert_eq!(tutor.keep_plan(&first).expect("kept"), Kept::NewStudent);
    assert_eq!(tutor.keep_plan(&first).expect("again"), Kept::AlreadyKept);
    assert_eq!(
        tutor.keep_plan(&share(&sam.store, &[])).expect("sam"),
        Kept::NewStudent
    );

    // The tutor's feedback, saved and kept; the student takes it on.
    let feedback = feedback_for(&first, &robin.swim, "Ask about the quiet swim");
    tutor.note_feedback_sent(&feedback).expect("noted");
    let bytes = feedback.to_json().expect("json");
    let received = robin
        .store
        .receive_feedback(&FeedbackFile::parse(&bytes).expect("parses"))
        .expect("received");
    robin
        .store
        .decide_feedback(&received.items[0].id, FeedbackDecision::Taken, None)
        .expect("taken on");
    let second = share(&robin.store, &[]);
    assert_eq!(second.format_version, 2, "it carries the decision");
    assert_eq!(
        first.format_version, 1,
        "no feedback: readable by every Waymark"
    );
    assert_eq!(tutor.keep_plan(&second).expect("kept"), Kept::NewVersion);

    let students = tutor.students().expect("students");
    assert_eq!(students.len(), 2);
    let r = students.iter().find(|x| x.name == "Robin").expect("Robin");
    assert_eq!(r.versions, 2);
    assert_eq!(r.plan_id, first.plan_id);
    assert_eq!(r.next_review_on.as_deref(), Some("2026-11-20"));
    assert_eq!(r.courses, ["Pottery for beginners"]);
    assert_eq!(
        r.last_feedback_at.as_deref(),
        Some(feedback.written_at.as_str())
    );
    assert_eq!((r.last_feedback.taken, r.last_feedback.waiting), (1, 0));

    let history = tutor.feedback_history(&first.plan_id).expect("history");
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].decision, Some(FeedbackDecision::Taken));
    assert!(history[0].received);

    let versions = tutor.student_versions(&first.plan_id).expect("versions");
    let c = tutor
        .student_changes(
            &first.plan_id,
            &versions[1].exported_at,
            &versions[0].exported_at,
        )
        .expect("changes");
    assert_eq!(c.summary.feedback_decided, 1);
    assert_eq!(c.summary.steps_added, 1, "the step taken on: {c:#?}");
    assert_eq!(c.feedback[0].now, Some(FeedbackDecision::Taken));
    assert!(!c.feedback[0].received_before);
}

#[test]
fn keeping_needs_the_lock_and_a_move_file_is_never_kept() {
    let (_dir, plain) = common::plan();
    assert!(matches!(
        plain.set_keep_students(true),
        Err(Error::LockFirst)
    ));
    assert_eq!(
        plain.set_keep_students(true).expect_err("refused").code(),
        ErrorCode::LockFirst
    );
    let robin = student("Robin");
    assert!(matches!(
        plain.keep_plan(&share(&robin.store, &[])),
        Err(Error::NotKeepingStudents)
    ));

    let (_tdir, tutor) = tutor();
    let everything = robin.store.everything_file("1.0.0").expect("move file");
    assert!(matches!(
        tutor.keep_plan(&everything),
        Err(Error::BadFile {
            file: FileKind::Plan,
            fault: FileFault::IsMoveFile
        })
    ));
    assert!(tutor.students().expect("students").is_empty());
}

/// The tables of `store`'s plan (the search index's among them) holding the canary.
fn every_row(store: &Store) -> Vec<String> {
    store.tables_containing(CANARY).expect("tables")
}

#[test]
fn forgetting_a_student_leaves_no_word_of_theirs_anywhere() {
    let (tdir, tutor) = tutor();
    let robin = student("Robin");
    let sam = student("Sam");
    robin
        .store
        .update_reflection(
            &robin.reflection,
            &ReflectionInput {
                written_on: "2026-10-02".into(),
                body: CANARY.into(),
                shareable: true,
                ..ReflectionInput::default()
            },
        )
        .expect("canary");
    let plan = share(&robin.store, &[&robin.reflection]);
    tutor.keep_plan(&plan).expect("kept");
    tutor.keep_plan(&share(&sam.store, &[])).expect("sam");
    tutor
        .note_feedback_sent(&feedback_for(&plan, &robin.swim, CANARY))
        .expect("noted");
    assert!(!every_row(&tutor).is_empty(), "the canary is findable");

    let forgotten = tutor.forget_student(&plan.plan_id).expect("forgotten");
    assert_eq!(
        (
            forgotten.students,
            forgotten.versions,
            forgotten.feedback_items
        ),
        (1, 1, 1)
    );
    assert_eq!(every_row(&tutor), Vec::<String>::new());
    assert_eq!(tutor.search(CANARY, 0).expect("search").total, 0);
    assert_eq!(tutor.students().expect("students").len(), 1, "Sam stays");
    assert!(matches!(
        tutor.student_versions(&plan.plan_id),
        Err(Error::NotFound(_))
    ));
    assert!(matches!(
        tutor.forget_student(&plan.plan_id),
        Err(Error::NotFound(_))
    ));
    // secure_delete: not in the pages of the file either (it is encrypted
    // too, so this holds twice over).
    tutor.checkpoint_now().expect("checkpoint");
    for entry in std::fs::read_dir(tdir.path()).expect("dir").flatten() {
        if entry.path().is_file() {
            let bytes = std::fs::read(entry.path()).expect("read");
            assert!(
                !bytes.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()),
                "{}",
                entry.path().display()
            );
        }
    }
}

#[test]
fn kept_plans_are_forgotten_on_their_own_after_the_months_chosen_and_told_first() {
    let (_tdir, tutor) = tutor();
    let robin = student("Robin");
    tutor.keep_plan(&share(&robin.store, &[])).expect("kept");
    let received = tutor.students().expect("students")[0]
        .last_received_at
        .clone();
    let received = chrono::DateTime::parse_from_rfc3339(&received)
        .expect("time")
        .with_timezone(&Utc);
    assert_eq!(
        tutor
            .students_settings()
            .expect("settings")
            .forget_after_months,
        12
    );

    let in_days = |days: i64| received + chrono::Duration::days(days);
    assert!(tutor
        .students_to_forget_soon(in_days(300))
        .expect("soon")
        .is_empty());
    assert_eq!(
        tutor
            .students_to_forget_soon(in_days(340))
            .expect("soon")
            .len(),
        1
    );
    assert_eq!(
        tutor.forget_expired(in_days(340)).expect("early").students,
        0
    );
    assert_eq!(tutor.students().expect("students").len(), 1);
    assert_eq!(tutor.forget_expired(in_days(366)).expect("due").students, 1);
    assert!(tutor.students().expect("students").is_empty());

    // Months the tutor chose, within reason.
    tutor.set_forget_after(3).expect("three months");
    assert!(matches!(tutor.set_forget_after(0), Err(Error::Invalid(_))));
    assert!(matches!(tutor.set_forget_after(61), Err(Error::Invalid(_))));
    tutor.keep_plan(&share(&robin.store, &[])).expect("kept");
    let soon = Utc.with_ymd_and_hms(2100, 1, 1, 0, 0, 0).unwrap();
    assert_eq!(tutor.forget_expired(soon).expect("due").versions, 1);

    // Turning keeping off forgets everyone (the page asks first).
    tutor.keep_plan(&share(&robin.store, &[])).expect("kept");
    tutor.set_keep_students(false).expect("off");
    assert!(tutor.students().expect("students").is_empty());
}

#[test]
fn phrases_are_kept_edited_and_travel_as_a_small_file() {
    let (_dir, store) = common::plan();
    store.add_phrase("  What a good week.  ").expect("add");
    store
        .add_phrase("Which part felt most like you?")
        .expect("add");
    let phrases = store.add_phrase("What a good week.").expect("twice");
    assert_eq!(
        phrases.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(),
        ["What a good week.", "Which part felt most like you?"]
    );
    let edited = store
        .edit_phrase(&phrases[0].id, "What a good week, Robin.")
        .expect("edit");
    assert_eq!(edited[0].text, "What a good week, Robin.");

    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("team.waymark-phrases");
    store
        .phrases_file("1.0.0")
        .expect("file")
        .write_to(&path)
        .expect("written");
    let (_other_dir, other) = common::plan();
    other
        .add_phrase("Which part felt most like you?")
        .expect("own");
    let file = waymark_core::tutor::phrases::read_phrases_file(&path).expect("read");
    let brought = other.bring_in_phrases(&file).expect("brought in");
    assert_eq!(
        (brought.added, brought.already, brought.left_out),
        (1, 1, 0)
    );
    assert_eq!(brought.phrases.len(), 2);

    assert!(matches!(store.add_phrase("   "), Err(Error::Invalid(_))));
    assert!(matches!(
        store.remove_phrase("nope"),
        Err(Error::NotFound(_))
    ));
    store.remove_phrase(&edited[0].id).expect("removed");
    assert_eq!(store.phrases().expect("phrases").len(), 1);
}

fn phrases_fault(json: &str) -> Error {
    PhrasesFile::parse(json.as_bytes()).expect_err("refused")
}

#[test]
fn hostile_phrase_files_are_refused_and_change_nothing() {
    let fault = |json: &str| match phrases_fault(json) {
        Error::BadFile {
            file: FileKind::Phrases,
            fault,
        } => fault,
        other => panic!("{other:?}"),
    };
    let file = |phrases: &str| {
        format!(
            r#"{{"format":"waymark-phrases","format_version":1,"app_version":"1","written_at":"now","phrases":{phrases}}}"#
        )
    };
    assert_eq!(fault(""), FileFault::Empty);
    assert_eq!(fault("{\"format\""), FileFault::NotJson);
    assert_eq!(fault("[1,2]"), FileFault::NotThisKind);
    assert_eq!(
        fault(r#"{"format":"waymark-plan","format_version":1}"#),
        FileFault::IsPlan
    );
    assert_eq!(fault(&file("[]")), FileFault::NoItems);
    assert_eq!(fault(&file("[\"   \"]")), FileFault::BadShape);
    assert_eq!(fault(&file("[42]")), FileFault::BadShape);
    assert_eq!(
        fault(&file(&format!("[\"{}\"]", "a".repeat(2_001)))),
        FileFault::TooLong
    );
    let many: Vec<String> = (0..=PHRASES_MAX).map(|i| format!("\"{i}\"")).collect();
    assert_eq!(
        fault(&file(&format!("[{}]", many.join(",")))),
        FileFault::TooMany
    );
    assert_eq!(
        fault(&file("[\"ok\"]").replace("\"phrases\"", "\"extra\":1,\"phrases\"")),
        FileFault::BadShape
    );
    assert!(matches!(
        phrases_fault(&file("[\"ok\"]").replace("\"format_version\":1", "\"format_version\":9")),
        Error::FileTooNew {
            file: FileKind::Phrases,
            ..
        }
    ));
    // Odd but fine: control characters are cleaned, bidi and emoji kept.
    let ok = PhrasesFile::parse(file("[\"\\u202eGut gemacht\\u202c 🌱\",\"مرحبا\"]").as_bytes())
        .expect("parses");
    assert_eq!(ok.phrases.len(), 2);
    // A huge file is refused before it is read.
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("huge.waymark-phrases");
    std::fs::write(&path, vec![b' '; 3 * 1024 * 1024]).expect("write");
    assert!(matches!(
        waymark_core::tutor::phrases::read_phrases_file(&path),
        Err(Error::FileTooBig {
            file: FileKind::Phrases,
            ..
        })
    ));
}

#[test]
fn many_files_are_brought_in_at_once_and_a_bad_one_never_stops_the_rest() {
    use waymark_core::files::sealed::{seal, Passphrase};
    use waymark_core::tutor::bring_in::plan_files_in;

    let (_tdir, tutor) = tutor();
    let folder = tempfile::tempdir().expect("folder");
    let at = |name: &str| folder.path().join(name);
    let robin = student("Robin");
    let sam = student("Sam");
    let robin_file = share(&robin.store, &[]);
    let mut robin_later = robin_file.clone();
    robin_later.exported_at = "2099-01-01T10:00:00Z".into();
    let sam_file = share(&sam.store, &[]);
    std::fs::write(at("robin.waymark"), robin_file.to_json().expect("json")).expect("write");
    std::fs::write(
        at("robin-later.WAYMARK"),
        robin_later.to_json().expect("json"),
    )
    .expect("write");
    std::fs::write(at("sam.waymark"), sam_file.to_json().expect("json")).expect("write");
    std::fs::write(
        at("a-copy-of-sam.waymark"),
        sam_file.to_json().expect("json"),
    )
    .expect("write");
    std::fs::write(at("damaged.waymark"), b"{\"format\": \"waymark-pl").expect("write");
    let words = Passphrase::typed("kettle orchard lantern").expect("words");
    let sealed = seal(&sam_file.to_json().expect("json"), &words).expect("sealed");
    std::fs::write(at("sealed.waymark"), sealed).expect("write");
    // Not plan files: left alone.
    std::fs::write(at("notes.txt"), b"shopping").expect("write");
    std::fs::create_dir(at("inner.waymark")).expect("a folder named like a plan");

    let files = plan_files_in(folder.path()).expect("listed");
    let names: Vec<String> = files
        .iter()
        .map(|p| {
            p.file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(
        names,
        [
            "a-copy-of-sam.waymark",
            "damaged.waymark",
            "robin-later.WAYMARK",
            "robin.waymark",
            "sam.waymark",
            "sealed.waymark"
        ]
    );

    let brought = tutor.bring_in_plans(&files).expect("brought in");
    assert_eq!(
        (brought.new_students, brought.new_versions, brought.already),
        (2, 1, 1),
        "Sam, then Robin's later plan, then Robin (an earlier version), then Sam again"
    );
    let refused: Vec<(&str, ErrorCode)> = brought
        .not_brought_in
        .iter()
        .map(|(name, e)| (name.as_str(), e.code()))
        .collect();
    assert_eq!(
        refused,
        [
            ("damaged.waymark", ErrorCode::BadFile),
            ("sealed.waymark", ErrorCode::PassphraseNeeded)
        ]
    );
    let students = tutor.students().expect("students");
    assert_eq!(students.len(), 2);
    let robin_row = students.iter().find(|s| s.name == "Robin").expect("Robin");
    assert_eq!(robin_row.versions, 2);
    assert_eq!(robin_row.last_shared_at, "2099-01-01T10:00:00Z");

    // Brought in again: nothing new.
    let again = tutor.bring_in_plans(&files).expect("again");
    assert_eq!(
        (again.new_students, again.new_versions, again.already),
        (0, 0, 4)
    );

    // Keeping off: refused as a whole, nothing read.
    tutor.set_keep_students(false).expect("off");
    assert!(matches!(
        tutor.bring_in_plans(&files),
        Err(Error::NotKeepingStudents)
    ));
    assert!(matches!(
        plan_files_in(&at("no-such-folder")),
        Err(Error::NotFound("folder"))
    ));
}

/// Every text a PDF shows, by an independent reader (poppler's pdftotext).
fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("sheet.pdf");
    std::fs::write(&path, pdf).expect("write");
    let check = std::process::Command::new("qpdf")
        .arg("--check")
        .arg(&path)
        .output()
        .expect("qpdf runs (the test command installs it)");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let out = std::process::Command::new("pdftotext")
        .args([path.as_os_str(), std::ffi::OsStr::new("-")])
        .output()
        .expect("pdftotext runs (the test command installs it)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).expect("utf-8")
}

fn pages(pdf: &[u8]) -> usize {
    lopdf::Document::load_mem(pdf)
        .expect("a PDF")
        .get_pages()
        .len()
}

#[test]
fn the_check_in_sheet_is_one_page_made_from_the_shared_plans_only() {
    use waymark_core::export::words::Words;
    let (_tdir, tutor) = tutor();
    let robin = student("Robin");
    // A private reflection: never shared, so never on the sheet.
    robin
        .store
        .create_reflection(&ReflectionInput {
            written_on: "2026-10-03".into(),
            body: CANARY.into(),
            ..ReflectionInput::default()
        })
        .expect("private reflection");
    let first = share(&robin.store, &[]);
    tutor.keep_plan(&first).expect("kept");
    let en = Words::new("en-GB");

    // One version: nothing to compare yet, and no feedback sent yet.
    let sheet = tutor.check_in(&first.plan_id).expect("sheet");
    let html = sheet.html(&en, "1.0.0");
    assert!(html.contains("Check-in with <bdi>Robin</bdi>"), "{html}");
    assert!(html.contains("This is the first plan they shared with you"));
    assert!(html.contains("You have not sent this student any feedback yet."));
    // Planned for a day gone by: it is time for one.
    assert!(
        html.contains("The plan set 20 November 2026 for the next review"),
        "{html}"
    );

    // Feedback: one taken on, one kept for later, one not decided, one the
    // student has not seen yet (sent after the plan came back).
    let mut feedback = feedback_for(&first, &robin.swim, "Ask about the quiet swim");
    let whole = first
        .clone()
        .opened("robin.waymark")
        .expect("opened")
        .target(TargetKind::Plan, &first.plan_id)
        .expect("the whole plan");
    feedback
        .add(whole.clone(), ItemKind::Comment, "A brave term: well done.")
        .expect("comment");
    feedback
        .add(whole.clone(), ItemKind::Question, "What would help next?")
        .expect("question");
    tutor.note_feedback_sent(&feedback).expect("noted");
    let received = robin
        .store
        .receive_feedback(&FeedbackFile::parse(&feedback.to_json().expect("json")).expect("ok"))
        .expect("received");
    robin
        .store
        .decide_feedback(&received.items[0].id, FeedbackDecision::Taken, None)
        .expect("taken");
    robin
        .store
        .decide_feedback(&received.items[1].id, FeedbackDecision::Later, None)
        .expect("later");
    // The student's term: a step done, a new goal with a date.
    robin
        .store
        .set_step_done(&robin.step_sister, true)
        .expect("done");
    robin
        .store
        .create_goal(&GoalInput {
            target_date: Some("2027-02-01".into()),
            ..goal("Join the choir", "creativity")
        })
        .expect("goal");
    let second = share(&robin.store, &[]);
    tutor.keep_plan(&second).expect("kept");
    let mut later = feedback_for(&second, &robin.swim, "Bring your towel");
    later.written_at = "2099-01-01T00:00:00Z".into();
    tutor.note_feedback_sent(&later).expect("noted");

    let sheet = tutor.check_in(&first.plan_id).expect("sheet");
    let html = sheet.html(&en, "1.0.0");
    for said in [
        "What changed since",
        "One step done",
        "One new goal",
        "“<bdi>Join the choir</bdi>”, hoped for by <bdi>1 February 2027</bdi>",
        "Your feedback still open",
        "<bdi>A brave term: well done.</bdi> <span class=\"meta\">(kept for later)</span>",
        "<bdi>What would help next?</bdi> <span class=\"meta\">(not decided yet)</span>",
        "<bdi>Bring your towel</bdi> <span class=\"meta\">(not in a plan from them yet)</span>",
    ] {
        assert!(html.contains(said), "{said:?} in {html}");
    }
    assert!(
        !html.contains("Ask about the quiet swim"),
        "feedback taken on is not open"
    );
    assert!(
        !html.contains("heron"),
        "a private reflection is never on it"
    );

    let pdf = sheet.pdf(&en, "1.0.0").expect("pdf");
    assert_eq!(pages(&pdf), 1);
    let text = pdf_text(&pdf);
    assert!(text.contains("What is due"), "{text}");
    assert!(text.contains("kept for later"), "{text}");
    assert!(!text.contains("heron"));

    // In German, from the same plans.
    let de = Words::new("de");
    let text = pdf_text(&sheet.pdf(&de, "1.0.0").expect("pdf"));
    assert!(text.contains("Gespräch mit Robin"), "{text}");
    assert!(text.contains("Was ansteht"), "{text}");
    assert!(
        text.contains("Der Plan nannte den 20. November 2026"),
        "{text}"
    );

    // A busy term still prints on one page: thirty goals with dates, every
    // kind of change, and forty items of feedback open.
    for i in 0..30 {
        let id = robin
            .store
            .create_goal(&GoalInput {
                target_date: Some(format!("2027-03-{:02}", i % 28 + 1)),
                ..goal(
                    &format!("Goal {i}: {}", "long words ".repeat(17).trim()),
                    "learning",
                )
            })
            .expect("goal")
            .id;
        robin.store.add_step(&id, "A first step").expect("step");
    }
    let mut many = feedback_for(&second, &robin.swim, "First of many");
    for i in 0..40 {
        many.add(
            whole.clone(),
            ItemKind::Comment,
            &format!("Comment {i}: {}", "a long kind word ".repeat(20)),
        )
        .expect("comment");
    }
    tutor.note_feedback_sent(&many).expect("noted");
    review(
        &robin.store,
        "2027-01-15",
        &[("money", 5), ("learning", 2), ("work", 4)],
    );
    tutor
        .keep_plan(&share(&robin.store, &[]))
        .expect("third version");
    let sheet = tutor.check_in(&first.plan_id).expect("sheet");
    for words in [&en, &de] {
        let pdf = sheet.pdf(words, "1.0.0").expect("pdf");
        assert_eq!(pages(&pdf), 1, "{}", pdf_text(&pdf));
    }
    let text = pdf_text(&sheet.pdf(&en, "1.0.0").expect("pdf"));
    assert!(text.contains("more items"), "{text}");
}
