//! The real app, end to end: delete a goal and undo it at once; delete a
//! reflection and put it back from Recently deleted; back up to a chosen file;
//! and a second start of Waymark does not open a second window.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use waymark_core::Store;
use waymark_tests::{app_binary, window_count, App, Result, APP_TITLE};

#[tokio::test(flavor = "multi_thread")]
async fn deletes_can_be_undone_and_restored_and_waymark_runs_once() -> Result<()> {
    let data = tempfile::tempdir()?;
    let usb = tempfile::tempdir()?;
    let copy = usb.path().join("my-plan.sqlite3");
    let app = App::launch_with(data.path(), &[("WAYMARK_TEST_SAVE_FILE", copy.as_path())]).await?;
    let result = story(&app, data.path(), &copy).await;
    app.quit().await?;
    result
}

async fn story(app: &App, data: &Path, copy: &Path) -> Result<()> {
    // A goal, removed, then undone at once.
    app.click("#nav-goals").await?;
    app.click("#add-goal").await?;
    app.find("input[name=title]")
        .await?
        .send_keys("Learn to swim")
        .await?;
    app.click("form.new-goal button[type=submit]").await?;
    app.find("#goal-heading").await?;
    app.click("#remove-goal").await?;
    app.click(".confirm-panel .quiet-danger").await?;
    let message = app.find(".undo-bar").await?.text().await?;
    assert!(message.contains("Goal removed: Learn to swim"), "{message}");
    app.screenshot("undo").await?;
    app.click("#undo-delete").await?;
    app.wait_js(
        "const h = document.getElementById('goal-heading'); return !!h && h.textContent === 'Learn to swim'",
        Duration::from_secs(10),
    )
    .await?;

    // A reflection, removed, then put back from Recently deleted.
    app.click("#nav-journal").await?;
    app.click("#write-reflection").await?;
    app.find("#reflection-new-body")
        .await?
        .send_keys("The pool was quieter than I feared.")
        .await?;
    app.click(".reflection-form button[type=submit]").await?;
    app.click(".open-reflection").await?;
    app.click("#remove-reflection").await?;
    app.click(".remove-reflection .quiet-danger").await?;
    app.find(".journal-screen .empty").await?;
    app.click(".undo-bar button.link").await?;
    app.click("#nav-settings").await?;
    app.click("#open-recently-deleted").await?;
    let item = app.find(".deleted-item").await?.text().await?;
    assert!(
        item.contains("The pool was quieter than I feared."),
        "{item}"
    );
    app.screenshot("recently-deleted").await?;
    app.click(".deleted-item button.primary").await?;
    let body = app.find("#reflection-edit-body").await?;
    assert_eq!(
        body.prop("value").await?.unwrap_or_default(),
        "The pool was quieter than I feared."
    );

    // Back up now, to a file the student chose (the dialog stands in).
    app.click("#nav-settings").await?;
    app.click("#open-plan").await?;
    app.click("#back-up-now").await?;
    let notice = app.find(".plan-message").await?.text().await?;
    assert!(notice.contains("my-plan.sqlite3"), "{notice}");
    let counts = Store::open(copy)?.counts()?;
    assert_eq!((counts.goals, counts.reflections), (1, 1));
    app.click("#check-plan").await?;
    app.wait_js(
        "const m = document.querySelector('.plan-message'); return !!m && m.textContent.includes('in good order')",
        Duration::from_secs(10),
    )
    .await?;
    app.screenshot("plan-kept").await?;

    // A second start hands over to this one and exits: still one window.
    assert_eq!(window_count(APP_TITLE, data)?, 1);
    let mut second = Command::new(app_binary())
        .env("WAYMARK_DATA_DIR", data)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = second.try_wait()? {
            break status;
        }
        if Instant::now() > deadline {
            let _ = second.kill();
            return Err("the second Waymark did not hand over and exit".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(status.success(), "the second start exits calmly: {status}");
    assert_eq!(window_count(APP_TITLE, data)?, 1, "no second window");
    // The first one still works.
    app.click("#nav-goals").await?;
    app.find(".goal-open").await?;
    Ok(())
}
