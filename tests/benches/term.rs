//! `cargo bench -p waymark-tests --bench term`: a tutor's term on the
//! largest plans Waymark expects. What changed between two versions of a
//! ten-year plan, with every reflection it may share (the target:
//! under 100 ms); the My students list
//! with 60 students, two plans each and feedback sent to each (under 20 ms);
//! and one student's check-in sheet, as a PDF, from two ten-year plans.
//! Prints median, min and max, and writes `target/perf/term.json` for the
//! report; asserts nothing about time.

use waymark_core::export::words::Words;
use waymark_core::files::feedback_file::{FeedbackFile, ItemKind, TargetKind};
use waymark_core::files::plan_file::PlanFile;
use waymark_core::share::choice::ShareChoice;
use waymark_core::tutor::changes::plan_changes;
use waymark_core::{GoalInput, Store};
use waymark_tests::bench::{report, time};
use waymark_tests::ten_year::{self, TEN_YEARS};
use waymark_tests::workspace_root;

const SEED: u64 = 7;
const STUDENTS: usize = 60;

/// A tutor's Waymark, locked (as keeping students' plans needs), keeping.
fn tutor() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp");
    let store = waymark_tests::term::tutor(dir.path()).expect("the tutor's Waymark");
    (dir, store)
}

/// The plan shared with `reflections`, through its bytes as a tutor's
/// Waymark reads it.
fn shared(store: &Store, reflections: &[String], at: &str) -> PlanFile {
    let choice = ShareChoice {
        reflections: reflections.to_vec(),
        ..ShareChoice::default()
    };
    let mut file = store.plan_file(&choice, "bench").expect("plan file");
    file.exported_at = at.into();
    PlanFile::parse(&file.to_json().expect("json")).expect("parses")
}

fn main() {
    // Two versions of a ten-year plan, a term apart: steps done, goals
    // added, a review with new ratings.
    let from = ten_year::cached(&TEN_YEARS, SEED).expect("the ten-year plan");
    let dir = tempfile::tempdir().expect("temp");
    ten_year::copy_plan(&from, dir.path()).expect("copy");
    let student = Store::open_in_dir(dir.path()).expect("store");
    // Every reflection the student marked as one a tutor may see: the
    // earlier plan shares all but the newest 30, the later one all of them.
    let shareable: Vec<String> = {
        let conn =
            rusqlite::Connection::open(dir.path().join(waymark_core::DB_FILE_NAME)).expect("raw");
        let mut stmt = conn
            .prepare("SELECT id FROM reflection WHERE shareable = 1 ORDER BY written_on, id")
            .expect("sql");
        let ids = stmt
            .query_map([], |r| r.get(0))
            .expect("query")
            .collect::<rusqlite::Result<Vec<String>>>()
            .expect("ids");
        ids
    };
    let earlier = &shareable[..shareable.len().saturating_sub(30)];
    let before = shared(&student, earlier, "2026-10-03T10:00:00Z");
    let goals = student.goals().expect("goals");
    for goal in goals.iter().take(20) {
        if let Some(step) = goal.steps.iter().find(|s| s.done_at.is_none()) {
            student.set_step_done(&step.id, true).expect("done");
        }
    }
    for i in 0..5 {
        student
            .create_goal(&GoalInput {
                title: format!("A new goal for this term, number {i}"),
                why: String::new(),
                life_area: "learning".into(),
                target_date: None,
            })
            .expect("goal");
    }
    let after = shared(&student, &shareable, "2026-11-21T10:00:00Z");
    let (json_b, json_a) = (
        before.to_json().expect("json").len(),
        after.to_json().expect("json").len(),
    );
    println!(
        "ten-year plan files: {:.1} MB and {:.1} MB ({} goals, {} courses, {} reviews, {} reflections shared)",
        json_b as f64 / 1e6,
        json_a as f64 / 1e6,
        after.plan.goals.as_ref().map_or(0, Vec::len),
        after.plan.courses.as_ref().map_or(0, Vec::len),
        after.plan.reviews.as_ref().map_or(0, Vec::len),
        after.plan.reflections.len(),
    );
    let (diff, changes) = time(25, || plan_changes(&before, &after));
    assert_eq!(changes.summary.goals_added, 5);
    assert_eq!(changes.new_reflections.len(), 30.min(shareable.len()));
    report("what changed: two ten-year plans", diff.clone());
    let (same, changes) = time(25, || plan_changes(&after, &after));
    assert!(changes.nothing_changed);
    report(
        "what changed: a ten-year plan only shared again",
        same.clone(),
    );

    // The check-in sheet, from the two ten-year plans kept.
    let (_tdir, sheet_tutor) = tutor();
    sheet_tutor.keep_plan(&before).expect("kept");
    sheet_tutor.keep_plan(&after).expect("kept");
    let words = Words::new("en-GB");
    let (sheet, pdf) = time(10, || {
        sheet_tutor
            .check_in(&after.plan_id)
            .expect("check-in")
            .pdf(&words, "bench")
            .expect("pdf")
    });
    println!("check-in sheet: {:.0} KB", pdf.len() as f64 / 1024.0);
    report("check-in sheet PDF from two ten-year plans", sheet.clone());

    // My students: 60 students, two plans each and feedback sent to each.
    let small = |n: usize, at: &str| {
        let mut file = before.clone();
        file.plan_id = format!("student-{n:02}");
        file.plan.name = format!("Student {n}");
        file.exported_at = at.into();
        if let Some(goals) = file.plan.goals.as_mut() {
            goals.truncate(12);
        }
        if let Some(courses) = file.plan.courses.as_mut() {
            courses.truncate(6);
        }
        file.plan.reflections.truncate(40);
        file
    };
    let (_tdir, tutor) = tutor();
    for n in 0..STUDENTS {
        let first = small(n, "2026-10-03T10:00:00Z");
        tutor.keep_plan(&first).expect("kept");
        let opened = first.clone().opened("bench.waymark").expect("opened");
        let mut feedback = FeedbackFile::for_plan(&opened, "Jordan", "bench").expect("feedback");
        let whole = opened
            .target(TargetKind::Plan, &opened.plan_id)
            .expect("the whole plan");
        for i in 0..3 {
            feedback
                .add(whole.clone(), ItemKind::Comment, &format!("Kind word {i}"))
                .expect("item");
        }
        tutor.note_feedback_sent(&feedback).expect("noted");
        tutor
            .keep_plan(&small(n, "2026-11-21T10:00:00Z"))
            .expect("kept");
    }
    let (students, list) = time(25, || tutor.students().expect("students"));
    assert_eq!(list.len(), STUDENTS);
    report(
        &format!("My students: {STUDENTS} students, two plans each"),
        students.clone(),
    );

    let out = workspace_root().join("target/perf");
    std::fs::create_dir_all(&out).expect("target/perf");
    let figures = serde_json::json!({
        "plan_mb": json_a as f64 / 1e6,
        "diff_ms": diff,
        "diff_same_ms": same,
        "sheet_pdf_ms": sheet,
        "students_ms": students,
    });
    std::fs::write(
        out.join("term.json"),
        serde_json::to_string_pretty(&figures).expect("json"),
    )
    .expect("term.json");
}
