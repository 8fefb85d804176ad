//! The plan file's JSON Schema (docs/plan-file.schema.json) against what
//! Waymark really writes, checked by an independent validator (Ajv, run by
//! Node from the UI's packages): a full shared file and an everything file
//! are valid; a file from a newer format or with an unknown field is not.

use std::path::Path;

use waymark_core::share::ShareChoice;
use waymark_tests::{run_tool, workspace_root, Result};

fn validate(files: &[&Path]) -> Result<(bool, String)> {
    let root = workspace_root();
    let mut args = vec![
        root.join("ui/scripts/validate-json.mjs"),
        root.join("docs/plan-file.schema.json"),
    ];
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

    let mut value: serde_json::Value = serde_json::from_slice(&file.to_json()?)?;
    value["format_version"] = 2.into();
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
