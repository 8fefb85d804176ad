//! Makes every screenshot in docs/screenshots from the current build: the
//! real app (debug build, so the file dialogs have their stand-ins) under
//! Xvfb, on Robin's friendly fictional plan (`waymark_tests::friendly`), and the
//! tutor pack in headless Chromium and as PDF pages. Run by
//! `bash tests/screenshots.sh`, which builds first; the pictures are then
//! looked at and committed.

use std::path::{Path, PathBuf};
use std::time::Duration;

use fantoccini::key::Key;
use waymark_core::export::save::ExportFormat;
use waymark_core::files::feedback_file::{FeedbackFile, ItemKind, Target, TargetKind};
use waymark_core::share::choice::ShareChoice;
use waymark_core::Store;
use waymark_tests::{artifacts_dir, friendly, run_tool, workspace_root, App, Result};

/// Where the pictures go.
fn docs() -> PathBuf {
    workspace_root().join("docs/screenshots")
}

/// Takes the screen as `name`, into docs/screenshots, from the top of the
/// page.
async fn shot(app: &App, name: &str) -> Result<()> {
    app.js("window.scrollTo(0, 0); return true").await?;
    shot_here(app, name).await
}

/// Takes the screen as `name` where the page is scrolled to.
async fn shot_here(app: &App, name: &str) -> Result<()> {
    tokio::time::sleep(Duration::from_millis(400)).await;
    let taken = app.screenshot(name).await?;
    std::fs::copy(&taken, docs().join(format!("{name}.png")))?;
    println!("screenshot {name}");
    Ok(())
}

/// Scrolls `css` to the top of the window.
async fn scroll_to(app: &App, css: &str) -> Result<()> {
    app.js(&format!(
        "document.querySelector({css:?})?.scrollIntoView({{ block: 'start' }}); window.scrollBy(0, -16); return true"
    ))
    .await?;
    Ok(())
}

async fn settings(app: &App, theme: &str, lang: &str, size: u16) -> Result<()> {
    app.set_look(theme, lang, Some(size)).await
}

#[tokio::main]
async fn main() -> Result<()> {
    std::fs::create_dir_all(docs())?;
    let first = tempfile::tempdir()?;
    let app = App::launch(first.path()).await?;
    let result = first_start(&app).await;
    app.quit().await?;
    result?;

    let data = tempfile::tempdir()?;
    let shareable = friendly::plan(data.path())?;
    let usb = tempfile::tempdir()?;
    let saved = usb.path().join("Robin-learning-plan.pdf");
    // "Import a prospectus…" is shown the sample prospectus file.
    let prospectus = workspace_root().join("src-tauri/core/samples/prospectus-en.json");
    let app = App::launch_with(
        data.path(),
        &[
            ("WAYMARK_TEST_SAVE_FILE", saved.as_path()),
            ("WAYMARK_TEST_OPEN_FILE", prospectus.as_path()),
        ],
    )
    .await?;
    let result = student(&app, &shareable).await;
    app.quit().await?;
    result?;
    // The printed plan's first page, as it comes out of the printer.
    pdf_pages(
        usb.path(),
        &saved,
        &docs().join("print-plan"),
        &["-singlefile"],
    )?;
    println!("screenshot print-plan");

    // Robin's plan as a tutor gets it, and the tutor's side.
    let choice = ShareChoice {
        reflections: vec![shareable.clone()],
        ..ShareChoice::default()
    };
    let store = Store::open_in_dir(data.path())?;
    let plan_file = usb.path().join("Robin-learning-plan.waymark");
    for (format, path) in [
        (ExportFormat::Waymark, plan_file.clone()),
        (ExportFormat::Html, usb.path().join("pack.html")),
        (ExportFormat::Pdf, usb.path().join("pack.pdf")),
    ] {
        store.export_to(format, &choice, "Alex", &path, "en-GB", "screenshots", None)?;
    }
    drop(store);
    packs(usb.path())?;
    let tutor = tempfile::tempdir()?;
    let app = App::launch_with(
        tutor.path(),
        &[("WAYMARK_TEST_OPEN_FILE", plan_file.as_path())],
    )
    .await?;
    let result = tutor_side(&app).await;
    app.quit().await?;
    result?;

    // Alex's feedback, back with Robin, to decide on.
    let opened = waymark_core::files::plan_file::read_plan_file(&plan_file, None)?
        .opened("Robin-learning-plan.waymark")?;
    let goal = opened
        .plan
        .goals
        .iter()
        .flatten()
        .find(|g| g.title.starts_with("Walk by the river"))
        .ok_or("the walking goal")?
        .clone();
    let mut feedback = FeedbackFile::for_plan(&opened, "Alex", "screenshots")?;
    let about = Target {
        kind: TargetKind::Goal,
        id: goal.id.clone(),
        reference: goal.title.clone(),
    };
    feedback.add(
        about.clone(),
        ItemKind::Comment,
        "Lovely to hear about the river walks.",
    )?;
    feedback.add(
        about,
        ItemKind::Step,
        "Ask the Saturday group where they meet",
    )?;
    let feedback_path = usb.path().join("from-Alex.waymark-feedback");
    feedback.write_to(&feedback_path, None)?;
    let app = App::launch_with(
        data.path(),
        &[("WAYMARK_TEST_OPEN_FILE", feedback_path.as_path())],
    )
    .await?;
    let result = student_feedback(&app).await;
    app.quit().await?;
    result?;

    tutor_term().await?;

    // Robin locks the plan with a password, last (the plan stays locked).
    let app = App::launch(data.path()).await?;
    let result = lock(&app).await;
    app.quit().await?;
    result?;
    Ok(())
}

