//! The real app, end to end, with the keyboard only: on Home, "Add to my
//! calendar" says what the calendar file will hold, the student adds their
//! next review and saves; the file, read by Python's icalendar, holds each
//! session at its local time across the end of summer time, and saving it
//! again keeps every event's UID.

use std::path::Path;
use std::time::Duration;

use fantoccini::key::Key;
use serde_json::Value;
use waymark_tests::{workspace_root, App, Result};

/// The events of a calendar file, as `tests/tools/ics_events.py` reads them.
fn events(file: &Path) -> Result<Vec<Value>> {
    let out = std::process::Command::new("/usr/bin/python3")
        .arg(workspace_root().join("tests/tools/ics_events.py"))
        .arg(file)
        .output()?;
    if !out.status.success() {
        return Err(format!("icalendar: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(serde_json::from_slice(&out.stdout)?)
}

fn field<'a>(event: &'a Value, key: &str) -> &'a str {
    event[key].as_str().unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
async fn my_sessions_go_into_my_calendar_with_the_keyboard() -> Result<()> {
    let data = tempfile::tempdir()?;
    waymark_tests::friendly::plan(data.path())?;
    // Robin's latest review set the next one.
    rusqlite::Connection::open(data.path().join(waymark_core::DB_FILE_NAME))?.execute(
        "UPDATE review SET next_review_on = '2026-12-15' WHERE completed_at = (SELECT max(completed_at) FROM review)",
        [],
    )?;
    let out = tempfile::tempdir()?;
    let saved = out.path().join("sessions");
    let env = [
        ("WAYMARK_TEST_SAVE_FILE", saved.as_path()),
        ("TZ", Path::new("Europe/London")),
    ];
    let app = App::launch_with(data.path(), &env).await?;
    let result = async {
        app.find("#home-courses-heading").await?;
        app.tab_to("#home-calendar", 40).await?;
        app.press(Key::Enter).await?;
        app.wait_focus("#calendar-heading").await?;
        let items: Vec<String> = serde_json::from_value(
            app.js("return [...document.querySelectorAll('.calendar-courses li')].map(li => li.textContent.replace(/\\s+/g, ' ').trim())")
                .await?,
        )?;
        assert!(
            items.iter().any(|i| i == "Walking for wellbeing: 10 sessions, weekly from 10 October 2026 10:00 to 11:30"),
            "{items:?}"
        );
        app.tab_to("#calendar-review", 10).await?;
        app.press(Key::Space).await?;
        app.screenshot("calendar-choice").await?;
        app.tab_to("#calendar-save", 5).await?;
        app.press(Key::Enter).await?;
        app.wait_js(
            "const s = document.getElementById('calendar-saved'); return !!s && s.textContent.startsWith('Saved as sessions.ics')",
            Duration::from_secs(10),
        )
        .await?;
        app.screenshot("calendar-saved").await?;
        let file = saved.with_extension("ics");
        let first = events(&file)?;
        let walks: Vec<&Value> = first
            .iter()
            .filter(|e| field(e, "summary") == "Walking for wellbeing")
            .collect();
        assert_eq!(walks.len(), 10);
        let starts: Vec<&str> = walks.iter().take(4).map(|e| field(e, "start")).collect();
        // 10:00 in London: summer time until Sunday 25 October 2026.
        assert_eq!(
            starts,
            ["2026-10-10T09:00Z", "2026-10-17T09:00Z", "2026-10-24T09:00Z", "2026-10-31T10:00Z"]
        );
        assert_eq!(field(walks[0], "location"), "Riverside Park, by the café");
        let review: Vec<&Value> = first
            .iter()
            .filter(|e| field(e, "summary") == "Review of my learning plan")
            .collect();
        assert_eq!(review.len(), 1);
        assert_eq!(field(review[0], "start"), "2026-12-15");
        let text = std::fs::read_to_string(&file)?;
        assert!(!text.contains("quiet") && !text.contains("nervous"), "nothing private");

        // Saved again: the same events, so a calendar updates them.
        std::fs::remove_file(&file)?;
        app.tab_to("#calendar-save", 40).await?;
        app.press(Key::Enter).await?;
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while !file.exists() && std::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let again = events(&file)?;
        let uids = |e: &[Value]| e.iter().map(|e| field(e, "uid").to_string()).collect::<Vec<_>>();
        assert_eq!(uids(&first), uids(&again));
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result
}
