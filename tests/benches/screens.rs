//! `cargo bench -p waymark-tests --bench screens`: every screen's data call,
//! the single writes, a prospectus import and each export, on the ten-year
//! plan (see `waymark_tests::ten_year`). Each screen's call is timed beside
//! the shortest raw SQL that reads the same rows from the same file, so the
//! report (`docs/PERFORMANCE.md`) shows Waymark / raw SQLite as a ratio.
//! Criterion reports; nothing here asserts a time.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use rusqlite::{params, Connection};
use waymark_core::export::save::ExportFormat;
use waymark_core::plan::courses::CourseQuery;
use waymark_core::plan::courses::CourseRecord;
use waymark_core::plan::journal::{JournalQuery, ReflectionInput};
use waymark_core::share::choice::ShareChoice;
use waymark_core::store::keys::{DataKey, KdfParams, KeyFile, Password, RecoveryCode};
use waymark_core::{Store, DB_FILE_NAME};
use waymark_tests::ten_year::{self, TEN_YEARS};

const SEED: u64 = 7;
/// The journal's page in the UI.
const JOURNAL_PAGE: u32 = 50;
/// What a student types in the catalogue and the search box.
const CATALOGUE_WORD: &str = "group";
const SEARCH_WORD: &str = "tutor";

/// A raw connection set up as Waymark sets up its own (with the plan's key,
/// for the locked copy).
fn raw(dir: &Path, key: Option<&DataKey>) -> Connection {
    let conn = Connection::open(dir.join(DB_FILE_NAME)).expect("open");
    if let Some(key) = key {
        conn.execute_batch(&format!("PRAGMA key = \"{}\"", key.sql_key().as_str()))
            .expect("key");
    }
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
    )
    .expect("pragmas");
    conn
}

/// Every value of every row, as the floor reads it.
fn rows(conn: &Connection, sql: &str, args: impl rusqlite::Params) -> usize {
    let mut stmt = conn.prepare_cached(sql).expect("sql");
    let width = stmt.column_count();
    let mut n = 0;
    let mut found = stmt.query(args).expect("query");
    while let Some(row) = found.next().expect("row") {
        for i in 0..width {
            black_box(row.get_ref(i).expect("value"));
        }
        n += 1;
    }
    n
}

/// The ten-year plan, and a copy of it locked with a password (SQLCipher):
/// every screen is timed on both, each against the raw SQL floor on its own
/// file.
fn screens(c: &mut Criterion) {
    let dir = ten_year::cached(&TEN_YEARS, SEED).expect("the ten-year plan");
    screens_on(c, &dir, None, "");
    let locked = tempfile::tempdir().expect("temp");
    ten_year::copy_plan(&dir, locked.path()).expect("copy");
    let key = DataKey::random().expect("key");
    let password = Password::new_one("a bench password".into()).expect("password");
    let code = RecoveryCode::random().expect("code");
    let params = KdfParams::calibrate(Duration::from_secs(1));
    let keys = KeyFile::new(&key, &password, &code, params).expect("key file");
    Store::open_in_dir(locked.path())
        .expect("open")
        .lock_with(key.clone(), &keys)
        .expect("lock");
    screens_on(c, locked.path(), Some(&key), "_locked");

    // Unlocking: the password stretched as this laptop was calibrated for,
    // the key unwrapped, and the locked plan opened and checked.
    let mut g = c.benchmark_group("lock/unlock");
    g.sample_size(10);
    g.bench_function("waymark", |b| {
        b.iter(|| {
            let key = keys.unlock(&password).expect("unlock");
            drop(black_box(
                Store::open_in_dir_with_key(locked.path(), Some(key)).expect("open"),
            ))
        })
    });
    g.finish();
}