/// The lock: the offer, the recovery sheet, typing it back, Settings with
/// the lock on, the lock screen, a wrong password, and "I forgot my password".
async fn lock(app: &App) -> Result<()> {
    const PASSWORD: &str = "river walks on Sunday";
    app.click("#nav-settings").await?;
    app.click("#open-lock-setup").await?;
    app.find("#lock-make-sheet").await?;
    shot(app, "lock-offer").await?;
    app.click("#lock-make-sheet").await?;
    app.find("#recovery-code").await?;
    shot(app, "recovery-sheet").await?;
    let code = app
        .js("return [...document.querySelectorAll('.recovery-group')].map(g => g.textContent).join('-')")
        .await?;
    app.click("#lock-sheet-next").await?;
    app.find("#lock-code")
        .await?
        .send_keys(code.as_str().unwrap_or_default())
        .await?;
    app.find("#lock-password")
        .await?
        .send_keys(PASSWORD)
        .await?;
    app.find("#lock-password-again")
        .await?
        .send_keys(PASSWORD)
        .await?;
    shot(app, "lock-confirm").await?;
    app.click("#lock-confirm-button").await?;
    app.find("#lock-done-status").await?;
    shot(app, "lock-done").await?;
    app.click("#nav-settings").await?;
    app.find("#settings-lock-now").await?;
    scroll_to(app, ".lock-panel").await?;
    shot_here(app, "settings-lock").await?;
    app.click("#lock-now").await?;
    app.find("#unlock-password").await?;
    shot(app, "lock-screen").await?;
    app.find("#unlock-password")
        .await?
        .send_keys("river walks on Saturday")
        .await?;
    app.click("#unlock").await?;
    app.find("#unlock-error").await?;
    shot(app, "lock-wrong-password").await?;
    app.click("#forgot-password").await?;
    app.find("#recovery-code").await?;
    shot(app, "lock-forgot").await?;
    app.click("#back-to-password").await?;
    app.find("#unlock-password")
        .await?
        .send_keys(PASSWORD)
        .await?;
    app.click("#unlock").await?;
    app.find(".home-grid").await?;
    shot(app, "unlocked").await?;
    Ok(())
}

async fn student_feedback(app: &App) -> Result<()> {
    app.click("#nav-share").await?;
    app.click("#open-feedback").await?;
    app.find(".received-item").await?;
    shot(app, "student-feedback").await?;
    app.js("[...document.querySelectorAll('.received-item button.primary')].pop()?.click(); return true")
        .await?;
    app.find(".decided").await?;
    shot(app, "student-deciding").await?;
    Ok(())
}

/// Opens the goal with the most in it: the river walks.
async fn open_walk(app: &App) -> Result<()> {
    app.js("[...document.querySelectorAll('.goal-open')].find(b => b.textContent.includes('Walk by the river')).click(); return true")
        .await?;
    app.find("#goal-heading").await?;
    Ok(())
}

async fn first_start(app: &App) -> Result<()> {
    app.find(".welcome").await?;
    shot(app, "first-start").await?;
    app.click("#welcome-skip").await?;
    Ok(())
}

