//! The real app, end to end: a student chooses what to share, sees it, saves
//! a tutor pack and a plan file; a tutor's own Waymark opens the file in tutor
//! review mode and sees the shared goal and reflection, never the private one,
//! and the tutor's own plan stays empty. Opening the file from a file manager
//! (as the app's argument, or handed to a running Waymark) shows it too.

use std::time::Duration;

use fantoccini::key::Key;
use waymark_core::plan::journal::{AboutMe, ReflectionInput};
use waymark_core::{GoalInput, Store};
use waymark_tests::{App, Result};

const PRIVATE: &str = "Only for me: the bus made me anxious today.";
const SHARED: &str = "I stayed for the whole session and asked a question.";

/// A student's plan, written through the core as Waymark would.
fn seed(dir: &std::path::Path) -> Result<String> {
    let store = Store::open_in_dir(dir)?;
    store.save_about_me(&AboutMe {
        preferred_name: "Sam".into(),
        for_tutors: "I like to sit near the door.".into(),
        ..AboutMe::default()
    })?;
    let goal = store.create_goal(&GoalInput {
        title: "Swim a length".into(),
        why: "To feel strong again.".into(),
        life_area: "looking_after_me".into(),
        target_date: None,
    })?;
    store.add_step(&goal.id, "Go with my sister")?;
    for (body, shareable) in [(PRIVATE, false), (SHARED, true)] {
        store.create_reflection(&ReflectionInput {
            written_on: "2026-11-20".into(),
            body: body.into(),
            shareable,
            goal_id: Some(goal.id.clone()),
            ..ReflectionInput::default()
        })?;
    }
    let shared = store
        .journal(&waymark_core::plan::journal::JournalQuery {
            shareable_only: true,
            ..Default::default()
        })?
        .reflections
        .remove(0)
        .id;
    Ok(shared)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_student_shares_chosen_parts_and_a_tutor_reads_them_apart() -> Result<()> {
    let student = tempfile::tempdir()?;
    let usb = tempfile::tempdir()?;
    let shared_id = seed(student.path())?;
    let target = usb.path().join("for-alex.html");
    let app = App::launch_with(
        student.path(),
        &[("WAYMARK_TEST_SAVE_FILE", target.as_path())],
    )
    .await?;
    let result = async {
        app.click("#nav-share").await?;
        app.find("#share-what").await?;
        // The first time, nothing is chosen: only what the student turns on
        // is shared.
        let off = app
            .js("return [...document.querySelectorAll('.share-screen .toggle input')].every(i => !i.checked)")
            .await?;
        assert_eq!(off, serde_json::Value::Bool(true), "every switch starts off");
        // Only the shareable reflection is offered.
        let offered = app.text(".share-reflections").await?;
        assert!(offered.contains("I stayed for the whole session"));
        assert!(!offered.contains("bus made me anxious"));

        // Step 1: choose. About me, goals without their steps, and the one
        // reflection.
        app.click("#share-about_me").await?;
        app.click("#share-goals").await?;
        app.click(&format!("#share-reflection-{shared_id}")).await?;
        app.screenshot("share").await?;
        // Step 2: see exactly what the tutor gets.
        app.click("#share-next-look").await?;
        app.wait_js(
            &format!("const p = document.querySelector('.preview'); return !!p && p.textContent.includes('Swim a length') && p.textContent.includes({SHARED:?})"),
            Duration::from_secs(10),
        )
        .await?;
        let preview = app.text(".preview").await?;
        assert!(!preview.contains(PRIVATE) && !preview.contains("Go with my sister"), "{preview}");
        app.screenshot("share-preview").await?;
        // Step 3: save it, as each kind of file in turn.
        app.click("#share-next-save").await?;
        app.find("#share-tutor").await?.send_keys("Alex").await?;
        app.screenshot("share-save").await?;
        for (format, name) in [("waymark", "for-alex.waymark"), ("html", "for-alex.html"), ("pdf", "for-alex.pdf")] {
            if format != "waymark" {
                app.click("#share-again").await?;
                app.click("#share-next-look").await?;
                app.click("#share-next-save").await?;
            }
            app.click(&format!("#share-format-{format}")).await?;
            app.click("#share-save-file").await?;
            app.wait_js(
                &format!("const m = document.querySelector('.share-done .plan-message'); return !!m && m.textContent.includes({name:?})"),
                Duration::from_secs(20),
            )
            .await?;
        }
        // After saving: how to give it to the tutor, in plain words.
        let done = app.text(".share-done").await?;
        assert!(done.contains("Attach it to an email to your tutor."), "{done}");
        assert!(done.contains("USB stick") && done.contains("print it"), "{done}");
        app.find("#share-show-file").await?;
        app.screenshot("share-saved").await?;
        let log = app.text(".share-log").await?;
        assert!(log.contains("With Alex"), "{log}");
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;

    // What was written: the chosen parts, never the private reflection.
    let pack = std::fs::read_to_string(usb.path().join("for-alex.html"))?;
    let file = usb.path().join("for-alex.waymark");
    let json = std::fs::read_to_string(&file)?;
    for output in [&pack, &json] {
        assert!(output.contains("Swim a length") && output.contains(SHARED));
        assert!(!output.contains(PRIVATE) && !output.contains("Go with my sister"));
    }
    assert!(std::fs::read(usb.path().join("for-alex.pdf"))?.starts_with(b"%PDF-"));
    let log = Store::open_in_dir(student.path())?.share_log()?;
    assert_eq!(log.len(), 3);
    assert_eq!(log[0].tutor_name, "Alex");
    assert_eq!(log[0].format, "pdf");

    // The tutor's own Waymark, with its own (empty) plan, opens the file.
    let tutor = tempfile::tempdir()?;
    let app = App::launch_with(tutor.path(), &[("WAYMARK_TEST_OPEN_FILE", file.as_path())]).await?;
    let result = async {
        app.click("#nav-share").await?;
        // The tutor chooses to keep a list of the plans they open.
        app.click("#share-keep-recent").await?;
        app.click("#open-shared").await?;
        app.find("#tutor-banner").await?;
        let heading = app.text("#tutor-heading").await?;
        assert_eq!(heading, "Sam's learning plan");
        let page = app.text(".tutor-screen").await?;
        assert!(page.contains("someone else's plan"), "{page}");
        assert!(page.contains("Swim a length") && page.contains(SHARED));
        assert!(page.contains("I like to sit near the door."));
        assert!(!page.contains(PRIVATE));
        app.js("window.scrollTo(0, 0); return true").await?;
        app.screenshot("tutor-review").await?;
        app.click("#close-shared").await?;
        app.find("#share-heading").await?;
        // It is on the list, and opens again from there.
        app.click(".recent-shared button").await?;
        app.find("#tutor-banner").await?;
        app.click("#close-shared").await?;
        app.find("#share-heading").await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;

    // Opened from a file manager: Waymark starts with the file and shows it.
    let app = App::launch_opening(tutor.path(), &file).await?;
    let result = async {
        app.find("#tutor-banner").await?;
        assert_eq!(app.text("#tutor-heading").await?, "Sam's learning plan");
        app.click("#close-shared").await?;
        app.find("#share-heading").await?;
        // Opened again while Waymark runs: the second start hands it over and exits.
        let status = std::process::Command::new(waymark_tests::app_binary())
            .env("WAYMARK_DATA_DIR", tutor.path())
            .arg(&file)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()?;
        assert!(status.success(), "the second start exits calmly: {status}");
        app.find("#tutor-banner").await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;

    nothing_in_the_tutors_own_plan(tutor.path())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_whole_plan_moves_to_a_new_laptop_and_only_into_an_empty_one() -> Result<()> {
    let old = tempfile::tempdir()?;
    seed(old.path())?;
    let usb = tempfile::tempdir()?;
    // A move file in the old form (before it had an extension of its own,
    // and before it was sealed).
    let file = usb.path().join("everything.waymark");
    std::fs::write(&file, unsealed_move_file(old.path())?)?;
    let new = tempfile::tempdir()?;
    let app = App::launch_with(new.path(), &[("WAYMARK_TEST_OPEN_FILE", file.as_path())]).await?;
    let result = async {
        app.click("#nav-settings").await?;
        app.click("#open-move-plan").await?;
        app.find("#move-heading").await?;
        app.click("#move-plan-in").await?;
        let moved = app.text("#moved-in").await?;
        assert_eq!(moved, "Your plan is here: one goal and 2 reflections.");
        // Everything came, the private reflection too: it is the student's own.
        app.click("#nav-journal").await?;
        app.wait_js(
            &format!("return document.body.textContent.includes({PRIVATE:?})"),
            Duration::from_secs(10),
        )
        .await?;
        // The same file a second time: refused kindly, and for what it is
        // (this plan is already here), not as "another plan".
        app.click("#nav-settings").await?;
        app.click("#open-move-plan").await?;
        app.find("#move-heading").await?;
        app.click("#move-plan-in").await?;
        let refused = app.text(".form-error").await?;
        assert_eq!(
            refused,
            "This whole plan is already here: it was brought into this Waymark before. Nothing has changed."
        );
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;
    let counts = Store::open_in_dir(new.path())?.counts()?;
    assert_eq!((counts.goals, counts.steps, counts.reflections), (1, 1, 2));
    Ok(())
}

/// The whole plan, as an unsealed move file from before they were sealed.
fn unsealed_move_file(plan: &std::path::Path) -> Result<Vec<u8>> {
    Ok(Store::open_in_dir(plan)?.export(
        waymark_core::export::save::ExportFormat::Everything,
        &waymark_core::share::choice::ShareChoice::default(),
        "en-GB",
        "test",
    )?)
}

/// Moving to a new laptop through the sealed move file, keys only: the old
/// laptop saves it with the words it suggests; the new one asks for them,
/// says calmly that other words do not open it, and moves the plan in with
/// the right ones.
#[tokio::test(flavor = "multi_thread")]
async fn a_sealed_move_file_moves_to_a_new_laptop_with_its_passphrase() -> Result<()> {
    let old = tempfile::tempdir()?;
    seed(old.path())?;
    let usb = tempfile::tempdir()?;
    let stand_in = usb.path().join("moving");
    let app = App::launch_with(
        old.path(),
        &[("WAYMARK_TEST_SAVE_FILE", stand_in.as_path())],
    )
    .await?;
    let words = async {
        app.press_on("#nav-settings").await?;
        app.press_on("#open-move-plan").await?;
        app.find("#move-seal-always").await?;
        let words = app.suggested_words("move-seal").await?;
        app.screenshot("move-file-sealed").await?;
        app.press_on("#save-everything").await?;
        app.find("#move-saved").await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(words)
    }
    .await;
    app.quit().await?;
    let words = words?;
    let file = usb.path().join("moving.waymark-move");
    let bytes = std::fs::read(&file)?;
    assert!(
        bytes.starts_with(b"age-encryption.org/v1\n"),
        "the move file is sealed"
    );
    assert!(!String::from_utf8_lossy(&bytes).contains(PRIVATE));

    let new = tempfile::tempdir()?;
    let app = App::launch_with(new.path(), &[("WAYMARK_TEST_OPEN_FILE", file.as_path())]).await?;
    let result = async {
        app.press_on("#nav-settings").await?;
        app.press_on("#open-move-plan").await?;
        app.press_on("#move-plan-in").await?;
        app.find("#move-passphrase-words").await?;
        app.wait_focus("#move-passphrase-words").await?;
        app.keys("pear river candle").await?;
        app.press(Key::Enter).await?;
        let wrong = app.text("#move-passphrase-error").await?;
        assert_eq!(
            wrong,
            "That passphrase does not open this file. Check the words with the person who gave it to you, and try again. Nothing has changed."
        );
        app.screenshot("move-file-wrong-passphrase").await?;
        app.find("#move-passphrase-words").await?.clear().await?;
        app.find("#move-passphrase-words").await?.send_keys(&words.to_uppercase()).await?;
        app.press(Key::Enter).await?;
        let moved = app.text("#moved-in").await?;
        assert_eq!(moved, "Your plan is here: one goal and 2 reflections.");
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;
    let counts = Store::open_in_dir(new.path())?.counts()?;
    assert_eq!((counts.goals, counts.steps, counts.reflections), (1, 1, 2));
    Ok(())
}

/// The private move file is saved from Settings with its own extension and a
/// name that says it is private, and tutor review mode refuses it, however
/// it reaches a tutor: through "Open a shared plan…" or from a file manager.
#[tokio::test(flavor = "multi_thread")]
async fn tutor_review_mode_refuses_a_private_move_file() -> Result<()> {
    let student = tempfile::tempdir()?;
    seed(student.path())?;
    let usb = tempfile::tempdir()?;
    let stand_in = usb.path().join("chosen");
    let app = App::launch_with(
        student.path(),
        &[("WAYMARK_TEST_SAVE_FILE", stand_in.as_path())],
    )
    .await?;
    let result = async {
        app.click("#nav-settings").await?;
        app.click("#open-move-plan").await?;
        let words = app.suggested_words("move-seal").await?;
        app.click("#save-everything").await?;
        let saved = app.text("#move-saved").await?;
        assert!(
            saved.starts_with("Saved as chosen.waymark-move."),
            "{saved}"
        );
        // The Share screen no longer offers it.
        app.click("#nav-share").await?;
        app.find("#share-what").await?;
        let offered = app
            .js("return document.querySelector('#save-everything, #move-plan-in') === null")
            .await?;
        assert_eq!(offered, serde_json::Value::Bool(true));
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(words)
    }
    .await;
    app.quit().await?;
    let words = result?;
    let move_file = usb.path().join("chosen.waymark-move");
    // Sealed: nothing private can be read in it.
    assert!(!String::from_utf8_lossy(&std::fs::read(&move_file)?).contains(PRIVATE));
    // The name Waymark suggests says what it is.
    assert_eq!(
        waymark_core::export::save::ExportFormat::Everything.suggested_name("Sam", "2026-12-01"),
        "Sam-private-whole-plan-2026-12-01.waymark-move"
    );

    const REFUSED: &str = "This is a student's private file for moving their whole plan to a new laptop, with every private reflection in it. It was not made for a tutor, so Waymark does not open it here. Nothing has changed. If it is your own plan, open Settings and choose \"Move my plan to a new laptop\".";
    let tutor = tempfile::tempdir()?;
    // An old-form move file (unsealed, named like a shared plan) is refused
    // for what it holds; a sealed one too, once its passphrase is given.
    let old_form = usb.path().join("sam.waymark");
    std::fs::write(&old_form, unsealed_move_file(student.path())?)?;
    for file in [&move_file, &old_form] {
        let app =
            App::launch_with(tutor.path(), &[("WAYMARK_TEST_OPEN_FILE", file.as_path())]).await?;
        let result = async {
            app.click("#nav-share").await?;
            app.click("#open-shared").await?;
            if file == &move_file {
                app.find("#open-passphrase-words")
                    .await?
                    .send_keys(&words)
                    .await?;
                app.click("#open-passphrase-open").await?;
            }
            assert_eq!(app.text(".form-error").await?, REFUSED);
            assert_eq!(
                app.js("return document.querySelector('#tutor-banner') === null")
                    .await?,
                serde_json::Value::Bool(true)
            );
            if file == &move_file {
                app.screenshot("tutor-refuses-move-file").await?;
            }
            Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
        }
        .await;
        app.quit().await?;
        result?;
    }
    // Double-clicked in a file manager: the same kind refusal, no plan shown.
    let app = App::launch_opening(tutor.path(), &old_form).await?;
    let result = async {
        assert_eq!(app.text(".form-error").await?, REFUSED);
        assert_eq!(
            app.js("return document.querySelector('#tutor-banner') === null")
                .await?,
            serde_json::Value::Bool(true)
        );
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;
    nothing_in_the_tutors_own_plan(tutor.path())
}

/// What a tutor reads is never mixed into their own plan.
fn nothing_in_the_tutors_own_plan(dir: &std::path::Path) -> Result<()> {
    let counts = Store::open_in_dir(dir)?.counts()?;
    assert_eq!(
        (counts.goals, counts.reflections),
        (0, 0),
        "nothing came into the tutor's own plan"
    );
    Ok(())
}
