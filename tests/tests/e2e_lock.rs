//! The real app, end to end, with keys only: a student locks their plan with
//! a password (the recovery code typed back first), locks it from the header,
//! gets a calm word for a wrong password, unlocks; leaves it alone until it
//! locks itself, with a half-written reflection kept through the lock; and,
//! having "forgotten" the password, opens it with the recovery code and a new
//! password. The desktop's screen lock (its D-Bus signal) locks it too. On
//! disk the plan is encrypted, and only this account can read it.

use std::path::Path;
use std::time::Duration;

use fantoccini::key::Key;
use serde_json::Value;
use waymark_tests::{App, Result};

const PASSWORD: &str = "river walk on Sunday";
const NEW_PASSWORD: &str = "Größere Schritte 🌱";
const SECRET: &str = "A sentence only the student should ever read";

/// The lock screen is up, its password field has focus, and the page shows
/// nothing of the plan: no goal, no name, no menu.
async fn locked(app: &App) -> Result<()> {
    app.find("#unlock-password").await?;
    app.wait_focus("#unlock-password").await?;
    let page = app.js("return document.body.innerText").await?;
    let page = page.as_str().unwrap_or_default();
    assert!(
        !page.contains(SECRET),
        "no plan text on the lock screen: {page}"
    );
    assert!(!page.contains("Robin"), "no name on the lock screen");
    assert_eq!(
        app.js("return document.querySelector('#main-menu') === null")
            .await?,
        Value::Bool(true)
    );
    Ok(())
}

async fn unlock_with(app: &App, password: &str) -> Result<()> {
    app.tab_to("#unlock-password", 5).await?;
    app.keys(password).await?;
    app.press(Key::Enter).await?;
    Ok(())
}

