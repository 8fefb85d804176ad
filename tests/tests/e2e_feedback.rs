//! The real app, end to end, for tutor feedback by file. A student exports
//! their plan; the tutor's own Waymark opens it in tutor review mode, adds a
//! suggested step beside the goal (and a course to try, and a kind word on a
//! reflection), and saves a feedback file under the name it asks once. The
//! student opens that file, takes the step on, and finds it on the goal, with
//! the tutor's name in the check-in record. Nothing else is added to the plan
//! without the student's choice.

use std::time::Duration;

use waymark_core::plan::courses::CourseChoice;
use waymark_core::plan::courses::CourseRecord;
use waymark_core::plan::journal::{AboutMe, JournalQuery, ReflectionInput};
use waymark_core::share::feedback::FeedbackDecision;
use waymark_core::{GoalInput, Store};
use waymark_tests::{App, Result};

const STEP: &str = "Ask at the pool about the quiet swim on Tuesdays";
const COURSE: &str = "Mindful walking";
const KIND_WORD: &str = "You went, even on a hard day. That took courage.";
const PRIVATE: &str = "Only for me: I nearly turned back at the door.";

struct Seeded {
    goal: String,
    course: String,
    reflection: String,
}

/// A student's plan, written through the core as Waymark would.
fn seed(dir: &std::path::Path) -> Result<Seeded> {
    let store = Store::open_in_dir(dir)?;
    store.save_about_me(&AboutMe {
        preferred_name: "Sam".into(),
        ..AboutMe::default()
    })?;
    let goal = store
        .create_goal(&GoalInput {
            title: "Swim a length".into(),
            why: "To feel strong in my body again.".into(),
            life_area: "looking_after_me".into(),
            target_date: None,
        })?
        .id;
    store.add_step(&goal, "Go with my sister")?;
    let course = store
        .add_own_course(&CourseRecord {
            title: "Pottery for calm".into(),
            term: "Autumn 2026".into(),
            ..CourseRecord::default()
        })?
        .id;
    store.set_course_choice(&course, Some(CourseChoice::Attending))?;
    for (body, shareable) in [
        ("I went to the pool and stayed for ten minutes.", true),
        (PRIVATE, false),
    ] {
        store.create_reflection(&ReflectionInput {
            written_on: "2026-11-20".into(),
            body: body.into(),
            shareable,
            goal_id: Some(goal.clone()),
            ..ReflectionInput::default()
        })?;
    }
    let reflection = store
        .journal(&JournalQuery {
            shareable_only: true,
            ..Default::default()
        })?
        .reflections
        .remove(0)
        .id;
    Ok(Seeded {
        goal,
        course,
        reflection,
    })
}

/// Picks what kind of feedback it is (the radio button inside its pill).
async fn pick_kind(app: &App, part: &str, kind: &str) -> Result<()> {
    app.find(&format!(
        "input[name='feedback-kind-{part}'][value='{kind}']"
    ))
    .await?;
    app.js(&format!(
        "document.querySelector(\"input[name='feedback-kind-{part}'][value='{kind}']\").click(); return true"
    ))
    .await?;
    Ok(())
}

