//! The real app, end to end: three reviews with ratings, one of them changing
//! a goal's words; the progress view compares the latest with an earlier one,
//! and the goal's page keeps its earlier wording.

use std::time::Duration;

use waymark_tests::{App, Result};

/// Picks a value in a <select> the way the page sees a choice.
async fn choose(app: &App, select: &str, value: &str) -> Result<()> {
    app.js(&format!(
        "const s = document.querySelector(\"{select}\"); s.value = '{value}'; \
         s.dispatchEvent(new Event('change', {{ bubbles: true }})); return true"
    ))
    .await?;
    Ok(())
}

async fn review(
    app: &App,
    ratings: &[(&str, &str)],
    change_goal: bool,
    shot: Option<&str>,
) -> Result<()> {
    app.click("#nav-review").await?;
    app.click("#start-review").await?;
    app.find(".review-form").await?;
    for (area, rating) in ratings {
        choose(app, &format!("#rate-{area}"), rating).await?;
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
    if change_goal {
        app.click("[data-review-goal] input[value=change]").await?;
        let words = app.find("[id^=new-title-]").await?;
        words.clear().await?;
        words.send_keys("Swim ten lengths").await?;
        app.click(".change-goal button[type=submit]").await?;
        app.wait_js(
            "return [...document.querySelectorAll('[data-review-goal] h3')].some(h => h.textContent === 'Swim ten lengths')",
            Duration::from_secs(10),
        )
        .await?;
    }
    app.find("#review-went-well")
        .await?
        .send_keys("I kept going, even on hard days.")
        .await?;
    app.wait_saved().await?;
    if let Some(name) = shot {
        app.screenshot(name).await?;
    }
    app.click("#finish-review").await?;
    app.find("#review-heading").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn reviews_show_progress_and_a_goal_keeps_its_earlier_words() -> Result<()> {
    let data = tempfile::tempdir()?;
    let app = App::launch(data.path()).await?;
    let result = story(&app).await;
    app.quit().await?;
    result
}

async fn story(app: &App) -> Result<()> {
    app.click("#add-goal").await?;
    app.find("input[name=title]")
        .await?
        .send_keys("Swim a length")
        .await?;
    app.click("form.new-goal button[type=submit]").await?;
    app.find("#goal-heading").await?;

    review(
        app,
        &[("home", "4"), ("learning", "5"), ("looking_after_me", "3")],
        false,
        None,
    )
    .await?;
    review(
        app,
        &[
            ("home", "6"),
            ("learning", "6"),
            ("looking_after_me", "5"),
            ("relationships", "4"),
        ],
        true,
        Some("review-in-progress"),
    )
    .await?;
    review(
        app,
        &[
            ("home", "7"),
            ("learning", "8"),
            ("looking_after_me", "6"),
            ("relationships", "6"),
            ("money", "5"),
        ],
        false,
        None,
    )
    .await?;

    // The progress view: the latest review against an earlier one.
    app.find(".area-chart").await?;
    let columns = app
        .js("return [...document.querySelectorAll('.chart-table thead th')].length")
        .await?;
    assert_eq!(columns, serde_json::json!(3), "area, earlier, latest");
    let options = app
        .js("return document.querySelectorAll('#compare-with option').length")
        .await?;
    assert_eq!(options, serde_json::json!(2));
    let home = app
        .js("return [...document.querySelectorAll('.chart-table tbody tr')].find(r => r.querySelector('th').textContent === 'Home').textContent")
        .await?;
    assert_eq!(home, serde_json::json!("Home67"));
    app.js("document.querySelector('#progress-heading').scrollIntoView(); return true")
        .await?;
    app.screenshot("progress").await?;

    // The goal's page keeps its earlier wording.
    app.click("#nav-goals").await?;
    app.click(".goal-open").await?;
    let history = app.find(".goal-history").await?.text().await?;
    assert!(history.contains("Swim a length"), "{history}");
    assert!(history.contains("Swim ten lengths"), "{history}");
    Ok(())
}
