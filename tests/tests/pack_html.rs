//! The tutor pack (HTML) checked by independent tools: the Nu HTML Checker
//! (vnu.jar from the UI's packages, Java) finds no error in a full pack, in
//! English and German, hostile texts included.

use std::path::Path;
use std::process::Command;

use waymark_core::reflections::{AboutMe, ReflectionInput};
use waymark_core::reviews::ReviewInput;
use waymark_core::share::{ExportFormat, ShareChoice};
use waymark_core::{GoalInput, Store};
use waymark_tests::{workspace_root, Result};

/// A plan with every section, and texts that try to break out of HTML.
fn plan(dir: &Path) -> Result<(Store, String)> {
    let store = Store::open_in_dir(dir)?;
    store.save_about_me(&AboutMe {
        preferred_name: "Sam <b>O'Neil</b>".into(),
        for_tutors: "</style><script>alert(1)</script>\nSecond line".into(),
        supports: vec!["quiet_space".into(), "extra_time".into()],
        support_words: "javascript:alert(1) \u{202E}txt.exe".into(),
        ..AboutMe::default()
    })?;
    let goal = store.create_goal(&GoalInput {
        title: "Swim a length & more <i>".into(),
        why: "\"quoted\" 'words'".into(),
        life_area: "learning".into(),
        target_date: Some("2027-06-30".into()),
    })?;
    store.add_step(&goal.id, "Go <with> my sister")?;
    let shared = store
        .create_reflection(&ReflectionInput {
            written_on: "2026-11-02".into(),
            body: "I went. <img src=x onerror=alert(1)>".into(),
            learned: "Breathing helps".into(),
            shareable: true,
            goal_id: Some(goal.id.clone()),
            ..ReflectionInput::default()
        })?
        .id;
    for (i, rating) in [4, 6].into_iter().enumerate() {
        let review = store.start_review(true)?.review.id;
        for (area, r) in [
            ("learning", rating),
            ("home", 5 + i as i32),
            ("work", 3),
            ("money", 7),
        ] {
            store.rate_area(&review, area, Some(r))?;
        }
        store.review_goal(&review, &goal.id, "Going well", Some(1), Some("keep"))?;
        store.save_review(
            &review,
            &ReviewInput {
                check_in: true,
                tutor_name: "Alex".into(),
                went_well: "I went every week".into(),
                ..ReviewInput::default()
            },
        )?;
        store.add_suggestion(&review, "Try <mornings>")?;
        store.complete_review(&review)?;
    }
    Ok((store, shared))
}

#[test]
fn the_tutor_pack_passes_the_nu_html_checker() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (store, shared) = plan(dir.path())?;
    let choice = ShareChoice {
        reflections: vec![shared],
        ..ShareChoice::default()
    };
    let out = tempfile::tempdir()?;
    let mut files = Vec::new();
    for lang in ["en-GB", "de"] {
        let path = out.path().join(format!("pack-{lang}.html"));
        store.export_to(ExportFormat::Html, &choice, "", &path, lang, "1.0.0")?;
        let html = std::fs::read_to_string(&path)?;
        assert!(!html.contains("<script") && !html.contains("<img"));
        assert!(html.contains("<svg role=\"img\""), "the chart is there");
        files.push(path);
    }
    // Kept for looking at (docs/screenshots/tutor-pack.png is made from it).
    let keep = workspace_root().join("target/e2e-artifacts/tutor-pack.html");
    if let Some(parent) = keep.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::copy(&files[0], &keep)?;

    let jar = workspace_root().join("ui/node_modules/vnu-jar/build/dist/vnu.jar");
    assert!(
        jar.exists(),
        "vnu.jar comes with the UI's packages (npm ci)"
    );
    let result = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .arg("--errors-only")
        .args(&files)
        .output()?;
    let report = String::from_utf8_lossy(&result.stderr);
    assert!(
        result.status.success(),
        "the Nu HTML Checker found errors:\n{report}"
    );
    Ok(())
}
