//! The README's map of the code is the tree: every folder Git holds is listed,
//! every folder listed is there, and every module, command file and UI folder
//! the map names exists.

use std::collections::BTreeSet;

use waymark_tests::workspace_root;

fn readme() -> String {
    std::fs::read_to_string(workspace_root().join("README.md")).expect("README.md")
}

/// The folders Git holds files in (the repository's root left out).
fn tracked_folders() -> BTreeSet<String> {
    let out = std::process::Command::new("git")
        .args(["ls-files"])
        .current_dir(workspace_root())
        .output()
        .expect("git ls-files");
    assert!(out.status.success(), "git ls-files failed");
    let mut folders = BTreeSet::new();
    for file in String::from_utf8_lossy(&out.stdout).lines() {
        let mut path = std::path::Path::new(file);
        while let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            folders.insert(format!("{}/", parent.display()));
            path = parent;
        }
    }
    folders
}

/// The folders the README's "Every folder" block lists.
fn listed_folders(readme: &str) -> BTreeSet<String> {
    let start = readme
        .find("**Every folder**")
        .expect("an 'Every folder' list");
    let block = &readme[start..];
    let open = block.find("```\n").expect("its block") + 4;
    let close = open + block[open..].find("```").expect("its end");
    block[open..close]
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .filter(|first| first.ends_with('/') && !line_is_prose(first))
        .map(str::to_string)
        .collect()
}

fn line_is_prose(word: &str) -> bool {
    !word.contains('/') || word.starts_with('`')
}

#[test]
fn the_readme_lists_every_folder_and_only_folders_that_are_there() {
    let tracked = tracked_folders();
    let listed = listed_folders(&readme());
    assert!(tracked.len() > 40, "{tracked:?}");
    let missing: Vec<_> = tracked.difference(&listed).collect();
    let gone: Vec<_> = listed.difference(&tracked).collect();
    assert!(
        missing.is_empty(),
        "folders the README does not list: {missing:?}"
    );
    assert!(
        gone.is_empty(),
        "folders the README lists that are not there: {gone:?}"
    );
}

#[test]
fn every_module_command_file_and_ui_folder_in_the_map_exists() {
    let readme = readme();
    let start = readme.find("| idea |").expect("the map's table");
    let table = &readme[start..start + readme[start..].find("\n\n").expect("its end")];
    let root = workspace_root();
    let mut checked = 0;
    for row in table.lines().skip(2) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let (core, commands, ui) = (cells[2], cells[3], cells[4]);
        for name in names(core) {
            let path = root
                .join("src-tauri/core/src")
                .join(name.replace("::", "/"));
            assert!(
                path.with_extension("rs").exists() || path.join("mod.rs").exists(),
                "core module {name} ({row})"
            );
            checked += 1;
        }
        for name in names(commands) {
            let path = root.join("src-tauri/src/commands").join(&name);
            assert!(path.exists(), "command file {name} ({row})");
            checked += 1;
        }
        for name in names(ui) {
            assert!(
                root.join("ui/src").join(&name).exists(),
                "UI folder {name} ({row})"
            );
            checked += 1;
        }
    }
    assert!(checked > 40, "{checked} names checked");
}

/// The code names in a cell (in backticks), not the types in brackets.
fn names(cell: &str) -> Vec<String> {
    let before_brackets = cell.split('(').next().unwrap_or(cell);
    before_brackets
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|n| !n.is_empty() && !n.chars().next().is_some_and(char::is_uppercase))
        .map(String::from)
        .collect()
}
