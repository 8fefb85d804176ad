//! Backups on real files: a round trip restores every row, the rotation keeps
//! what it promises, a plan is backed up before it is migrated, and a bad
//! backup is refused without touching the plan.

use std::path::Path;

use chrono::{DateTime, Datelike, Duration, Utc};
use rusqlite::Connection;
use waymark_core::plan::journal::{AboutMe, ReflectionInput};
use waymark_core::store::backup::{self, keep_set, BackupReason, PlanCounts};
use waymark_core::{Error, ErrorCode, GoalInput, Store, DB_FILE_NAME};

mod common;
use common::plan;

fn fill(store: &Store) {
    for title in ["Learn to cook", "Walk every day"] {
        let goal = store
            .create_goal(&GoalInput {
                title: title.into(),
                why: "For me".into(),
                life_area: "learning".into(),
                target_date: Some("2027-03-01".into()),
            })
            .expect("goal");
        store
            .add_step(&goal.id, "A first small step")
            .expect("step");
    }
    store
        .create_reflection(&ReflectionInput {
            written_on: "2027-01-12".into(),
            body: "Die Übung war gut".into(),
            feeling: Some(4),
            shareable: true,
            ..ReflectionInput::default()
        })
        .expect("reflection");
    store
        .save_about_me(&AboutMe {
            preferred_name: "Jo".into(),
            supports: vec!["quiet_space".into()],
            ..AboutMe::default()
        })
        .expect("about");
}

/// Every row of every table of the plan (the search index's own tables aside),
/// as text, in a stable order.
fn dump(path: &Path) -> Vec<String> {
    let conn = Connection::open(path).expect("raw");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'plan_search%' ORDER BY name")
        .expect("tables")
        .query_map([], |r| r.get(0))
        .expect("query")
        .collect::<rusqlite::Result<_>>()
        .expect("names");
    let mut rows = Vec::new();
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1"))
            .expect("select");
        let n = stmt.column_count();
        let mut q = stmt.query([]).expect("rows");
        while let Some(row) = q.next().expect("row") {
            let values: Vec<String> = (0..n)
                .map(|i| format!("{:?}", row.get_ref(i).expect("value")))
                .collect();
            rows.push(format!("{table}: {}", values.join(" | ")));
        }
    }
    rows
}

#[test]
fn a_backup_restores_every_row_and_the_plan_before_it_is_kept_too() {
    let (dir, mut store) = plan();
    fill(&store);
    let plan = dir.path().join(DB_FILE_NAME);
    let made = store.backup(BackupReason::Daily).expect("backup");
    assert_eq!(
        made.counts,
        Some(PlanCounts {
            goals: 2,
            steps: 2,
            reflections: 1,
            courses: 0
        })
    );
    let before = dump(&plan);

    // Changes after the backup: a goal removed, a new one added.
    let goals = store.goals().expect("goals");
    store.delete_goal(&goals[0].id).expect("delete");
    store
        .create_goal(&GoalInput {
            title: "Added later".into(),
            why: String::new(),
            life_area: "home".into(),
            target_date: None,
        })
        .expect("goal");
    assert_ne!(dump(&plan), before);

    let counts = store.restore_backup(&made.file_name).expect("restore");
    assert_eq!(counts.goals, 2);
    assert_eq!(dump(&plan), before, "every row as it was in the backup");
    // The search index came back with it.
    assert_eq!(store.search("ubung", 0).expect("search").total, 1);
    // The plan as it was just before the restore is kept as a backup.
    let list = backup::list(&dir.path().join("backups"), None).expect("list");
    let safety = list
        .iter()
        .find(|b| b.reason == BackupReason::BeforeRestore)
        .expect("a before-restore backup");
    assert_eq!(safety.counts.map(|c| c.goals), Some(2), "{safety:?}");
    drop(store);
    // And the restored plan opens again, healthy.
    let store = Store::open_in_dir(dir.path()).expect("reopen");
    store.integrity_check().expect("integrity");
    assert_eq!(store.goals().expect("goals").len(), 2);
}

