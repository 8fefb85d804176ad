//! Crash safety: a child process writes goals, steps and reflections and prints each id after
//! its commit returns; the test kills it with SIGKILL at random moments, and
//! after every kill the plan must open, pass `PRAGMA integrity_check`, and hold
//! every acknowledged write. Also a kill during a backup and during a schema
//! migration.

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use rusqlite::Connection;
use waymark_core::plan::journal::JournalQuery;
use waymark_core::store::backup;
use waymark_core::{GoalInput, Store, DB_FILE_NAME, SCHEMA_VERSION};

const WRITER: &str = env!("CARGO_BIN_EXE_crash_writer");
const KILLS: u64 = 200;

/// A small deterministic random source (the test is repeatable from its seed).
struct Rng(u64);
impl Rng {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

fn integrity(path: &Path) -> String {
    let conn = Connection::open(path).expect("open raw");
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check")
}

/// Runs the writer until it is killed after `after`; returns what it acknowledged.
fn run_and_kill(args: &[&str], after: Duration) -> Vec<String> {
    let mut child = Command::new(WRITER)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn writer");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    std::thread::sleep(after);
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    let _ = reader.join();
    rx.try_iter().collect()
}

/// How long the writer takes, here and now, from its spawn to its first line
/// (the median of three runs, in µs): so kills can be spread over that time.
fn time_to_first_line<K>(setup: impl Fn() -> (K, Vec<String>)) -> u64 {
    let mut times: Vec<u64> = (0..3)
        .map(|_| {
            let (_keep, args) = setup();
            let started = Instant::now();
            let mut child = Command::new(WRITER)
                .args(&args)
                .stdout(Stdio::piped())
                .spawn()
                .expect("spawn writer");
            let mut first = String::new();
            BufReader::new(child.stdout.take().expect("stdout"))
                .read_line(&mut first)
                .expect("first line");
            let took = started.elapsed().as_micros() as u64;
            child.kill().expect("SIGKILL");
            let _ = child.wait();
            took.max(1_000)
        })
        .collect();
    times.sort_unstable();
    times[1]
}

#[test]
fn every_acknowledged_write_survives_sigkill() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(DB_FILE_NAME);
    let dir_arg = dir.path().to_str().expect("utf-8 path").to_owned();
    let mut rng = Rng(0x5eed_cafe);
    let mut acknowledged_goals: HashSet<String> = HashSet::new();
    let mut acknowledged_steps: HashSet<String> = HashSet::new();
    let mut acknowledged_reflections: HashSet<String> = HashSet::new();
    let (mut losses, mut integrity_failures) = (0usize, 0usize);
    let started = Instant::now();

    for kill in 0..KILLS {
        let after = Duration::from_millis(5 + rng.next(60));
        let seed = (kill + 1).to_string();
        for line in run_and_kill(&["write", &dir_arg, &seed], after) {
            match line.split_once(' ') {
                Some(("goal", id)) => acknowledged_goals.insert(id.to_owned()),
                Some(("step", id)) => acknowledged_steps.insert(id.to_owned()),
                Some(("reflection", id)) => acknowledged_reflections.insert(id.to_owned()),
                _ => panic!("unexpected writer output: {line}"),
            };
        }
        // After every kill: the plan opens, is intact, and holds every acknowledged write.
        if integrity(&path) != "ok" {
            integrity_failures += 1;
        }
        let store = Store::open_in_dir(dir.path()).expect("the plan opens after a kill");
        let goals = store.goals().expect("goals");
        let goal_ids: HashSet<String> = goals.iter().map(|g| g.id.clone()).collect();
        let step_ids: HashSet<String> = goals
            .iter()
            .flat_map(|g| g.steps.iter().map(|s| s.id.clone()))
            .collect();
        losses += acknowledged_goals.difference(&goal_ids).count();
        losses += acknowledged_steps.difference(&step_ids).count();
        let page = store
            .journal(&JournalQuery {
                limit: Some(500),
                ..JournalQuery::default()
            })
            .expect("journal");
        let total = page.total as usize;
        let mut reflection_ids: HashSet<String> =
            page.reflections.into_iter().map(|r| r.id).collect();
        let mut offset = 500;
        while offset < total {
            let more = store
                .journal(&JournalQuery {
                    limit: Some(500),
                    offset: offset as u32,
                    ..JournalQuery::default()
                })
                .expect("journal");
            reflection_ids.extend(more.reflections.into_iter().map(|r| r.id));
            offset += 500;
        }
        losses += acknowledged_reflections.difference(&reflection_ids).count();
    }

