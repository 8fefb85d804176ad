//! Writes the fuzz targets' first inputs (`fuzz/corpus/<target>/`): what
//! Waymark itself writes for the sample plan (a shared plan file, a whole
//! plan, a tutor's feedback) and the sample prospectuses. `fuzz/run.sh` calls
//! it; the fuzzer grows the corpus from these.

use std::path::Path;

use waymark_core::export::save::ExportFormat;
use waymark_core::files::feedback_file::{FeedbackFile, ItemKind, TargetKind};
use waymark_core::files::plan_file::PlanFile;
use waymark_core::share::choice::ShareChoice;
use waymark_tests::{sample::full_plan, workspace_root, Result};

fn put(dir: &Path, target: &str, name: &str, bytes: &[u8]) -> Result<()> {
    let folder = dir.join(target);
    std::fs::create_dir_all(&folder)?;
    std::fs::write(folder.join(name), bytes)?;
    Ok(())
}

fn main() -> Result<()> {
    let root = workspace_root();
    let corpus = root.join("fuzz/corpus");
    let plan_dir = tempfile::tempdir()?;
    let (store, shared) = full_plan(plan_dir.path())?;
    let choice = ShareChoice {
        reflections: vec![shared],
        ..ShareChoice::default()
    };
    let plan = store.export(ExportFormat::Waymark, &choice, "en-GB", "1.0.0")?;
    put(&corpus, "plan_file", "shared.waymark", &plan)?;
    let everything = store.export(ExportFormat::Everything, &choice, "en-GB", "1.0.0")?;
    put(
        &corpus,
        "everything_file",
        "everything.waymark",
        &everything,
    )?;
    put(&corpus, "plan_file", "everything.waymark", &everything)?;

    let opened = PlanFile::parse(&plan)?.opened("sam.waymark")?;
    let mut feedback = FeedbackFile::for_plan(&opened, "Alex", "1.0.0")?;
    for (kind, text) in [
        (ItemKind::Comment, "Lovely progress."),
        (ItemKind::Step, "Try the quiet session"),
        (ItemKind::Course, "Aqua fit"),
        (ItemKind::Question, "What made it loud?"),
    ] {
        let goal = opened
            .plan
            .goals
            .iter()
            .flatten()
            .next()
            .map(|g| g.id.clone());
        if let Some(target) = goal.and_then(|id| opened.target(TargetKind::Goal, &id)) {
            feedback.add(target, kind, text)?;
        }
    }
    put(
        &corpus,
        "feedback_file",
        "feedback.waymark-feedback",
        &feedback.to_json()?,
    )?;
    // Version 2: feedback on the plan as a whole and on what helps me learn.
    for (kind, id) in [
        (TargetKind::Plan, opened.plan_id.clone()),
        (TargetKind::Support, "support".to_string()),
    ] {
        if let Some(target) = opened.target(kind, &id) {
            feedback.add(target, ItemKind::Comment, "A brave term.")?;
        }
    }
    put(
        &corpus,
        "feedback_file",
        "feedback-v2.waymark-feedback",
        &feedback.to_json()?,
    )?;

    // A team's phrases, German, Arabic and emoji among them.
    put(
        &corpus,
        "phrases_file",
        "team.waymark-phrases",
        br#"{"format":"waymark-phrases","format_version":1,"app_version":"1.0.0","written_at":"2026-12-02T10:00:00.000Z","phrases":["What a good week.","Gut gemacht! \u00dcbung macht den Meister.","\u0623\u062d\u0633\u0646\u062a \ud83c\udf31"]}"#,
    )?;

    // Sealed files: a plan file and a whole plan, sealed at a small work
    // factor so the fuzzer runs many (the cap still applies to what it makes).
    let words =
        waymark_core::files::sealed::Passphrase::typed(waymark_core::fuzzing::SEALED_WORDS)?;
    for (name, bytes) in [
        ("shared.waymark", &plan),
        ("everything.waymark-move", &everything),
    ] {
        let sealed = waymark_core::files::sealed::seal_with(bytes, &words, 10)?;
        put(&corpus, "sealed_file", name, &sealed)?;
    }

    let samples = root.join("src-tauri/core/samples");
    for (target, name) in [
        ("prospectus_csv", "prospectus-en.csv"),
        ("prospectus_csv", "prospectus-de.csv"),
        ("prospectus_json", "prospectus-en.json"),
    ] {
        put(&corpus, target, name, &std::fs::read(samples.join(name))?)?;
    }
    println!("seeds written to {}", corpus.display());
    Ok(())
}
