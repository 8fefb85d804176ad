//! The real app, end to end: a student creates a goal with the keyboard only,
//! adds two steps, ticks one, starts a second goal without saving it, quits,
//! starts again and finds everything as it was.

use std::time::Duration;

use fantoccini::key::Key;
use serde_json::Value;
use waymark_tests::{App, Result};

#[tokio::test(flavor = "multi_thread")]
async fn a_goal_made_with_the_keyboard_survives_a_restart() -> Result<()> {
    let data = tempfile::tempdir()?;

    // First session.
    let app = App::launch(data.path()).await?;
    let result = first_session(&app).await;
    app.quit().await?;
    result?;

    assert!(
        data.path().join("waymark.sqlite3").exists(),
        "the plan must be kept in WAYMARK_DATA_DIR"
    );

    // Second session: everything as it was.
    let app = App::launch(data.path()).await?;
    let result = second_session(&app).await;
    app.quit().await?;
    result
}

async fn first_session(app: &App) -> Result<()> {
    // An empty plan opens on a welcome that invites a first goal.
    app.find("#home-first-goal").await?;
    app.screenshot("first-start").await?;

    app.tab_to("#home-first-goal", 20).await?;
    app.press(Key::Enter).await?;
    app.wait_focus("input[name='title']").await?;
    app.keys("Join a walking group").await?;
    app.press(Key::Tab).await?;
    app.keys("To be outside, with other people").await?;
    app.tab_to("select[name='life_area']", 3).await?;
    app.press(Key::Down).await?;
    app.press(Key::Down).await?;
    app.tab_to("button[type='submit']", 8).await?;
    app.press(Key::Enter).await?;

    // The goal's page opens with its heading focused.
    app.wait_js(
        "return document.activeElement && document.activeElement.id === 'goal-heading' \
         && document.activeElement.textContent === 'Join a walking group'",
        Duration::from_secs(10),
    )
    .await?;

    app.tab_to("#new-step-text", 30).await?;
    app.keys("Find a group near me").await?;
    app.press(Key::Enter).await?;
    app.wait_js(
        "return document.querySelectorAll('.step').length === 1",
        Duration::from_secs(5),
    )
    .await?;
    // Focus stays in the box, ready for the next step.
    app.keys("Buy walking shoes").await?;
    app.press(Key::Enter).await?;
    app.wait_js(
        "return document.querySelectorAll('.step').length === 2",
        Duration::from_secs(5),
    )
    .await?;

    // Tick the first step with the space bar: Shift+Tab back up the page to it.
    app.tab_to(".step:first-child input[type='checkbox']", 30)
        .await?;
    app.press(Key::Space).await?;
    app.wait_js(
        "return document.querySelector('.step:first-child input[type=checkbox]').checked === true",
        Duration::from_secs(5),
    )
    .await?;
    app.wait_saved().await?;

    // Back to all goals, and start a second goal without saving it.
    app.tab_to("button.back", 40).await?;
    app.press(Key::Enter).await?;
    app.wait_focus(".goal-open").await?;
    app.screenshot("goals").await?;
    app.tab_to("#add-goal", 20).await?;
    app.press(Key::Enter).await?;
    app.wait_focus("input[name='title']").await?;
    app.keys("Half a thought").await?;
    // The draft is saved as it is typed.
    tokio::time::sleep(Duration::from_millis(700)).await;
    app.wait_saved().await?;
    app.screenshot("goals-with-draft").await?;
    app.save_keyboard_path(
        "goals",
        "Create a goal, add two steps, tick one, start a second goal (keyboard only)",
    )?;
    Ok(())
}

async fn second_session(app: &App) -> Result<()> {
    // Home: the goal's next step is the one not yet done.
    let steps = app.find(".home-steps").await?.text().await?;
    assert!(steps.contains("Buy walking shoes"), "{steps}");
    assert!(!steps.contains("Find a group near me"), "{steps}");
    app.click("#nav-goals").await?;
    let card = app.find(".goal-open").await?;
    let text = card.text().await?;
    assert!(text.contains("Join a walking group"), "card: {text}");
    assert!(text.contains("1 of 2 steps done"), "card: {text}");
    assert!(
        text.contains("Friends, family and relationships"),
        "card: {text}"
    );

    // The unsaved second goal is back, word for word.
    let title = app
        .js("return document.querySelector('input[name=title]').value")
        .await?;
    assert_eq!(title, Value::from("Half a thought"));

    card.click().await?;
    app.find("#goal-heading").await?;
    let why = app
        .js("return document.querySelector('textarea[name=why]').value")
        .await?;
    assert_eq!(why, Value::from("To be outside, with other people"));
    let steps = app
        .js("return [...document.querySelectorAll('.step')].map(li => [li.querySelector('label').textContent, li.querySelector('input').checked])")
        .await?;
    assert_eq!(
        steps,
        serde_json::json!([["Find a group near me", true], ["Buy walking shoes", false]])
    );
    app.screenshot("goal-after-restart").await?;
    Ok(())
}
