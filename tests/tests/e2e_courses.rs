//! The real app, end to end: load the sample prospectus, search, filter,
//! choose a course, link it to a goal, record two sessions, restart, and find
//! it all still there.

use std::time::Duration;

use serde_json::Value;
use waymark_tests::{App, Result};

async fn card_titles(app: &App) -> Result<Vec<String>> {
    let titles = app
        .js("return [...document.querySelectorAll('.course-cards .goal-title')].map(e => e.textContent)")
        .await?;
    Ok(serde_json::from_value(titles)?)
}

async fn wait_cards(app: &App, check: &str) -> Result<()> {
    app.wait_js(
        &format!("const t = [...document.querySelectorAll('.course-cards .goal-title')].map(e => e.textContent); return {check};"),
        Duration::from_secs(10),
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_chosen_course_with_its_goal_and_sessions_survives_a_restart() -> Result<()> {
    let data = tempfile::tempdir()?;
    let app = App::launch(data.path()).await?;
    let result = first_session(&app).await;
    app.quit().await?;
    result?;

    let app = App::launch(data.path()).await?;
    let result = second_session(&app).await;
    app.quit().await?;
    result
}

async fn first_session(app: &App) -> Result<()> {
    // A goal to link to.
    app.click("#nav-goals").await?;
    app.click("#add-goal").await?;
    app.find("input[name=title]")
        .await?
        .send_keys("Feel calmer on the bus")
        .await?;
    app.click("form.new-goal button[type=submit]").await?;
    app.find("#goal-heading").await?;

    // The sample prospectus: preview first, then import.
    app.click("#nav-courses").await?;
    app.click("#sample-prospectus").await?;
    let preview = app.find(".import-preview").await?.text().await?;
    assert!(preview.contains("Waymark found 25 courses"), "{preview}");
    app.click(".import-preview .primary").await?;
    wait_cards(app, "t.length === 25").await?;
    app.screenshot("courses").await?;

    // Search as you type.
    app.find("#course-search").await?.send_keys("money").await?;
    wait_cards(app, "t.length === 1 && t[0] === 'Managing money'").await?;
    app.js("const s = document.getElementById('course-search'); s.value = ''; s.dispatchEvent(new Event('input', { bubbles: true })); return true")
        .await?;
    wait_cards(app, "t.length === 25").await?;

    // Filter: online courses (and those run both ways).
    app.find("#filter-delivery")
        .await?
        .select_by_value("online")
        .await?;
    wait_cards(app, "t.length > 0 && t.length < 25").await?;
    let online = card_titles(app).await?;
    assert!(
        online.contains(&"Creative writing".to_owned()),
        "{online:?}"
    );
    assert!(
        !online.contains(&"Understanding anxiety".to_owned()),
        "{online:?}"
    );
    app.find("#filter-delivery")
        .await?
        .select_by_value("")
        .await?;
    wait_cards(app, "t.length === 25").await?;

    // Choose a course and link it to the goal.
    app.find("#course-search")
        .await?
        .send_keys("anxiety")
        .await?;
    wait_cards(app, "t.length === 1").await?;
    app.click(".course-cards .goal-open").await?;
    app.find("#course-heading").await?;
    app.click("input[name=course-choice][value=enrolled]")
        .await?;
    app.wait_saved().await?;
    app.find("#link-why")
        .await?
        .send_keys("It helps me with worry")
        .await?;
    app.click(".link-form button[type=submit]").await?;
    app.wait_js(
        "return document.querySelectorAll('.linked-goals li').length === 1",
        Duration::from_secs(5),
    )
    .await?;

    // Two sessions: one attended, one missed.
    for (day, state, note) in [("12", "attended", ""), ("19", "missed", "I was tired")] {
        app.find("#session-date-day").await?.send_keys(day).await?;
        app.find("#session-date-month")
            .await?
            .select_by_value("1")
            .await?;
        app.find("#session-date-year")
            .await?
            .send_keys("2027")
            .await?;
        app.click(&format!("input[name=session-state][value={state}]"))
            .await?;
        if !note.is_empty() {
            app.find("#session-note").await?.send_keys(note).await?;
        }
        let before = app
            .js("return document.querySelectorAll('.sessions li').length")
            .await?;
        app.click(".attendance-form button[type=submit]").await?;
        app.wait_js(
            &format!(
                "return document.querySelectorAll('.sessions li').length === {}",
                before.as_u64().unwrap_or(0) + 1
            ),
            Duration::from_secs(5),
        )
        .await?;
    }
    app.wait_saved().await?;
    app.screenshot("course").await?;
    Ok(())
}

async fn second_session(app: &App) -> Result<()> {
    app.click("#nav-courses").await?;
    app.click("#filter-mine").await?;
    wait_cards(app, "t.length === 1 && t[0] === 'Understanding anxiety'").await?;
    let card = app.find(".course-cards .goal-open").await?.text().await?;
    assert!(card.contains("Enrolled"), "{card}");
    app.click(".course-cards .goal-open").await?;
    app.find("#course-heading").await?;
    let linked = app.find(".linked-goals").await?.text().await?;
    assert!(
        linked.contains("Feel calmer on the bus") && linked.contains("It helps me with worry"),
        "{linked}"
    );
    let summary = app.find(".attendance-summary").await?.text().await?;
    assert_eq!(summary, "1 attended, 1 missed, 0 cancelled");
    let notes = app
        .js("return document.querySelector('.sessions').textContent")
        .await?;
    assert!(
        notes.as_str().is_some_and(|t| t.contains("I was tired")),
        "{notes}"
    );

    // The goal's page shows the course too.
    app.click("#nav-goals").await?;
    app.click(".goal-open").await?;
    let courses = app.find(".goal-course-list").await?.text().await?;
    assert!(courses.contains("Understanding anxiety"), "{courses}");
    assert_eq!(
        app.js("return document.querySelectorAll('.goal-course-list li').length")
            .await?,
        Value::from(1)
    );
    Ok(())
}

/// Keyboard only: import the sample prospectus, find a course, open it and
/// choose it, with Tab, Enter, typing and arrow keys.
#[tokio::test(flavor = "multi_thread")]
async fn a_course_can_be_imported_and_chosen_with_the_keyboard_only() -> Result<()> {
    use fantoccini::key::Key;

    let data = tempfile::tempdir()?;
    let app = App::launch(data.path()).await?;
    let result = async {
        app.tab_to("#nav-courses", 10).await?;
        app.press(Key::Enter).await?;
        app.tab_to("#sample-prospectus", 10).await?;
        app.press(Key::Enter).await?;
        app.wait_focus("#import-heading").await?;
        app.tab_to(".import-preview .primary", 10).await?;
        app.press(Key::Enter).await?;
        app.wait_focus("#course-search").await?;
        app.keys("anxiety").await?;
        wait_cards(&app, "t.length === 1").await?;
        app.tab_to(".course-cards .goal-open", 40).await?;
        app.press(Key::Enter).await?;
        app.wait_focus("#course-heading").await?;
        // The choice is a radio group: Tab into it, arrows choose.
        app.tab_to("input[name=course-choice]:checked", 20).await?;
        app.press(Key::Right).await?;
        app.press(Key::Right).await?;
        app.wait_js(
            "return document.querySelector('input[name=course-choice][value=enrolled]').checked",
            Duration::from_secs(5),
        )
        .await?;
        app.wait_saved().await?;
        app.save_keyboard_path(
            "courses",
            "Import the sample prospectus, find a course and choose it (keyboard only)",
        )?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;

    // The choice was saved.
    let app = App::launch(data.path()).await?;
    let result = async {
        app.click("#nav-courses").await?;
        app.click("#filter-mine").await?;
        wait_cards(&app, "t.length === 1 && t[0] === 'Understanding anxiety'").await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result
}

/// "Import a prospectus…" reads the file the dialog gives (here through
/// WAYMARK_TEST_OPEN_FILE): a picture is refused kindly and changes nothing; a
/// German spreadsheet export is previewed and imported.
#[tokio::test(flavor = "multi_thread")]
async fn a_prospectus_file_is_read_refused_kindly_or_imported() -> Result<()> {
    let data = tempfile::tempdir()?;
    let files = tempfile::tempdir()?;

    let picture = files.path().join("prospectus.csv");
    std::fs::write(&picture, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10")?;
    let app = App::launch_with(data.path(), &[("WAYMARK_TEST_OPEN_FILE", &picture)]).await?;
    let result = async {
        app.click("#nav-courses").await?;
        app.click("#import-prospectus").await?;
        let alert = app
            .find(".courses-screen [role=alert]")
            .await?
            .text()
            .await?;
        assert!(alert.contains("This is not a prospectus file"), "{alert}");
        assert!(app
            .client
            .find(fantoccini::Locator::Css(".import-preview"))
            .await
            .is_err());
        app.find("#sample-prospectus").await?; // still an empty catalogue
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;

    let german = files.path().join("kurse.csv");
    let bytes = latin1(
        "Kursnummer;Titel;Beginn;Termine\nEK-1;Übungen für Gelassenheit;01.02.2027;5\nEK-2;;01.03.2027;4\n",
    );
    std::fs::write(&german, bytes)?;
    let app = App::launch_with(data.path(), &[("WAYMARK_TEST_OPEN_FILE", &german)]).await?;
    let result = async {
        app.click("#nav-courses").await?;
        app.click("#import-prospectus").await?;
        // It leads with what was found, in plain words; the details wait,
        // folded, for college staff.
        let found = app.text(".import-found").await?;
        assert_eq!(found, "Waymark found one course.");
        let preview = app.find(".import-preview").await?.text().await?;
        assert!(
            preview.contains("One course could not be read, so it was left out."),
            "{preview}"
        );
        assert!(preview.contains("Import one course"), "{preview}");
        app.click("#import-staff-details summary").await?;
        let details = app.text("#import-staff-details").await?;
        assert!(details.contains("Row 3: no course title."), "{details}");
        assert!(
            details
                .contains("Read as a CSV file, windows-1252, with cells separated by semicolons."),
            "{details}"
        );
        app.click(".import-preview .primary").await?;
        wait_cards(
            &app,
            "t.length === 1 && t[0] === 'Übungen für Gelassenheit'",
        )
        .await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result
}

/// Text as Windows-1252 bytes, for text in Latin-1 (enough for German letters).
fn latin1(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect()
}
