//! No plaintext anywhere: one unique sentence is put into every kind of text
//! a plan holds (a goal, a step, a reflection and so the search index, a
//! draft, a review, a tutor's feedback item, something in Recently deleted,
//! About me); the real app shows each of them, is locked with keys only, and
//! quits. Then every file under the plan folder, its backups, the home
//! folder the app ran with (its config, cache and data, the recently used
//! list) and the temporary folder is searched for the sentence, in UTF-8 and
//! UTF-16: it is in none of them.

use std::path::{Path, PathBuf};
use std::time::Duration;

use fantoccini::key::Key;
use waymark_core::export::save::ExportFormat;
use waymark_core::files::feedback_file::{FeedbackFile, ItemKind, Target, TargetKind};
use waymark_core::files::plan_file::read_plan_file;
use waymark_core::plan::journal::{AboutMe, ReflectionInput};
use waymark_core::plan::reviews::ReviewInput;
use waymark_core::share::choice::ShareChoice;
use waymark_core::store::backup::BackupReason;
use waymark_core::{GoalInput, Store};
use waymark_tests::{App, Result};

/// Found nowhere else: not a word of Waymark's, the fixtures' or a library's.
const CANARY: &str = "Zebrafinch quilts murmur under the viaduct at dawn";

fn plant(data: &Path) -> Result<()> {
    let store = Store::open_in_dir(data)?;
    let goal = store.create_goal(&GoalInput {
        title: format!("Goal {CANARY}"),
        why: CANARY.into(),
        life_area: "learning".into(),
        target_date: None,
    })?;
    store.add_step(&goal.id, &format!("Step {CANARY}"))?;
    let reflection = store.create_reflection(&ReflectionInput {
        written_on: "2026-11-20".into(),
        body: format!("Reflection {CANARY}"),
        shareable: true,
        ..ReflectionInput::default()
    })?;
    store.save_draft("new-reflection", &format!("Draft {CANARY}"))?;
    let review = store.start_review(false)?;
    store.save_review(
        &review.review.id,
        &ReviewInput {
            check_in: false,
            tutor_name: String::new(),
            talked_about: String::new(),
            went_well: format!("Review {CANARY}"),
            whats_next: String::new(),
            next_review_on: None,
        },
    )?;
    store.complete_review(&review.review.id)?;
    store.save_about_me(&AboutMe {
        preferred_name: "Robin".into(),
        strengths: format!("About me {CANARY}"),
        ..AboutMe::default()
    })?;
    let gone = store.create_goal(&GoalInput {
        title: format!("Removed {CANARY}"),
        why: String::new(),
        life_area: "home".into(),
        target_date: None,
    })?;
    store.delete_goal(&gone.id)?;

    // A tutor's feedback, through a real plan file and feedback file.
    let usb = tempfile::tempdir()?;
    let file = usb.path().join("robin.waymark");
    let choice = ShareChoice {
        goals: true,
        reflections: vec![reflection.id.clone()],
        ..ShareChoice::default()
    };
    store.export_to(
        ExportFormat::Waymark,
        &choice,
        "Robin",
        &file,
        "en-GB",
        "1.0.0",
        None,
    )?;
    let opened = read_plan_file(&file, None)?.opened("robin.waymark")?;
    let mut feedback = FeedbackFile::for_plan(&opened, "Alex", "1.0.0")?;
    feedback.add(
        Target {
            kind: TargetKind::Goal,
            id: goal.id.clone(),
            reference: goal.title.clone(),
        },
        ItemKind::Comment,
        &format!("Feedback {CANARY}"),
    )?;
    store.receive_feedback(&FeedbackFile::parse(&feedback.to_json()?)?)?;
    // And a backup from before the lock, which the lock must lock too.
    store.backup(BackupReason::Daily)?;
    Ok(())
}

