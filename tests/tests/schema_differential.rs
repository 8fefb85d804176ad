//! Waymark's readers against the published JSON Schemas, judged by an
//! independent validator (Ajv): documents are generated around each schema
//! (from a file Waymark wrote, every field in turn left out, set to null, to a
//! value of each other type, to each side of its limits, and every object
//! given a field it does not have), and Waymark must accept a document
//! exactly when Ajv finds it valid. A difference is a promise in the documents
//! that the reader does not keep, or a rule in the reader the documents do not
//! tell.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use waymark_core::export::save::ExportFormat;
use waymark_core::files::feedback_file::{FeedbackFile, ItemKind};
use waymark_core::files::plan_file::PlanFile;
use waymark_core::share::choice::ShareChoice;
use waymark_tests::{run_tool, sample::full_plan, workspace_root, Result};

/// A generated document and how it was made.
struct Case {
    what: String,
    value: Value,
}

/// Every path to a value in `value` (of arrays, only the first item: the
/// others have the same shape).
fn paths(value: &Value, at: Vec<Value>, out: &mut Vec<Vec<Value>>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let mut next = at.clone();
                next.push(json!(key));
                out.push(next.clone());
                paths(v, next, out);
            }
        }
        Value::Array(items) => {
            if let Some(first) = items.first() {
                let mut next = at.clone();
                next.push(json!(0));
                out.push(next.clone());
                paths(first, next, out);
            }
        }
        _ => {}
    }
}

fn get_mut<'a>(value: &'a mut Value, path: &[Value]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, step| match step {
        Value::String(key) => v.get_mut(key.as_str()),
        Value::Number(i) => v.get_mut(i.as_u64()? as usize),
        _ => None,
    })
}

