//! The real app, end to end: three reviews with ratings, one of them changing
//! a goal's words; the progress view compares the latest with an earlier one,
//! the goal's page keeps its earlier wording and tells its story, and Home
//! offers the next review when its day comes.

use std::time::Duration;

use fantoccini::key::Key;
use waymark_core::plan::courses::AttendanceState;
use waymark_core::plan::courses::CourseChoice;
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
    next_review_today: bool,
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
    if next_review_today {
        let today = chrono::Local::now().date_naive();
        let day = today.format("%-d").to_string();
        let month = today.format("%-m").to_string();
        let year = today.format("%Y").to_string();
        app.find("#review-next-day").await?.send_keys(&day).await?;
        choose(app, "#review-next-month", &month).await?;
        app.find("#review-next-year")
            .await?
            .send_keys(&year)
            .await?;
    }
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
    seed(data.path())?;
    let app = App::launch(data.path()).await?;
    let result = story(&app).await;
    app.quit().await?;
    result
}

/// A course the student is on and the name they like, written through the
/// core before the app starts, so Home has something to show beside the goal.
fn seed(dir: &std::path::Path) -> Result<()> {
    use waymark_core::plan::courses::CourseRecord;
    let store = waymark_core::Store::open_in_dir(dir)?;
    let course = store.add_own_course(&CourseRecord {
        title: "Walking for wellbeing".into(),
        term: "Autumn 2026".into(),
        session_times: "Thursdays 10:00 to 11:30".into(),
        venue: "Riverside Centre".into(),
        ..CourseRecord::default()
    })?;
    store.set_course_choice(&course.id, Some(CourseChoice::Attending))?;
    store.record_attendance(&course.id, "2026-11-19", AttendanceState::Attended, "")?;
    let mut about = store.about_me()?;
    about.preferred_name = "Alex".into();
    store.save_about_me(&about)?;
    Ok(())
}

async fn story(app: &App) -> Result<()> {
    // Waymark opens on Home, with the plan's sections one step away.
    app.find("#home-heading").await?;
    app.click("#nav-goals").await?;
    app.click("#add-goal").await?;
    app.find("input[name=title]")
        .await?
        .send_keys("Swim a length")
        .await?;
    app.click("form.new-goal button[type=submit]").await?;
    app.find("#goal-heading").await?;
    for step in ["Find the pool times", "Go once with Sam"] {
        app.click("#new-step-text").await?;
        app.keys(step).await?;
        app.press(Key::Enter).await?;
    }
    app.wait_js(
        "return document.querySelectorAll('.step').length === 2",
        Duration::from_secs(5),
    )
    .await?;

    review(
        app,
        &[("home", "4"), ("learning", "5"), ("looking_after_me", "3")],
        false,
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
        false,
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
        true,
        None,
    )
    .await?;

    // The progress view: the latest review against an earlier one.
    // Each review is named plainly, then and now are told apart by words
    // (not colour alone), and every name is whole.
    app.find(".area-chart").await?;
    let key = app.text(".chart-key").await?;
    assert!(
        key.contains("Earlier review, ") && key.contains("Latest review, "),
        "{key}"
    );
    let options = app
        .js("return document.querySelectorAll('#compare-with option').length")
        .await?;
    assert_eq!(options, serde_json::json!(2));
    // The review's panels are drawn only near the view (`content-visibility:
    // auto`; WebKitGTK 2.50 honours it, and a panel not drawn has no
    // innerText): bring the Home row into view, as a student would scroll to it.
    const HOME_ROW: &str = "[...document.querySelectorAll('.area-row')].find(r => r.querySelector('.area-name').textContent === 'Home')";
    app.js(&format!("{HOME_ROW}.scrollIntoView({{block: 'center'}})"))
        .await?;
    app.wait_js(
        &format!("return {HOME_ROW}.innerText.includes('Latest')"),
        Duration::from_secs(10),
    )
    .await?;
    let home = app.js(&format!("return {HOME_ROW}.innerText")).await?;
    let home = home
        .as_str()
        .ok_or("the Home row")?
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(home, "Home Earlier: 6 of 10 Latest: 7 of 10 (up 1)");
    let names = app
        .js("return [...document.querySelectorAll('.area-name')].map(n => n.textContent)")
        .await?;
    assert!(
        names
            .as_array()
            .is_some_and(|n| n.iter().any(|n| n == "Friends, family and relationships")),
        "{names}"
    );
    app.js("document.querySelector('#progress-heading').scrollIntoView(); return true")
        .await?;
    app.screenshot("progress").await?;
    let done = app.find(".highlights").await?.text().await?;
    assert!(
        done.contains("2 steps done") || done.contains("3 reviews"),
        "{done}"
    );
    app.js("document.querySelector('#highlights-heading').scrollIntoView(); return true")
        .await?;
    app.screenshot("things-i-have-done").await?;

    // The goal's page keeps its earlier wording.
    app.click("#nav-goals").await?;
    app.click(".goal-open").await?;
    let history = app.find(".goal-history").await?.text().await?;
    assert!(history.contains("Swim a length"), "{history}");
    assert!(history.contains("Swim ten lengths"), "{history}");
    // Its story, as one thread: set, steps, looked at in the second review
    // (the only one that wrote about it), the words changed.
    let story = app.find(".goal-story").await?.text().await?;
    assert!(story.contains("I set this goal"), "{story}");
    assert_eq!(
        story
            .matches("Looked at it in a review, and chose: Change it")
            .count(),
        1,
        "{story}"
    );
    app.js("document.querySelector('#goal-story-heading').scrollIntoView(); return true")
        .await?;
    app.screenshot("goal-story").await?;
    assert!(
        story.contains("I changed the words. Before, it was: Swim a length"),
        "{story}"
    );

    // Home: the review's day has come, so it is offered.
    app.click("#nav-home").await?;
    let due = app.find(".home-review.due").await?.text().await?;
    assert!(due.contains("It is time for your review"), "{due}");
    let home = app.find(".home-grid").await?.text().await?;
    assert!(home.contains("Walking for wellbeing"), "{home}");
    assert!(home.contains("Find the pool times"), "{home}");
    let hello = app.find("#home-heading").await?.text().await?;
    assert_eq!(hello, "Hello, Alex");
    app.screenshot("home").await?;
    app.click("#home-start-review").await?;
    app.find(".review-form").await?;
    let heading = app.find("#review-heading").await?.text().await?;
    assert!(heading.starts_with("My review of"), "{heading}");
    Ok(())
}
