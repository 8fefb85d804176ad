//! A tutor's feedback by file, on real plan files: items are matched to the
//! plan by id, even when the plan changed since the export; the student
//! decides on each and nothing is added without that; the check-in record
//! keeps who suggested what; a file for another plan, a newer file or a
//! broken one is refused and changes nothing.

use waymark_core::export::save::ExportFormat;
use waymark_core::files::feedback_file::{
    read_feedback_file, FeedbackFile, ItemKind, Target, TargetKind,
};
use waymark_core::files::plan_file::{read_plan_file, OpenedPlan};
use waymark_core::plan::journal::ReflectionInput;
use waymark_core::share::choice::ShareChoice;
use waymark_core::share::feedback::{FeedbackDecision, TargetNow};
use waymark_core::{Error, ErrorCode, GoalInput, Store};

struct Plan {
    _dir: tempfile::TempDir,
    store: Store,
    goal: String,
    step: String,
    reflection: String,
}

fn student() -> Plan {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_in_dir(dir.path()).expect("open");
    let goal = store
        .create_goal(&GoalInput {
            title: "Swim a length".into(),
            why: String::new(),
            life_area: "learning".into(),
            target_date: None,
        })
        .expect("goal")
        .id;
    let step = store
        .add_step(&goal, "Go with my sister")
        .expect("step")
        .steps[0]
        .id
        .clone();
    let reflection = store
        .create_reflection(&ReflectionInput {
            written_on: "2026-11-20".into(),
            body: "The pool was loud.".into(),
            shareable: true,
            goal_id: Some(goal.clone()),
            ..ReflectionInput::default()
        })
        .expect("reflection")
        .id;
    Plan {
        _dir: dir,
        store,
        goal,
        step,
        reflection,
    }
}

/// The student's plan file with the shared reflection, as the tutor opens it
/// (and the folder it was saved in).
fn exported(plan: &Plan) -> (tempfile::TempDir, OpenedPlan) {
    let usb = tempfile::tempdir().expect("usb");
    let file = usb.path().join("sam.waymark");
    let choice = ShareChoice {
        reflections: vec![plan.reflection.clone()],
        ..ShareChoice::default()
    };
    plan.store
        .export_to(
            ExportFormat::Waymark,
            &choice,
            "Alex",
            &file,
            "en-GB",
            "1.0.0",
            None,
        )
        .expect("export");
    let opened = read_plan_file(&file, None)
        .expect("opens")
        .opened("sam.waymark")
        .expect("a shared plan");
    (usb, opened)
}

/// The tutor's side: the student's plan file, opened, with feedback written.
fn feedback(plan: &Plan) -> FeedbackFile {
    let (_usb, opened) = exported(plan);
    let mut feedback = FeedbackFile::for_plan(&opened, "Alex", "1.0.0").expect("feedback");
    let goal = |kind, id: &str, words: &str| Target {
        kind,
        id: id.into(),
        reference: words.into(),
    };
    feedback
        .add(
            goal(TargetKind::Goal, &plan.goal, "Swim a length"),
            ItemKind::Comment,
            "Lovely progress.",
        )
        .expect("comment");
    feedback
        .add(
            goal(TargetKind::Goal, &plan.goal, "Swim a length"),
            ItemKind::Step,
            "Try the quiet session on Sundays",
        )
        .expect("step");
    feedback
        .add(
            goal(TargetKind::Step, &plan.step, "Go with my sister"),
            ItemKind::Step,
            "Ask her about Tuesdays",
        )
        .expect("step on a step");
    feedback
        .add(
            goal(TargetKind::Goal, &plan.goal, "Swim a length"),
            ItemKind::Course,
            "Aqua fit for beginners",
        )
        .expect("course");
    feedback
        .add(
            goal(TargetKind::Reflection, &plan.reflection, "2026-11-20"),
            ItemKind::Question,
            "What made it loud?",
        )
        .expect("question");
    feedback
}