    println!(
        "crash test: {KILLS} kills, {} acknowledged writes ({} goals, {} steps, {} reflections), \
         losses = {losses}, integrity failures = {integrity_failures}, {:.1} s",
        acknowledged_goals.len() + acknowledged_steps.len() + acknowledged_reflections.len(),
        acknowledged_goals.len(),
        acknowledged_steps.len(),
        acknowledged_reflections.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        acknowledged_goals.len() > KILLS as usize,
        "the writer must have written between kills"
    );
    assert_eq!(losses, 0, "acknowledged writes lost");
    assert_eq!(integrity_failures, 0, "integrity failures");
}

/// A first start killed while the new plan is being made (its schema written,
/// its mark as a Waymark plan not yet) must leave a plan that opens, not one
/// refused as "not a Waymark plan".
#[test]
fn a_kill_while_a_new_plan_is_being_made_leaves_a_plan_that_opens() {
    // How long a first open takes here: from the spawn to the first acknowledged write.
    let span = time_to_first_line(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let arg = dir.path().to_str().expect("utf-8").to_owned();
        (dir, vec!["write".to_owned(), arg, "1".to_owned()])
    });
    let mut rng = Rng(0x0f12_57a9);
    let (mut empty, mut made) = (0, 0);
    for _ in 0..120 {
        let dir = tempfile::tempdir().expect("temp dir");
        let dir_arg = dir.path().to_str().expect("utf-8").to_owned();
        let after = Duration::from_micros(rng.next(span));
        run_and_kill(&["write", &dir_arg, "1"], after);
        let path = dir.path().join(DB_FILE_NAME);
        if path.exists() {
            made += 1;
            assert_eq!(integrity(&path), "ok");
        } else {
            empty += 1;
        }
        let store = Store::open_in_dir(dir.path()).expect("a half-made plan opens");
        assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
    }
    println!("first-open kills: 120 over {span} µs (no file yet: {empty}, a file begun: {made})");
}

#[test]
fn a_kill_during_a_migration_leaves_the_old_or_the_new_schema_never_a_mix() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/plan-v1.sqlite3");
    let copy_fixture = || {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(DB_FILE_NAME);
        std::fs::copy(&fixture, &path).expect("copy fixture");
        (dir, path)
    };
    // Kills spread over one and a half times a whole migration, so some land
    // before its commit and some after.
    let migration = time_to_first_line(|| {
        let (dir, path) = copy_fixture();
        (
            dir,
            vec![
                "migrate".to_owned(),
                path.to_str().expect("utf-8").to_owned(),
            ],
        )
    });
    let mut rng = Rng(0xdead_beef);
    let (mut old, mut new) = (0, 0);
    for _ in 0..40 {
        let (_dir, path) = copy_fixture();
        let after = Duration::from_micros(rng.next(migration * 3 / 2));
        run_and_kill(&["migrate", path.to_str().expect("utf-8")], after);

        assert_eq!(integrity(&path), "ok");
        let version: u32 = Connection::open(&path)
            .expect("raw")
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("version");
        assert!(
            version == 1 || version == SCHEMA_VERSION,
            "version {version}"
        );
        if version == 1 {
            old += 1
        } else {
            new += 1
        }
        // Whatever happened, opening it again finishes the job with all the data.
        let store = Store::open(&path).expect("opens");
        assert_eq!(store.schema_version().expect("v"), SCHEMA_VERSION);
        let goal = store.goal("fixture-goal-1").expect("the fixture's goal");
        assert_eq!(goal.title, "Learn to cook for friends");
        assert_eq!(goal.steps.len(), 2);
    }
    println!(
        "migration kills: 40 over {} µs (killed before the migration committed: {old}, after: {new})",
        migration * 3 / 2
    );
}

