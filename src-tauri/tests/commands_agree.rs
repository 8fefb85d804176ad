//! The window may call exactly the commands the shell registers: build.rs's list,
//! the `invoke_handler` in lib.rs and the capability must name the same set.

use std::collections::BTreeSet;

fn read(path: &str) -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/").to_owned() + path)
        .unwrap_or_else(|e| panic!("read {path}: {e}"))
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .find(start)
        .map(|i| i + start.len())
        .expect("start marker");
    let to = text[from..]
        .find(end)
        .map(|i| from + i)
        .expect("end marker");
    &text[from..to]
}

#[test]
fn build_script_handler_and_capability_name_the_same_commands() {
    let build = read("build.rs");
    let listed: BTreeSet<String> = between(&build, "const COMMANDS: &[&str] = &[", "];")
        .split(',')
        .map(|s| s.trim().trim_matches('"').to_owned())
        .filter(|s| !s.is_empty())
        .collect();

    let lib = read("src/lib.rs");
    let handled: BTreeSet<String> = between(&lib, "generate_handler![", "]")
        .split(',')
        .filter_map(|s| s.trim().rsplit("::").next().map(str::to_owned))
        .filter(|s| !s.is_empty())
        .collect();

    let capability: serde_json::Value =
        serde_json::from_str(&read("capabilities/main.json")).expect("capability json");
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .filter_map(|p| p.as_str())
        .filter_map(|p| p.strip_prefix("allow-"))
        .map(|p| p.replace('-', "_"))
        .collect();

    assert!(listed.len() >= 10, "{listed:?}");
    assert_eq!(listed, handled, "build.rs vs lib.rs");
    assert_eq!(listed, granted, "build.rs vs capabilities/main.json");
}

#[test]
fn the_window_gets_no_file_system_shell_or_global_api() {
    let config: serde_json::Value =
        serde_json::from_str(&read("tauri.conf.json")).expect("tauri.conf.json");
    assert_eq!(config["app"]["withGlobalTauri"], false);
    let csp = &config["app"]["security"]["csp"];
    let script_src = csp["script-src"].as_str().expect("script-src");
    for forbidden in [
        "unsafe-eval",
        "unsafe-inline",
        "data:",
        "blob:",
        "http:",
        "https:",
        "*",
    ] {
        assert!(
            !script_src.contains(forbidden),
            "script-src allows {forbidden}"
        );
    }
    let capability = read("capabilities/main.json");
    for forbidden in ["fs:", "shell:", "http:", "opener:"] {
        assert!(
            !capability.contains(forbidden),
            "capability grants {forbidden}"
        );
    }
    let manifest = read("Cargo.toml");
    for plugin in ["tauri-plugin-fs", "tauri-plugin-shell"] {
        assert!(
            !manifest.contains(plugin),
            "{plugin} must not be a dependency"
        );
    }
}
