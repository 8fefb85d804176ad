//! The plan file's JSON Schema (docs/plan-file.schema.json) against what
//! Waymark really writes, checked by an independent validator (Ajv, run by
//! Node from the UI's packages): a full shared file and an everything file
//! are valid, and so is a version-2 file that carries the student's decisions
//! on feedback; a file from a newer format or with an unknown field is not.
//! The feedback file's schema the same way, versions 1 and 2.

use std::path::Path;

use waymark_core::export::save::ExportFormat;
use waymark_core::share::choice::ShareChoice;
use waymark_tests::{run_tool, workspace_root, Result};

fn validate(files: &[&Path]) -> Result<(bool, String)> {
    validate_with("docs/plan-file.schema.json", files)
}

fn validate_with(schema: &str, files: &[&Path]) -> Result<(bool, String)> {
    let root = workspace_root();
    let mut args = vec![root.join("ui/scripts/validate-json.mjs"), root.join(schema)];
    args.extend(files.iter().map(|f| f.to_path_buf()));
    run_tool("node", &root.join("ui"), &args)
}

#[test]
fn what_waymark_writes_is_valid_and_broken_files_are_not() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (store, shared) = waymark_tests::sample::full_plan(dir.path())?;
    let choice = ShareChoice {
        reflections: vec![shared],
        ..ShareChoice::default()
    };
    let file = store.plan_file(&choice, "1.0.0")?;
    assert!(file.plan.chart.is_some() && file.plan.courses.iter().flatten().count() == 1);
    let out = tempfile::tempdir()?;
    let shared_path = out.path().join("shared.waymark");
    std::fs::write(&shared_path, file.to_json()?)?;
    let everything_path = out.path().join("everything.waymark");
    std::fs::write(&everything_path, store.everything_file("1.0.0")?.to_json()?)?;
    let (ok, report) = validate(&[&shared_path, &everything_path])?;
    assert!(ok, "{report}");

    // A plan that answered a tutor's feedback (here about the whole plan,
    // kept for later) is written as version 2, with the decision, and valid.
    {
        use waymark_core::files::feedback_file::{FeedbackFile, ItemKind, TargetKind};
        let opened = file.clone().opened("sam.waymark")?;
        let mut feedback = FeedbackFile::for_plan(&opened, "Alex", "1.0.0")?;
        let whole = opened
            .target(TargetKind::Plan, &opened.plan_id)
            .ok_or("the whole plan")?;
        feedback.add(whole, ItemKind::Comment, "A brave term.")?;
        let received = store.receive_feedback(&feedback)?;
        store.decide_feedback(
            &received.items[0].id,
            waymark_core::share::feedback::FeedbackDecision::Later,
            None,
        )?;
        let answered = store.plan_file(&choice, "1.0.0")?;
        assert_eq!(answered.format_version, 2);
        assert_eq!(answered.plan.feedback.len(), 1);
        let answered_path = out.path().join("answered.waymark");
        std::fs::write(&answered_path, answered.to_json()?)?;
        let (ok, report) = validate(&[&answered_path])?;
        assert!(ok, "a version-2 plan file with feedback: {report}");
    }
    // The move file's own schema: the everything file, and not a tutor's.
    let (ok, report) = validate_with("docs/move-file.schema.json", &[&everything_path])?;
    assert!(ok, "{report}");
    let (ok, report) = validate_with("docs/move-file.schema.json", &[&shared_path])?;
    assert!(
        !ok,
        "the move file's schema refuses a tutor's file: {report}"
    );

    // Sealed, as Waymark saves them: what is inside is the same valid JSON.
    let passphrase = waymark_core::files::sealed::Passphrase::typed("apple river candle")?;
    for (format, schema) in [
        (ExportFormat::Waymark, "docs/plan-file.schema.json"),
        (ExportFormat::Everything, "docs/move-file.schema.json"),
    ] {
        let sealed_path = out.path().join(format.suggested_name("Sam", "2026-12-02"));
        store.export_to(
            format,
            &choice,
            "",
            &sealed_path,
            "en-GB",
            "1.0.0",
            Some(&passphrase),
        )?;
        let opened = waymark_core::files::sealed::read_chosen(
            &sealed_path,
            Some(&passphrase),
            waymark_core::FileKind::Plan,
            64 << 20,
        )?;
        assert!(opened.was_sealed());
        let inside = out.path().join(format!("inside-{}.json", format.as_str()));
        std::fs::write(&inside, opened.bytes())?;
        let (ok, report) = validate_with(schema, &[&inside])?;
        assert!(ok, "{report}");
    }

    let mut value: serde_json::Value = serde_json::from_slice(&file.to_json()?)?;
    value["format_version"] = 3.into();
    let newer = out.path().join("newer.waymark");
    std::fs::write(&newer, serde_json::to_vec(&value)?)?;
    value["format_version"] = 1.into();
    value["plan"]["goals"][0]["secret"] = "x".into();
    let unknown = out.path().join("unknown.waymark");
    std::fs::write(&unknown, serde_json::to_vec(&value)?)?;
    for broken in [&newer, &unknown] {
        let (ok, report) = validate(&[broken])?;
        assert!(!ok, "the schema refuses {}: {report}", broken.display());
    }
    Ok(())
}

