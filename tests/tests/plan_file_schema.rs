//! The plan file's JSON Schema (docs/plan-file.schema.json) against what
//! Waymark really writes, checked by an independent validator (Ajv, run by
//! Node from the UI's packages): a full shared file and an everything file
//! are valid; a file from a newer format or with an unknown field is not.

use std::path::Path;
use std::process::Command;

use waymark_core::courses::CourseChoice;
use waymark_core::prospectus::CourseRecord;
use waymark_core::reflections::{AboutMe, ReflectionInput};
use waymark_core::reviews::ReviewInput;
use waymark_core::share::ShareChoice;
use waymark_core::{GoalInput, Store};
use waymark_tests::{workspace_root, Result};

/// A plan with something in every section.
fn full_plan(dir: &Path) -> Result<(Store, String)> {
    let store = Store::open_in_dir(dir)?;
    store.save_about_me(&AboutMe {
        preferred_name: "Sam".into(),
        for_tutors: "Near the door, please.".into(),
        supports: vec!["quiet_space".into()],
        ..AboutMe::default()
    })?;
    let goal = store.create_goal(&GoalInput {
        title: "Swim a length".into(),
        why: "To feel strong".into(),
        life_area: "learning".into(),
        target_date: Some("2027-06-30".into()),
    })?;
    let step = store.add_step(&goal.id, "Go with my sister")?.steps[0]
        .id
        .clone();
    store.set_step_done(&step, true)?;
    let course = store
        .add_own_course(&CourseRecord {
            title: "Pottery".into(),
            term: "Autumn 2026".into(),
            start_date: Some("2026-09-01".into()),
            ..CourseRecord::default()
        })?
        .id;
    store.set_course_choice(&course, Some(CourseChoice::Attending.as_str()))?;
    store.record_attendance(&course, "2026-09-08", "attended", "")?;
    let shared = store
        .create_reflection(&ReflectionInput {
            written_on: "2026-11-02".into(),
            body: "I went.".into(),
            shareable: true,
            goal_id: Some(goal.id.clone()),
            ..ReflectionInput::default()
        })?
        .id;
    for rating in [4, 6] {
        let review = store.start_review(true)?.review.id;
        store.rate_area(&review, "learning", Some(rating))?;
        store.review_goal(&review, &goal.id, "Going well", Some(1), Some("keep"))?;
        store.save_review(
            &review,
            &ReviewInput {
                check_in: true,
                tutor_name: "Alex".into(),
                ..ReviewInput::default()
            },
        )?;
        store.add_suggestion(&review, "Try mornings")?;
        store.complete_review(&review)?;
    }
    Ok((store, shared))
}

fn validate(files: &[&Path]) -> Result<(bool, String)> {
    let root = workspace_root();
    let out = Command::new("node")
        .current_dir(root.join("ui"))
        .arg("scripts/validate-json.mjs")
        .arg(root.join("docs/plan-file.schema.json"))
        .args(files)
        .output()?;
    Ok((
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    ))
}

#[test]
fn what_waymark_writes_is_valid_and_broken_files_are_not() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (store, shared) = full_plan(dir.path())?;
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