#[test]
fn a_bad_backup_is_refused_and_the_plan_is_untouched() {
    let (dir, mut store) = plan();
    fill(&store);
    let plan = dir.path().join(DB_FILE_NAME);
    let before = dump(&plan);
    let backups = dir.path().join("backups");
    std::fs::create_dir_all(&backups).expect("dir");
    let junk = "waymark-20260101T000000.000Z-daily.sqlite3";
    std::fs::write(backups.join(junk), b"not a plan at all ".repeat(300)).expect("junk");
    assert!(matches!(store.restore_backup(junk), Err(Error::NotAPlan)));
    for sneaky in ["../waymark.sqlite3", "waymark.sqlite3", "/etc/passwd"] {
        assert!(
            matches!(store.restore_backup(sneaky), Err(Error::NotFound(_))),
            "{sneaky}"
        );
    }
    assert_eq!(dump(&plan), before);
    let listed = backup::list(&backups, None).expect("list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].counts, None, "shown as unreadable");
}

#[test]
fn a_plan_from_an_older_waymark_is_backed_up_before_it_is_migrated() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/plan-v1.sqlite3");
    std::fs::copy(&fixture, dir.path().join(DB_FILE_NAME)).expect("copy");
    let store = Store::open_in_dir(dir.path()).expect("migrates");
    let backups = dir.path().join("backups");
    let list = backup::list(&backups, None).expect("list");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].reason, BackupReason::BeforeMigration);
    let version: u32 = Connection::open(backups.join(&list[0].file_name))
        .expect("raw")
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .expect("version");
    assert_eq!(
        version, 1,
        "the backup is the plan as the old Waymark left it"
    );
    // It can be looked at (through a migrated copy) without changing it.
    let preview = waymark_core::plan::backup_preview::preview(&backups, &list[0].file_name, None)
        .expect("preview");
    assert!(preview
        .goal_titles
        .contains(&"Learn to cook for friends".to_owned()));
    let still: u32 = Connection::open(backups.join(&list[0].file_name))
        .expect("raw")
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .expect("version");
    assert_eq!(still, 1);
    drop(store);
    // Opening again (already up to date) makes no further backup.
    drop(Store::open_in_dir(dir.path()).expect("reopen"));
    assert_eq!(backup::list(&backups, None).expect("list").len(), 1);
}

#[test]
fn the_daily_backup_is_made_once_a_day_and_not_for_an_empty_plan() {
    let (dir, store) = plan();
    assert_eq!(
        store.backup_if_due().expect("due?"),
        None,
        "nothing to keep yet"
    );
    fill(&store);
    let first = store.backup_if_due().expect("due").expect("made");
    assert_eq!(first.reason, BackupReason::Daily);
    assert_eq!(
        store.backup_if_due().expect("due?"),
        None,
        "not twice in a day"
    );
    assert_eq!(
        backup::list(&dir.path().join("backups"), None)
            .expect("list")
            .len(),
        1
    );
}

#[test]
fn back_up_now_writes_a_whole_plan_anywhere() {
    let (_dir, store) = plan();
    fill(&store);
    let usb = tempfile::tempdir().expect("usb stick");
    let dest = usb.path().join("my-plan.sqlite3");
    store.backup_to(&dest).expect("backup");
    assert!(!usb.path().join("my-plan.part").exists());
    let copy = Store::open(&dest).expect("a plan");
    assert_eq!(
        copy.counts().expect("counts"),
        store.counts().expect("counts")
    );
}

#[test]
fn the_newest_good_backup_can_replace_a_damaged_plan() {
    let (dir, store) = plan();
    fill(&store);
    let good = store.backup(BackupReason::Daily).expect("backup");
    drop(store);
    let backups = dir.path().join("backups");
    // A newer backup that is damaged is passed over.
    std::fs::write(
        backups.join("waymark-29990101T000000.000Z-daily.sqlite3"),
        b"broken".repeat(100),
    )
    .expect("junk");
    let target = tempfile::tempdir().expect("dir");
    let restored = backup::restore_newest_into(&backups, &target.path().join(DB_FILE_NAME), None)
        .expect("restore");
    assert_eq!(restored, good.file_name);
    let store = Store::open_in_dir(target.path()).expect("opens");
    assert_eq!(store.counts().expect("counts").goals, 2);
}

fn at(days_ago: i64, now: DateTime<Utc>) -> DateTime<Utc> {
    now - Duration::days(days_ago)
}

