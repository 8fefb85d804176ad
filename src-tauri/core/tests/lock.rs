//! The lock on real files: turning it on encrypts the plan and every backup,
//! a new password does not re-encrypt anything, turning it off brings every
//! row back, backups of a locked plan stay locked, and a wrong or missing key
//! file changes nothing.

use std::path::Path;

use waymark_core::plan::journal::{AboutMe, ReflectionInput};
use waymark_core::store::backup::{self, BackupReason};
use waymark_core::store::encrypt::{plan_at_rest, PlanAtRest};
use waymark_core::store::files::is_plain_sqlite;
use waymark_core::store::keys::{
    DataKey, KdfParams, KeyFile, Password, RecoveryCode, KEY_FILE_NAME,
};
use waymark_core::{Error, GoalInput, Store, DB_FILE_NAME};

mod common;
use common::plan;

/// One sentence that appears nowhere but where this test puts it.
const CANARY: &str = "Quokka lanterns hum beside the tram depot";

fn fill(store: &Store) {
    let goal = store
        .create_goal(&GoalInput {
            title: format!("Goal: {CANARY}"),
            why: CANARY.into(),
            life_area: "learning".into(),
            target_date: None,
        })
        .expect("goal");
    store
        .add_step(&goal.id, &format!("Step: {CANARY}"))
        .expect("step");
    store
        .create_reflection(&ReflectionInput {
            written_on: "2027-01-12".into(),
            body: format!("Reflection: {CANARY}"),
            feeling: Some(3),
            shareable: false,
            ..ReflectionInput::default()
        })
        .expect("reflection");
    store
        .save_about_me(&AboutMe {
            preferred_name: "Jo".into(),
            ..AboutMe::default()
        })
        .expect("about");
    store.save_draft("goal-new", CANARY).expect("draft");
}

fn new_lock(password: &str) -> (DataKey, KeyFile, RecoveryCode) {
    let key = DataKey::random().expect("key");
    let code = RecoveryCode::random().expect("code");
    let keys = KeyFile::new(
        &key,
        &Password::new_one(password.into()).expect("password"),
        &code,
        KdfParams::MINIMUM,
    )
    .expect("key file");
    (key, keys, code)
}

/// Every file under `dir`, with whether the canary is in it (UTF-8 or UTF-16).
fn files_with_canary(dir: &Path) -> Vec<String> {
    let utf16: Vec<u8> = CANARY.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let mut hits = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let bytes = std::fs::read(&path).expect("read");
            let found = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
            if found(CANARY.as_bytes()) || found(&utf16) {
                hits.push(path.display().to_string());
            }
        }
    }
    hits
}

#[test]
fn turning_the_lock_on_encrypts_the_plan_and_its_backups_and_keeps_every_row() {
    let (dir, mut store) = plan();
    fill(&store);
    store
        .backup(BackupReason::Daily)
        .expect("a backup before the lock");
    let counts = store.counts().expect("counts");
    assert!(
        !files_with_canary(dir.path()).is_empty(),
        "the test's canary is findable"
    );

    let (key, keys, _) = new_lock("bluebell hill 7");
    let moved = store.lock_with(key, &keys).expect("lock");
    assert_eq!(moved.backups_moved, 1, "{moved:?}");
    assert_eq!(moved.backups_removed, 0);
    assert!(store.is_locked());
    // Everything still there and searchable, now from the encrypted file.
    assert_eq!(store.counts().expect("counts"), counts);
    assert_eq!(store.search("quokka", 0).expect("search").total, 3);
    assert_eq!(
        store.draft("goal-new").expect("draft").as_deref(),
        Some(CANARY)
    );
    let plan_file = dir.path().join(DB_FILE_NAME);
    assert!(!is_plain_sqlite(&plan_file));
    // A save after the lock goes into the encrypted plan too.
    store
        .add_step(&store.goals().expect("goals")[0].id, CANARY)
        .expect("step");
    drop(store);
    assert_eq!(files_with_canary(dir.path()), Vec::<String>::new());
    let head = std::fs::read(&plan_file).expect("plan");
    assert!(!head.starts_with(b"SQLite format 3"));

    // Locked at rest; it opens with the password, not without it.
    let keys = match plan_at_rest(dir.path()).expect("at rest") {
        PlanAtRest::Locked(keys) => keys,
        PlanAtRest::Open => panic!("the plan should be locked"),
    };
    assert!(matches!(
        Store::open_in_dir(dir.path()),
        Err(Error::NotAPlan)
    ));
    let key = keys
        .unlock(&Password::typed("bluebell hill 7".into()))
        .expect("unlock");
    let store = Store::open_in_dir_with_key(dir.path(), Some(key)).expect("open locked");
    assert_eq!(store.counts().expect("counts").steps, counts.steps + 1);
    let backups = backup::list(&dir.path().join("backups"), None).expect("list");
    assert!(backups.iter().all(|b| b.locked), "{backups:?}");
}

