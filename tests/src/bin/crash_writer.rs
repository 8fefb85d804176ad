//! A child process for the crash test. It writes to a real plan and prints a
//! line for every write only after the write's commit has returned, so every
//! printed id is an acknowledged write. The test kills it with SIGKILL.
//!
//! crash_writer write DIR SEED   goals, steps and reflections in a loop, forever
//! crash_writer backup DIR       backups of the plan in DIR in a loop, forever
//! crash_writer migrate FILE     open (and so migrate) FILE once, then wait
//! crash_writer lock DIR         a goal, then the lock turned on (or off), in a
//!                               loop, forever (password: [`LOCK_PASSWORD`])

use std::io::Write;

use waymark_core::plan::journal::ReflectionInput;
use waymark_core::store::backup::BackupReason;
use waymark_core::store::encrypt::{plan_at_rest, PlanAtRest};
use waymark_core::store::keys::{DataKey, KdfParams, KeyFile, Password, RecoveryCode};
use waymark_core::{GoalInput, Store};

/// The password the lock crash test's plan is locked with.
pub const LOCK_PASSWORD: &str = "crash test password";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let out = std::io::stdout();
    let mut out = out.lock();
    match args.get(1).map(String::as_str) {
        Some("write") => {
            let dir = std::path::PathBuf::from(&args[2]);
            let seed: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(1);
            let store = Store::open_in_dir(&dir).unwrap_or_else(|e| fail(&e.to_string()));
            let mut n = seed;
            loop {
                n = n
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let goal = store
                    .create_goal(&GoalInput {
                        title: format!("Goal {n:x} — ünïcödé ✓"),
                        why: "Because it matters to me. ".repeat((n % 20) as usize),
                        life_area: "learning".into(),
                        target_date: None,
                    })
                    .unwrap_or_else(|e| fail(&e.to_string()));
                let _ = writeln!(out, "goal {}", goal.id);
                let _ = out.flush();
                let goal = store
                    .add_step(&goal.id, &format!("A small step {n:x}"))
                    .unwrap_or_else(|e| fail(&e.to_string()));
                let _ = writeln!(out, "step {}", goal.steps[0].id);
                let _ = out.flush();
                let reflection = store
                    .create_reflection(&ReflectionInput {
                        written_on: "2026-11-26".into(),
                        body: format!("Heute war gut {n:x}. ").repeat(1 + (n % 30) as usize),
                        feeling: Some(1 + (n % 5) as i32),
                        goal_id: Some(goal.id.clone()),
                        ..ReflectionInput::default()
                    })
                    .unwrap_or_else(|e| fail(&e.to_string()));
                let _ = writeln!(out, "reflection {}", reflection.id);
                let _ = out.flush();
            }
        }
        Some("backup") => {
            let dir = std::path::PathBuf::from(&args[2]);
            let store = Store::open_in_dir(&dir).unwrap_or_else(|e| fail(&e.to_string()));
            loop {
                let made = store
                    .backup(BackupReason::Daily)
                    .unwrap_or_else(|e| fail(&e.to_string()));
                let _ = writeln!(out, "backup {}", made.file_name);
                let _ = out.flush();
            }
        }
        Some("migrate") => {
            let store = Store::open(std::path::Path::new(&args[2]))
                .unwrap_or_else(|e| fail(&e.to_string()));
            let _ = writeln!(out, "migrated {}", store.schema_version().unwrap_or(0));
            let _ = out.flush();
            std::thread::sleep(std::time::Duration::from_secs(60));
        }
        Some("lock") => {
            let dir = std::path::PathBuf::from(&args[2]);
            let password = || Password::typed(LOCK_PASSWORD.into());
            let key = match plan_at_rest(&dir).unwrap_or_else(|e| fail(&e.to_string())) {
                PlanAtRest::Locked(keys) => Some(
                    keys.unlock(&password())
                        .unwrap_or_else(|e| fail(&e.to_string())),
                ),
                PlanAtRest::Open => None,
            };
            let mut store =
                Store::open_in_dir_with_key(&dir, key).unwrap_or_else(|e| fail(&e.to_string()));
            let mut n = 0u64;
            loop {
                n += 1;
                let goal = store
                    .create_goal(&GoalInput {
                        title: format!("Goal {n} before a lock move"),
                        why: "Kept through every move. ".repeat(10),
                        life_area: "learning".into(),
                        target_date: None,
                    })
                    .unwrap_or_else(|e| fail(&e.to_string()));
                let _ = writeln!(out, "goal {}", goal.id);
                let _ = out.flush();
                if store.is_locked() {
                    store
                        .unlock_for_good()
                        .unwrap_or_else(|e| fail(&e.to_string()));
                    let _ = writeln!(out, "unlocked");
                } else {
                    let key = DataKey::random().unwrap_or_else(|e| fail(&e.to_string()));
                    let code = RecoveryCode::random().unwrap_or_else(|e| fail(&e.to_string()));
                    let new = Password::new_one(LOCK_PASSWORD.into())
                        .unwrap_or_else(|e| fail(&e.to_string()));
                    let keys = KeyFile::new(&key, &new, &code, KdfParams::MINIMUM)
                        .unwrap_or_else(|e| fail(&e.to_string()));
                    store
                        .lock_with(key, &keys)
                        .unwrap_or_else(|e| fail(&e.to_string()));
                    let _ = writeln!(out, "locked");
                }
                let _ = out.flush();
            }
        }
        _ => fail("usage: crash_writer write DIR SEED | backup DIR | migrate FILE | lock DIR"),
    }
}

fn fail(message: &str) -> ! {
    eprintln!("crash_writer: {message}");
    std::process::exit(2);
}