fn screens_on(c: &mut Criterion, dir: &Path, key: Option<&DataKey>, label: &str) {
    let dir = dir.to_owned();
    let store = Store::open_in_dir_with_key(&dir, key.cloned()).expect("store");
    let conn = raw(&dir, key);
    let goal: String = conn
        .query_row(
            "SELECT goal_id FROM reflection WHERE goal_id IS NOT NULL GROUP BY goal_id ORDER BY COUNT(*) DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("a goal with reflections");
    let today = chrono::Local::now().date_naive();

    let mut group = |name: &str, waymark: &mut dyn FnMut(), floor: &mut dyn FnMut()| {
        let mut g = c.benchmark_group(format!("screen/{name}"));
        g.bench_function(format!("waymark{label}"), |b| b.iter(&mut *waymark));
        g.bench_function(format!("raw_sql{label}"), |b| b.iter(&mut *floor));
        g.finish();
    };

    group(
        "open",
        &mut || {
            drop(black_box(
                Store::open_in_dir_with_key(&dir, key.cloned()).expect("open"),
            ))
        },
        &mut || {
            let conn = raw(&dir, key);
            black_box(
                conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
                    .expect("version"),
            );
        },
    );
    group(
        "goals_list",
        &mut || drop(black_box(store.goals().expect("goals"))),
        &mut || {
            rows(&conn, "SELECT id, title, why, life_area, target_date, status, created_at, updated_at FROM goal ORDER BY created_at", []);
            rows(
                &conn,
                "SELECT id, goal_id, text, position, done_at FROM step ORDER BY goal_id, position",
                [],
            );
        },
    );
    group(
        "goal_thread",
        &mut || drop(black_box(store.goal_story(&goal).expect("story"))),
        &mut || {
            rows(&conn, "SELECT created_at FROM goal WHERE id = ?1", [&goal]);
            rows(
                &conn,
                "SELECT changed_at, to_status FROM goal_status_change WHERE goal_id = ?1",
                [&goal],
            );
            rows(
                &conn,
                "SELECT changed_at, title FROM goal_history WHERE goal_id = ?1",
                [&goal],
            );
            rows(
                &conn,
                "SELECT done_at, text FROM step WHERE goal_id = ?1 AND done_at IS NOT NULL",
                [&goal],
            );
            rows(
                &conn,
                "SELECT gc.created_at, c.id, c.title, c.choice FROM goal_course gc \
                 JOIN course c ON c.id = gc.course_id WHERE gc.goal_id = ?1",
                [&goal],
            );
            rows(
                &conn,
                "SELECT id, written_on, body, learned, how_it_went, try_next FROM reflection WHERE goal_id = ?1",
                [&goal],
            );
            rows(
                &conn,
                "SELECT r.id, r.completed_at, rg.progress, rg.attainment, rg.decision FROM review_goal rg \
                 JOIN review r ON r.id = rg.review_id WHERE rg.goal_id = ?1",
                [&goal],
            );
        },
    );
    let catalogue = CourseQuery {
        text: CATALOGUE_WORD.into(),
        ..CourseQuery::default()
    };
    group(
        "catalogue_search",
        &mut || drop(black_box(store.courses(&catalogue, 500).expect("courses"))),
        &mut || {
            rows(
                &conn,
                "SELECT id, code, title, description, category, learn, delivery, venue, start_date, sessions, \
                 session_times, term, tutors, source, choice FROM course \
                 WHERE instr(lower(title || ' ' || description || ' ' || learn), ?1) > 0 \
                 ORDER BY title COLLATE NOCASE LIMIT 500",
                [CATALOGUE_WORD],
            );
        },
    );
    let journal = JournalQuery {
        limit: Some(JOURNAL_PAGE),
        ..JournalQuery::default()
    };
    group(
        "journal_page",
        &mut || drop(black_box(store.journal(&journal).expect("journal"))),
        &mut || {
            rows(&conn, "SELECT COUNT(*) FROM reflection", []);
            rows(
                &conn,
                "SELECT r.*, c.title, g.title FROM reflection r LEFT JOIN course c ON c.id = r.course_id \
                 LEFT JOIN goal g ON g.id = r.goal_id ORDER BY r.written_on DESC, r.created_at DESC LIMIT ?1",
                [JOURNAL_PAGE],
            );
        },
    );
    group(
        "plan_search",
        &mut || drop(black_box(store.search(SEARCH_WORD, 0).expect("search"))),
        &mut || {
            rows(
                &conn,
                "SELECT COUNT(*) FROM plan_search WHERE plan_search MATCH ?1",
                [SEARCH_WORD],
            );
            rows(
                &conn,
                "SELECT k.kind, k.item_id, highlight(plan_search, 0, char(2), char(3)), \
                 snippet(plan_search, 1, char(2), char(3), '…', 24) \
                 FROM plan_search JOIN search_key k ON k.id = plan_search.rowid \
                 WHERE plan_search MATCH ?1 ORDER BY rank LIMIT 20",
                [SEARCH_WORD],
            );
        },
    );
    group(
        "progress_view",
        &mut || drop(black_box(store.progress_view(None).expect("view"))),
        &mut || {
            rows(&conn, "SELECT * FROM review ORDER BY started_at DESC", []);
            rows(
                &conn,
                "SELECT review_id, life_area, rating FROM review_area WHERE review_id IN \
                 (SELECT id FROM review WHERE completed_at IS NOT NULL ORDER BY completed_at DESC LIMIT 2)",
                [],
            );
            rows(
                &conn,
                "SELECT c.term, c.choice, COUNT(a.session_date) FROM course c LEFT JOIN attendance a \
                 ON a.course_id = c.id AND a.state = 'attended' WHERE c.choice IS NOT NULL GROUP BY c.id",
                [],
            );
            rows(&conn, "SELECT id, title, updated_at FROM goal WHERE status = 'achieved' ORDER BY updated_at DESC", []);
            rows(
                &conn,
                "SELECT (SELECT COUNT(*) FROM step WHERE done_at IS NOT NULL), \
                 (SELECT COUNT(*) FROM attendance WHERE state = 'attended'), (SELECT COUNT(*) FROM reflection)",
                [],
            );
        },
    );
    group(
        "home",
        &mut || drop(black_box(store.home(today).expect("home"))),
        &mut || {
            rows(&conn, "SELECT preferred_name FROM about_me", []);
            rows(&conn, "SELECT next_review_on FROM review WHERE completed_at IS NOT NULL ORDER BY completed_at DESC LIMIT 1", []);
            rows(
                &conn,
                "SELECT * FROM review WHERE completed_at IS NULL ORDER BY started_at DESC LIMIT 1",
                [],
            );
            // The first step still to do of each of the six newest active goals.
            rows(
                &conn,
                "SELECT g.id, g.title, s.id, s.text FROM goal g JOIN step s ON s.id = \
                 (SELECT id FROM step WHERE goal_id = g.id AND done_at IS NULL ORDER BY position LIMIT 1) \
                 WHERE g.status = 'active' ORDER BY g.created_at DESC LIMIT 6",
                [],
            );
            rows(
                &conn,
                "SELECT c.id, c.title, c.choice, c.start_date, c.session_times, c.venue, \
                 (SELECT max(session_date) FROM attendance a WHERE a.course_id = c.id AND a.state = 'attended') \
                 FROM course c WHERE c.choice IN ('enrolled', 'attending') \
                 ORDER BY coalesce(c.start_date, ''), c.title COLLATE NOCASE",
                [],
            );
            rows(
                &conn,
                "SELECT (SELECT count(*) FROM goal WHERE status = 'active'), (SELECT count(*) FROM reflection)",
                [],
            );
        },
    );
    let choice = ShareChoice::default();
    group(
        "share_preview",
        &mut || drop(black_box(store.shared_plan(&choice).expect("preview"))),
        &mut || {
            rows(&conn, "SELECT * FROM about_me", []);
            rows(&conn, "SELECT * FROM goal ORDER BY created_at", []);
            rows(
                &conn,
                "SELECT id, goal_id, text, done_at FROM step ORDER BY goal_id, position",
                [],
            );
            rows(
                &conn,
                "SELECT * FROM course WHERE choice IS NOT NULL ORDER BY start_date",
                [],
            );
            rows(&conn, "SELECT course_id, session_date, state FROM attendance ORDER BY course_id, session_date", []);
            rows(
                &conn,
                "SELECT * FROM review WHERE completed_at IS NOT NULL ORDER BY completed_at",
                [],
            );
            rows(&conn, "SELECT * FROM review_area", []);
            rows(&conn, "SELECT * FROM review_goal", []);
            rows(
                &conn,
                "SELECT review_id, text, taken_on FROM suggestion",
                [],
            );
        },
    );
}

fn writes(c: &mut Criterion) {
    let from = ten_year::cached(&TEN_YEARS, SEED).expect("the ten-year plan");
    let dir = tempfile::tempdir().expect("temp");
    ten_year::copy_plan(&from, dir.path()).expect("copy");
    let store = Store::open_in_dir(dir.path()).expect("store");
    let conn = raw(dir.path(), None);
    let step: String = conn
        .query_row("SELECT id FROM step LIMIT 1", [], |r| r.get(0))
        .expect("a step");
    let body = "Today I went to the group and talked about what helps. ".repeat(20);

    let mut g = c.benchmark_group("write/add_reflection");
    g.bench_function("waymark", |b| {
        b.iter(|| {
            store
                .create_reflection(&ReflectionInput {
                    written_on: "2026-11-26".into(),
                    body: body.clone(),
                    ..ReflectionInput::default()
                })
                .expect("written")
        })
    });
    g.bench_function("raw_sql", |b| {
        b.iter(|| {
            conn.execute(
                "INSERT INTO reflection (id, written_on, body, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
                params![uuid(), "2026-11-26", body, "2026-11-26T10:00:00Z"],
            )
            .expect("inserted")
        })
    });
    g.finish();

    let mut g = c.benchmark_group("write/tick_step");
    let mut done = false;
    g.bench_function("waymark", |b| {
        b.iter(|| {
            done = !done;
            store.set_step_done(&step, done).expect("ticked")
        })
    });
    g.bench_function("raw_sql", |b| {
        b.iter(|| {
            conn.execute(
                "UPDATE step SET done_at = CASE WHEN done_at IS NULL THEN ?2 END, updated_at = ?2 WHERE id = ?1",
                params![step, "2026-11-26T10:00:00Z"],
            )
            .expect("ticked")
        })
    });
    g.finish();
}

fn uuid() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    format!(
        "bench-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

fn import(c: &mut Criterion) {
    let records: Vec<CourseRecord> = (0..2_000)
        .map(|i| CourseRecord {
            code: Some(format!("C{i:05}")),
            title: format!("Understanding course {i}"),
            description: "A gentle course, in small steps, together.".into(),
            category: format!("Theme {}", i % 12),
            term: format!("Term {}", i % 3),
            start_date: Some(format!("2027-{:02}-{:02}", 1 + i % 12, 1 + i % 28)),
            ..CourseRecord::default()
        })
        .collect();
    let mut g = c.benchmark_group("write/prospectus_2000");
    g.sample_size(10);
    g.bench_function("waymark", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("temp");
                let store = Store::open_in_dir(dir.path()).expect("store");
                (dir, store)
            },
            |(_dir, store)| store.import_prospectus(&records).expect("imported"),
            BatchSize::PerIteration,
        )
    });
    g.bench_function("raw_sql", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("temp");
                drop(Store::open_in_dir(dir.path()).expect("store"));
                let conn = raw(dir.path(), None);
                (dir, conn)
            },
            |(_dir, mut conn)| {
                let tx = conn.transaction().expect("tx");
                for (i, r) in records.iter().enumerate() {
                    tx.execute(
                        "INSERT INTO course (id, code, title, description, category, term, start_date, source, created_at, updated_at) \
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'prospectus', ?8, ?8)",
                        params![format!("c{i}"), r.code, r.title, r.description, r.category, r.term, r.start_date, "2026-11-26T10:00:00Z"],
                    )
                    .expect("inserted");
                }
                tx.commit().expect("committed")
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

fn exports(c: &mut Criterion) {
    let dir = ten_year::cached(&TEN_YEARS, SEED).expect("the ten-year plan");
    let store = Store::open_in_dir(&dir).expect("store");
    let choice = ShareChoice::default();
    let mut g = c.benchmark_group("export");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    for (name, format) in [
        ("html", ExportFormat::Html),
        ("pdf", ExportFormat::Pdf),
        ("waymark", ExportFormat::Waymark),
        ("everything", ExportFormat::Everything),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| {
                black_box(
                    store
                        .export(format, &choice, "en-GB", "bench")
                        .expect("exported"),
                )
            })
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
    targets = screens, writes, import, exports
}
criterion_main!(benches);
