//! The real app, end to end, by keyboard alone: a tutor's term. A tutor's
//! locked Waymark that keeps students' plans brings in a folder of plan files
//! (three students, two versions of one), sees what changed for Robin since
//! the last check-in, saves the check-in sheet (a one-page PDF, checked by
//! qpdf and read by pdftotext), writes feedback on the plan as a whole using a
//! phrase they saved, and saves the feedback file. Robin's own Waymark takes it on. The tutor brings in Robin's
//! next plan and sees what Robin decided.

use std::time::Duration;

use fantoccini::key::Key;
use waymark_core::share::choice::ShareChoice;
use waymark_core::Store;
use waymark_tests::term::{
    hostile_files, robins_term, share, student, tutor, unlock, wait_text, PHRASE,
};
use waymark_tests::{run_tool, App, Result};

#[tokio::test(flavor = "multi_thread")]
async fn a_tutor_keeps_a_term_of_plans_sees_what_changed_and_follows_their_feedback() -> Result<()>
{
    let tutor_dir = tempfile::tempdir()?;
    let robin_dir = tempfile::tempdir()?;
    let others = tempfile::tempdir()?;
    let term = tempfile::tempdir()?;
    let usb = tempfile::tempdir()?;
    tutor(tutor_dir.path())?;

    // Robin shares a plan, does a step and adds a goal, and shares again.
    let robin = robins_term(robin_dir.path(), term.path())?;
    let robin_plan = robin.plan_id()?;
    drop(robin);
    for name in ["Sam", "Alex"] {
        let dir = others.path().join(name);
        std::fs::create_dir(&dir)?;
        let (store, _) = student(&dir, name)?;
        share(
            &store,
            &term.path().join(format!("{name}.waymark")),
            "2026-11-14",
        )?;
    }
    let feedback_file = usb.path().join("for-robin.waymark-feedback");

    // 1. The tutor brings in the folder, and reads Robin's changes.
    let app = App::launch_with(
        tutor_dir.path(),
        &[
            ("WAYMARK_TEST_OPEN_FILE", term.path()),
            ("WAYMARK_TEST_SAVE_FILE", feedback_file.as_path()),
        ],
    )
    .await?;
    let result = async {
        unlock(&app).await?;
        // Only a tutor here: the start page leads to My students.
        wait_text(&app, "#home-heading", "Welcome back").await?;
        app.tab_to("#home-students", 20).await?;
        app.press(Key::Enter).await?;
        app.wait_focus("#students-heading").await?;
        app.tab_to("#students-bring-in-folder", 20).await?;
        app.press(Key::Enter).await?;
        wait_text(
            &app,
            "#students-brought",
            "Brought in: 3 new students and one newer plan.",
        )
        .await?;
        let names = app
            .js("return [...document.querySelectorAll('.student-name')].map(b => b.textContent.trim())")
            .await?;
        // Robin's check-in is due soonest (14 January); the others have no date.
        assert_eq!(names, serde_json::json!(["Robin", "Alex", "Sam"]));
        wait_text(&app, "li.student:nth-child(1)", "2 plans kept").await?;
        app.screenshot("my-students").await?;

        app.tab_to("li.student:nth-child(1) .student-name", 30).await?;
        app.press(Key::Enter).await?;
        app.wait_focus("#student-heading").await?;
        wait_text(
            &app,
            "#changes-summary",
            "Since 3 October 2026: one step done, one new goal and “Money” went from 3 to 5.",
        )
        .await?;
        let detail = app
            .js("return document.querySelector('#student-changes').innerText")
            .await?;
        let detail = detail.as_str().unwrap_or_default();
        assert!(detail.contains("Cook for my friends: New goal"), "{detail}");
        assert!(detail.contains("Find the pool times"), "{detail}");
        app.screenshot("what-changed").await?;

        // 2. Feedback on the plan as a whole, in a phrase the tutor saved.
        app.tab_to("#student-read-latest", 10).await?;
        app.press(Key::Enter).await?;
        app.wait_focus("#tutor-heading").await?;
        let part = format!("plan-{robin_plan}");
        app.tab_to(&format!("#feedback-open-{part}"), 80).await?;
        app.press(Key::Enter).await?;
        app.tab_to(&format!("#feedback-phrase-{part}"), 10).await?;
        app.press(Key::Down).await?;
        app.wait_js(
            &format!("return document.querySelector('#feedback-text-{part}').value === {PHRASE:?}"),
            Duration::from_secs(10),
        )
        .await?;
        app.tab_to(".feedback-form button[type=submit]", 10).await?;
        app.press(Key::Enter).await?;
        wait_text(&app, ".feedback-item", PHRASE).await?;
        app.tab_to("#feedback-name", 80).await?;
        app.keys("Jordan").await?;
        app.tab_to("#save-feedback", 10).await?;
        app.press(Key::Enter).await?;
        wait_text(&app, "#feedback-saved", "for-robin.waymark-feedback").await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;
    assert!(feedback_file.exists(), "the feedback file is saved");
    let feedback: serde_json::Value = serde_json::from_slice(&std::fs::read(&feedback_file)?)?;
    assert_eq!(feedback["format_version"], 2, "feedback on the whole plan");
    assert_eq!(feedback["items"][0]["about"]["kind"], "plan");
    assert_eq!(feedback["items"][0]["text"], PHRASE);

    // 3. Robin's Waymark takes it on.
    let app = App::launch_opening(robin_dir.path(), &feedback_file).await?;
    let result = async {
        app.find("#feedback-heading").await?;
        app.tab_to("button[id^='take-']", 30).await?;
        app.press(Key::Enter).await?;
        wait_text(&app, ".decided", "You kept this as a note.").await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;
    let robin = Store::open_in_dir(robin_dir.path())?;
    let next = usb.path().join("robin-december.waymark");
    let file = robin.plan_file(&ShareChoice::default(), "1.0.0")?;
    std::fs::write(&next, file.to_json()?)?;
    drop(robin);

    // 4. The tutor brings in Robin's next plan, sees the decision, and saves
    // the check-in sheet as a PDF (the save dialog's stand-in names it).
    let sheet = usb.path().join("check-in.pdf");
    let app = App::launch_with(
        tutor_dir.path(),
        &[
            ("WAYMARK_TEST_OPEN_FILE", next.as_path()),
            ("WAYMARK_TEST_SAVE_FILE", sheet.as_path()),
        ],
    )
    .await?;
    let result = async {
        unlock(&app).await?;
        wait_text(&app, "#home-heading", "Welcome back").await?;
        app.tab_to("#home-students", 20).await?;
        app.press(Key::Enter).await?;
        app.wait_focus("#students-heading").await?;
        app.tab_to("#students-bring-in", 20).await?;
        app.press(Key::Enter).await?;
        wait_text(&app, "#students-brought", "Brought in: one newer plan.").await?;
        app.tab_to("li.student:nth-child(1) .student-name", 30).await?;
        app.press(Key::Enter).await?;
        wait_text(&app, "#student-history", PHRASE).await?;
        wait_text(&app, "#student-history", "about the plan as a whole").await?;
        wait_text(&app, "#student-history", "Taken on").await?;
        let _ = wait_text(&app, "#student-changes", "Your earlier feedback").await;
        let changes = app
            .js("return document.querySelector('#student-changes')?.innerText ?? 'none'")
            .await?;
        let changes = changes.as_str().unwrap_or_default();
        assert!(
            changes.contains("a decision on your feedback") && changes.contains("Your earlier feedback"),
            "{changes}"
        );
        app.tab_to("#student-check-in-pdf", 20).await?;
        app.press(Key::Enter).await?;
        wait_text(&app, "#student-check-in-saved", "check-in.pdf").await?;
        app.save_keyboard_path("students", "A tutor's term: bring in plans, see what changed, save the check-in sheet, write feedback on the whole plan with a saved phrase (keyboard only)")?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;

    // The sheet: one page, sound to qpdf, and says what it should.
    let (ok, said) = run_tool("qpdf", usb.path(), &["--check", "check-in.pdf"])?;
    assert!(ok, "{said}");
    let (ok, pages) = run_tool("qpdf", usb.path(), &["--show-npages", "check-in.pdf"])?;
    assert!(ok && pages.trim() == "1", "one page: {pages}");
    let (ok, text) = run_tool(
        "pdftotext",
        usb.path(),
        &[sheet.as_os_str(), std::ffi::OsStr::new("-")],
    )?;
    assert!(ok, "{text}");
    for said in [
        "Check-in with Robin",
        "What changed since 21 November 2026",
        "A decision on your feedback",
        "What is due",
        "Nothing open: the student has decided on all your feedback.",
    ] {
        assert!(text.contains(said), "{said:?} on the sheet: {text}");
    }
    Ok(())
}

/// Hostile files in a folder a tutor brings in, in German: each one is named
/// with a kind reason in the tutor's language that quotes nothing from the
/// file, and the one good plan still comes in.
#[tokio::test(flavor = "multi_thread")]
async fn hostile_files_brought_in_are_named_kindly_and_quote_nothing() -> Result<()> {
    let tutor_dir = tempfile::tempdir()?;
    let robin_dir = tempfile::tempdir()?;
    let term = tempfile::tempdir()?;
    tutor(tutor_dir.path())?;
    let (robin, _) = student(robin_dir.path(), "Robin")?;
    share(&robin, &term.path().join("robin.waymark"), "2026-11-21")?;
    drop(robin);
    hostile_files(term.path())?;

    let app =
        App::launch_with(tutor_dir.path(), &[("WAYMARK_TEST_OPEN_FILE", term.path())]).await?;
    let result = async {
        unlock(&app).await?;
        app.set_look("light", "de", None).await?;
        app.go_to("students").await?;
        app.wait_focus("#students-heading").await?;
        app.tab_to("#students-bring-in-folder", 40).await?;
        app.press(Key::Enter).await?;
        wait_text(&app, "#students-brought", "Hereingeholt: eine neue Person.").await?;
        wait_text(
            &app,
            "#students-brought",
            "4 Dateien wurden nicht hereingeholt",
        )
        .await?;
        let said = app
            .js("return document.querySelector('#students-brought').innerText")
            .await?;
        let said = said.as_str().unwrap_or_default();
        for never in [
            "onerror", "alert", "img", "JSON", "expected", "serde", "line",
        ] {
            assert!(!said.contains(never), "{never:?} quoted in: {said}");
        }
        assert_eq!(
            said.lines().filter(|l| l.contains(".waymark: ")).count(),
            4,
            "{said}"
        );
        // A right-to-left override cannot make a name pretend to be a picture.
        assert!(said.contains("seltsam-gnp.waymark: "), "{said}");
        assert!(!said.contains('\u{202e}'), "{said}");
        app.js("document.querySelector('#students-brought').scrollIntoView({block: 'center'}); return true")
            .await?;
        app.screenshot("students-hostile-files").await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result
}