/// Every file under `roots` holding the canary, in UTF-8 or UTF-16 (either
/// byte order), as paths.
fn files_holding_canary(roots: &[&Path]) -> Vec<PathBuf> {
    let utf8 = CANARY.as_bytes().to_vec();
    let le: Vec<u8> = CANARY.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = CANARY.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let mut hits = Vec::new();
    let mut stack: Vec<PathBuf> = roots.iter().map(|r| r.to_path_buf()).collect();
    while let Some(path) = stack.pop() {
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            if let Ok(entries) = std::fs::read_dir(&path) {
                stack.extend(entries.flatten().map(|e| e.path()));
            }
        } else if meta.is_file() {
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            let holds = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
            if holds(&utf8) || holds(&le) || holds(&be) {
                hits.push(path);
            }
        }
    }
    hits
}

#[tokio::test(flavor = "multi_thread")]
async fn after_the_lock_the_sentence_is_in_no_file_anywhere() -> Result<()> {
    let home = tempfile::tempdir()?;
    let tmp = tempfile::tempdir()?;
    let data = home.path().join("plan");
    plant(&data)?;
    // The test can find its canary: otherwise 0 hits would prove nothing.
    assert!(!files_holding_canary(&[&data]).is_empty());

    let config = home.path().join(".config");
    let cache = home.path().join(".cache");
    let share = home.path().join(".local/share");
    let env: [(&str, &Path); 5] = [
        ("HOME", home.path()),
        ("XDG_CONFIG_HOME", &config),
        ("XDG_CACHE_HOME", &cache),
        ("XDG_DATA_HOME", &share),
        ("TMPDIR", tmp.path()),
    ];
    let app = App::launch_with(&data, &env).await?;
    let result = async {
        // Every kind of text is shown by the app at least once.
        app.go_to("goals").await?;
        app.wait_js(&format!("return document.body.innerText.includes('Goal {CANARY}')"), Duration::from_secs(10)).await?;
        app.go_to("journal").await?;
        app.wait_js(&format!("return document.body.innerText.includes('Reflection {CANARY}')"), Duration::from_secs(10)).await?;
        app.go_to("about-me").await?;
        app.wait_js(&format!("return [...document.querySelectorAll('textarea, input')].some(e => e.value.includes('About me {CANARY}'))"), Duration::from_secs(10)).await?;
        app.tab_to("#plan-search", 60).await?;
        app.keys("zebrafinch").await?;
        app.press(Key::Enter).await?;
        app.wait_js(&format!("return document.body.innerText.includes('{CANARY}')"), Duration::from_secs(10)).await?;
        app.go_to("settings").await?;
        app.click("#open-recently-deleted").await?;
        app.wait_js(&format!("return document.body.innerText.includes('Removed {CANARY}')"), Duration::from_secs(10)).await?;

        // Locked with keys only.
        app.go_to("settings").await?;
        app.tab_to("#open-lock-setup", 60).await?;
        app.press(Key::Enter).await?;
        app.tab_to("#lock-make-sheet", 20).await?;
        app.press(Key::Enter).await?;
        app.find("#recovery-code").await?;
        let code = app
            .js("return [...document.querySelectorAll('.recovery-group')].map(g => g.textContent).join('')")
            .await?;
        app.tab_to("#lock-sheet-next", 10).await?;
        app.press(Key::Enter).await?;
        app.tab_to("#lock-code", 10).await?;
        app.keys(code.as_str().unwrap_or_default()).await?;
        app.tab_to("#lock-password", 5).await?;
        app.keys("a long test password").await?;
        app.tab_to("#lock-password-again", 5).await?;
        app.keys("a long test password").await?;
        app.press(Key::Enter).await?;
        app.find("#lock-done-status").await?;
        app.tab_to("#lock-now", 40).await?;
        app.press(Key::Enter).await?;
        app.find("#unlock-password").await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;

    let head = std::fs::read(data.join("waymark.sqlite3"))?;
    assert!(
        !head.starts_with(b"SQLite format 3"),
        "the plan is encrypted"
    );
    let hits = files_holding_canary(&[&data, home.path(), tmp.path()]);
    assert!(
        hits.is_empty(),
        "the sentence is still readable in: {hits:#?}"
    );
    Ok(())
}
