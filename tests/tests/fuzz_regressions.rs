//! Every input in `fuzz/regressions/<target>/` (crashes the fuzzers found,
//! and the hostile files of issue 19) replayed through what the fuzz target
//! runs: `waymark_core::fuzzing`, which panics when Waymark breaks a promise
//! (a panic, a long error, a refused file that changed the plan, an accepted
//! one that cannot be shown or exported).

use waymark_core::fuzzing;
use waymark_tests::workspace_root;

fn replay(target: &str, run: impl Fn(&[u8])) {
    let dir = workspace_root().join("fuzz/regressions").join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no inputs in {}", dir.display());
    for file in files {
        let data = std::fs::read(&file).expect("readable");
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(&data)));
        assert!(outcome.is_ok(), "{target}: {name} broke a promise");
        println!("{target}: {name} ({} bytes) ok", data.len());
    }
}

#[test]
fn plan_files() {
    replay("plan_file", fuzzing::plan_file);
}

#[test]
fn everything_files() {
    replay("everything_file", fuzzing::everything_file);
}

#[test]
fn feedback_files() {
    replay("feedback_file", fuzzing::feedback_file);
}

#[test]
fn phrases_files() {
    replay("phrases_file", fuzzing::phrases_file);
}

#[test]
fn csv_prospectuses() {
    replay("prospectus_csv", |data| {
        fuzzing::prospectus(data, "prospectus.csv")
    });
}

#[test]
fn json_prospectuses() {
    replay("prospectus_json", |data| {
        fuzzing::prospectus(data, "prospectus.json")
    });
}

#[test]
fn sealed_files() {
    replay("sealed_file", fuzzing::sealed_file);
}