#[test]
fn the_student_decides_on_each_item_and_the_check_in_keeps_who_suggested_what() {
    let plan = student();
    let file = FeedbackFile::parse(&feedback(&plan).to_json().expect("json")).expect("parses");
    let before = plan.store.counts().expect("counts");

    let received = plan.store.receive_feedback(&file).expect("received");
    assert_eq!(received.tutor_name, "Alex");
    assert_eq!(received.items.len(), 5);
    assert!(received
        .items
        .iter()
        .all(|i| i.now == TargetNow::Same && i.decision.is_none()));
    // Nothing is added to the plan until the student decides.
    assert_eq!(plan.store.counts().expect("counts"), before);
    let review = plan.store.review(&received.review_id).expect("review");
    assert!(review.review.check_in);
    assert_eq!(review.review.tutor_name, "Alex");

    let id = |kind: ItemKind, text: &str| {
        received
            .items
            .iter()
            .find(|i| i.kind == kind && i.text.starts_with(text))
            .map(|i| i.id.clone())
            .expect("item")
    };
    // A step on the goal, and one about a step (it goes to that step's goal).
    plan.store
        .decide_feedback(&id(ItemKind::Step, "Try"), FeedbackDecision::Taken, None)
        .expect("take");
    plan.store
        .decide_feedback(&id(ItemKind::Step, "Ask"), FeedbackDecision::Taken, None)
        .expect("take");
    let steps: Vec<String> = plan
        .store
        .goal(&plan.goal)
        .expect("goal")
        .steps
        .into_iter()
        .map(|s| s.text)
        .collect();
    assert_eq!(
        steps,
        [
            "Go with my sister",
            "Try the quiet session on Sundays",
            "Ask her about Tuesdays"
        ]
    );
    // A course the plan did not have: added as the student's own, interested.
    plan.store
        .decide_feedback(&id(ItemKind::Course, "Aqua"), FeedbackDecision::Taken, None)
        .expect("course");
    let courses = plan
        .store
        .courses(
            &waymark_core::plan::courses::CourseQuery {
                chosen_only: true,
                ..Default::default()
            },
            10,
        )
        .expect("courses");
    assert_eq!(courses.len(), 1);
    assert_eq!(courses[0].details.title, "Aqua fit for beginners");
    assert_eq!(
        courses[0].choice,
        Some(waymark_core::plan::courses::CourseChoice::Interested)
    );
    // Kept for later, and left: recorded, nothing added.
    plan.store
        .decide_feedback(
            &id(ItemKind::Question, "What"),
            FeedbackDecision::Later,
            None,
        )
        .expect("later");
    let last = plan
        .store
        .decide_feedback(
            &id(ItemKind::Comment, "Lovely"),
            FeedbackDecision::Left,
            None,
        )
        .expect("left");
    let decided: Vec<_> = last.items.iter().map(|i| (i.kind, i.decision)).collect();
    assert_eq!(
        decided,
        [
            (ItemKind::Comment, Some(FeedbackDecision::Left)),
            (ItemKind::Step, Some(FeedbackDecision::Taken)),
            (ItemKind::Step, Some(FeedbackDecision::Taken)),
            (ItemKind::Course, Some(FeedbackDecision::Taken)),
            (ItemKind::Question, Some(FeedbackDecision::Later)),
        ]
    );
    // Taking a step on twice adds it once.
    plan.store
        .decide_feedback(&id(ItemKind::Step, "Try"), FeedbackDecision::Taken, None)
        .expect("again");
    assert_eq!(plan.store.goal(&plan.goal).expect("goal").steps.len(), 3);
    // The same file again adds nothing twice and keeps the decisions.
    let again = plan.store.receive_feedback(&file).expect("again");
    assert_eq!(again.review_id, received.review_id);
    assert_eq!(again.items.len(), 5);
    assert_eq!(again.items, last.items);
    // The check-in record: the tutor's suggestions, which were taken on.
    let record = plan.store.review(&received.review_id).expect("review");
    assert_eq!(record.suggestions.iter().filter(|s| s.taken_on).count(), 3);
}