#[test]
fn a_new_password_rewraps_the_key_and_does_not_touch_the_plan() {
    let (dir, mut store) = plan();
    fill(&store);
    let (key, keys, code) = new_lock("first password");
    store.lock_with(key.clone(), &keys).expect("lock");
    drop(store);
    let plan_bytes = std::fs::read(dir.path().join(DB_FILE_NAME)).expect("plan");

    let changed = keys
        .with_new_password(
            &key,
            &Password::new_one("second password".into()).expect("pw"),
        )
        .expect("rewrap");
    changed.write(dir.path()).expect("write");
    assert_eq!(
        std::fs::read(dir.path().join(DB_FILE_NAME)).expect("plan"),
        plan_bytes,
        "not re-encrypted"
    );
    let keys = KeyFile::read(dir.path()).expect("read").expect("there");
    assert!(matches!(
        keys.unlock(&Password::typed("first password".into())),
        Err(Error::WrongPassword)
    ));
    let again = keys
        .unlock(&Password::typed("second password".into()))
        .expect("new password");
    Store::open_in_dir_with_key(dir.path(), Some(again)).expect("opens");
    // "I forgot my password": the recovery code opens it too.
    let by_code = keys.unlock_with_recovery(&code).expect("code");
    assert_eq!(by_code, key);
}

#[test]
fn turning_the_lock_off_brings_every_row_back_unencrypted() {
    let (dir, mut store) = plan();
    fill(&store);
    store.backup(BackupReason::Daily).expect("backup");
    let counts = store.counts().expect("counts");
    let (key, keys, _) = new_lock("a long password");
    store.lock_with(key, &keys).expect("lock");
    store.backup(BackupReason::Daily).expect("a locked backup");

    let moved = store.unlock_for_good().expect("unlock");
    assert_eq!(moved.backups_moved, 2, "{moved:?}");
    assert!(!store.is_locked());
    assert_eq!(store.counts().expect("counts"), counts);
    assert_eq!(store.search("quokka", 0).expect("search").total, 3);
    drop(store);
    assert!(is_plain_sqlite(&dir.path().join(DB_FILE_NAME)));
    assert!(!dir.path().join(KEY_FILE_NAME).exists());
    let backups = backup::list(&dir.path().join("backups"), None).expect("list");
    assert_eq!(backups.len(), 2);
    assert!(
        backups.iter().all(|b| !b.locked && b.counts.is_some()),
        "{backups:?}"
    );
    assert!(matches!(plan_at_rest(dir.path()), Ok(PlanAtRest::Open)));
    Store::open_in_dir(dir.path()).expect("opens without a key");
}

#[test]
fn backups_of_a_locked_plan_are_locked_with_its_key_and_restore() {
    let (dir, mut store) = plan();
    fill(&store);
    let (key, keys, _) = new_lock("a long password");
    store.lock_with(key.clone(), &keys).expect("lock");
    let made = store.backup(BackupReason::Daily).expect("backup");
    assert!(made.locked);
    assert_eq!(made.counts.map(|c| c.goals), Some(1));
    let elsewhere = tempfile::tempdir().expect("usb stick");
    let copy = elsewhere.path().join("my-plan.sqlite3");
    store.backup_to(&copy).expect("back up now");
    assert!(!is_plain_sqlite(&copy));
    assert_eq!(files_with_canary(elsewhere.path()), Vec::<String>::new());
    Store::open_with_key(&copy, Some(key.clone())).expect("the copy opens with the key");
    assert!(matches!(Store::open(&copy), Err(Error::NotAPlan)));

    let goal = store.goals().expect("goals")[0].id.clone();
    store.delete_goal(&goal).expect("delete");
    let counts = store.restore_backup(&made.file_name).expect("restore");
    assert_eq!(counts.goals, 1);
    assert!(store.is_locked());
    let preview = waymark_core::plan::backup_preview::preview(
        &dir.path().join("backups"),
        &made.file_name,
        Some(&key),
    )
    .expect("preview");
    assert_eq!(preview.goal_titles.len(), 1);
}

