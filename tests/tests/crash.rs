//! Crash safety: a child process writes goals and steps and prints each id after
//! its commit returns; the test kills it with SIGKILL at random moments, and
//! after every kill the plan must open, pass `PRAGMA integrity_check`, and hold
//! every acknowledged write. Also a kill during a schema migration.

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use rusqlite::Connection;
use waymark_core::{Store, DB_FILE_NAME, SCHEMA_VERSION};

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

#[test]
fn every_acknowledged_write_survives_sigkill() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(DB_FILE_NAME);
    let dir_arg = dir.path().to_str().expect("utf-8 path").to_owned();
    let mut rng = Rng(0x5eed_cafe);
    let mut acknowledged_goals: HashSet<String> = HashSet::new();
    let mut acknowledged_steps: HashSet<String> = HashSet::new();
    let (mut losses, mut integrity_failures) = (0usize, 0usize);
    let started = Instant::now();

    for kill in 0..KILLS {
        let after = Duration::from_millis(5 + rng.next(60));
        let seed = (kill + 1).to_string();
        for line in run_and_kill(&["write", &dir_arg, &seed], after) {
            match line.split_once(' ') {
                Some(("goal", id)) => acknowledged_goals.insert(id.to_owned()),
                Some(("step", id)) => acknowledged_steps.insert(id.to_owned()),
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
    }

    println!(
        "crash test: {KILLS} kills, {} acknowledged writes ({} goals, {} steps), losses = {losses}, \
         integrity failures = {integrity_failures}, {:.1} s",
        acknowledged_goals.len() + acknowledged_steps.len(),
        acknowledged_goals.len(),
        acknowledged_steps.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        acknowledged_goals.len() > KILLS as usize,
        "the writer must have written between kills"
    );
    assert_eq!(losses, 0, "acknowledged writes lost");
    assert_eq!(integrity_failures, 0, "integrity failures");
}

#[test]
fn a_kill_during_a_migration_leaves_the_old_or_the_new_schema_never_a_mix() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/plan-v1.sqlite3");
    let mut rng = Rng(0xdead_beef);
    let (mut old, mut new) = (0, 0);
    for _ in 0..40 {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(DB_FILE_NAME);
        std::fs::copy(&fixture, &path).expect("copy fixture");
        let after = Duration::from_micros(500 + rng.next(15_000));
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
    println!("migration kills: 40 (killed before the migration committed: {old}, after: {new})");
}