#[test]
fn items_still_find_their_place_after_the_plan_changed() {
    let plan = student();
    let file = feedback(&plan);
    plan.store
        .update_goal(
            &plan.goal,
            &GoalInput {
                title: "Swim ten lengths".into(),
                why: String::new(),
                life_area: "learning".into(),
                target_date: None,
            },
        )
        .expect("reworded");
    plan.store.delete_step(&plan.step).expect("step deleted");
    let received = plan.store.receive_feedback(&file).expect("received");
    let on_goal = received
        .items
        .iter()
        .find(|i| i.about.kind == TargetKind::Goal)
        .expect("goal item");
    assert_eq!(on_goal.now, TargetNow::Changed);
    assert_eq!(on_goal.now_reference.as_deref(), Some("Swim ten lengths"));
    assert_eq!(on_goal.about.reference, "Swim a length");
    let on_step = received
        .items
        .iter()
        .find(|i| i.about.kind == TargetKind::Step)
        .expect("step item");
    assert_eq!(on_step.now, TargetNow::Gone);
    assert_eq!(on_step.goal_id, None);
    // Its step needs a goal to go to now: the student picks one.
    let error = plan
        .store
        .decide_feedback(&on_step.id, FeedbackDecision::Taken, None)
        .expect_err("which goal?");
    assert_eq!(error.code(), ErrorCode::Invalid);
    plan.store
        .decide_feedback(&on_step.id, FeedbackDecision::Taken, Some(&plan.goal))
        .expect("taken");
    assert!(plan
        .store
        .goal(&plan.goal)
        .expect("goal")
        .steps
        .iter()
        .any(|s| s.text == "Ask her about Tuesdays"));
}

#[test]
fn feedback_for_another_plan_or_a_bad_file_is_refused_and_changes_nothing() {
    let sam = student();
    let file = feedback(&sam);
    let other = student();
    let error = other
        .store
        .receive_feedback(&file)
        .expect_err("another plan");
    assert_eq!(error.code(), ErrorCode::FeedbackForAnotherPlan);
    assert!(matches!(error, Error::FeedbackForAnotherPlan), "{error:?}");
    assert!(other.store.reviews().expect("reviews").is_empty());

    let bytes = file.to_json().expect("json");
    let mut value: serde_json::Value = serde_json::from_slice(&bytes).expect("value");
    let refuse = |v: &serde_json::Value| {
        FeedbackFile::parse(&serde_json::to_vec(v).expect("bytes")).expect_err("refused")
    };
    let mut newer = value.clone();
    newer["format_version"] = 3.into();
    assert_eq!(refuse(&newer).code(), ErrorCode::FileTooNew);
    let mut unknown = value.clone();
    unknown["items"][0]["secret"] = "x".into();
    assert_eq!(refuse(&unknown).code(), ErrorCode::BadFile);
    let mut kind = value.clone();
    kind["items"][0]["kind"] = "order".into();
    assert_eq!(refuse(&kind).code(), ErrorCode::BadFile);
    let mut plan_text = value.clone();
    plan_text["items"][0]["about"]["reference"] = "w".repeat(500).into();
    assert_eq!(
        refuse(&plan_text).code(),
        ErrorCode::BadFile,
        "no long plan text in a feedback file"
    );
    value["items"][0]["text"] = "t".repeat(5_000).into();
    assert_eq!(refuse(&value).code(), ErrorCode::BadFile);
    assert_eq!(
        FeedbackFile::parse(b"[]").expect_err("not ours").code(),
        ErrorCode::BadFile
    );

    // A file on disk is read the same way.
    let usb = tempfile::tempdir().expect("usb");
    let path = usb.path().join("from-alex.waymark-feedback");
    std::fs::write(&path, &bytes).expect("write");
    assert_eq!(read_feedback_file(&path, None).expect("reads"), file);
}

#[test]
fn a_feedback_file_holds_only_the_tutors_words_and_short_references() {
    let plan = student();
    let file = feedback(&plan);
    let json = String::from_utf8(file.to_json().expect("json")).expect("utf-8");
    assert!(!json.contains("The pool was loud."), "no reflection text");
    assert!(json.contains("What made it loud?"));
    let mut long = file.clone();
    let target = Target {
        kind: TargetKind::Goal,
        id: plan.goal.clone(),
        reference: "word ".repeat(100),
    };
    let about = long
        .add(target, ItemKind::Comment, "Well done")
        .expect("added")
        .about
        .clone();
    assert!(about.reference.chars().count() <= waymark_core::files::feedback_file::REFERENCE_MAX);
    let empty = long
        .add(about, ItemKind::Comment, "   ")
        .expect_err("empty words");
    assert_eq!(
        empty.field(),
        Some(waymark_core::Field::Suggestion),
        "{empty:?}"
    );
}