fn plan_file_is_encrypted(data: &Path) -> Result<bool> {
    let head = std::fs::read(data.join("waymark.sqlite3"))?;
    Ok(!head.starts_with(b"SQLite format 3"))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_student_locks_unlocks_is_locked_when_away_and_recovers_a_forgotten_password(
) -> Result<()> {
    let data = tempfile::tempdir()?;
    let usb = tempfile::tempdir()?;
    let sheet_pdf = usb.path().join("sheet.pdf");
    let app = App::launch_with(
        data.path(),
        &[("WAYMARK_TEST_SAVE_FILE", sheet_pdf.as_path())],
    )
    .await?;
    let code = async {
        // A goal and a name first, so there is something to protect.
        app.js(&format!(
            "return window.__TAURI_INTERNALS__.invoke('create_goal', {{ input: {{ title: {SECRET:?}, why: '', life_area: 'learning', target_date: null }} }}).then(() => true)"
        ))
        .await?;
        app.js("return window.__TAURI_INTERNALS__.invoke('save_about_me', { about: { preferred_name: 'Robin', for_tutors: '', strengths: '', interests: '', supports: [], support_words: '' } }).then(() => true)")
            .await?;

        // Settings offers the lock; its first step says what it does.
        app.go_to("settings").await?;
        app.tab_to("#open-lock-setup", 60).await?;
        app.press(Key::Enter).await?;
        app.wait_focus("#lock-setup-heading").await?;
        app.screenshot("lock-offer").await?;
        app.tab_to("#lock-make-sheet", 20).await?;
        app.press(Key::Enter).await?;

        // The recovery sheet: nine groups of three.
        app.find("#recovery-code").await?;
        app.wait_focus("#lock-sheet").await?;
        let code = app
            .js("return [...document.querySelectorAll('.recovery-group')].map(g => g.textContent).join('-')")
            .await?;
        let code = code.as_str().unwrap_or_default().to_owned();
        assert_eq!(code.len(), 9 * 3 + 8, "{code}");
        let sheet = app.text(".recovery-sheet").await?;
        assert!(sheet.contains("This code opens the Waymark plan on this laptop"));
        assert!(!sheet.contains("Robin") && !sheet.contains(SECRET));
        app.screenshot("recovery-sheet").await?;
        // Saved as a PDF (the dialog stands in): pdftotext reads the code.
        app.tab_to("#lock-save-sheet", 10).await?;
        app.press(Key::Enter).await?;
        app.find("#lock-sheet-saved").await?;
        let (ok, text) = waymark_tests::run_tool("pdftotext", usb.path(), &[sheet_pdf.as_os_str(), std::ffi::OsStr::new("-")])?;
        assert!(ok, "{text}");
        assert!(text.contains(&code.replace('-', " - ")), "the code in the PDF: {text}");
        app.tab_to("#lock-sheet-next", 20).await?;
        app.press(Key::Enter).await?;

        // Typed back with one character wrong: refused, nothing locked.
        app.wait_focus("#lock-confirm").await?;
        app.tab_to("#lock-code", 5).await?;
        let mut wrong: Vec<char> = code.chars().collect();
        wrong[0] = if wrong[0] == '7' { '8' } else { '7' };
        app.keys(&wrong.iter().collect::<String>().to_lowercase()).await?;
        app.press(Key::Tab).await?;
        app.keys(PASSWORD).await?;
        app.tab_to("#lock-password-again", 5).await?;
        app.keys(PASSWORD).await?;
        app.press(Key::Enter).await?;
        app.find("#lock-error").await?;
        assert!(
            app.text("#lock-error").await?.contains("does not look right"),
            "a mistyped code is named plainly"
        );
        assert!(!plan_file_is_encrypted(data.path())?, "nothing locked yet");

        // Typed back right (spaces instead of dashes, lower case): locked.
        // The code field has focus again, its text selected to type over.
        app.wait_focus("#lock-code").await?;
        app.keys(&code.replace('-', " ").to_lowercase()).await?;
        app.tab_to("#lock-confirm-button", 10).await?;
        app.press(Key::Enter).await?;
        app.find("#lock-done-status").await?;
        app.screenshot("lock-done").await?;
        assert!(plan_file_is_encrypted(data.path())?);
        assert!(data.path().join("waymark.key.json").exists());

        // "Lock now" in the header.
        app.tab_to("#lock-now", 40).await?;
        app.press(Key::Enter).await?;
        locked(&app).await?;
        app.screenshot("lock-screen").await?;

        // A wrong password: a calm word, and the plan stays locked.
        unlock_with(&app, "not my password").await?;
        app.find("#unlock-error").await?;
        assert!(app
            .text("#unlock-error")
            .await?
            .starts_with("That password does not open this plan."));
        app.screenshot("lock-wrong-password").await?;
        // The field is emptied and has focus again, ready for another try.
        app.wait_focus("#unlock-password").await?;
        assert_eq!(app.js("return document.querySelector('#unlock-password').value").await?, Value::String(String::new()));
        unlock_with(&app, PASSWORD).await?;
        app.find("#lock-now").await?;
        app.go_to("goals").await?;
        app.wait_js(
            &format!("return document.body.innerText.includes({SECRET:?})"),
            Duration::from_secs(10),
        )
        .await?;

        // The desktop locking the screen locks Waymark too (the screensaver's
        // D-Bus signal, as a desktop sends it).
        let sent = std::process::Command::new("dbus-send")
            .args([
                "--session",
                "--type=signal",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver.ActiveChanged",
                "boolean:true",
            ])
            .status()?;
        assert!(sent.success(), "dbus-send");
        locked(&app).await?;
        unlock_with(&app, PASSWORD).await?;
        app.find("#lock-now").await?;

        // Locks itself after a minute away, keeping a half-written reflection.
        app.go_to("settings").await?;
        app.tab_to("#lock-idle", 60).await?;
        for _ in 0..3 {
            app.press(Key::Up).await?;
        }
        app.wait_js(
            "return document.querySelector('#lock-idle').value === '1'",
            Duration::from_secs(5),
        )
        .await?;
        app.wait_saved().await?;
        app.go_to("journal").await?;
        app.click("#write-reflection").await?;
        app.tab_to("#reflection-new-body", 10).await?;
        app.keys("Half a thought, not saved by me yet").await?;
        // Nothing pressed for a minute: the lock screen comes by itself.
        app.wait_js(
            "return document.querySelector('#unlock-password') !== null",
            Duration::from_secs(90),
        )
        .await?;
        locked(&app).await?;
        unlock_with(&app, PASSWORD).await?;
        app.find("#lock-now").await?;
        // The journal opens the reflection again, as it was.
        app.go_to("journal").await?;
        app.wait_js(
            "return !!document.querySelector('#reflection-new-body')?.value.includes('Half a thought')",
            Duration::from_secs(10),
        )
        .await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(code)
    }
    .await;
    app.quit().await?;
    let code = code?;

    // A new start asks for the password; "I forgot my password" takes the code.
    let app = App::launch(data.path()).await?;
    let result = async {
        locked(&app).await?;
        app.tab_to("#forgot-password", 10).await?;
        app.press(Key::Enter).await?;
        app.tab_to("#recovery-code", 10).await?;
        app.keys(&code).await?;
        app.tab_to("#new-password", 5).await?;
        app.keys(NEW_PASSWORD).await?;
        app.tab_to("#new-password-again", 5).await?;
        app.keys(NEW_PASSWORD).await?;
        app.screenshot("lock-forgot").await?;
        app.press(Key::Enter).await?;
        app.find("#lock-now").await?;
        app.go_to("goals").await?;
        app.wait_js(
            &format!("return document.body.innerText.includes({SECRET:?})"),
            Duration::from_secs(10),
        )
        .await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;

    // The old password no longer opens it; the new one does.
    let app = App::launch(data.path()).await?;
    let result = async {
        locked(&app).await?;
        unlock_with(&app, PASSWORD).await?;
        app.find("#unlock-error").await?;
        unlock_with(&app, NEW_PASSWORD).await?;
        app.find("#lock-now").await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode =
            |p: &Path| -> Result<u32> { Ok(std::fs::metadata(p)?.permissions().mode() & 0o777) };
        assert_eq!(mode(data.path())?, 0o700);
        for name in ["waymark.sqlite3", "waymark.key.json", "waymark.lock"] {
            assert_eq!(mode(&data.path().join(name))?, 0o600, "{name}");
        }
    }
    Ok(())
}
