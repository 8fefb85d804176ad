//! axe-core in the real app's WebKit: every screen and dialog, in every theme
//! and language, with the WCAG 2.2 AA rule tags. Zero violations is the bar.
//! Beside axe, every screen's form controls are measured from their computed
//! styles (WCAG 1.4.11, which axe does not check): drawn by Waymark, not the
//! toolkit; each border at least 3:1 on the background behind it; and a
//! focus ring at least 3:1. Results go to target/a11y/webkit.json for
//! docs/ACCESSIBILITY.md.

use std::time::Duration;

use serde_json::{json, Value};
use waymark_tests::{workspace_root, App, Result};

const THEMES: [&str; 3] = ["light", "dark", "high_contrast"];
const LANGUAGES: [&str; 2] = ["en-GB", "de"];
const TAGS: &str = r#"["wcag2a","wcag2aa","wcag21a","wcag21aa","wcag22aa"]"#;

/// Measures every visible, enabled form control on the screen and returns
/// one violation (axe's shape) per control that fails, with the figures.
const CONTROLS: &str = r#"
const parse = (c) => {
  const m = /rgba?\(([^)]*)\)/.exec(c);
  if (!m) return null;
  const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
  return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
};
const over = (top, under) => ({
  r: top.r * top.a + under.r * (1 - top.a),
  g: top.g * top.a + under.g * (1 - top.a),
  b: top.b * top.a + under.b * (1 - top.a), a: 1 });
// The colour behind an element: its ancestors' backgrounds, blended.
const behind = (el) => {
  const layers = [];
  for (let e = el.parentElement; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
  }
  let colour = { r: 255, g: 255, b: 255, a: 1 };
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
};
const lum = ({ r, g, b }) => {
  const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.name ? '[name=' + el.name + ']' : '') + (el.type && el.tagName === 'INPUT' ? '[type=' + el.type + ']' : '');
const found = [];
let measured = 0;
const before = document.activeElement;
for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
  if (el.disabled || el.closest('[inert]')) continue;
  const folded = el.closest('details');
  if (folded && !folded.open && !el.closest('summary')) continue;
  const box = el.getBoundingClientRect();
  const cs = getComputedStyle(el);
  if (box.width < 4 || box.height < 4 || cs.visibility === 'hidden') continue;
  measured += 1;
  const back = behind(el);
  const fail = (id, help) => found.push({ id, impact: 'serious', help, targets: [name(el)] });
  if (cs.webkitAppearance !== 'none' && cs.appearance !== 'none') fail('control-native', 'drawn by the toolkit: ' + (cs.appearance || cs.webkitAppearance));
  for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
    const width = parseFloat(cs['border' + side + 'Width']);
    const colour = parse(cs['border' + side + 'Color']);
    if (!(width >= 1) || !colour) { fail('control-border', side + ' border missing'); break; }
    const r = ratio(over(colour, back), back);
    if (r < 3) { fail('control-border', side + ' border ' + cs['border' + side + 'Color'] + ' is ' + r.toFixed(2) + ':1 on its background'); break; }
  }
  el.focus({ preventScroll: true });
  const fs = getComputedStyle(el);
  const ring = parse(fs.outlineColor);
  if (document.activeElement !== el) fail('control-focus', 'cannot take focus');
  else if (fs.outlineStyle === 'none' || parseFloat(fs.outlineWidth) < 2 || !ring) fail('control-focus', 'no focus ring: ' + fs.outlineStyle + ' ' + fs.outlineWidth);
  else {
    const r = ratio(over(ring, back), back);
    if (r < 3) fail('control-focus', 'focus ring ' + fs.outlineColor + ' is ' + r.toFixed(2) + ':1 on its background');
  }
}
if (before && before.focus) before.focus({ preventScroll: true }); else document.activeElement.blur();
return { measured, found };
"#;

/// The controls check on the screen as it is: the violations, and how many
/// controls it measured.
async fn controls(app: &App) -> Result<(Vec<Value>, u64)> {
    // Focus moved by a key first: WebKit shows the keyboard focus ring
    // (:focus-visible) on a check box focused from there, as a student
    // moving by Tab sees it; after a click it would not.
    app.press(fantoccini::key::Key::Tab).await?;
    let answer = app.js(CONTROLS).await?;
    let found = answer["found"].as_array().cloned().unwrap_or_default();
    let measured = answer["measured"]
        .as_u64()
        .ok_or_else(|| format!("the controls check returned {answer}"))?;
    Ok((found, measured))
}

