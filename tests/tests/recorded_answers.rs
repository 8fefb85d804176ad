//! Answers recorded from the real core, for the UI's fake IPC to be held to
//! (`ui/src/test/recorded.test.ts`): where the fake imitates Rust (what a
//! tutor is shown for a share choice, and what is refused), it must answer
//! as Rust does. Written like the generated types; CI fails on a stale copy.

use serde_json::{json, Value};
use waymark_core::plan::journal::{AboutMe, JournalQuery, ReflectionInput};
use waymark_core::share::choice::ShareChoice;
use waymark_core::{GoalInput, Store};
use waymark_tests::{workspace_root, Result};

fn reflection(on: &str, body: &str, shareable: bool) -> ReflectionInput {
    ReflectionInput {
        written_on: on.into(),
        body: body.into(),
        learned: "That I can".into(),
        how_it_went: String::new(),
        try_next: "Go again".into(),
        feeling: None,
        shareable,
        course_id: None,
        session_date: None,
        goal_id: None,
    }
}

#[test]
fn the_share_preview_is_recorded_for_the_fake_ipc() -> Result<()> {
    let text = record()?;
    assert_eq!(text, record()?, "the recording is the same every time");
    let path = workspace_root().join("ui/src/lib/bindings/recorded/share_preview.json");
    std::fs::create_dir_all(path.parent().expect("a folder"))?;
    if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
        std::fs::write(&path, &text)?;
    }
    Ok(())
}

/// A plan made through the core, and what it shows a tutor for each choice.
fn record() -> Result<String> {
    let dir = tempfile::tempdir()?;
    let store = Store::open_in_dir(dir.path())?;
    store.save_about_me(&AboutMe {
        preferred_name: "Sam".into(),
        for_tutors: "I like to sit near the door.".into(),
        strengths: "Patient".into(),
        interests: "Swimming, choirs".into(),
        supports: vec!["near_the_door".into(), "regular_breaks".into()],
        support_words: "Tell me what is next.".into(),
    })?;
    let swim = store.create_goal(&GoalInput {
        title: "Swim a length".into(),
        why: "To feel strong again".into(),
        life_area: "learning".into(),
        target_date: Some("2027-06-30".into()),
    })?;
    let step = store
        .add_step(&swim.id, "Find the pool's quiet hours")?
        .steps[0]
        .id
        .clone();
    store.set_step_done(&step, true)?;
    store.add_step(&swim.id, "Book a lane")?;
    store.create_goal(&GoalInput {
        title: "Call my sister".into(),
        why: String::new(),
        life_area: "relationships".into(),
        target_date: None,
    })?;
    let shared = store.create_reflection(&reflection("2026-11-20", "The pool was calm.", true))?;
    let private = store.create_reflection(&reflection("2026-11-21", "Only for me.", false))?;

    let all_off = ShareChoice::nothing();
    let cases = [
        ("the default", ShareChoice::default()),
        ("nothing", all_off.clone()),
        (
            "goals without their steps",
            ShareChoice {
                goals: true,
                ..all_off.clone()
            },
        ),
        (
            "support but not About me",
            ShareChoice {
                support: true,
                ..all_off.clone()
            },
        ),
        (
            "a reflection the student may share",
            ShareChoice {
                reflections: vec![shared.id.clone()],
                ..ShareChoice::default()
            },
        ),
        (
            "a private reflection",
            ShareChoice {
                reflections: vec![private.id.clone()],
                ..ShareChoice::default()
            },
        ),
    ];
    let mut recorded = Vec::new();
    for (name, choice) in cases {
        let answer = match store.shared_plan(&choice) {
            Ok(plan) => json!({ "answer": plan }),
            Err(error) => json!({ "error": error.code() }),
        };
        let mut case = json!({ "name": name, "choice": choice });
        case.as_object_mut()
            .expect("an object")
            .extend(answer.as_object().expect("an object").clone());
        recorded.push(case);
    }
    assert!(recorded.iter().any(|c| c["error"] == "private_reflection"));
    assert!(
        recorded
            .iter()
            .filter(|c| c.get("answer").is_some())
            .count()
            >= 5
    );
    let plan = json!({
        "about": store.about_me()?,
        "goals": store.goals()?,
        "reflections": store.journal(&JournalQuery::default())?.reflections,
        "cases": recorded,
    });
    // The same every run: ids by order of first use, times fixed.
    let mut plan = plan;
    stable(&mut plan, &mut Vec::new());
    Ok(serde_json::to_string_pretty(&plan)? + "\n")
}

/// Replaces each id (a UUID) with `id-N`, N by order of first use, and each
/// time with one fixed time, so the recording changes only when Rust does.
fn stable(value: &mut Value, ids: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if key.ends_with("_at") && v.is_string() {
                    *v = "2026-11-26T10:00:00.000Z".into();
                } else {
                    stable(v, ids);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| stable(v, ids)),
        Value::String(text) if looks_like_uuid(text) => {
            let n = match ids.iter().position(|id| id == text) {
                Some(n) => n,
                None => {
                    ids.push(text.clone());
                    ids.len() - 1
                }
            };
            *text = format!("id-{}", n + 1);
        }
        _ => {}
    }
}

fn looks_like_uuid(text: &str) -> bool {
    text.len() == 36
        && text.char_indices().all(|(i, c)| {
            if [8, 13, 18, 23].contains(&i) {
                c == '-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}
