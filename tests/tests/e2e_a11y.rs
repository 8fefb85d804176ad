//! axe-core in the real app's WebKit: every screen and dialog, in every theme
//! and language, with the WCAG 2.2 AA rule tags. Zero violations is the bar.
//! Results go to target/a11y/webkit.json for docs/ACCESSIBILITY.md.

use std::time::Duration;

use serde_json::{json, Value};
use waymark_tests::{workspace_root, App, Result};

const THEMES: [&str; 3] = ["light", "dark", "high_contrast"];
const LANGUAGES: [&str; 2] = ["en-GB", "de"];
const TAGS: &str = r#"["wcag2a","wcag2aa","wcag21a","wcag21aa","wcag22aa"]"#;

async fn axe(app: &App) -> Result<Vec<Value>> {
    // Let the last click's change render before auditing.
    tokio::time::sleep(Duration::from_millis(150)).await;
    let loaded = app.js("return typeof window.axe === 'object'").await?;
    if loaded != Value::Bool(true) {
        let source =
            std::fs::read_to_string(workspace_root().join("ui/node_modules/axe-core/axe.min.js"))
                .map_err(|e| format!("axe-core is needed (npm ci in ui/): {e}"))?;
        app.client
            .execute(
                &format!("{source}\n;window.axe = axe; return true;"),
                vec![],
            )
            .await?;
    }
    let script = format!(
        "const done = arguments[arguments.length - 1];
         axe.run(document, {{ runOnly: {{ type: 'tag', values: {TAGS} }} }})
           .then(r => done(r.violations.map(v => ({{ id: v.id, impact: v.impact, help: v.help,
              targets: v.nodes.map(n => n.target.join(' ')) }}))))
           .catch(e => done([{{ id: 'axe-error', help: String(e) }}]));"
    );
    match app.client.execute_async(&script, vec![]).await? {
        Value::Array(violations) => Ok(violations),
        other => Err(format!("axe returned {other}").into()),
    }
}

async fn settings(app: &App, theme: &str, lang: &str) -> Result<()> {
    app.click("#nav-settings").await?;
    app.find("#setting-language")
        .await?
        .select_by_value(lang)
        .await?;
    app.click(&format!("input[name=theme][value={theme}]"))
        .await?;
    app.wait_js(
        &format!("return document.documentElement.dataset.theme === '{theme}' && document.documentElement.lang === '{lang}'"),
        Duration::from_secs(5),
    )
    .await?;
    app.wait_saved().await
}