static MEASURED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// axe and the controls check on the screen as it is.
async fn check(app: &App) -> Result<Vec<Value>> {
    let mut violations = axe(app).await?;
    let (found, measured) = controls(app).await?;
    MEASURED.fetch_add(measured, std::sync::atomic::Ordering::Relaxed);
    violations.extend(found);
    Ok(violations)
}

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
    app.set_look(theme, lang, None).await
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
            None,
        )?;
    }
    // And a tutor's feedback on this Waymark's own plan, beside it (the
    // open dialog offers the file of its kind).
    feedback_for(data.path(), &shared_file.with_extension("waymark-feedback"))?;
    // The test run's voice, so a reading lasts while it is checked.
    let voice = tempfile::tempdir()?;
    let app = App::launch_with(
        data.path(),
        &[
            ("WAYMARK_TEST_OPEN_FILE", shared_file.as_path()),
            ("WAYMARK_TEST_SPEECH_DIR", voice.path()),
        ],
    )
    .await?;
    let outcome = audit(&app).await;
    let lock_outcome = match &outcome {
        Ok(_) => audit_lock(&app).await,
        Err(_) => Ok(Vec::new()),
    };
    app.quit().await?;
    let results = outcome?;
    let lock_results = lock_outcome?;
    let lock_failing = keep(&lock_results, "webkit-lock.json", " of the lock")?;
    assert_eq!(lock_results.len(), 6 * THEMES.len() * LANGUAGES.len());
    assert!(
        lock_failing.is_empty(),
        "axe violations in WebKit, the lock: {lock_failing:#?}"
    );

    // A tutor's Waymark that keeps students' plans: My students and one
    // student, with what changed, in every look (its own app, after the
    // first has closed).
    let students_results = students_audit().await?;
    let students_failing = keep(&students_results, "webkit-students.json", " of My students")?;
    assert_eq!(students_results.len(), 2 * THEMES.len() * LANGUAGES.len());
    assert!(
        students_failing.is_empty(),
        "axe violations in WebKit, My students: {students_failing:#?}"
    );

    // A laptop with no voice: "Read this to me" says what to install.
    let voice_results = no_voice_audit().await?;
    let voice_failing = keep(&voice_results, "webkit-voice.json", " without a voice")?;
    assert_eq!(voice_results.len(), THEMES.len() * LANGUAGES.len());
    assert!(
        voice_failing.is_empty(),
        "axe violations in WebKit, no voice: {voice_failing:#?}"
    );

    let failing = keep(&results, "webkit.json", "")?;
    assert!(results.len() >= 150, "every screen x theme x language");
    let measured = MEASURED.load(std::sync::atomic::Ordering::Relaxed);
    eprintln!("Form controls measured for contrast and focus: {measured}");
    assert!(
        measured >= 1000,
        "the controls check measured only {measured} controls"
    );
    assert!(failing.is_empty(), "axe violations in WebKit: {failing:#?}");
    Ok(())
}