/// The tutor adds one item beside a part of the plan, through its own form.
async fn add_feedback(app: &App, part: &str, kind: &str, words: &str) -> Result<()> {
    app.click(&format!("#feedback-open-{part}")).await?;
    pick_kind(app, part, kind).await?;
    app.find(&format!("#feedback-text-{part}"))
        .await?
        .send_keys(words)
        .await?;
    app.click(".feedback-form button[type=submit]").await?;
    app.wait_js(
        &format!(
            "return [...document.querySelectorAll('.feedback-item')].some(i => i.textContent.includes({words:?}))"
        ),
        Duration::from_secs(10),
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_tutor_suggests_a_step_by_file_and_the_student_takes_it_on() -> Result<()> {
    let student = tempfile::tempdir()?;
    let usb = tempfile::tempdir()?;
    let seeded = seed(student.path())?;
    let plan_file = usb.path().join("sam.waymark");

    // 1. The student exports their plan, with the shareable reflection.
    let app = App::launch_with(
        student.path(),
        &[("WAYMARK_TEST_SAVE_FILE", plan_file.as_path())],
    )
    .await?;
    let result = async {
        app.click("#nav-share").await?;
        for part in ["about_me", "support", "goals", "courses", "reviews", "chart"] {
            app.click(&format!("#share-{part}")).await?;
        }
        app.click("#share-steps").await?;
        app.click(&format!("#share-reflection-{}", seeded.reflection))
            .await?;
        app.click("#share-next-look").await?;
        app.click("#share-next-save").await?;
        app.click("#share-format-waymark").await?;
        app.click("#share-save-file").await?;
        app.wait_js(
            "const m = document.querySelector('.share-done .plan-message'); return !!m && m.textContent.includes('sam.waymark')",
            Duration::from_secs(10),
        )
        .await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;

    // 2. The tutor's own Waymark opens it and writes feedback beside it.
    let tutor = tempfile::tempdir()?;
    let feedback_file = usb.path().join("for-sam.waymark-feedback");
    let app = App::launch_with(
        tutor.path(),
        &[
            ("WAYMARK_TEST_OPEN_FILE", plan_file.as_path()),
            ("WAYMARK_TEST_SAVE_FILE", feedback_file.as_path()),
        ],
    )
    .await?;
    let result = async {
        app.click("#nav-share").await?;
        app.click("#open-shared").await?;
        app.find("#tutor-banner").await?;
        let goal = format!("goal-{}", seeded.goal);
        add_feedback(&app, &goal, "step", STEP).await?;
        add_feedback(&app, &format!("course-{}", seeded.course), "course", COURSE).await?;
        add_feedback(&app, &format!("reflection-{}", seeded.reflection), "comment", KIND_WORD)
            .await?;
        assert_eq!(
            app.text("#feedback-count").await?,
            "You have written 3 comments and ideas."
        );
        // Saving asks for the tutor's name first, kindly.
        app.click("#save-feedback").await?;
        let asked = app.text("#feedback-error").await?;
        assert!(asked.contains("Please give your name first"), "{asked}");
        assert!(!feedback_file.exists());
        app.find("#feedback-name").await?.send_keys("Alex").await?;
        app.click("#save-feedback").await?;
        app.wait_js(
            "const m = document.querySelector('#feedback-saved'); return !!m && m.textContent.includes('for-sam.waymark-feedback')",
            Duration::from_secs(10),
        )
        .await?;
        // The screenshot: the tutor adding a suggestion beside the goal.
        app.click(&format!("#feedback-open-{goal}")).await?;
        pick_kind(&app, &goal, "step").await?;
        app.find(&format!("#feedback-text-{goal}"))
            .await?
            .send_keys("Bring a friend the first time")
            .await?;
        app.js("document.querySelector('.shared-goal').scrollIntoView(); window.scrollBy(0, -80); return true")
            .await?;
        app.screenshot("tutor-feedback").await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;

    // What travels: the tutor's words and short references, never the plan.
    let json = std::fs::read_to_string(&feedback_file)?;
    for words in [STEP, COURSE, KIND_WORD, "\"tutor_name\": \"Alex\""] {
        assert!(json.contains(words), "{words} in {json}");
    }
    for never in [
        PRIVATE,
        "To feel strong",
        "I went to the pool",
        "Bring a friend",
    ] {
        assert!(!json.contains(never), "{never} must not travel");
    }
    // The tutor's name is remembered; the tutor's own plan stays empty.
    let tutor_store = Store::open_in_dir(tutor.path())?;
    assert_eq!(tutor_store.tutor_own_name()?, "Alex");
    assert_eq!(tutor_store.counts()?.goals, 0);
    drop(tutor_store);

    // 3. The student opens the feedback and decides.
    let before = Store::open_in_dir(student.path())?.counts()?;
    let app = App::launch_with(
        student.path(),
        &[("WAYMARK_TEST_OPEN_FILE", feedback_file.as_path())],
    )
    .await?;
    let result = async {
        app.click("#nav-share").await?;
        app.click("#open-feedback").await?;
        assert_eq!(
            app.text("#feedback-heading").await?,
            "Feedback from Alex"
        );
        let page = app.text(".feedback-screen").await?;
        for words in [STEP, COURSE, KIND_WORD, "Alex suggests a step:", "About your goal"] {
            assert!(page.contains(words), "{words} in {page}");
        }
        app.screenshot("student-feedback").await?;
        // Nothing was added before the student chose.
        let goal_steps = Store::open_in_dir(student.path())?.goal(&seeded.goal)?.steps;
        assert_eq!(goal_steps.len(), 1);

        let step_item: String = app
            .js(&format!(
                "return [...document.querySelectorAll('.received-item')].find(i => i.textContent.includes({STEP:?})).querySelector('button.primary').id"
            ))
            .await?
            .as_str()
            .ok_or("no take-on button")?
            .to_string();
        app.click(&format!("#{step_item}")).await?;
        app.wait_js(
            "return [...document.querySelectorAll('.decided')].some(d => d.textContent.includes('You added this step to your goal.'))",
            Duration::from_secs(10),
        )
        .await?;
        app.js("window.scrollTo(0, 0); return true").await?;
        app.screenshot("student-deciding").await?;

        // The step is on the goal.
        app.click("#nav-goals").await?;
        app.click(&format!(".goal-open[data-goal='{}']", seeded.goal))
            .await?;
        app.wait_js(
            &format!("return document.body.textContent.includes({STEP:?})"),
            Duration::from_secs(10),
        )
        .await?;
        // The check-in record says who suggested it and that it was taken on.
        app.click("#nav-review").await?;
        app.click("#resume-review").await?;
        // The review form is drawn once its data is in: wait for it before
        // reading it (reading at once raced the screen under load).
        app.find("#review-tutor").await?;
        let tutor_name: String = app
            .js("return document.querySelector('#review-tutor').value")
            .await?
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert_eq!(tutor_name, "Alex");
        let record = app.text(".suggestion-list").await?;
        assert!(record.contains(STEP) && record.contains("From Alex"), "{record}");
        assert!(record.contains("Taken on"), "{record}");
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;

    // In the plan file: only the step was added, and the decisions are kept.
    let store = Store::open_in_dir(student.path())?;
    let steps = store.goal(&seeded.goal)?.steps;
    assert_eq!(steps.len(), 2);
    assert_eq!(steps[1].text, STEP);
    let after = store.counts()?;
    assert_eq!(
        (after.goals, after.courses, after.reflections),
        (before.goals, before.courses, before.reflections),
        "nothing else added without the student's choice"
    );
    let summary = store.feedback_received()?;
    assert_eq!(summary.len(), 1);
    assert_eq!(
        (
            summary[0].tutor_name.as_str(),
            summary[0].items,
            summary[0].waiting
        ),
        ("Alex", 3, 2)
    );
    let received = store.received_feedback(&summary[0].review_id)?;
    let decided: Vec<_> = received.items.iter().filter_map(|i| i.decision).collect();
    assert_eq!(decided, vec![FeedbackDecision::Taken]);
    Ok(())
}

/// A student picks the wrong file: the plan they shared, not the tutor's
/// feedback. The real window says, in plain words, what the file is and where
/// to open it instead; nothing of the file, nothing changed.
#[tokio::test(flavor = "multi_thread")]
async fn a_plan_opened_as_feedback_is_named_for_what_it_is_and_changes_nothing() -> Result<()> {
    let student = tempfile::tempdir()?;
    seed(student.path())?;
    let usb = tempfile::tempdir()?;
    let wrong = usb.path().join("sam.waymark");
    Store::open_in_dir(student.path())?.export_to(
        waymark_core::export::save::ExportFormat::Waymark,
        &waymark_core::share::choice::ShareChoice::default(),
        "",
        &wrong,
        "en-GB",
        "test",
        None,
    )?;
    let before = Store::open_in_dir(student.path())?.counts()?;
    let app = App::launch_with(
        student.path(),
        &[("WAYMARK_TEST_OPEN_FILE", wrong.as_path())],
    )
    .await?;
    let result = async {
        app.click("#nav-share").await?;
        app.click("#open-feedback").await?;
        let said = app.text("[role=alert]").await?;
        assert_eq!(
            said,
            "This is a plan someone shared, not a tutor's feedback. Nothing has changed. To read it, use \"Read a plan someone shared with me\" on the Share page."
        );
        app.screenshot("feedback-wrong-file").await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;
    let after = Store::open_in_dir(student.path())?.counts()?;
    assert_eq!(after.goals, before.goals);
    assert!(Store::open_in_dir(student.path())?
        .feedback_received()?
        .is_empty());
    Ok(())
}

/// The same journey, sealed: the student saves a sealed plan for the tutor
/// and says the three words; the tutor's Waymark asks for them, and saves
/// sealed feedback with words of its own; the student's asks for those, and
/// the student takes the step on. Neither file shows a word of the plan.
#[tokio::test(flavor = "multi_thread")]
async fn a_sealed_plan_and_sealed_feedback_travel_and_open_only_with_their_words() -> Result<()> {
    let student = tempfile::tempdir()?;
    let usb = tempfile::tempdir()?;
    let seeded = seed(student.path())?;
    let plan_file = usb.path().join("sam.waymark");

    // 1. The student saves a sealed plan file.
    let app = App::launch_with(
        student.path(),
        &[("WAYMARK_TEST_SAVE_FILE", plan_file.as_path())],
    )
    .await?;
    let words = async {
        app.press_on("#nav-share").await?;
        app.find("#share-goals").await?.send_keys(" ").await?;
        app.press_on("#share-next-look").await?;
        app.press_on("#share-next-save").await?;
        app.find("#share-format-waymark").await?.send_keys(" ").await?;
        app.find("#share-seal").await?.send_keys(" ").await?;
        let words = app.suggested_words("share-seal").await?;
        app.screenshot("seal-plan-file").await?;
        app.press_on("#share-save-file").await?;
        app.wait_js(
            "const m = document.querySelector('.share-done .plan-message'); return !!m && m.textContent.includes('sam.waymark')",
            Duration::from_secs(10),
        )
        .await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(words)
    }
    .await;
    app.quit().await?;
    let words = words?;
    let sealed = std::fs::read(&plan_file)?;
    assert!(sealed.starts_with(b"age-encryption.org/v1\n"));
    assert!(!String::from_utf8_lossy(&sealed).contains("Swim a length"));

    // 2. The tutor opens it with the words, and seals the feedback.
    let tutor = tempfile::tempdir()?;
    let feedback_file = usb.path().join("for-sam.waymark-feedback");
    let app = App::launch_with(
        tutor.path(),
        &[
            ("WAYMARK_TEST_OPEN_FILE", plan_file.as_path()),
            ("WAYMARK_TEST_SAVE_FILE", feedback_file.as_path()),
        ],
    )
    .await?;
    let tutors_words = async {
        app.press_on("#nav-share").await?;
        app.press_on("#open-shared").await?;
        app.wait_focus("#open-passphrase-words").await?;
        app.screenshot("open-sealed-file").await?;
        app.keys("wrong words here").await?;
        app.press(fantoccini::key::Key::Enter).await?;
        let wrong = app.text("#open-passphrase-error").await?;
        assert!(wrong.starts_with("That passphrase does not open this file."), "{wrong}");
        app.find("#open-passphrase-words").await?.clear().await?;
        app.find("#open-passphrase-words").await?.send_keys(&words).await?;
        app.press(fantoccini::key::Key::Enter).await?;
        app.find("#tutor-banner").await?;
        let goal = format!("goal-{}", seeded.goal);
        // The suggestion, by keyboard: open the box, choose "a step", type, add.
        app.press_on(&format!("#feedback-open-{goal}")).await?;
        app.find(&format!("input[name='feedback-kind-{goal}'][value='step']"))
            .await?
            .send_keys(" ")
            .await?;
        app.find(&format!("#feedback-text-{goal}"))
            .await?
            .send_keys(STEP)
            .await?;
        app.press_on(".feedback-form button[type=submit]").await?;
        app.wait_js(
            &format!(
                "return [...document.querySelectorAll('.feedback-item')].some(i => i.textContent.includes({STEP:?}))"
            ),
            Duration::from_secs(10),
        )
        .await?;
        app.find("#feedback-name").await?.send_keys("Alex").await?;
        app.find("#feedback-seal").await?.send_keys(" ").await?;
        let tutors_words = app.suggested_words("feedback-seal").await?;
        app.press_on("#save-feedback").await?;
        app.wait_js(
            "const m = document.querySelector('#feedback-saved'); return !!m && m.textContent.includes('for-sam.waymark-feedback')",
            Duration::from_secs(10),
        )
        .await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(tutors_words)
    }
    .await;
    app.quit().await?;
    let tutors_words = tutors_words?;
    assert_ne!(tutors_words, words);
    let sealed = std::fs::read(&feedback_file)?;
    assert!(sealed.starts_with(b"age-encryption.org/v1\n"));
    assert!(!String::from_utf8_lossy(&sealed).contains(STEP));

    // 3. The student opens the feedback with the tutor's words, and takes
    //    the step on.
    let app = App::launch_with(
        student.path(),
        &[("WAYMARK_TEST_OPEN_FILE", feedback_file.as_path())],
    )
    .await?;
    let result = async {
        app.press_on("#nav-share").await?;
        app.press_on("#open-feedback").await?;
        app.wait_focus("#feedback-passphrase-words").await?;
        app.keys(&tutors_words).await?;
        app.press(fantoccini::key::Key::Enter).await?;
        assert_eq!(app.text("#feedback-heading").await?, "Feedback from Alex");
        let step_item: String = app
            .js(&format!(
                "return [...document.querySelectorAll('.received-item')].find(i => i.textContent.includes({STEP:?})).querySelector('button.primary').id"
            ))
            .await?
            .as_str()
            .ok_or("no take-on button")?
            .to_string();
        app.press_on(&format!("#{step_item}")).await?;
        app.wait_js(
            "return [...document.querySelectorAll('.decided')].some(d => d.textContent.includes('You added this step to your goal.'))",
            Duration::from_secs(10),
        )
        .await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;
    let steps = Store::open_in_dir(student.path())?
        .goal(&seeded.goal)?
        .steps;
    assert_eq!(steps.last().map(|s| s.text.as_str()), Some(STEP));
    Ok(())
}