#[test]
fn a_backup_from_before_the_lock_is_restored_only_when_asked_and_then_locked() {
    let (dir, mut store) = plan();
    fill(&store);
    // A backup from before the lock, kept aside (a USB stick) and put back.
    let (other, plain) = plan();
    fill(&plain);
    plain
        .create_goal(&GoalInput {
            title: "Only in the old backup".into(),
            why: String::new(),
            life_area: "home".into(),
            target_date: None,
        })
        .expect("goal");
    let old = plain.backup(BackupReason::Daily).expect("old backup");
    drop(plain);
    let (key, keys, _) = new_lock("a long password");
    store.lock_with(key, &keys).expect("lock");
    std::fs::create_dir_all(dir.path().join("backups")).expect("folder");
    std::fs::copy(
        other.path().join("backups").join(&old.file_name),
        dir.path().join("backups").join(&old.file_name),
    )
    .expect("put back");

    let listed = backup::list(&dir.path().join("backups"), None).expect("list");
    let found = listed
        .iter()
        .find(|b| b.file_name == old.file_name)
        .expect("listed");
    assert!(!found.locked);
    let before = store.counts().expect("counts");
    assert!(matches!(
        store.restore_backup(&old.file_name),
        Err(Error::BackupNotLocked)
    ));
    assert_eq!(store.counts().expect("counts"), before, "nothing changed");
    let counts = store
        .restore_backup_and_lock_it(&old.file_name)
        .expect("restore and lock");
    assert_eq!(counts.goals, 2);
    assert!(store.is_locked());
    drop(store);
    assert!(!is_plain_sqlite(&dir.path().join(DB_FILE_NAME)));
    assert!(!dir
        .path()
        .join("backups")
        .join(format!("{}.moving", old.file_name))
        .exists());
}

#[test]
fn a_key_file_of_another_plan_is_refused_and_the_plan_is_untouched() {
    let (dir, mut store) = plan();
    fill(&store);
    let (key, keys, _) = new_lock("a long password");
    store.lock_with(key, &keys).expect("lock");
    drop(store);
    let before = std::fs::read(dir.path().join(DB_FILE_NAME)).expect("plan");
    let (_, foreign, _) = new_lock("a long password");
    foreign.write(dir.path()).expect("swap the key file");
    let key = foreign
        .unlock(&Password::typed("a long password".into()))
        .expect("the other plan's key");
    assert!(matches!(
        Store::open_in_dir_with_key(dir.path(), Some(key)),
        Err(Error::KeyFileMissing)
    ));
    std::fs::remove_file(dir.path().join(KEY_FILE_NAME)).expect("no key file");
    assert!(matches!(
        Store::open_in_dir(dir.path()),
        Err(Error::NotAPlan)
    ));
    std::fs::write(dir.path().join(KEY_FILE_NAME), b"{\"format\": 1}").expect("damaged");
    assert!(matches!(
        plan_at_rest(dir.path()),
        Err(Error::KeyFileDamaged)
    ));
    assert_eq!(
        std::fs::read(dir.path().join(DB_FILE_NAME)).expect("plan"),
        before,
        "never overwritten"
    );
}

#[test]
fn a_lock_interrupted_before_the_swap_leaves_the_plain_plan_and_is_tidied() {
    let (dir, store) = plan();
    fill(&store);
    drop(store);
    // As a crash leaves it: the key file written, the moving file half done.
    let (_, keys, _) = new_lock("a long password");
    keys.write(dir.path()).expect("key file");
    std::fs::write(dir.path().join("waymark.sqlite3.moving"), b"half").expect("moving");
    assert!(matches!(plan_at_rest(dir.path()), Ok(PlanAtRest::Open)));
    let store = Store::open_in_dir(dir.path()).expect("opens as it was");
    assert_eq!(store.counts().expect("counts").goals, 1);
    assert!(!dir.path().join(KEY_FILE_NAME).exists());
    assert!(!dir.path().join("waymark.sqlite3.moving").exists());
}

#[cfg(unix)]
#[test]
fn the_folder_and_every_file_in_it_are_this_accounts_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("data");
    std::fs::create_dir(&data).expect("data");
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let store = Store::open_in_dir(&data).expect("open");
    fill(&store);
    store.backup(BackupReason::Daily).expect("backup");
    let (key, keys, _) = new_lock("a long password");
    let mut store = store;
    store.lock_with(key, &keys).expect("lock");
    store.backup(BackupReason::Daily).expect("backup");
    let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("backups")), 0o700);
    let mut stack = vec![data.clone()];
    let mut files = 0;
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).expect("read").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files += 1;
                assert_eq!(mode(&path), 0o600, "{}", path.display());
            }
        }
    }
    assert!(files >= 5, "plan, its logs, key file, backups: {files}");
}