async fn student(app: &App, shareable: &str) -> Result<()> {
    app.find(".home-grid").await?;
    shot(app, "home").await?;
    // "Add to my calendar": what the file will hold, then saved.
    app.click("#home-calendar").await?;
    app.find(".calendar-courses li").await?;
    scroll_to(app, ".calendar-panel").await?;
    shot_here(app, "calendar-choice").await?;
    app.click("#calendar-save").await?;
    app.find("#calendar-saved").await?;
    shot_here(app, "calendar-saved").await?;
    app.click("#calendar-close").await?;

    app.click("#nav-goals").await?;
    app.find(".goal-open").await?;
    shot(app, "goals").await?;
    open_walk(app).await?;
    shot(app, "goal").await?;
    scroll_to(app, ".goal-story").await?;
    shot_here(app, "goal-story").await?;
    app.click("#remove-goal").await?;
    app.find(".confirm-panel").await?;
    shot(app, "goal-remove-confirm").await?;
    // "Keep it": nothing is removed.
    app.click(".confirm-panel .primary").await?;

    app.click("#nav-courses").await?;
    app.find(".course-cards li").await?;
    shot(app, "courses").await?;
    app.click("#import-prospectus").await?;
    app.find(".import-preview").await?;
    shot(app, "import-preview").await?;
    app.click(".import-preview .actions button:not(.primary)")
        .await?;
    app.click("#nav-courses").await?;
    app.find("#course-search")
        .await?
        .send_keys("Walking for wellbeing")
        .await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    app.click(".course-cards .goal-open").await?;
    app.find("#course-heading").await?;
    shot(app, "course").await?;

    app.click("#nav-journal").await?;
    app.find("article.reflection").await?;
    shot(app, "journal").await?;
    app.click("#write-reflection").await?;
    app.find("#reflection-new-body")
        .await?
        .send_keys("Made soup with my sister. It was a good afternoon.")
        .await?;
    app.click("input[name='reflection-new-feeling'][value='5']")
        .await?;
    app.wait_saved().await?;
    shot(app, "reflection-writing").await?;
    app.click("input[name='reflection-new-feeling'][value='1']")
        .await?;
    scroll_to(app, ".feeling-choice").await?;
    shot_here(app, "hard-time-offer").await?;
    app.click("input[name='reflection-new-feeling'][value='5']")
        .await?;
    app.click(".reflection-form button[type=submit]").await?;
    app.find("article.reflection").await?;

    app.click("#nav-about-me").await?;
    app.find(".support-list").await?;
    shot(app, "about-me").await?;

    let search = app.find("#plan-search").await?;
    search.send_keys("river").await?;
    app.press(Key::Enter).await?;
    app.find(".search-hit mark").await?;
    shot(app, "search").await?;
    app.find("#plan-search").await?.clear().await?;

    app.click("#nav-review").await?;
    app.find(".area-chart").await?;
    scroll_to(app, "#progress-heading").await?;
    shot_here(app, "progress").await?;
    scroll_to(app, ".highlights").await?;
    shot_here(app, "things-i-have-done").await?;
    app.click("#start-review").await?;
    app.find("#rate-home").await?;
    app.js("const s = document.querySelector('#rate-home'); s.value = '7'; s.dispatchEvent(new Event('change', { bubbles: true })); return true")
        .await?;
    app.wait_saved().await?;
    shot(app, "review-in-progress").await?;

    app.click("#nav-share").await?;
    app.find("#share-what").await?;
    for part in ["about_me", "support", "goals", "chart"] {
        app.click(&format!("#share-{part}")).await?;
    }
    app.click(&format!("#share-reflection-{shareable}")).await?;
    shot(app, "share").await?;
    app.click("#share-next-look").await?;
    app.find(".preview .shared-goal").await?;
    shot(app, "share-preview").await?;
    app.click("#share-next-save").await?;
    app.find("#share-tutor").await?.send_keys("Alex").await?;
    shot(app, "share-save").await?;
    app.click("#share-save-file").await?;
    app.find(".share-done").await?;
    shot(app, "share-saved").await?;

    app.click("#nav-help").await?;
    app.find("#help-heading").await?;
    shot(app, "help").await?;
    app.click("#open-support").await?;
    app.find(".support-contact").await?;
    shot(app, "support").await?;

    app.click("#nav-settings").await?;
    app.find("#setting-language").await?;
    shot(app, "settings").await?;
    app.click("#open-plan").await?;
    app.find(".facts").await?;
    shot(app, "plan-kept").await?;
    app.click("#nav-settings").await?;
    app.click("#open-move-plan").await?;
    app.find("#move-heading").await?;
    shot(app, "move-plan").await?;

    // Removed, with Undo, and Recently deleted.
    app.click("#nav-goals").await?;
    app.find(".goal-open").await?;
    open_walk(app).await?;
    app.click("#remove-goal").await?;
    app.click(".confirm-panel .actions button:not(.primary)")
        .await?;
    app.find(".undo-bar").await?;
    shot(app, "undo").await?;
    app.click("#undo-recently-deleted").await?;
    app.find(".deleted-item").await?;
    shot(app, "recently-deleted").await?;
    app.click(".deleted-item .primary").await?;
    app.find("#goal-heading").await?;

    app.click("#nav-settings").await?;
    app.click("#open-about-waymark").await?;
    app.find("#licences-rust").await?;
    shot(app, "about-waymark").await?;

    // Themes, larger text, easy reading, German.
    for (theme, name) in [
        ("dark", "theme-dark"),
        ("high_contrast", "theme-high-contrast"),
        ("light", "theme-light"),
    ] {
        settings(app, theme, "en-GB", 100).await?;
        app.click("#nav-goals").await?;
        app.find(".goal-open").await?;
        shot(app, name).await?;
    }
    settings(app, "light", "en-GB", 200).await?;
    // With large text the menu folds behind its button.
    app.click("#menu-button").await?;
    app.click("#nav-home").await?;
    app.find(".home-grid").await?;
    shot(app, "text-200").await?;
    app.click("#menu-button").await?;
    app.find("#nav-goals").await?;
    shot(app, "text-200-menu").await?;
    app.click("#nav-settings").await?;
    settings(app, "light", "en-GB", 100).await?;
    app.click("#setting-easy-reading").await?;
    app.wait_saved().await?;
    app.click("#nav-journal").await?;
    app.find("article.reflection").await?;
    shot(app, "easy-reading").await?;
    app.click("#nav-settings").await?;
    app.click("#setting-easy-reading").await?;
    settings(app, "light", "de", 100).await?;
    app.click("#nav-home").await?;
    app.find(".home-grid").await?;
    shot(app, "german").await?;
    settings(app, "light", "en-GB", 100).await?;

    // Print my plan, with the journal, last: its PDF is drawn from the file
    // the save dialog's stand-in names (see `main`).
    app.click("#nav-settings").await?;
    app.click("#open-print").await?;
    app.find("#print-heading").await?;
    app.click("#print-reflections").await?;
    shot(app, "print-choice").await?;
    app.click("#print-save").await?;
    app.find("#print-saved").await?;
    Ok(())
}