/// Writes `results` to target/a11y/`file` for the report, says how many
/// checks found something, and returns those.
fn keep<'r>(results: &'r [Value], file: &str, what: &str) -> Result<Vec<&'r Value>> {
    let dir = workspace_root().join("target/a11y");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join(file), serde_json::to_string_pretty(results)?)?;
    let failing: Vec<&Value> = results
        .iter()
        .filter(|r| r["violations"].as_array().is_some_and(|v| !v.is_empty()))
        .collect();
    eprintln!(
        "WebKit accessibility audit{what}: {} checks, {} with violations",
        results.len(),
        failing.len()
    );
    Ok(failing)
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
    // So must the controls check: a toolkit check box, and a text field
    // with the toolkit's pale border (#CDCDCD on white, 1.6:1).
    // (Styles are set through the CSSOM: the app's CSP refuses style attributes.)
    app.js(
        "const d = document.createElement('div'); d.id = 'controls-self-check';
         d.style.background = '#fff';
         const c = document.createElement('input'); c.type = 'checkbox'; c.ariaLabel = 'a';
         c.style.setProperty('appearance', 'auto'); c.style.setProperty('-webkit-appearance', 'checkbox');
         const t = document.createElement('input'); t.type = 'text'; t.ariaLabel = 'b';
         t.style.border = '2px solid #cdcdcd';
         d.append(c, t); document.querySelector('main').prepend(d); return true",
    )
    .await?;
    let (caught, _) = controls(app).await?;
    let ids: Vec<&str> = caught.iter().filter_map(|v| v["id"].as_str()).collect();
    assert!(
        ids.contains(&"control-native") && ids.contains(&"control-border"),
        "controls self-check: {caught:?}"
    );
    app.js("document.getElementById('controls-self-check').remove(); return true")
        .await?;

    // An empty plan first.
    for theme in THEMES {
        for lang in LANGUAGES {
            settings(app, theme, lang).await?;
            record("settings", theme, lang, check(app).await?);
            app.click("#nav-home").await?;
            app.find("#home-first-goal").await?;
            record("home-empty", theme, lang, check(app).await?);
            app.click("#nav-goals").await?;
            app.find(".empty").await?;
            record("goals-empty", theme, lang, check(app).await?);
            app.click("#nav-courses").await?;
            app.find("#sample-prospectus").await?;
            record("courses-empty", theme, lang, check(app).await?);
            app.click("#sample-prospectus").await?;
            app.find(".import-preview").await?;
            record("import-preview", theme, lang, check(app).await?);
            app.click(".import-preview .actions button:not(.primary)")
                .await?;
            app.click("#nav-journal").await?;
            app.find("#write-reflection").await?;
            record("journal-empty", theme, lang, check(app).await?);
            app.click("#nav-help").await?;
            app.find("#help-heading").await?;
            record("help", theme, lang, check(app).await?);
            app.click("#open-support").await?;
            app.find(".support-screen .empty").await?;
            record("support-empty", theme, lang, check(app).await?);
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
    // And a reflection about the goal, which my tutor may see.
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
            record("home", theme, lang, check(app).await?);
            // Read aloud, with its sentence marked.
            app.click(".screen-head .read-aloud-button").await?;
            app.find(".read-aloud-button.reading").await?;
            app.wait_js(
                "return !!CSS.highlights.get('waymark-reading')?.size",
                Duration::from_secs(10),
            )
            .await?;
            record("read-aloud", theme, lang, check(app).await?);
            app.click(".screen-head .read-aloud-button").await?;
            app.click("#home-calendar").await?;
            app.find(".calendar-courses li").await?;
            record("calendar-choice", theme, lang, check(app).await?);
            app.click("#calendar-close").await?;
            app.click("#nav-goals").await?;
            app.find(".goal-open").await?;
            record("goals", theme, lang, check(app).await?);

            app.click("#add-goal").await?;
            record("new-goal", theme, lang, check(app).await?);
            app.click("form.new-goal button[type=submit]").await?;
            app.find("[aria-invalid=true]").await?;
            record("new-goal-error", theme, lang, check(app).await?);
            app.click("form.new-goal .actions button[type=button]")
                .await?;

            app.click(".goal-open").await?;
            app.find("#goal-heading").await?;
            record("goal", theme, lang, check(app).await?);
            app.click("#remove-goal").await?;
            app.find(".confirm-panel").await?;
            record("goal-remove-confirm", theme, lang, check(app).await?);
            app.click(".confirm-panel .primary").await?;
            app.click("button.back").await?;

            app.click("#nav-courses").await?;
            app.find(".course-cards li").await?;
            record("courses", theme, lang, check(app).await?);
            app.click("#add-own-course").await?;
            app.find("#own-course-name").await?;
            record("own-course", theme, lang, check(app).await?);
            app.click(".own-course .actions button[type=button]")
                .await?;
            app.find(".course-cards li").await?;
            app.click(".course-cards .goal-open").await?;
            app.find("#course-heading").await?;
            record("course", theme, lang, check(app).await?);
            app.click("button.back").await?;

            app.click("#nav-journal").await?;
            app.find("article.reflection").await?;
            record("journal", theme, lang, check(app).await?);
            app.click(".journal-filters summary").await?;
            record("journal-filters", theme, lang, check(app).await?);
            app.click(".journal-filters summary").await?;
            app.click("#write-reflection").await?;
            app.find(".reflection-form").await?;
            record("new-reflection", theme, lang, check(app).await?);
            app.click(".reflection-form button[type=submit]").await?;
            app.find("[aria-invalid=true]").await?;
            record("new-reflection-error", theme, lang, check(app).await?);
            app.click(".reflection-form .actions button[type=button]")
                .await?;
            app.click(".open-reflection").await?;
            app.find("#reflection-edit-body").await?;
            record("reflection", theme, lang, check(app).await?);
            app.click(".reflection-form button[type=submit]").await?;
            app.find("article.reflection").await?;

            app.click("#nav-about-me").await?;
            app.find(".support-list").await?;
            record("about-me", theme, lang, check(app).await?);

            app.click("#nav-review").await?;
            app.find(".area-chart").await?;
            record("review", theme, lang, check(app).await?);
            // Once the tutor's feedback came in, its check-in is there to carry on.
            app.click("#start-check-in, #resume-review").await?;
            app.find(".review-form").await?;
            record("review-form", theme, lang, check(app).await?);
            app.click("#finish-review").await?;
            app.find(".area-chart").await?;

            app.click("#nav-share").await?;
            app.find("#share-what").await?;
            app.js("for (const t of document.querySelectorAll('.share-screen .toggle input')) if (!t.checked) t.click(); return true")
                .await?;
            app.find("#share-steps").await?;
            app.js("const t = document.querySelector('#share-steps'); if (!t.checked) t.click(); return true")
                .await?;
            record("share", theme, lang, check(app).await?);
            app.click("#share-next-look").await?;
            app.find(".preview .shared-goal").await?;
            record("share-preview", theme, lang, check(app).await?);
            app.click("#share-next-save").await?;
            app.find("#share-format-pdf").await?;
            record("share-save", theme, lang, check(app).await?);
            // Sealing the Waymark file, the three words shown.
            app.click("#share-format-waymark").await?;
            app.js("const t = document.querySelector('#share-seal'); if (!t.checked) t.click(); return true")
                .await?;
            app.wait_js(
                "return document.querySelector('#share-seal-words')?.value.split(' ').length === 3",
                Duration::from_secs(10),
            )
            .await?;
            record("share-seal", theme, lang, check(app).await?);
            app.click("#share-back-look").await?;
            app.click("#share-back-choose").await?;
            app.click("#open-shared").await?;
            app.find(".shared-reflection").await?;
            record("tutor", theme, lang, check(app).await?);
            app.click(".shared-goal .feedback-open").await?;
            app.find(".feedback-form textarea").await?;
            record("tutor-feedback", theme, lang, check(app).await?);
            app.click("#close-shared").await?;
            app.find("#share-heading").await?;
            // Receiving it again adds nothing twice.
            app.click("#open-feedback").await?;
            app.find(".received-item").await?;
            record("feedback", theme, lang, check(app).await?);

            app.click("#nav-settings").await?;
            app.click("#open-plan").await?;
            app.find(".facts").await?;
            record("plan", theme, lang, check(app).await?);
            app.click("#nav-settings").await?;
            app.click("#open-recently-deleted").await?;
            app.find("#deleted-heading").await?;
            record("recently-deleted", theme, lang, check(app).await?);
            app.click("#nav-settings").await?;
            app.click("#open-move-plan").await?;
            app.find("#move-heading").await?;
            record("move-plan", theme, lang, check(app).await?);
            app.click("#nav-settings").await?;
            app.click("#open-print").await?;
            app.find("#print-heading").await?;
            record("print", theme, lang, check(app).await?);
            app.click("#nav-help").await?;
            app.click("#open-support").await?;
            app.find(".support-contact").await?;
            record("support", theme, lang, check(app).await?);
            app.click("#nav-settings").await?;
            app.click("#open-about-waymark").await?;
            app.click("#licences-rust summary").await?;
            app.find("#licences-rust tbody tr").await?;
            record("about-waymark", theme, lang, check(app).await?);

            let search = app.find("#plan-search").await?;
            search.clear().await?;
            search.send_keys("river").await?;
            app.press(fantoccini::key::Key::Enter).await?;
            app.find(".search-hit mark").await?;
            record("search", theme, lang, check(app).await?);
        }
    }
    Ok(results)
}