/// The tutor writes in their own Waymark: each item is kept as it is added
/// (closing the window loses nothing), it can only be about a part of the
/// plan that was shared, its reference comes from that plan, the file is
/// signed with the name given once, and the student's plan receives it with
/// every part found as it was.
#[test]
fn a_tutor_writes_feedback_beside_the_shared_plan_and_it_is_kept_as_they_go() {
    let plan = student();
    plan.store
        .start_review(false)
        .and_then(|r| plan.store.complete_review(&r.review.id))
        .expect("a finished review");
    let (usb, opened) = exported(&plan);
    let review = opened.plan.reviews.as_ref().expect("reviews")[0].id.clone();

    let tutor_dir = tempfile::tempdir().expect("tutor's laptop");
    let tutor = Store::open_in_dir(tutor_dir.path()).expect("tutor's Waymark");
    assert_eq!(tutor.tutor_own_name().expect("name"), "");
    assert!(tutor
        .feedback_draft(&opened)
        .expect("draft")
        .items
        .is_empty());

    tutor
        .add_feedback(
            &opened,
            TargetKind::Step,
            &plan.step,
            ItemKind::Comment,
            "Lovely idea.",
        )
        .expect("comment on a step");
    tutor
        .add_feedback(
            &opened,
            TargetKind::Review,
            &review,
            ItemKind::Question,
            "What helped most?",
        )
        .expect("question on a review");
    let draft = tutor
        .add_feedback(
            &opened,
            TargetKind::Goal,
            &plan.goal,
            ItemKind::Step,
            "Ask about the quiet swim",
        )
        .expect("suggested step");
    assert_eq!(draft.items.len(), 3);
    assert_eq!(
        draft.items[2].about.reference, "Swim a length",
        "from the plan"
    );

    // Only parts the plan shared, and words that are there.
    let refused = [
        tutor.add_feedback(
            &opened,
            TargetKind::Goal,
            "no-such-goal",
            ItemKind::Comment,
            "Hi",
        ),
        tutor.add_feedback(
            &opened,
            TargetKind::Goal,
            &plan.goal,
            ItemKind::Comment,
            "   ",
        ),
        tutor.add_feedback(
            &opened,
            TargetKind::Goal,
            &plan.goal,
            ItemKind::Comment,
            &"x".repeat(2_001),
        ),
    ];
    let why: Vec<(ErrorCode, Option<waymark_core::Field>)> = refused
        .into_iter()
        .map(|answer| answer.expect_err("refused"))
        .map(|error| (error.code(), error.field()))
        .collect();
    use waymark_core::Field::Suggestion;
    assert_eq!(
        why,
        [
            (ErrorCode::NotFound, None),
            (ErrorCode::Invalid, Some(Suggestion)),
            (ErrorCode::Invalid, Some(Suggestion)),
        ]
    );
    // Not written without the tutor's name; then signed with it.
    assert_eq!(
        tutor
            .feedback_file(&opened, "1.0.0")
            .expect_err("no name")
            .code(),
        ErrorCode::Invalid
    );
    tutor.set_tutor_own_name("  Alex Morgan ").expect("name");

    // Closing the window loses nothing: a new start finds the items.
    drop(tutor);
    let tutor = Store::open_in_dir(tutor_dir.path()).expect("reopened");
    assert_eq!(tutor.tutor_own_name().expect("name"), "Alex Morgan");
    let kept = tutor.feedback_draft(&opened).expect("draft");
    assert_eq!(kept, draft);
    let first = kept.items[0].id.clone();
    assert_eq!(
        tutor
            .remove_feedback(&opened, &first)
            .expect("removed")
            .items
            .len(),
        2
    );

    let feedback = tutor.feedback_file(&opened, "1.0.0").expect("file");
    assert_eq!(feedback.tutor_name, "Alex Morgan");
    assert_eq!(feedback.plan_id, opened.plan_id);
    assert_eq!(feedback.exported_at, opened.exported_at);
    let path = usb
        .path()
        .join(waymark_core::files::feedback_file::suggested_name(
            &opened.plan.name,
            &feedback.written_at,
        ));
    assert!(path.to_string_lossy().ends_with(".waymark-feedback"));
    waymark_core::files::io::write_whole(&path, &feedback.to_json().expect("json")).expect("saved");

    // The student's plan receives it; both parts are found as they were.
    let received = plan
        .store
        .receive_feedback(&read_feedback_file(&path, None).expect("reads"))
        .expect("received");
    assert_eq!(received.tutor_name, "Alex Morgan");
    assert!(
        received.items.iter().all(|i| i.now == TargetNow::Same),
        "{received:?}"
    );
    let listed = plan.store.feedback_received().expect("list");
    assert_eq!(listed.len(), 1);
    assert_eq!((listed[0].items, listed[0].waiting), (2, 2));
    let step = received
        .items
        .iter()
        .find(|i| i.kind == ItemKind::Step)
        .expect("step");
    plan.store
        .decide_feedback(&step.id, FeedbackDecision::Taken, None)
        .expect("taken");
    let listed = plan.store.feedback_received().expect("list");
    assert_eq!((listed[0].items, listed[0].waiting), (2, 1));
    // The check-in's suggestions say they came from the tutor.
    let detail = plan.store.review(&received.review_id).expect("check-in");
    assert!(detail
        .suggestions
        .iter()
        .all(|s| s.from_tutor == "Alex Morgan"));
}

