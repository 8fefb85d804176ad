//! The real app, end to end: a student writes a reflection and the window is
//! closed while they are still typing; on the next start every word is there,
//! they keep it, and the plan-wide search finds it (accents folded). They also
//! fill in About me and tick what helps them learn.

use std::time::Duration;

use fantoccini::key::Key;
use serde_json::Value;
use waymark_tests::{App, Result};

const FIRST: &str = "Heute war die Übung im Garten ruhig.";
const MORE: &str = " Ich habe mit zwei Leuten gesprochen";

#[tokio::test(flavor = "multi_thread")]
async fn a_reflection_closed_mid_typing_is_there_next_time_and_found_by_search() -> Result<()> {
    let data = tempfile::tempdir()?;

    let app = App::launch(data.path()).await?;
    let result = write_and_close(&app).await;
    // Closed with the window's close button while the student is mid-sentence.
    app.close_window().await?;
    result?;

    let app = App::launch(data.path()).await?;
    let result = find_it_again(&app).await;
    app.quit().await?;
    result
}

async fn write_and_close(app: &App) -> Result<()> {
    app.click("#nav-journal").await?;
    app.find(".journal-screen .empty").await?;
    app.click("#write-reflection").await?;
    let body = app.find("#reflection-new-body").await?;
    body.send_keys(FIRST).await?;
    app.find("#reflection-new-learned")
        .await?
        .send_keys("Langsam atmen hilft")
        .await?;
    app.click("input[name='reflection-new-feeling'][value='4']")
        .await?;
    app.click(".share-choice input").await?;
    // The draft is kept as it is typed, and the header says so calmly.
    tokio::time::sleep(Duration::from_millis(800)).await;
    app.wait_saved().await?;
    app.screenshot("reflection-writing").await?;

    // Still typing when the window closes: no pause for the autosave.
    app.find("#reflection-new-body")
        .await?
        .send_keys(MORE)
        .await?;
    Ok(())
}

async fn find_it_again(app: &App) -> Result<()> {
    // The journal opens on the unfinished reflection, word for word.
    app.click("#nav-journal").await?;
    let body = app.find("#reflection-new-body").await?;
    let text = body.prop("value").await?.unwrap_or_default();
    assert_eq!(text, format!("{FIRST}{MORE}"), "every typed word is kept");
    let learned = app
        .js("return document.querySelector('#reflection-new-learned').value")
        .await?;
    assert_eq!(learned, Value::from("Langsam atmen hilft"));
    let state = app
        .js("return [document.querySelector(\"input[name='reflection-new-feeling'][value='4']\").checked, document.querySelector('.share-choice input').checked]")
        .await?;
    assert_eq!(state, serde_json::json!([true, true]));

    app.click(".reflection-form button[type=submit]").await?;
    app.wait_js(
        "return document.querySelectorAll('.journal-screen article.reflection').length === 1",
        Duration::from_secs(10),
    )
    .await?;
    let entry = app.find("article.reflection").await?.text().await?;
    assert!(entry.contains("Übung im Garten"), "{entry}");
    assert!(entry.contains("My tutor may see this"), "{entry}");
    assert!(entry.contains("Good"), "{entry}");
    app.screenshot("journal").await?;

    // One search box for the whole plan: "ubung" finds "Übung".
    app.find("#plan-search").await?.send_keys("ubung").await?;
    app.press(Key::Enter).await?;
    app.wait_js(
        "return document.querySelectorAll('.search-hit').length === 1",
        Duration::from_secs(10),
    )
    .await?;
    let marked = app
        .js("return [...document.querySelectorAll('.search-hit mark')].map(m => m.textContent)")
        .await?;
    assert_eq!(marked, serde_json::json!(["Übung"]));
    app.screenshot("search").await?;
    app.click(".search-hit .open-hit").await?;
    let reopened = app.find("#reflection-edit-body").await?;
    assert_eq!(
        reopened.prop("value").await?.unwrap_or_default(),
        format!("{FIRST}{MORE}")
    );

    // About me, and what helps me learn.
    app.click("#nav-about-me").await?;
    app.find("#about-name").await?.send_keys("Sam").await?;
    app.find("#about-for-tutors")
        .await?
        .send_keys("I can be quiet at first. Please give me time.")
        .await?;
    app.find("#about-interests")
        .await?
        .send_keys("gardening, music, cooking")
        .await?;
    for support in ["quiet_space", "regular_breaks", "materials_in_advance"] {
        app.click(&format!("input[name=support][value={support}]"))
            .await?;
    }
    app.find("#about-support-words")
        .await?
        .send_keys("Please tell me if a room changes.")
        .await?;
    tokio::time::sleep(Duration::from_millis(800)).await;
    app.wait_saved().await?;
    app.screenshot("about-me").await?;

    // Interests are offered as searches in the catalogue.
    app.click("#nav-courses").await?;
    app.click("#sample-prospectus").await?;
    app.click(".import-preview .primary").await?;
    app.wait_js(
        "return document.querySelectorAll('button.interest').length === 3",
        Duration::from_secs(10),
    )
    .await?;
    let chips = app
        .js("return [...document.querySelectorAll('button.interest')].map(b => b.textContent)")
        .await?;
    assert_eq!(chips, serde_json::json!(["gardening", "music", "cooking"]));
    Ok(())
}
