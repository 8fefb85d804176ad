//! The store on real SQLite files in a temporary folder.

use std::path::Path;

use rusqlite::Connection;
use waymark_core::plan::model::Direction;
use waymark_core::{
    store::connection::APPLICATION_ID, Error, ErrorCode, Field, GoalInput, GoalStatus, Store,
    DB_FILE_NAME, SCHEMA_VERSION,
};

fn input(title: &str) -> GoalInput {
    GoalInput {
        title: title.into(),
        why: "Because it matters to me.".into(),
        life_area: "learning".into(),
        target_date: Some("2027-06-30".into()),
    }
}

fn field_of(result: Result<impl std::fmt::Debug, Error>) -> Option<Field> {
    match result {
        Err(Error::Invalid(invalid)) => Some(invalid.field),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

fn read_bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("read plan file")
}

#[test]
fn a_new_plan_is_migrated_from_empty_with_safe_settings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_in_dir(&dir.path().join("nested/folder")).expect("open");
    assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
    let settings = store.connection_settings().expect("settings");
    assert_eq!(settings.journal_mode, "wal");
    assert_eq!(settings.synchronous, "2", "synchronous=FULL");
    assert!(settings.foreign_keys);
    assert!(settings.busy_timeout_ms >= 1000);
    assert!(
        settings.temp_store_in_memory,
        "no temporary files of the plan"
    );
    assert!(settings.secure_delete, "deleted text is overwritten");
    drop(store);

    // The file is tagged as a Waymark plan, and every table is STRICT.
    let conn = Connection::open(dir.path().join("nested/folder").join(DB_FILE_NAME)).expect("raw");
    let app_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .expect("application_id");
    assert_eq!(app_id, APPLICATION_ID);
    let loose: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%'")
        .expect("prepare")
        .query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert!(loose.is_empty(), "tables that are not STRICT: {loose:?}");
}

#[test]
fn reopening_is_idempotent_and_keeps_everything() {
    let dir = tempfile::tempdir().expect("temp dir");
    let goal = {
        let store = Store::open_in_dir(dir.path()).expect("open");
        let goal = store
            .create_goal(&input("Join a walking group"))
            .expect("create");
        store
            .add_step(&goal.id, "Find a group near me")
            .expect("step")
    };
    let store = Store::open_in_dir(dir.path()).expect("reopen");
    assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
    assert_eq!(store.goals().expect("goals"), vec![goal]);
}

#[test]
fn a_plan_from_a_newer_waymark_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(DB_FILE_NAME);
    drop(Store::open(&path).expect("create"));
    {
        let conn = Connection::open(&path).expect("raw");
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .expect("bump version");
        // Fold the WAL back so the file on disk is the whole story.
        conn.pragma_update(None, "journal_mode", "DELETE")
            .expect("journal");
    }
    let before = read_bytes(&path);

    let error = Store::open(&path).expect_err("must refuse");
    assert_eq!(error.code(), ErrorCode::PlanTooNew);
    assert!(
        matches!(error, Error::PlanTooNew { found, supported } if found == SCHEMA_VERSION + 1 && supported == SCHEMA_VERSION)
    );
    assert_eq!(
        read_bytes(&path),
        before,
        "the newer plan must not be changed"
    );
    assert!(!dir.path().join(format!("{DB_FILE_NAME}-wal")).exists());
}

#[test]
fn files_that_are_not_waymark_plans_are_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");

    let text = dir.path().join("notes.sqlite3");
    std::fs::write(&text, "Dear diary, this is not a database. ".repeat(100)).expect("write");
    let before = read_bytes(&text);
    assert_eq!(
        Store::open(&text).expect_err("refuse").code(),
        ErrorCode::NotAPlan
    );
    assert_eq!(read_bytes(&text), before);

    let other_app = dir.path().join("other.sqlite3");
    {
        let conn = Connection::open(&other_app).expect("raw");
        conn.execute_batch(
            "PRAGMA application_id = 1234; CREATE TABLE t (x); PRAGMA user_version = 1;",
        )
        .expect("other app");
    }
    let before = read_bytes(&other_app);
    assert_eq!(
        Store::open(&other_app).expect_err("refuse").code(),
        ErrorCode::NotAPlan
    );
    assert_eq!(read_bytes(&other_app), before);
}