#[test]
fn rotation_keeps_7_daily_4_weekly_12_monthly() {
    let now = DateTime::parse_from_rfc3339("2026-11-26T09:00:00Z")
        .expect("t")
        .with_timezone(&Utc);
    // Two backups a day for 500 days.
    let mut all = Vec::new();
    for day in 0..500 {
        for hour in [0, 6] {
            let t = at(day, now) - Duration::hours(hour);
            all.push((format!("b-{day:03}-{hour}"), t, 1_000));
        }
    }
    let keep = keep_set(&all, u64::MAX);
    let kept_times: Vec<DateTime<Utc>> = all
        .iter()
        .filter(|b| keep.contains(&b.0))
        .map(|b| b.1)
        .collect();
    // The newest of each of the last 7 days.
    for day in 0..7 {
        assert!(keep.contains(&format!("b-{day:03}-0")), "day {day}");
    }
    // The newest of each of the last 4 ISO weeks.
    let newest_of = |key: &dyn Fn(&DateTime<Utc>) -> (i32, u32)| {
        let mut seen: Vec<(i32, u32)> = Vec::new();
        let mut names = Vec::new();
        // `all` is newest first: the first backup of each period is its newest.
        for (name, t, _) in &all {
            if !seen.contains(&key(t)) {
                seen.push(key(t));
                names.push(name.clone());
            }
        }
        names
    };
    let weekly = newest_of(&|t| (t.iso_week().year(), t.iso_week().week()));
    for name in &weekly[..4] {
        assert!(keep.contains(name), "week's newest {name}: {keep:?}");
    }
    // The fifth week back is kept only if it is another rule's copy.
    let monthly = newest_of(&|t| (t.year(), t.month()));
    assert!(
        !keep.contains(&weekly[4]) || monthly[..12].contains(&weekly[4]),
        "{} kept",
        weekly[4]
    );
    // Nothing older than about 12 months.
    assert!(
        kept_times.iter().all(|t| now - *t < Duration::days(366)),
        "{keep:?}"
    );
    // The newest in each of the last 12 months is there.
    let months: std::collections::BTreeSet<(i32, u32)> =
        kept_times.iter().map(|t| (t.year(), t.month())).collect();
    assert_eq!(months.len(), 12);
    for name in &monthly[..12] {
        assert!(keep.contains(name), "month's newest {name}");
    }
    assert!(keep.len() <= 7 + 4 + 12 + 3, "{}", keep.len());
    assert!(keep.len() >= 12 + 7 - 1);

    // A tight disk budget keeps at least the 2 newest, and drops the oldest first.
    let tight = keep_set(&all, 2_500);
    assert_eq!(tight.len(), 2);
    assert!(
        tight.contains("b-000-0") && tight.contains("b-000-6"),
        "{tight:?}"
    );
}

#[test]
fn half_written_backups_are_cleared_and_old_ones_rotated_on_disk() {
    let (dir, store) = plan();
    fill(&store);
    let backups = dir.path().join("backups");
    std::fs::create_dir_all(&backups).expect("dir");
    let now = Utc::now();
    for day in 0..40 {
        let name = format!(
            "waymark-{}-daily.sqlite3",
            (now - Duration::days(day + 1)).format("%Y%m%dT%H%M%S%.3fZ")
        );
        std::fs::write(backups.join(name), b"x").expect("old backup");
    }
    std::fs::write(
        backups.join("waymark-20261126T000000.000Z-daily.part"),
        b"half",
    )
    .expect("part");
    store.backup(BackupReason::Daily).expect("backup");
    let names: Vec<String> = std::fs::read_dir(&backups)
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".part")), "{names:?}");
    assert!(names.len() < 41, "rotated: {}", names.len());
    assert!(names.len() >= 8, "{names:?}");
}

#[test]
fn a_damaged_plan_is_put_aside_untouched_for_the_newest_good_backup() {
    let (dir, store) = plan();
    fill(&store);
    store.backup(BackupReason::Daily).expect("backup");
    drop(store);
    // Damage the plan in the middle of the file.
    let plan = dir.path().join(DB_FILE_NAME);
    let mut bytes = std::fs::read(&plan).expect("read");
    let middle = bytes.len() / 2;
    for b in &mut bytes[middle..middle + 4096] {
        *b = 0xA5;
    }
    std::fs::write(&plan, &bytes).expect("damage");
    assert_eq!(
        Store::open_in_dir(dir.path())
            .expect_err("refused on start")
            .code(),
        ErrorCode::PlanDamaged
    );

    backup::replace_damaged_plan(dir.path(), None).expect("replaced");
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("waymark-damaged-")
        })
        .collect();
    assert_eq!(aside.len(), 1, "the damaged plan is kept aside");
    assert_eq!(
        std::fs::read(aside[0].path()).expect("aside"),
        bytes,
        "byte for byte"
    );
    let store = Store::open_in_dir(dir.path()).expect("the backup opens");
    assert_eq!(store.counts().expect("counts").goals, 2);
}

#[test]
fn without_a_good_backup_nothing_is_moved() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join(DB_FILE_NAME), b"damaged".repeat(500)).expect("plan");
    assert_eq!(
        backup::replace_damaged_plan(dir.path(), None)
            .expect_err("no good backup")
            .code(),
        ErrorCode::NotFound
    );
    assert!(dir.path().join(DB_FILE_NAME).exists(), "left where it was");
}

#[test]
fn a_full_import_is_preceded_by_a_backup() {
    let (dir, store) = plan();
    fill(&store);
    let csv = "Title;Start date;Sessions\nPottery for beginners;12/01/2027;4\n";
    let courses = waymark_core::files::prospectus::parse(csv.as_bytes(), Some("p.csv"))
        .expect("parse")
        .courses;
    store
        .import_prospectus_after_backup(&courses)
        .expect("import");
    let list = backup::list(&dir.path().join("backups"), None).expect("list");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].reason, BackupReason::BeforeImport);
}
