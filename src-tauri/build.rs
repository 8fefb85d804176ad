//! Registers Waymark's own commands with Tauri's permission system, so the
//! window's capability (capabilities/main.json) grants each one by name and a
//! command not listed there cannot be called.
//!
//! The one list of commands is the code: every `#[tauri::command]` function in
//! `src/commands/`. This script reads them from there, hands their names to
//! Tauri, and writes the `invoke_handler` list lib.rs includes. The TypeScript
//! side is generated from the same functions (`tests/commands_agree.rs`).

use std::path::Path;

/// `(module, function)` for every `#[tauri::command]` in `src/commands/`,
/// sorted by module, in the order each file has them.
fn commands() -> Vec<(String, String)> {
    let dir = Path::new("src/commands");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("read src/commands")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    let mut found = Vec::new();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let module = path
            .file_stem()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let source = std::fs::read_to_string(&path).expect("read a command file");
        let mut lines = source.lines();
        while let Some(line) = lines.next() {
            if !line.trim_start().starts_with("#[tauri::command") {
                continue;
            }
            let function = lines
                .by_ref()
                .find_map(|l| l.trim_start().strip_prefix("pub fn "))
                .expect("a command is a `pub fn`");
            let name: String = function
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found.push((module.clone(), name));
        }
    }
    found
}

fn main() {
    let commands = commands();
    // Tauri keeps the names for the whole build: a build script may leak them.
    let names: &'static [&'static str] = Vec::leak(
        commands
            .iter()
            .map(|(_, name)| &*String::leak(name.clone()))
            .collect(),
    );
    let handler = format!(
        "tauri::generate_handler![\n{}]\n",
        commands
            .iter()
            .map(|(module, name)| format!("    commands::{module}::{name},\n"))
            .collect::<String>()
    );
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(Path::new(&out).join("handler.rs"), handler).expect("write handler.rs");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(names)),
    )
    .expect("failed to run tauri-build");
}