#[test]
fn goals_are_created_listed_edited_and_given_a_status() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_in_dir(dir.path()).expect("open");
    let first = store
        .create_goal(&input("  Cook a meal  for friends "))
        .expect("create");
    assert_eq!(first.title, "Cook a meal for friends");
    assert_eq!(first.status, GoalStatus::Active);
    assert_eq!(first.target_date.as_deref(), Some("2027-06-30"));
    let second = store
        .create_goal(&GoalInput {
            title: "Feel at home in my flat".into(),
            why: String::new(),
            life_area: "home".into(),
            target_date: None,
        })
        .expect("create");
    let titles: Vec<_> = store
        .goals()
        .expect("goals")
        .into_iter()
        .map(|g| g.title)
        .collect();
    assert_eq!(titles.len(), 2);
    assert!(titles.contains(&"Feel at home in my flat".to_owned()));

    let edited = store
        .update_goal(
            &first.id,
            &GoalInput {
                title: "Cook a meal for my family".into(),
                why: "We used to eat together.\nI miss it.".into(),
                life_area: "relationships".into(),
                target_date: Some(String::new()),
            },
        )
        .expect("update");
    assert_eq!(edited.title, "Cook a meal for my family");
    assert_eq!(edited.why, "We used to eat together.\nI miss it.");
    assert_eq!(edited.life_area, "relationships");
    assert_eq!(edited.target_date, None);

    for status in ["achieved", "paused", "let_go", "active"] {
        let parsed = GoalStatus::parse(status).expect("a status");
        let goal = store.set_goal_status(&second.id, parsed).expect("status");
        assert_eq!(goal.status.as_str(), status);
    }

    store.delete_goal(&second.id).expect("delete");
    assert_eq!(store.goals().expect("goals").len(), 1);
    assert_eq!(
        store.goal(&second.id).expect_err("gone").code(),
        ErrorCode::NotFound
    );
}

#[test]
fn bad_goal_input_is_refused_with_the_field_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_in_dir(dir.path()).expect("open");
    let goal = store.create_goal(&input("Learn to swim")).expect("create");
    let before = store.goals().expect("goals");

    let with = |f: &dyn Fn(&mut GoalInput)| {
        let mut i = input("Learn to swim");
        f(&mut i);
        i
    };
    let cases: Vec<(GoalInput, Field)> = vec![
        (with(&|i| i.title = String::new()), Field::Title),
        (with(&|i| i.title = " \n\t ".into()), Field::Title),
        (with(&|i| i.title = "x".repeat(201)), Field::Title),
        (with(&|i| i.why = "y".repeat(5_001)), Field::Why),
        (with(&|i| i.life_area = "diagnosis".into()), Field::LifeArea),
        (
            with(&|i| i.life_area = "learning' OR 1=1 --".into()),
            Field::LifeArea,
        ),
        (
            with(&|i| i.target_date = Some("2027-02-30".into())),
            Field::TargetDate,
        ),
        (
            with(&|i| i.target_date = Some("next week".into())),
            Field::TargetDate,
        ),
    ];
    for (bad, field) in cases {
        assert_eq!(
            field_of(store.create_goal(&bad)),
            Some(field),
            "create {bad:?}"
        );
        assert_eq!(
            field_of(store.update_goal(&goal.id, &bad)),
            Some(field),
            "update {bad:?}"
        );
    }
    assert_eq!(
        field_of(GoalStatus::parse("failed").map_err(Error::from)),
        Some(Field::Status)
    );
    assert_eq!(
        field_of(store.add_step(&goal.id, "   ")),
        Some(Field::StepText)
    );
    assert_eq!(
        field_of(store.add_step(&goal.id, &"s".repeat(301))),
        Some(Field::StepText)
    );

    assert_eq!(store.goals().expect("goals"), before, "nothing changed");
    assert_eq!(
        store
            .update_goal("no-such-goal", &input("x"))
            .expect_err("missing")
            .code(),
        ErrorCode::NotFound
    );
    assert_eq!(
        store
            .add_step("no-such-goal", "A step")
            .expect_err("missing")
            .code(),
        ErrorCode::NotFound
    );
}