#[test]
fn a_feedback_file_is_valid_against_its_schema_and_broken_ones_are_not() -> Result<()> {
    use waymark_core::files::feedback_file::{FeedbackFile, ItemKind, Target, TargetKind};
    let dir = tempfile::tempdir()?;
    let (store, shared) = waymark_tests::sample::full_plan(dir.path())?;
    let out = tempfile::tempdir()?;
    let plan_path = out.path().join("sam.waymark");
    let choice = ShareChoice {
        reflections: vec![shared.clone()],
        ..ShareChoice::default()
    };
    store.export_to(
        waymark_core::export::save::ExportFormat::Waymark,
        &choice,
        "",
        &plan_path,
        "en-GB",
        "1.0.0",
        None,
    )?;
    let opened =
        waymark_core::files::plan_file::read_plan_file(&plan_path, None)?.opened("sam.waymark")?;
    let mut feedback = FeedbackFile::for_plan(&opened, "Alex", "1.0.0")?;
    for (kind, item) in [
        (TargetKind::Reflection, ItemKind::Question),
        (TargetKind::Goal, ItemKind::Step),
        (TargetKind::Goal, ItemKind::Course),
        (TargetKind::Review, ItemKind::Comment),
    ] {
        feedback.add(
            Target {
                kind,
                id: shared.clone(),
                reference: "I went and breathing helped".into(),
            },
            item,
            "Words <from> the tutor",
        )?;
    }
    let good = out.path().join("alex.waymark-feedback");
    std::fs::write(&good, feedback.to_json()?)?;
    let schema = workspace_root().join("docs/feedback-file.schema.json");
    let check = |file: &Path| -> Result<(bool, String)> {
        let root = workspace_root();
        run_tool(
            "node",
            &root.join("ui"),
            &[
                root.join("ui/scripts/validate-json.mjs"),
                schema.clone(),
                file.to_path_buf(),
            ],
        )
    };
    let (ok, report) = check(&good)?;
    assert!(ok, "{report}");
    // Version 2: about the plan as a whole and what helps the student learn.
    let mut whole = FeedbackFile::for_plan(&opened, "Alex", "1.0.0")?;
    for (kind, id) in [
        (TargetKind::Plan, opened.plan_id.clone()),
        (TargetKind::Support, "support".to_string()),
    ] {
        whole.add(
            opened.target(kind, &id).ok_or("a part of the plan")?,
            ItemKind::Question,
            "What would help next term?",
        )?;
    }
    let v2: serde_json::Value = serde_json::from_slice(&whole.to_json()?)?;
    assert_eq!(v2["format_version"], 2);
    let v2_path = out.path().join("alex-v2.waymark-feedback");
    std::fs::write(&v2_path, serde_json::to_vec(&v2)?)?;
    let (ok, report) = check(&v2_path)?;
    assert!(ok, "a version-2 feedback file: {report}");
    let mut v3 = v2.clone();
    v3["format_version"] = 3.into();
    let v3_path = out.path().join("alex-v3.waymark-feedback");
    std::fs::write(&v3_path, serde_json::to_vec(&v3)?)?;
    let (ok, report) = check(&v3_path)?;
    assert!(!ok, "a newer version is refused: {report}");
    let mut value: serde_json::Value = serde_json::from_slice(&feedback.to_json()?)?;
    value["items"][0]["about"]["reference"] = "w".repeat(200).into();
    let long = out.path().join("long.waymark-feedback");
    std::fs::write(&long, serde_json::to_vec(&value)?)?;
    let (ok, report) = check(&long)?;
    assert!(!ok, "a long reference is refused: {report}");
    Ok(())
}