/// The lock's screens, in every theme and language, in the real app: the
/// offer, the recovery sheet, typing it back, Settings with the lock on, the
/// lock screen (in the student's own look, read from beside the plan) and
/// "I forgot my password". Run last, in the same app as the other screens:
/// two windows at once under a bare X server would leave one without the
/// keyboard, and so without focus rings to measure. Results go to
/// target/a11y/webkit-lock.json.
async fn audit_lock(app: &App) -> Result<Vec<Value>> {
    const PASSWORD: &str = "an audit password";
    let mut results = Vec::new();
    let mut record = |screen: &str, theme: &str, lang: &str, violations: Vec<Value>| {
        results.push(
            json!({ "engine": "webkit", "screen": screen, "theme": theme, "lang": lang,
                             "check": "axe", "violations": violations }),
        );
    };
    // Setting up the lock, in every look, without finishing it…
    let mut code = Value::Null;
    for theme in THEMES {
        for lang in LANGUAGES {
            settings(app, theme, lang).await?;
            app.click("#open-lock-setup").await?;
            app.find("#lock-make-sheet").await?;
            record("lock-offer", theme, lang, check(app).await?);
            app.click("#lock-make-sheet").await?;
            app.find("#recovery-code").await?;
            record("recovery-sheet", theme, lang, check(app).await?);
            code = app
                .js("return [...document.querySelectorAll('.recovery-group')].map(g => g.textContent).join('')")
                .await?;
            app.click("#lock-sheet-next").await?;
            app.find("#lock-code").await?;
            record("lock-confirm", theme, lang, check(app).await?);
        }
    }
    // …then finished once, with the last sheet's code.
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
    app.click("#lock-confirm-button").await?;
    app.find("#lock-done-status").await?;
    // With the lock on: Settings, the lock screen and "I forgot my password".
    for theme in THEMES {
        for lang in LANGUAGES {
            settings(app, theme, lang).await?;
            app.find("#settings-lock-now").await?;
            record("settings-locked", theme, lang, check(app).await?);
            app.click("#lock-now").await?;
            app.find("#unlock-password").await?;
            app.wait_js(
                &format!("return document.documentElement.dataset.theme === '{theme}' && document.documentElement.lang === '{lang}'"),
                Duration::from_secs(10),
            )
            .await?;
            record("lock-screen", theme, lang, check(app).await?);
            app.click("#forgot-password").await?;
            app.find("#recovery-code").await?;
            record("lock-forgot", theme, lang, check(app).await?);
            app.click("#back-to-password").await?;
            app.find("#unlock-password")
                .await?
                .send_keys(PASSWORD)
                .await?;
            app.click("#unlock").await?;
            app.find("#lock-now").await?;
        }
    }
    Ok(results)
}