#[test]
fn steps_keep_their_order_through_moves_and_deletes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_in_dir(dir.path()).expect("open");
    let goal = store
        .create_goal(&input("Go back to college"))
        .expect("create");
    for text in [
        "Look at the prospectus",
        "Ring the college",
        "Visit on an open day",
    ] {
        store.add_step(&goal.id, text).expect("add");
    }
    let texts = |g: &waymark_core::Goal| g.steps.iter().map(|s| s.text.clone()).collect::<Vec<_>>();
    let positions = |g: &waymark_core::Goal| g.steps.iter().map(|s| s.position).collect::<Vec<_>>();
    let goal = store.goal(&goal.id).expect("goal");
    let [a, b, c] = [0, 1, 2].map(|i| goal.steps[i].id.clone());

    let moved = store.move_step(&c, Direction::Up).expect("up");
    assert_eq!(
        texts(&moved),
        [
            "Look at the prospectus",
            "Visit on an open day",
            "Ring the college"
        ]
    );
    assert_eq!(positions(&moved), [0, 1, 2]);

    // At the ends a step stays put.
    let same = store.move_step(&a, Direction::Up).expect("top");
    assert_eq!(texts(&same), texts(&moved));
    let same = store.move_step(&b, Direction::Down).expect("bottom");
    assert_eq!(texts(&same), texts(&moved));

    let moved = store.move_step(&a, Direction::Down).expect("down");
    assert_eq!(
        texts(&moved),
        [
            "Visit on an open day",
            "Look at the prospectus",
            "Ring the college"
        ]
    );
    assert_eq!(
        field_of(Direction::parse("sideways").map_err(Error::from)),
        Some(Field::Direction)
    );

    let ticked = store.set_step_done(&a, true).expect("tick");
    let step = ticked.steps.iter().find(|s| s.id == a).expect("step");
    assert!(step.done);
    let ticked_at = step.done_at.clone();
    assert!(ticked_at.is_some());
    // Ticking again keeps the first time it was done.
    let again = store.set_step_done(&a, true).expect("tick again");
    assert_eq!(
        again
            .steps
            .iter()
            .find(|s| s.id == a)
            .expect("step")
            .done_at,
        ticked_at
    );
    let unticked = store.set_step_done(&a, false).expect("untick");
    assert!(
        !unticked
            .steps
            .iter()
            .find(|s| s.id == a)
            .expect("step")
            .done
    );

    let edited = store
        .edit_step(&b, "Ring the college on Monday")
        .expect("edit");
    assert!(texts(&edited).contains(&"Ring the college on Monday".to_owned()));

    let after = store.delete_step(&c).expect("delete").goal;
    assert_eq!(
        texts(&after),
        ["Look at the prospectus", "Ring the college on Monday"]
    );
    assert_eq!(positions(&after), [0, 1]);
    assert_eq!(
        store.move_step(&c, Direction::Up).expect_err("gone").code(),
        ErrorCode::NotFound
    );

    // Order survives reopening the file.
    drop(store);
    let store = Store::open_in_dir(dir.path()).expect("reopen");
    assert_eq!(texts(&store.goal(&goal.id).expect("goal")), texts(&after));
}

#[test]
fn deleting_a_goal_removes_its_steps() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_in_dir(dir.path()).expect("open");
    let goal = store.create_goal(&input("Paint again")).expect("create");
    let goal = store.add_step(&goal.id, "Buy paints").expect("step");
    store.delete_goal(&goal.id).expect("delete");
    assert_eq!(
        store
            .set_step_done(&goal.steps[0].id, true)
            .expect_err("gone")
            .code(),
        ErrorCode::NotFound
    );
}

