//! `cargo bench -p waymark-core --bench bring_in`: a tutor brings in a term's
//! plans at once, 60 plan files from a folder (each a plan of 12 goals with 5
//! steps, 40 shared reflections of about 120 words and About me), into a
//! locked (encrypted) Waymark that keeps students' plans. The target
//! is under 5 s. Prints median, min and max, and writes
//! `target/perf/bring_in.json` for the report; asserts nothing about time.

mod common;

use std::time::Instant;

use common::report;
use waymark_core::plan::journal::{AboutMe, ReflectionInput};
use waymark_core::share::choice::ShareChoice;
use waymark_core::store::keys::{DataKey, KdfParams, KeyFile, Password, RecoveryCode};
use waymark_core::tutor::bring_in::plan_files_in;
use waymark_core::{GoalInput, Store};

const FILES: usize = 60;

fn plan() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_in_dir(dir.path()).expect("open");
    (dir, store)
}
const RUNS: usize = 7;

fn main() {
    // One student's plan, shared; the term's 60 files are it under 60 ids.
    let (_sdir, student) = plan();
    student
        .save_about_me(&AboutMe {
            preferred_name: "Robin".into(),
            for_tutors: "I like to know what is coming next week.".into(),
            ..AboutMe::default()
        })
        .expect("about me");
    for g in 0..12 {
        let goal = student
            .create_goal(&GoalInput {
                title: format!("Goal number {g}, in my own words"),
                why: "Because it matters to me and to the people I live with.".into(),
                life_area: "learning".into(),
                target_date: None,
            })
            .expect("goal");
        for s in 0..5 {
            student
                .add_step(&goal.id, &format!("A small step {s} toward it"))
                .expect("step");
        }
    }
    let mut reflections = Vec::new();
    for r in 0..40 {
        let body = "Today the group talked about what helps when a week is hard and I said a little more than last time. ".repeat(6);
        let reflection = student
            .create_reflection(&ReflectionInput {
                written_on: format!("2026-{:02}-{:02}", 1 + r % 12, 1 + r % 28),
                body,
                learned: String::new(),
                how_it_went: String::new(),
                try_next: String::new(),
                feeling: Some(3),
                shareable: true,
                course_id: None,
                session_date: None,
                goal_id: None,
            })
            .expect("reflection");
        reflections.push(reflection.id);
    }
    let choice = ShareChoice {
        reflections,
        ..ShareChoice::default()
    };
    let file = student.plan_file(&choice, "1.0.0").expect("plan file");
    let folder = tempfile::tempdir().expect("folder");
    let mut bytes = 0;
    for n in 0..FILES {
        let mut one = file.clone();
        one.plan_id = uuid::Uuid::new_v4().to_string();
        one.plan.name = format!("Student {n}");
        let json = one.to_json().expect("json");
        bytes += json.len();
        std::fs::write(folder.path().join(format!("student-{n}.waymark")), json).expect("write");
    }
    println!(
        "{FILES} plan files, {:.1} KB each on average",
        bytes as f64 / FILES as f64 / 1024.0
    );

    let mut times = Vec::new();
    for _ in 0..RUNS {
        let (_tdir, mut tutor) = plan();
        let key = DataKey::random().expect("key");
        let keys = KeyFile::new(
            &key,
            &Password::new_one("tutor's own words".into()).expect("password"),
            &RecoveryCode::random().expect("code"),
            KdfParams::MINIMUM,
        )
        .expect("key file");
        tutor.lock_with(key, &keys).expect("lock");
        tutor.set_keep_students(true).expect("keep");
        let start = Instant::now();
        let files = plan_files_in(folder.path()).expect("listed");
        let brought = tutor.bring_in_plans(&files).expect("brought in");
        let list = tutor.students().expect("students");
        times.push(start.elapsed());
        assert_eq!(brought.new_students as usize, FILES);
        assert_eq!(list.len(), FILES);
    }
    let ms: Vec<f64> = times.iter().map(|t| t.as_secs_f64() * 1000.0).collect();
    report(&format!("bring in {FILES} plan files and list them"), times);
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/perf");
    std::fs::create_dir_all(&out).expect("target/perf");
    let figures = serde_json::json!({ "files": FILES, "bring_in_ms": ms });
    std::fs::write(out.join("bring_in.json"), figures.to_string()).expect("bring_in.json");
}