/// The tutor pack as a tutor sees it: the web page in Chromium, the PDF's
/// first two pages.
fn packs(dir: &Path) -> Result<()> {
    let html = dir.join("pack.html");
    let out = docs().join("tutor-pack.png");
    let script = workspace_root().join("ui/scripts/render-html.mjs");
    let (ok, said) = run_tool(
        "node",
        &workspace_root().join("ui"),
        &[script.as_os_str(), html.as_os_str(), out.as_os_str()],
    )?;
    if !ok {
        return Err(format!("the web page could not be drawn: {said}").into());
    }
    pdf_pages(
        dir,
        &dir.join("pack.pdf"),
        &artifacts_dir().join("pack-page"),
        &["-f", "1", "-l", "2"],
    )?;
    for page in 1..=2 {
        std::fs::copy(
            artifacts_dir().join(format!("pack-page-{page}.png")),
            docs().join(format!("tutor-pack-pdf-{page}.png")),
        )?;
    }
    println!("screenshot tutor-pack, tutor-pack-pdf-1, tutor-pack-pdf-2");
    Ok(())
}

async fn tutor_side(app: &App) -> Result<()> {
    app.click("#nav-share").await?;
    app.click("#open-shared").await?;
    app.find("#tutor-banner").await?;
    shot(app, "tutor-review").await?;
    app.click(".shared-goal .feedback-open").await?;
    app.find(".feedback-form textarea")
        .await?
        .send_keys(
            "Lovely to hear about the river walks. Could the Saturday group be a first step?",
        )
        .await?;
    scroll_to(app, ".feedback-form").await?;
    shot_here(app, "tutor-feedback").await?;
    Ok(())
}

