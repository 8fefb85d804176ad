//! Recently deleted, on a real plan file: every delete can be put back as it
//! was, with its links, for 30 days; then it is purged.

use waymark_core::files::prospectus::parse;
use waymark_core::plan::courses::AttendanceState;
use waymark_core::plan::courses::CourseChoice;
use waymark_core::plan::courses::CourseQuery;
use waymark_core::plan::journal::{JournalQuery, ReflectionInput};
use waymark_core::plan::recently_deleted::DeletedKind;
use waymark_core::GoalStatus;
use waymark_core::{Error, GoalInput, Store};

mod common;
use common::plan;

fn goal(store: &Store, title: &str) -> String {
    store
        .create_goal(&GoalInput {
            title: title.into(),
            why: "Because it matters".into(),
            life_area: "learning".into(),
            target_date: Some("2027-06-30".into()),
        })
        .expect("goal")
        .id
}

fn course(store: &Store) -> String {
    let csv = "Title;Start date;Sessions\nPottery for beginners;12/01/2027;4\n";
    store
        .import_prospectus(&parse(csv.as_bytes(), Some("p.csv")).expect("parse").courses)
        .expect("import");
    store.courses(&CourseQuery::default(), 10).expect("courses")[0]
        .id
        .clone()
}

fn reflection(store: &Store, goal_id: Option<&str>, course_id: Option<&str>) -> String {
    store
        .create_reflection(&ReflectionInput {
            written_on: "2027-01-12".into(),
            body: "A wobbly bowl, but mine".into(),
            goal_id: goal_id.map(str::to_owned),
            course_id: course_id.map(str::to_owned),
            ..ReflectionInput::default()
        })
        .expect("reflection")
        .id
}

#[test]
fn a_deleted_goal_comes_back_with_its_steps_links_and_reflections() {
    let (_dir, store) = plan();
    let goal_id = goal(&store, "Make a pot");
    let course_id = course(&store);
    store.add_step(&goal_id, "Find a class").expect("step");
    store.add_step(&goal_id, "Buy clay").expect("step");
    let ticked = store.goal(&goal_id).expect("goal").steps[0].id.clone();
    store.set_step_done(&ticked, true).expect("tick");
    store
        .set_goal_status(&goal_id, GoalStatus::Paused)
        .expect("status");
    store
        .link_course(&goal_id, &course_id, "Hands in clay")
        .expect("link");
    let reflection_id = reflection(&store, Some(&goal_id), None);
    let before = store.goal(&goal_id).expect("goal");

    let undo = store.delete_goal(&goal_id).expect("delete");
    assert!(matches!(store.goal(&goal_id), Err(Error::NotFound(_))));
    assert_eq!(
        store.reflection(&reflection_id).expect("kept").goal_id,
        None
    );
    assert_eq!(store.search("clay", 0).expect("search").total, 0);
    let listed = store.deleted_items().expect("list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].kind, DeletedKind::Goal);
    assert_eq!(listed[0].label, "Make a pot");
    assert_eq!(listed[0].steps, 2);

    let restored = store.restore_deleted(&undo).expect("restore");
    assert_eq!(
        (restored.kind, restored.item_id.as_str()),
        (DeletedKind::Goal, goal_id.as_str())
    );
    assert_eq!(
        store.goal(&goal_id).expect("back"),
        before,
        "every field as it was"
    );
    assert_eq!(store.goal_courses(&goal_id).expect("links").len(), 1);
    assert_eq!(
        store
            .reflection(&reflection_id)
            .expect("r")
            .goal_id
            .as_deref(),
        Some(goal_id.as_str())
    );
    assert_eq!(
        store.search("clay", 0).expect("search").total,
        1,
        "found again"
    );
    assert!(store.deleted_items().expect("list").is_empty());
    assert!(matches!(
        store.restore_deleted(&undo),
        Err(Error::NotFound(_))
    ));
}

#[test]
fn a_deleted_step_goes_back_to_its_place() {
    let (_dir, store) = plan();
    let goal_id = goal(&store, "Cook for friends");
    for text in ["One", "Two", "Three"] {
        store.add_step(&goal_id, text).expect("step");
    }
    let two = store.goal(&goal_id).expect("goal").steps[1].id.clone();
    let removed = store.delete_step(&two).expect("delete");
    let texts = |g: &waymark_core::Goal| g.steps.iter().map(|s| s.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&removed.goal), ["One", "Three"]);
    store.restore_deleted(&removed.undo).expect("restore");
    let back = store.goal(&goal_id).expect("goal");
    assert_eq!(texts(&back), ["One", "Two", "Three"]);
    assert_eq!(
        back.steps.iter().map(|s| s.position).collect::<Vec<_>>(),
        [0, 1, 2]
    );

    // A step whose goal has gone too cannot come back on its own, and nothing changes.
    let removed = store.delete_step(&two).expect("delete");
    let goal_undo = store.delete_goal(&goal_id).expect("delete goal");
    assert!(matches!(
        store.restore_deleted(&removed.undo),
        Err(Error::NotFound("goal"))
    ));
    assert_eq!(store.deleted_items().expect("list").len(), 2);
    store.restore_deleted(&goal_undo).expect("goal back");
    store
        .restore_deleted(&removed.undo)
        .expect("now the step too");
    assert_eq!(
        texts(&store.goal(&goal_id).expect("goal")),
        ["One", "Two", "Three"]
    );
}