fn show(path: &[Value]) -> String {
    path.iter()
        .map(|p| match p {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The documents around `base`; `ladder` says at which paths a text is tried
/// at each side of every limit (the longest texts cost the most to check).
fn around(base: &Value, ladder: &dyn Fn(&[Value]) -> bool) -> Vec<Case> {
    let mut all = Vec::new();
    paths(base, Vec::new(), &mut all);
    let replacements = [
        json!(null),
        json!(true),
        json!(0),
        json!(-1),
        json!(1),
        json!(2),
        json!(10),
        json!(11),
        json!(-3),
        json!(1.5),
        json!(""),
        json!(" "),
        json!("x"),
        json!("\u{1}"),
        json!("two\nlines"),
        json!("1999-01-01"),
        json!([]),
        json!({}),
    ];
    let mut cases = vec![Case {
        what: "as written".into(),
        value: base.clone(),
    }];
    for path in all {
        let (parent, last) = path.split_at(path.len() - 1);
        let mut removed = base.clone();
        if let (Some(Value::Object(map)), Value::String(key)) =
            (get_mut(&mut removed, parent), &last[0])
        {
            map.remove(key);
            cases.push(Case {
                what: format!("{} left out", show(&path)),
                value: removed,
            });
        }
        let original = {
            let mut b = base.clone();
            get_mut(&mut b, &path).cloned()
        };
        let mut values: Vec<Value> = replacements.to_vec();
        if matches!(original, Some(Value::String(_))) && ladder(&path) {
            // Each side of every length a text may have.
            for n in [
                80, 81, 100, 101, 200, 201, 300, 301, 2000, 2001, 100_000, 100_001,
            ] {
                values.push(json!("w".repeat(n)));
            }
        }
        if let Some(Value::Object(_)) = original {
            let mut extra = original.clone().unwrap_or_default();
            extra["zz_not_in_the_format"] = json!(1);
            values.push(extra);
        }
        for replacement in values {
            let mut changed = base.clone();
            if let Some(slot) = get_mut(&mut changed, &path) {
                if *slot == replacement {
                    continue;
                }
                *slot = replacement.clone();
                let shown = replacement.to_string();
                cases.push(Case {
                    what: format!(
                        "{} = {}",
                        show(&path),
                        if shown.len() > 20 {
                            format!("{} characters", replacement.as_str().map_or(0, str::len))
                        } else {
                            shown
                        }
                    ),
                    value: changed,
                });
            }
        }
    }
    cases
}

/// Which of `files` Ajv finds valid against `schema`.
fn ajv(schema: &Path, files: &[PathBuf]) -> Result<Vec<bool>> {
    let root = workspace_root();
    let mut args = vec![
        root.join("ui/scripts/validate-json.mjs"),
        schema.to_path_buf(),
    ];
    args.extend(files.iter().cloned());
    let (_, report) = run_tool("node", &root.join("ui"), &args)?;
    files
        .iter()
        .map(|file| {
            let name = file.display().to_string();
            if report.contains(&format!("\nvalid: {name}\n"))
                || report.starts_with(&format!("valid: {name}\n"))
            {
                Ok(true)
            } else if report.contains(&format!("NOT valid: {name}\n")) {
                Ok(false)
            } else {
                Err(format!("Ajv said nothing of {name}:\n{report}").into())
            }
        })
        .collect()
}

/// Generates the documents around `base`, asks Ajv and Waymark, and returns
/// where they differ.
fn differences(
    base: &Value,
    ladder: &dyn Fn(&[Value]) -> bool,
    schema: &str,
    waymark: impl Fn(&[u8]) -> bool,
) -> Result<(usize, usize, Vec<String>)> {
    let dir = tempfile::tempdir()?;
    let cases = around(base, ladder);
    let mut files = Vec::with_capacity(cases.len());
    for (i, case) in cases.iter().enumerate() {
        let file = dir.path().join(format!("case-{i:05}.json"));
        std::fs::write(&file, serde_json::to_vec(&case.value)?)?;
        files.push(file);
    }
    let schema = workspace_root().join("docs").join(schema);
    let valid = ajv(&schema, &files)?;
    let mut differ = Vec::new();
    let mut accepted = 0;
    for ((case, file), ajv_ok) in cases.iter().zip(&files).zip(valid) {
        let ours = waymark(&std::fs::read(file)?);
        accepted += usize::from(ours);
        if ours != ajv_ok {
            differ.push(format!(
                "{}: Waymark {}, Ajv {}",
                case.what,
                if ours { "accepts" } else { "refuses" },
                if ajv_ok { "valid" } else { "not valid" }
            ));
        }
    }
    Ok((cases.len(), accepted, differ))
}

#[test]
fn plan_files_are_accepted_exactly_when_ajv_finds_them_valid() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (store, shared) = full_plan(dir.path())?;
    let choice = ShareChoice {
        reflections: vec![shared],
        ..ShareChoice::default()
    };
    for format in [ExportFormat::Waymark, ExportFormat::Everything] {
        let base: Value =
            serde_json::from_slice(&store.export(format, &choice, "en-GB", "1.0.0")?)?;
        // In a whole plan, the shared part was tried above, and one table
        // stands for the others.
        let everything = format == ExportFormat::Everything;
        let ladder =
            |path: &[Value]| !everything || path.get(2).is_some_and(|table| table == "goal");
        let (cases, accepted, differ) =
            differences(&base, &ladder, "plan-file.schema.json", |bytes| {
                PlanFile::parse(bytes).is_ok()
            })?;
        println!(
            "{format:?}: {cases} documents, {accepted} accepted, {} differences",
            differ.len()
        );
        assert!(cases > 1_000 && accepted > 100 && accepted < cases);
        assert!(differ.is_empty(), "{format:?}:\n{}", differ.join("\n"));
    }
    Ok(())
}

#[test]
fn feedback_files_are_accepted_exactly_when_ajv_finds_them_valid() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (store, _) = full_plan(dir.path())?;
    let plan = store.export(
        ExportFormat::Waymark,
        &ShareChoice::default(),
        "en-GB",
        "1.0.0",
    )?;
    let opened = PlanFile::parse(&plan)?.opened("sam.waymark")?;
    let goal = opened
        .plan
        .goals
        .iter()
        .flatten()
        .next()
        .map(|g| g.id.clone())
        .ok_or("a goal")?;
    let target = opened
        .target(waymark_core::files::feedback_file::TargetKind::Goal, &goal)
        .ok_or("a target")?;
    // Version 2: about the plan as a whole.
    let whole = opened
        .target(
            waymark_core::files::feedback_file::TargetKind::Plan,
            &opened.plan_id,
        )
        .ok_or("the whole plan")?;
    for (target, kind) in [
        (&target, ItemKind::Comment),
        (&target, ItemKind::Step),
        (&target, ItemKind::Course),
        (&target, ItemKind::Question),
        (&whole, ItemKind::Comment),
    ] {
        let mut feedback = FeedbackFile::for_plan(&opened, "Alex", "1.0.0")?;
        feedback.add(target.clone(), kind, "Words from the tutor")?;
        let base: Value = serde_json::from_slice(&feedback.to_json()?)?;
        let (cases, accepted, differ) =
            differences(&base, &|_| true, "feedback-file.schema.json", |bytes| {
                FeedbackFile::parse(bytes).is_ok()
            })?;
        println!(
            "{kind:?}: {cases} documents, {accepted} accepted, {} differences",
            differ.len()
        );
        assert!(cases > 300 && accepted > 20 && accepted < cases);
        assert!(differ.is_empty(), "{kind:?}:\n{}", differ.join("\n"));
    }
    Ok(())
}

/// A prospectus is read course by course: a course the schema finds wrong is
/// left out (and named, by its place), never the whole file; so is a support
/// contact. So Waymark "accepts" a document when it reads the file and leaves
/// no course and no contact out.
#[test]
fn a_prospectus_course_is_read_exactly_when_ajv_finds_it_valid() -> Result<()> {
    let sample = workspace_root().join("src-tauri/core/samples/prospectus-en.json");
    let mut base: Value = serde_json::from_slice(&std::fs::read(sample)?)?;
    // One course with every field stands for the others.
    let courses = base["courses"].as_array().ok_or("courses")?;
    let full = courses
        .iter()
        .max_by_key(|c| c.as_object().map_or(0, |o| o.len()))
        .cloned()
        .ok_or("a course")?;
    base["courses"] = json!([full]);
    // And one support contact with every field.
    base["support"] = json!([base["support"][1].clone()]);
    let (cases, accepted, differ) =
        differences(&base, &|_| true, "prospectus.schema.json", |bytes| {
            let listed = serde_json::from_slice::<Value>(bytes)
                .ok()
                .and_then(|v| v["courses"].as_array().map(Vec::len));
            waymark_core::files::prospectus::parse(bytes, Some("prospectus.json")).is_ok_and(
                |preview| {
                    preview.skipped.is_empty()
                        && preview.support_left_out == 0
                        && Some(preview.courses.len()) == listed
                },
            )
        })?;
    println!(
        "prospectus: {cases} documents, {accepted} accepted, {} differences",
        differ.len()
    );
    assert!(cases > 300 && accepted > 20 && accepted < cases);
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    Ok(())
}