#[test]
fn drafts_are_kept_until_cleared() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let store = Store::open_in_dir(dir.path()).expect("open");
        store
            .save_draft("new-goal", r#"{"title":"Half a thou"}"#)
            .expect("save");
        store
            .save_draft("new-goal", r#"{"title":"Half a thought"}"#)
            .expect("replace");
    }
    let store = Store::open_in_dir(dir.path()).expect("reopen");
    assert_eq!(
        store.draft("new-goal").expect("get").as_deref(),
        Some(r#"{"title":"Half a thought"}"#)
    );
    store.clear_draft("new-goal").expect("clear");
    assert_eq!(store.draft("new-goal").expect("get"), None);
    assert_eq!(
        field_of(store.save_draft("../x", "body")),
        Some(Field::DraftKey)
    );
    assert_eq!(
        field_of(store.save_draft("k", &"b".repeat(100_001))),
        Some(Field::DraftBody)
    );
}

#[test]
fn life_areas_are_about_life() {
    let store = Store::open_in_memory().expect("open");
    let areas = store.life_areas().expect("areas");
    assert!(areas.len() >= 8);
    let avoid = [
        "diagnos",
        "symptom",
        "risk",
        "medic",
        "treatment",
        "patient",
    ];
    for area in &areas {
        let label = area.label.to_lowercase();
        assert!(!avoid.iter().any(|word| label.contains(word)), "{label}");
    }
    assert!(areas.iter().any(|a| a.key == "learning"));
}

#[test]
fn display_settings_are_kept_validated_and_read_back_tolerantly() {
    use waymark_core::{DisplaySettings, Theme};
    let dir = tempfile::tempdir().expect("temp dir");
    let chosen = DisplaySettings {
        language: Some("de".into()),
        text_size: 175,
        theme: Theme::HighContrast,
        easy_reading: true,
        reduce_motion: true,
    };
    {
        let store = Store::open_in_dir(dir.path()).expect("open");
        assert_eq!(
            store.display_settings().expect("defaults"),
            DisplaySettings::default()
        );
        store.set_display_settings(chosen.clone()).expect("save");
        for bad in [
            DisplaySettings {
                language: Some("xx".into()),
                ..chosen.clone()
            },
            DisplaySettings {
                text_size: 99,
                ..chosen.clone()
            },
            DisplaySettings {
                text_size: 201,
                ..chosen.clone()
            },
        ] {
            let field = field_of(store.set_display_settings(bad));
            assert!(matches!(field, Some(Field::Language | Field::TextSize)));
        }
    }
    let store = Store::open_in_dir(dir.path()).expect("reopen");
    assert_eq!(store.display_settings().expect("read"), chosen);
    drop(store);

    // A damaged stored value gives the defaults, never an error.
    let conn = Connection::open(dir.path().join(DB_FILE_NAME)).expect("raw");
    conn.execute(
        "UPDATE setting SET value = '{\"text_size\": 9000' WHERE key = 'display'",
        [],
    )
    .expect("damage");
    drop(conn);
    let store = Store::open_in_dir(dir.path()).expect("reopen");
    assert_eq!(
        store.display_settings().expect("read"),
        DisplaySettings::default()
    );
}

#[test]
fn a_version_1_plan_is_migrated_with_its_goals() {
    // A plan as version 1 of the schema wrote it (migration 0001 only).
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(DB_FILE_NAME);
    {
        let conn = Connection::open(&path).expect("raw");
        conn.execute_batch(include_str!("../migrations/0001_goals.sql"))
            .expect("v1 schema");
        conn.execute_batch(&format!(
            "INSERT INTO goal (id, title, why, life_area, status, created_at, updated_at)
             VALUES ('g1', 'Learn to cook', '', 'home', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
             PRAGMA user_version = 1; PRAGMA application_id = {APPLICATION_ID};"
        ))
        .expect("v1 data");
    }
    let store = Store::open(&path).expect("migrate");
    assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
    assert_eq!(store.goal("g1").expect("goal").title, "Learn to cook");
    assert_eq!(
        store.display_settings().expect("settings"),
        waymark_core::DisplaySettings::default()
    );
}

#[test]
fn a_damaged_plan_is_refused_on_start_and_left_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(DB_FILE_NAME);
    {
        let store = Store::open(&path).expect("create");
        for i in 0..200 {
            store
                .create_goal(&input(&format!("Goal number {i}")))
                .expect("goal");
        }
    }
    {
        // Fold the WAL into the main file, then damage a page in the middle.
        let conn = Connection::open(&path).expect("raw");
        conn.pragma_update(None, "journal_mode", "DELETE")
            .expect("journal");
    }
    let mut bytes = read_bytes(&path);
    let page = 4096;
    assert!(bytes.len() > page * 6, "file is {} bytes", bytes.len());
    // Scribble over the b-tree headers of pages 3 to 6, as a torn write would.
    for n in 2..6 {
        for b in &mut bytes[page * n..page * n + 64] {
            *b = 0xA5;
        }
    }
    std::fs::write(&path, &bytes).expect("damage");

    let error = Store::open(&path).expect_err("a damaged plan must be refused");
    assert!(
        matches!(error.code(), ErrorCode::PlanDamaged | ErrorCode::NotAPlan),
        "{error:?}"
    );
    assert_eq!(
        read_bytes(&path),
        bytes,
        "the damaged file is left exactly as it was"
    );
}

/// Goals in the plan file alone, without its write-ahead log: a copy of the
/// main file only, opened elsewhere.
fn goals_in_main_file(plan_dir: &Path) -> i64 {
    let copy = tempfile::tempdir().expect("temp dir");
    std::fs::copy(plan_dir.join(DB_FILE_NAME), copy.path().join(DB_FILE_NAME)).expect("copy");
    let conn = Connection::open(copy.path().join(DB_FILE_NAME)).expect("open copy");
    conn.query_row("SELECT COUNT(*) FROM goal", [], |r| r.get(0))
        .expect("count")
}

#[test]
fn the_log_is_copied_into_the_plan_in_the_background_not_on_a_save() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_in_dir(dir.path()).expect("open");
    let settings = store.connection_settings().expect("settings");
    assert_eq!(
        settings.wal_autocheckpoint,
        i64::from(waymark_core::store::connection::WAL_BACKSTOP_PAGES)
    );
    let mut checkpointer = store.checkpointer().expect("a plan on disk has one");
    // The new plan's tables are copied into the file first.
    assert!(checkpointer.run().expect("first checkpoint").is_some());
    assert_eq!(goals_in_main_file(dir.path()), 0);
    // Saves go to the log; the plan file alone does not have them yet.
    for i in 0..50 {
        store
            .create_goal(&input(&format!("Goal {i}")))
            .expect("goal");
    }
    assert_eq!(goals_in_main_file(dir.path()), 0);

    // The checkpointer, on its own connection while the plan stays open,
    // copies them in; a second run with nothing new written does nothing.
    let copied = checkpointer.run().expect("checkpoint");
    assert!(copied.is_some_and(|pages| pages > 0), "{copied:?}");
    assert_eq!(goals_in_main_file(dir.path()), 50);
    assert_eq!(checkpointer.run().expect("idle"), None);

    // The plan carries on as before.
    store.create_goal(&input("One more")).expect("goal");
    assert_eq!(store.goals().expect("goals").len(), 51);
    assert!(checkpointer.run().expect("again").is_some());
    assert_eq!(goals_in_main_file(dir.path()), 51);

    // A plan held in memory has no file to copy into.
    assert!(Store::open_in_memory()
        .expect("memory")
        .checkpointer()
        .is_none());
}