/// A feedback file from Alex for the plan in `dir`: a suggested step about a
/// goal no longer there, and a question.
fn feedback_for(dir: &std::path::Path, path: &std::path::Path) -> Result<()> {
    use waymark_core::files::feedback_file::{FeedbackFile, ItemKind, Target, TargetKind};
    let plan_id = waymark_core::Store::open_in_dir(dir)?.plan_id()?;
    let mut file = FeedbackFile {
        format: waymark_core::files::feedback_file::FORMAT.into(),
        format_version: waymark_core::files::feedback_file::FORMAT_VERSION,
        app_version: "test".into(),
        written_at: "2026-11-26T10:00:00Z".into(),
        plan_id,
        exported_at: "2026-11-25T10:00:00Z".into(),
        tutor_name: "Alex".into(),
        items: Vec::new(),
    };
    let about = |kind, reference: &str| Target {
        kind,
        id: "not-in-this-plan".into(),
        reference: reference.into(),
    };
    file.add(
        about(TargetKind::Goal, "Swim a length"),
        ItemKind::Step,
        "Ask about the quiet swim",
    )?;
    file.add(
        about(TargetKind::Course, "Pottery"),
        ItemKind::Question,
        "What did you enjoy most?",
    )?;
    waymark_core::files::io::write_whole(path, &file.to_json()?)?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_passes_axe_in_webkit() -> Result<()> {
    let data = tempfile::tempdir()?;
    // Someone else's plan file, for tutor review mode (the dialog stands in).
    let other = tempfile::tempdir()?;
    let shared_file = other.path().join("sam.waymark");
    {
        let (store, shared) = waymark_tests::sample::full_plan(&other.path().join("plan"))?;
        let choice = waymark_core::share::choice::ShareChoice {
            reflections: vec![shared],
            ..Default::default()
        };
        store.export_to(
            waymark_core::export::save::ExportFormat::Waymark,
            &choice,
            "",
            &shared_file,
            "en-GB",
            "test",
        )?;
    }
    // And a tutor's feedback on this Waymark's own plan, beside it (the
    // open dialog offers the file of its kind).
    feedback_for(data.path(), &shared_file.with_extension("waymark-feedback"))?;
    let app = App::launch_with(
        data.path(),
        &[("WAYMARK_TEST_OPEN_FILE", shared_file.as_path())],
    )
    .await?;
    let outcome = audit(&app).await;
    app.quit().await?;
    let results = outcome?;

    let dir = workspace_root().join("target/a11y");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(
        dir.join("webkit.json"),
        serde_json::to_string_pretty(&results)?,
    )?;
    let failing: Vec<&Value> = results
        .iter()
        .filter(|r| r["violations"].as_array().is_some_and(|v| !v.is_empty()))
        .collect();
    eprintln!(
        "WebKit accessibility audit: {} checks, {} with violations",
        results.len(),
        failing.len()
    );
    assert!(results.len() >= 150, "every screen x theme x language");
    assert!(failing.is_empty(), "axe violations in WebKit: {failing:#?}");
    Ok(())
}

async fn audit(app: &App) -> Result<Vec<Value>> {
    let mut results = Vec::new();
    let mut record = |screen: &str, theme: &str, lang: &str, violations: Vec<Value>| {
        results.push(
            json!({ "engine": "webkit", "screen": screen, "theme": theme, "lang": lang,
                             "check": "axe", "violations": violations }),
        );
    };

    // The audit must be able to fail: an unlabelled field is caught.
    app.js("const i = document.createElement('input'); i.id = 'axe-self-check'; document.body.append(i); return true")
        .await?;
    let caught = axe(app).await?;
    assert!(
        caught.iter().any(|v| v["id"] == "label"),
        "axe self-check: {caught:?}"
    );
    app.js("document.getElementById('axe-self-check').remove(); return true")
        .await?;

    // An empty plan first.
    for theme in THEMES {
        for lang in LANGUAGES {
            settings(app, theme, lang).await?;
            record("settings", theme, lang, axe(app).await?);
            app.click("#nav-home").await?;
            app.find("#home-first-goal").await?;
            record("home-empty", theme, lang, axe(app).await?);
            app.click("#nav-goals").await?;
            app.find(".empty").await?;
            record("goals-empty", theme, lang, axe(app).await?);
            app.click("#nav-courses").await?;
            app.find("#sample-prospectus").await?;
            record("courses-empty", theme, lang, axe(app).await?);
            app.click("#sample-prospectus").await?;
            app.find(".import-preview").await?;
            record("import-preview", theme, lang, axe(app).await?);
            app.click(".import-preview .actions button:not(.primary)")
                .await?;
            app.click("#nav-journal").await?;
            app.find("#write-reflection").await?;
            record("journal-empty", theme, lang, axe(app).await?);
        }
    }

    // Then a plan with a goal and two steps.
    app.click("#nav-goals").await?;
    app.click("#add-goal").await?;
    app.find("input[name=title]")
        .await?
        .send_keys("Join a walking group")
        .await?;
    app.click("form.new-goal button[type=submit]").await?;
    for step in ["Find a group near me", "Buy walking shoes"] {
        app.find("#new-step-text")
            .await?
            .send_keys(&format!("{step}\u{E007}"))
            .await?;
        app.wait_js(&format!("return [...document.querySelectorAll('.step label')].some(l => l.textContent === '{step}')"), Duration::from_secs(5))
            .await?;
    }
    app.click(".step:first-child input[type=checkbox]").await?;
    app.wait_saved().await?;
    // And the sample prospectus, with one course chosen, linked and attended.
    app.click("#nav-courses").await?;
    app.click("#sample-prospectus").await?;
    app.click(".import-preview .primary").await?;
    app.click(".course-cards .goal-open").await?;
    app.click("input[name=course-choice][value=attending]")
        .await?;
    app.click(".link-form button[type=submit]").await?;
    app.find(".linked-goals").await?;
    app.wait_saved().await?;
    // And a reflection about the goal, which I may share.
    app.click("#nav-journal").await?;
    app.click("#write-reflection").await?;
    app.find("#reflection-new-body")
        .await?
        .send_keys("We walked by the river. It went well.")
        .await?;
    app.click("input[name='reflection-new-feeling'][value='4']")
        .await?;
    app.click(".share-choice input").await?;
    app.click(".reflection-form button[type=submit]").await?;
    app.find("article.reflection").await?;
    // And a finished review, for the progress chart.
    app.click("#nav-review").await?;
    app.click("#start-review").await?;
    // The review opens after a call to the plan: wait for its first question.
    app.find("#rate-home").await?;
    app.js("const s = document.querySelector('#rate-home'); s.value = '6'; s.dispatchEvent(new Event('change', { bubbles: true })); return true")
        .await?;
    app.wait_saved().await?;
    app.click("#finish-review").await?;
    app.find(".area-chart").await?;

    for theme in THEMES {
        for lang in LANGUAGES {
            settings(app, theme, lang).await?;
            app.click("#nav-home").await?;
            app.find(".home-grid").await?;
            record("home", theme, lang, axe(app).await?);
            app.click("#nav-goals").await?;
            app.find(".goal-open").await?;
            record("goals", theme, lang, axe(app).await?);

            app.click("#add-goal").await?;
            record("new-goal", theme, lang, axe(app).await?);
            app.click("form.new-goal button[type=submit]").await?;
            app.find("[aria-invalid=true]").await?;
            record("new-goal-error", theme, lang, axe(app).await?);
            app.click("form.new-goal .actions button[type=button]")
                .await?;

            app.click(".goal-open").await?;
            app.find("#goal-heading").await?;
            record("goal", theme, lang, axe(app).await?);
            app.click("#remove-goal").await?;
            app.find(".confirm-panel").await?;
            record("goal-remove-confirm", theme, lang, axe(app).await?);
            app.click(".confirm-panel .primary").await?;
            app.click("button.back").await?;

            app.click("#nav-courses").await?;
            app.find(".course-cards li").await?;
            record("courses", theme, lang, axe(app).await?);
            app.click("#add-own-course").await?;
            app.find("#own-course-name").await?;
            record("own-course", theme, lang, axe(app).await?);
            app.click(".own-course .actions button[type=button]")
                .await?;
            app.find(".course-cards li").await?;
            app.click(".course-cards .goal-open").await?;
            app.find("#course-heading").await?;
            record("course", theme, lang, axe(app).await?);
            app.click("button.back").await?;

            app.click("#nav-journal").await?;
            app.find("article.reflection").await?;
            record("journal", theme, lang, axe(app).await?);
            app.click("#write-reflection").await?;
            app.find(".reflection-form").await?;
            record("new-reflection", theme, lang, axe(app).await?);
            app.click(".reflection-form button[type=submit]").await?;
            app.find("[aria-invalid=true]").await?;
            record("new-reflection-error", theme, lang, axe(app).await?);
            app.click(".reflection-form .actions button[type=button]")
                .await?;
            app.click(".open-reflection").await?;
            app.find("#reflection-edit-body").await?;
            record("reflection", theme, lang, axe(app).await?);
            app.click(".reflection-form button[type=submit]").await?;
            app.find("article.reflection").await?;

            app.click("#nav-about-me").await?;
            app.find(".support-list").await?;
            record("about-me", theme, lang, axe(app).await?);

            app.click("#nav-review").await?;
            app.find(".area-chart").await?;
            record("review", theme, lang, axe(app).await?);
            // Once the tutor's feedback came in, its check-in is there to carry on.
            app.click("#start-check-in, #resume-review").await?;
            app.find(".review-form").await?;
            record("review-form", theme, lang, axe(app).await?);
            app.click("#finish-review").await?;
            app.find(".area-chart").await?;

            app.click("#nav-share").await?;
            app.find(".preview .shared-goal").await?;
            record("share", theme, lang, axe(app).await?);
            app.click("#open-shared").await?;
            app.find(".shared-reflection").await?;
            record("tutor", theme, lang, axe(app).await?);
            app.click(".shared-goal .feedback-open").await?;
            app.find(".feedback-form textarea").await?;
            record("tutor-feedback", theme, lang, axe(app).await?);
            app.click("#close-shared").await?;
            app.find("#share-heading").await?;
            // Receiving it again adds nothing twice.
            app.click("#open-feedback").await?;
            app.find(".received-item").await?;
            record("feedback", theme, lang, axe(app).await?);

            app.click("#nav-settings").await?;
            app.click("#open-plan").await?;
            app.find(".facts").await?;
            record("plan", theme, lang, axe(app).await?);
            app.click("#nav-settings").await?;
            app.click("#open-recently-deleted").await?;
            app.find("#deleted-heading").await?;
            record("recently-deleted", theme, lang, axe(app).await?);
            app.click("#nav-settings").await?;
            app.click("#open-about-waymark").await?;
            app.click("#licences-rust summary").await?;
            app.find("#licences-rust tbody tr").await?;
            record("about-waymark", theme, lang, axe(app).await?);

            let search = app.find("#plan-search").await?;
            search.clear().await?;
            search.send_keys("river").await?;
            app.press(fantoccini::key::Key::Enter).await?;
            app.find(".search-hit mark").await?;
            record("search", theme, lang, axe(app).await?);
        }
    }
    Ok(results)
}