#[test]
fn a_deleted_reflection_and_course_come_back_and_skip_links_to_what_is_gone() {
    let (_dir, store) = plan();
    let goal_id = goal(&store, "Make a pot");
    let course_id = course(&store);
    store
        .set_course_choice(&course_id, Some(CourseChoice::Attending))
        .expect("choose");
    store
        .record_attendance(
            &course_id,
            "2027-01-12",
            AttendanceState::Attended,
            "Centred the clay",
        )
        .expect("attend");
    let reflection_id = reflection(&store, Some(&goal_id), Some(&course_id));

    let course_undo = store.delete_course(&course_id).expect("delete course");
    assert_eq!(store.search("centred", 0).expect("search").total, 0);
    assert_eq!(
        store.reflection(&reflection_id).expect("kept").course_id,
        None
    );
    let reflection_undo = store.delete_reflection(&reflection_id).expect("delete");
    assert_eq!(
        store
            .journal(&JournalQuery::default())
            .expect("journal")
            .total,
        0
    );

    // The course is gone, so the reflection comes back linked to its goal only.
    let back = store.restore_deleted(&reflection_undo).expect("restore");
    assert_eq!(back.kind, DeletedKind::Reflection);
    let r = store.reflection(&reflection_id).expect("back");
    assert_eq!(r.body, "A wobbly bowl, but mine");
    assert_eq!(
        (r.goal_id.as_deref(), r.course_id.as_deref()),
        (Some(goal_id.as_str()), None)
    );

    // The course comes back with its sessions, and the reflection links to it again.
    store.restore_deleted(&course_undo).expect("course back");
    let detail = store.course(&course_id).expect("course");
    assert_eq!(detail.attendance.len(), 1);
    assert_eq!(
        store
            .reflection(&reflection_id)
            .expect("r")
            .course_id
            .as_deref(),
        Some(course_id.as_str())
    );
    assert_eq!(store.search("centred", 0).expect("search").total, 1);
}

#[test]
fn after_thirty_days_deleted_things_are_purged_for_good() {
    let (dir, store) = plan();
    let old = goal(&store, "Old goal");
    let recent = goal(&store, "Recent goal");
    store.delete_goal(&old).expect("delete");
    store.delete_goal(&recent).expect("delete");
    let in_29_days = (chrono::Utc::now() + chrono::Duration::days(29)).to_rfc3339();
    assert_eq!(store.purge_deleted(&in_29_days).expect("purge"), 0);
    let in_31_days = (chrono::Utc::now() + chrono::Duration::days(31)).to_rfc3339();
    assert_eq!(store.purge_deleted(&in_31_days).expect("purge"), 2);
    assert!(store.deleted_items().expect("list").is_empty());
    drop(store);

    // Opening the plan purges too: make one deletion look 31 days old.
    let store = Store::open_in_dir(dir.path()).expect("reopen");
    let id = goal(&store, "Another");
    store.delete_goal(&id).expect("delete");
    drop(store);
    let conn =
        rusqlite::Connection::open(dir.path().join(waymark_core::DB_FILE_NAME)).expect("raw");
    let long_ago = (chrono::Utc::now() - chrono::Duration::days(31)).to_rfc3339();
    conn.execute("UPDATE trash SET deleted_at = ?1", [long_ago])
        .expect("age");
    drop(conn);
    let store = Store::open_in_dir(dir.path()).expect("reopen");
    assert!(store.deleted_items().expect("list").is_empty());
}

#[test]
fn a_tampered_payload_is_refused_and_changes_nothing() {
    let (dir, store) = plan();
    let id = goal(&store, "Keep me");
    let undo = store.delete_goal(&id).expect("delete");
    drop(store);
    let conn =
        rusqlite::Connection::open(dir.path().join(waymark_core::DB_FILE_NAME)).expect("raw");
    conn.execute(
        "UPDATE trash SET payload = '{\"tables\":[{\"table\":\"sqlite_master\",\"rows\":[{\"x\":1}]}],\"relinks\":[]}'",
        [],
    )
    .expect("tamper");
    drop(conn);
    let store = Store::open_in_dir(dir.path()).expect("reopen");
    let tampered = store.restore_deleted(&undo).expect_err("tampered");
    assert_eq!(
        tampered.code(),
        waymark_core::ErrorCode::NotFound,
        "{tampered:?}"
    );
    assert_eq!(
        store.deleted_items().expect("list").len(),
        1,
        "still there to look at"
    );
    assert!(store.goals().expect("goals").is_empty());
}