#[test]
fn a_plan_s_folder_is_locked_for_one_waymark_at_a_time() {
    use waymark_core::store::lock::PlanLock;
    let dir = tempfile::tempdir().expect("temp dir");
    let first = PlanLock::take(dir.path()).expect("first");
    let second = PlanLock::take(dir.path()).expect_err("second");
    assert_eq!(second.code(), ErrorCode::AlreadyOpen);
    assert!(matches!(second, Error::AlreadyOpen), "{second:?}");
    drop(first);
    PlanLock::take(dir.path()).expect("free again once let go");
}

#[test]
fn read_aloud_settings_are_kept_and_a_strange_voice_name_refused() {
    use waymark_core::store::settings::{ReadAloudSettings, SpeechSpeed};
    let dir = tempfile::tempdir().expect("temp dir");
    let chosen = ReadAloudSettings {
        speed: SpeechSpeed::Slowest,
        voice_en: Some("English (Scotland)".into()),
        voice_de: None,
    };
    {
        let store = Store::open_in_dir(dir.path()).expect("open");
        assert_eq!(
            store.read_aloud_settings().expect("defaults"),
            ReadAloudSettings::default()
        );
        store.set_read_aloud_settings(chosen.clone()).expect("save");
        for voice in ["-o", "", "voice\nname", &"v".repeat(101)] {
            let bad = ReadAloudSettings {
                voice_de: Some(voice.to_owned()),
                ..chosen.clone()
            };
            assert_eq!(
                field_of(store.set_read_aloud_settings(bad)),
                Some(Field::Voice),
                "{voice:?}"
            );
        }
    }
    let store = Store::open_in_dir(dir.path()).expect("reopen");
    assert_eq!(store.read_aloud_settings().expect("read"), chosen);
    drop(store);
    let conn = Connection::open(dir.path().join(DB_FILE_NAME)).expect("raw");
    conn.execute(
        "UPDATE setting SET value = '{\"speed\": \"warp\"}' WHERE key = 'read_aloud'",
        [],
    )
    .expect("damage");
    drop(conn);
    let store = Store::open_in_dir(dir.path()).expect("reopen");
    assert_eq!(
        store.read_aloud_settings().expect("defaults"),
        ReadAloudSettings::default()
    );
}