#[test]
fn a_kill_during_a_backup_leaves_the_plan_and_every_finished_backup_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dir_arg = dir.path().to_str().expect("utf-8 path").to_owned();
    {
        let store = Store::open_in_dir(dir.path()).expect("open");
        for i in 0..200 {
            let goal = store
                .create_goal(&GoalInput {
                    title: format!("Goal {i}"),
                    why: "A reason, in my own words. ".repeat(40),
                    life_area: "learning".into(),
                    target_date: None,
                })
                .expect("goal");
            store.add_step(&goal.id, "A step").expect("step");
        }
    }
    let backups_dir = dir.path().join(backup::BACKUP_DIR);
    let mut rng = Rng(0x00ba_c00b);
    let (mut acknowledged, mut half_written, mut checked) = (0usize, 0usize, 0usize);
    for _ in 0..40 {
        let after = Duration::from_millis(5 + rng.next(80));
        let lines = run_and_kill(&["backup", &dir_arg], after);
        acknowledged += lines.len();
        // The plan itself is untouched by a backup, whenever it is killed.
        assert_eq!(integrity(&dir.path().join(DB_FILE_NAME)), "ok");
        // A kill mid-backup leaves at most a .part file, never a broken backup.
        // (A kill before the first backup began leaves no backups folder yet.)
        let entries = match std::fs::read_dir(&backups_dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                assert!(lines.is_empty(), "a backup was acknowledged but no folder");
                continue;
            }
            Err(e) => panic!("backups folder: {e}"),
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.contains(".part") {
                half_written += 1;
                continue;
            }
            assert_eq!(integrity(&entry.path()), "ok", "{name}");
            checked += 1;
        }
        // The newest acknowledged backup is there and whole.
        if let Some(last) = lines.last() {
            let name = last.strip_prefix("backup ").expect("a backup line");
            let info = backup::list(&backups_dir, None)
                .expect("list")
                .into_iter()
                .find(|b| b.file_name == name)
                .expect("the acknowledged backup is kept");
            assert_eq!(info.counts.map(|c| c.goals), Some(200));
        }
    }
    let store = Store::open_in_dir(dir.path()).expect("opens");
    assert_eq!(store.counts().expect("counts").goals, 200);
    println!(
        "backup kills: 40, backups acknowledged {acknowledged}, half-written files seen after a kill {half_written}, \
         finished backups checked {checked}, integrity failures 0"
    );
    assert!(half_written > 0, "some kills must land mid-backup");
}

/// Turning the lock on and off, killed at any moment: the plan is the old one
/// or the new one, never a mix and never neither. After each kill it opens
/// (with the password if it is encrypted, without if it is not), is intact,
/// and holds every acknowledged goal.
#[test]
fn a_kill_while_the_lock_is_turned_on_or_off_leaves_the_old_plan_or_the_new_one() {
    use waymark_core::store::encrypt::{plan_at_rest, PlanAtRest};
    use waymark_core::store::keys::Password;
    const LOCK_KILLS: u64 = 120;
    let dir = tempfile::tempdir().expect("temp dir");
    let dir_arg = dir.path().to_str().expect("utf-8 path").to_owned();
    let mut rng = Rng(0x10c6_ed00);
    let mut acknowledged: HashSet<String> = HashSet::new();
    let (mut moves, mut found_locked, mut found_open, mut mid_move) =
        (0usize, 0usize, 0usize, 0usize);
    // A few moves' time, measured here: kills land all over a move.
    let span = {
        let started = Instant::now();
        let lines = run_and_kill(&["lock", &dir_arg], Duration::from_millis(600));
        let per_line = started.elapsed().as_micros() as u64 / (lines.len() as u64 + 1);
        acknowledged.extend(
            lines
                .iter()
                .filter_map(|l| l.strip_prefix("goal ").map(str::to_owned)),
        );
        (per_line * 6).max(20_000)
    };
    for _ in 0..LOCK_KILLS {
        let after = Duration::from_micros(5_000 + rng.next(span));
        for line in run_and_kill(&["lock", &dir_arg], after) {
            match line.strip_prefix("goal ") {
                Some(id) => {
                    acknowledged.insert(id.to_owned());
                }
                None => moves += 1,
            }
        }
        // Killed while the moved file was being written or checked.
        if dir.path().join("waymark.sqlite3.moving").exists() {
            mid_move += 1;
        }
        let store = match plan_at_rest(dir.path()).expect("the folder can be read") {
            PlanAtRest::Locked(keys) => {
                found_locked += 1;
                let key = keys
                    .unlock(&Password::typed("crash test password".into()))
                    .expect("the key file opens with the password");
                Store::open_in_dir_with_key(dir.path(), Some(key)).expect("the locked plan opens")
            }
            PlanAtRest::Open => {
                found_open += 1;
                let head = std::fs::read(dir.path().join(DB_FILE_NAME)).expect("a plan file");
                assert!(
                    head.starts_with(b"SQLite format 3"),
                    "plain, or locked with its key file"
                );
                Store::open_in_dir(dir.path()).expect("the plain plan opens")
            }
        };
        store.integrity_check().expect("intact");
        let goals: HashSet<String> = store
            .goals()
            .expect("goals")
            .into_iter()
            .map(|g| g.id)
            .collect();
        let lost = acknowledged.difference(&goals).count();
        assert_eq!(lost, 0, "acknowledged goals lost");
    }
    println!(
        "lock-move kills: {LOCK_KILLS} over {span} µs; {} acknowledged goals, {moves} finished moves; \
         found locked {found_locked}, open {found_open}; killed mid-move {mid_move}; 0 lost",
        acknowledged.len()
    );
    assert!(mid_move > 0, "some kills must land inside a move");
    assert!(
        moves > 10,
        "the writer must have moved between kills: {moves}"
    );
    assert!(found_locked > 0 && found_open > 0, "kills on both sides");
}