#[test]
fn feedback_on_the_plan_as_a_whole_and_what_helps_me_learn_is_version_2_only_when_needed() {
    let sam = student();
    let (_usb, opened) = exported(&sam);
    // Feedback on goals, steps, courses, reflections and reviews is still
    // version 1, so a Waymark that reads only version 1 takes it.
    let old_kinds = feedback(&sam);
    let json: serde_json::Value =
        serde_json::from_slice(&old_kinds.to_json().expect("json")).expect("value");
    assert_eq!(json["format_version"], 1);

    // The plan as a whole is always there; what helps me learn only when
    // the student shared it; another plan's id is no part of this plan.
    let whole = opened
        .target(TargetKind::Plan, &opened.plan_id)
        .expect("the plan as a whole");
    assert_eq!(whole.reference, "");
    assert!(opened.target(TargetKind::Plan, "another-plan").is_none());
    assert_eq!(
        opened.target(TargetKind::Support, "support").is_some(),
        opened.plan.support.is_some()
    );

    let mut file = FeedbackFile::for_plan(&opened, "Alex", "1.0.0").expect("feedback");
    file.add(whole.clone(), ItemKind::Comment, "What a term: well done.")
        .expect("comment");
    file.add(whole, ItemKind::Step, "Book the next check-in")
        .expect("step");
    file.add(
        Target {
            kind: TargetKind::Support,
            id: "support".into(),
            reference: String::new(),
        },
        ItemKind::Question,
        "Would printed notes help?",
    )
    .expect("question");
    let bytes = file.to_json().expect("json");
    let json: serde_json::Value = serde_json::from_slice(&bytes).expect("value");
    assert_eq!(json["format_version"], 2);
    assert_eq!(json["items"][0]["about"]["kind"], "plan");
    assert_eq!(json["items"][2]["about"]["kind"], "support");
    let read = FeedbackFile::parse(&bytes).expect("reads version 2");
    assert_eq!(read, file);

    // The student's Waymark keeps them in the check-in record (schema 12):
    // always "as you saw it", never tied to a goal.
    let received = sam.store.receive_feedback(&read).expect("received");
    assert_eq!(received.items.len(), 3);
    for item in &received.items {
        assert_eq!(item.now, TargetNow::Same, "{item:?}");
        assert_eq!(item.goal_id, None);
    }
    let step = &received.items[1];
    assert_eq!(step.about.kind, TargetKind::Plan);
    // A step about the whole plan goes to a goal the student picks.
    let error = sam
        .store
        .decide_feedback(&step.id, FeedbackDecision::Taken, None)
        .expect_err("which goal?");
    assert_eq!(error.code(), ErrorCode::Invalid);
    assert_eq!(sam.store.goal(&sam.goal).expect("goal").steps.len(), 1);
    let decided = sam
        .store
        .decide_feedback(&step.id, FeedbackDecision::Taken, Some(&sam.goal))
        .expect("taken on");
    assert_eq!(decided.items[1].decision, Some(FeedbackDecision::Taken));
    let steps = sam.store.goal(&sam.goal).expect("goal").steps;
    assert!(steps.iter().any(|s| s.text == "Book the next check-in"));
    // Received twice, nothing twice.
    let again = sam.store.receive_feedback(&read).expect("again");
    assert_eq!(again.items.len(), 3);

    // What the student decided travels back in their next plan, under the
    // key the tutor's Waymark made.
    let (_usb2, next) = exported(&sam);
    let key = read.item_key(&read.items[1]);
    assert!(
        next.plan
            .feedback
            .iter()
            .any(|f| f.item == key && f.decision == Some(FeedbackDecision::Taken)),
        "{:?}",
        next.plan.feedback
    );
}
