//! The real app by keyboard alone (Tab, Space, Enter, arrows and typing; no
//! clicks): writing a reflection, doing a review, and saving a tutor pack.
//! Goals and courses have theirs in e2e_goals.rs and e2e_courses.rs. Each
//! writes its key path to target/e2e-artifacts for docs/ACCESSIBILITY.md.

use std::time::Duration;

use fantoccini::key::Key;
use waymark_core::{GoalInput, Store};
use waymark_tests::{App, Result};

/// A plan with one goal, for the review and the pack.
fn one_goal(dir: &std::path::Path) -> Result<()> {
    Store::open_in_dir(dir)?.create_goal(&GoalInput {
        title: "Walk by the river with a group".into(),
        why: "To be outside with other people.".into(),
        life_area: "relationships".into(),
        target_date: None,
    })?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reflection_is_written_with_the_keyboard_only() -> Result<()> {
    let data = tempfile::tempdir()?;
    let app = App::launch(data.path()).await?;
    let result = async {
        app.tab_to("#nav-journal", 15).await?;
        app.press(Key::Enter).await?;
        app.tab_to("#write-reflection", 10).await?;
        app.press(Key::Enter).await?;
        app.tab_to("#reflection-new-body", 10).await?;
        app.keys("We walked by the river. It went well.").await?;
        // The feelings are a radio group: Tab lands on the chosen one ("I'd
        // rather not say", the last), and the arrows go back to "Good".
        app.tab_to("input[name='reflection-new-feeling']", 20).await?;
        app.press(Key::Left).await?;
        app.press(Key::Left).await?;
        app.wait_js(
            "return document.querySelector(\"input[name='reflection-new-feeling'][value='4']\").checked",
            Duration::from_secs(5),
        )
        .await?;
        app.tab_to(".share-choice input", 20).await?;
        app.press(Key::Space).await?;
        app.tab_to(".reflection-form button[type=submit]", 10).await?;
        app.press(Key::Enter).await?;
        app.wait_js(
            "return !!document.querySelector('article.reflection')",
            Duration::from_secs(10),
        )
        .await?;
        let entry = app.text("article.reflection").await?;
        assert!(entry.contains("We walked by the river."), "{entry}");
        assert!(entry.contains("Good") && entry.contains("My tutor may see this"), "{entry}");
        app.save_keyboard_path("reflection", "Write a reflection, say how I feel and let my tutor see it (keyboard only)")?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result
}

#[tokio::test(flavor = "multi_thread")]
async fn a_review_is_done_with_the_keyboard_only() -> Result<()> {
    let data = tempfile::tempdir()?;
    one_goal(data.path())?;
    let app = App::launch(data.path()).await?;
    let result = async {
        app.tab_to("#nav-review", 15).await?;
        app.press(Key::Enter).await?;
        app.tab_to("#start-review", 10).await?;
        app.press(Key::Enter).await?;
        // A rating is a list: typing its number chooses it.
        app.tab_to("#rate-home", 30).await?;
        app.keys("7").await?;
        app.wait_js(
            "return document.querySelector('#rate-home').value === '7'",
            Duration::from_secs(5),
        )
        .await?;
        app.wait_saved().await?;
        app.tab_to("#finish-review", 80).await?;
        app.press(Key::Enter).await?;
        app.wait_js(
            "return !!document.querySelector('.area-chart')",
            Duration::from_secs(10),
        )
        .await?;
        let home = app
            .js("return [...document.querySelectorAll('.area-row')].find(r => r.querySelector('.area-name').textContent === 'Home').textContent")
            .await?;
        assert!(home.as_str().is_some_and(|h| h.contains("7 of 10")), "{home}");
        app.save_keyboard_path("review", "Start a review, rate a part of life and finish it (keyboard only)")?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;
    let reviews = Store::open_in_dir(data.path())?.reviews()?;
    assert!(
        reviews.iter().any(|r| r.completed_at.is_some()),
        "the review was finished"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_tutor_pack_is_saved_with_the_keyboard_only() -> Result<()> {
    let data = tempfile::tempdir()?;
    one_goal(data.path())?;
    let usb = tempfile::tempdir()?;
    let target = usb.path().join("for-alex");
    let app =
        App::launch_with(data.path(), &[("WAYMARK_TEST_SAVE_FILE", target.as_path())]).await?;
    let result = async {
        app.tab_to("#nav-share", 15).await?;
        app.press(Key::Enter).await?;
        app.tab_to("#share-goals", 20).await?;
        app.press(Key::Space).await?;
        app.tab_to("#share-next-look", 40).await?;
        app.press(Key::Enter).await?;
        // The next step's heading takes focus: a screen reader says where it is.
        app.wait_focus("#share-preview").await?;
        let preview = app.text(".preview").await?;
        assert!(
            preview.contains("Walk by the river with a group"),
            "{preview}"
        );
        app.tab_to("#share-next-save", 40).await?;
        app.press(Key::Enter).await?;
        app.wait_focus("#share-save").await?;
        // The PDF is chosen already: the usual choice.
        app.tab_to("#share-save-file", 20).await?;
        app.press(Key::Enter).await?;
        app.wait_focus("#share-saved").await?;
        app.save_keyboard_path(
            "tutor-pack",
            "Choose what to share, look at it and save the tutor pack as a PDF (keyboard only)",
        )?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;
    let pdf = std::fs::read(usb.path().join("for-alex.pdf"))?;
    assert!(pdf.starts_with(b"%PDF-"), "a PDF was written");
    Ok(())
}