/// A tutor's term: My students after bringing in a folder of plans, what
/// changed for Robin, Robin's check-in sheet (the PDF, drawn by pdftoppm),
/// and hostile files brought in, in German.
async fn tutor_term() -> Result<()> {
    use waymark_tests::term::{
        hostile_files, robins_term, share, student, tutor, unlock, wait_text,
    };
    let tutor_dir = tempfile::tempdir()?;
    let students = tempfile::tempdir()?;
    let term = tempfile::tempdir()?;
    let usb = tempfile::tempdir()?;
    tutor(tutor_dir.path())?;
    std::fs::create_dir_all(students.path().join("Robin"))?;
    let robin = robins_term(&students.path().join("Robin"), term.path())?;
    drop(robin);
    for (name, on) in [
        ("Sam", "2026-11-14"),
        ("Priya", "2026-11-02"),
        ("Jamal", "2026-10-28"),
    ] {
        let dir = students.path().join(name);
        std::fs::create_dir_all(&dir)?;
        let (store, _) = student(&dir, name)?;
        share(&store, &term.path().join(format!("{name}.waymark")), on)?;
    }
    let sheet = usb.path().join("check-in.pdf");
    let app = App::launch_with(
        tutor_dir.path(),
        &[
            ("WAYMARK_TEST_OPEN_FILE", term.path()),
            ("WAYMARK_TEST_SAVE_FILE", sheet.as_path()),
        ],
    )
    .await?;
    let result = async {
        unlock(&app).await?;
        app.go_to("students").await?;
        app.click("#students-bring-in-folder").await?;
        wait_text(&app, "#students-brought", "Brought in").await?;
        shot(&app, "my-students").await?;
        app.js("[...document.querySelectorAll('.student-name')].find(b => b.textContent.includes('Robin')).click(); return true")
            .await?;
        wait_text(&app, "#changes-summary", "Since 3 October 2026").await?;
        scroll_to(&app, "#student-changes-title").await?;
        shot_here(&app, "what-changed").await?;
        app.click("#student-check-in-pdf").await?;
        wait_text(&app, "#student-check-in-saved", "check-in.pdf").await?;
        scroll_to(&app, "#student-check-in-title").await?;
        shot_here(&app, "check-in-sheet-button").await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;
    pdf_pages(
        usb.path(),
        &sheet,
        &docs().join("check-in-sheet"),
        &["-singlefile"],
    )?;
    println!("screenshot check-in-sheet");

    // Hostile files in a folder, brought in by a German-speaking tutor.
    let folder = tempfile::tempdir()?;
    std::fs::copy(
        term.path().join("Sam.waymark"),
        folder.path().join("sam.waymark"),
    )?;
    hostile_files(folder.path())?;
    let app = App::launch_with(
        tutor_dir.path(),
        &[("WAYMARK_TEST_OPEN_FILE", folder.path())],
    )
    .await?;
    let result = async {
        unlock(&app).await?;
        app.set_look("light", "de", None).await?;
        app.go_to("students").await?;
        app.click("#students-bring-in-folder").await?;
        wait_text(&app, "#students-brought", "4 Dateien wurden nicht hereingeholt").await?;
        app.js("document.querySelector('#students-brought').scrollIntoView({block: 'center'}); return true")
            .await?;
        shot_here(&app, "students-hostile-files").await?;
        app.set_look("light", "en-GB", None).await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result
}

/// Draws `pdf`'s pages as PNGs at 80 dpi, named from `prefix` (pdftoppm,
/// with `pages` saying which).
fn pdf_pages(dir: &Path, pdf: &Path, prefix: &Path, pages: &[&str]) -> Result<()> {
    let mut args: Vec<&std::ffi::OsStr> = ["-r", "80", "-png"]
        .iter()
        .map(std::ffi::OsStr::new)
        .collect();
    args.extend(pages.iter().map(std::ffi::OsStr::new));
    args.extend([pdf.as_os_str(), prefix.as_os_str()]);
    let (ok, said) = run_tool("pdftoppm", dir, &args)?;
    if !ok {
        return Err(format!("{} could not be drawn: {said}", pdf.display()).into());
    }
    Ok(())
}