/// My students and one student's screen, in every theme and language, in a
/// tutor's real Waymark (locked, keeping plans) that brought in a folder of
/// plans: Robin's two, weeks apart, and Sam's. Results go to
/// target/a11y/webkit-students.json.
/// Home's "Read this page to me" on a laptop without a voice (no voice
/// program where Waymark looks), in every look.
async fn no_voice_audit() -> Result<Vec<Value>> {
    let data = tempfile::tempdir()?;
    waymark_tests::friendly::plan(data.path())?;
    let nowhere = tempfile::tempdir()?;
    let app = App::launch_with(data.path(), &[("WAYMARK_SPEECH_PATH", nowhere.path())]).await?;
    let outcome = async {
        let mut results = Vec::new();
        for theme in THEMES {
            for lang in LANGUAGES {
                settings(&app, theme, lang).await?;
                app.click("#nav-home").await?;
                app.find(".home-grid").await?;
                app.click(".screen-head .read-aloud-button").await?;
                app.find(".screen-head .read-aloud-problem").await?;
                results.push(json!({ "engine": "webkit", "screen": "read-aloud-no-voice", "theme": theme, "lang": lang,
                                     "check": "axe", "violations": check(&app).await? }));
            }
        }
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(results)
    }
    .await;
    app.quit().await?;
    outcome
}

async fn students_audit() -> Result<Vec<Value>> {
    use waymark_tests::term::{robins_term, share, student, tutor, unlock, wait_text};
    let tutor_dir = tempfile::tempdir()?;
    let people = tempfile::tempdir()?;
    let term = tempfile::tempdir()?;
    tutor(tutor_dir.path())?;
    let robin = people.path().join("Robin");
    let sam = people.path().join("Sam");
    std::fs::create_dir(&robin)?;
    std::fs::create_dir(&sam)?;
    drop(robins_term(&robin, term.path())?);
    share(
        &student(&sam, "Sam")?.0,
        &term.path().join("sam.waymark"),
        "2026-11-14",
    )?;
    let app =
        App::launch_with(tutor_dir.path(), &[("WAYMARK_TEST_OPEN_FILE", term.path())]).await?;
    let outcome = async {
        let mut results = Vec::new();
        unlock(&app).await?;
        app.go_to("students").await?;
        app.click("#students-bring-in-folder").await?;
        wait_text(&app, "#students-brought", "Brought in").await?;
        for theme in THEMES {
            for lang in LANGUAGES {
                settings(&app, theme, lang).await?;
                app.go_to("students").await?;
                app.find("li.student").await?;
                results.push(json!({ "engine": "webkit", "screen": "students", "theme": theme, "lang": lang,
                                     "check": "axe", "violations": check(&app).await? }));
                app.js("[...document.querySelectorAll('.student-name')].find(b => b.textContent.includes('Robin')).click(); return true")
                    .await?;
                app.find("#changes-summary").await?;
                results.push(json!({ "engine": "webkit", "screen": "student", "theme": theme, "lang": lang,
                                     "check": "axe", "violations": check(&app).await? }));
            }
        }
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(results)
    }
    .await;
    app.quit().await?;
    outcome
}
