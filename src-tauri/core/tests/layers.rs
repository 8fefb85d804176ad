//! The core's modules depend on each other one way only: each layer uses only
//! the layers before it, and no two files use each other, directly or round a
//! circle. Read from the source itself, so a new `use crate::…` that points
//! back up fails here, with the path that does it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first. A module may use its own layer and those before.
const LAYERS: &[&[&str]] = &[
    &["error", "validate"],
    &["store"],
    &["plan"],
    &["files"],
    &["share"],
    &["export"],
    &["move_in"],
    &["tutor"],
    &["fuzzing"],
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `src`, as its module path (`store::open`).
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&src(), &mut files);
    files
        .into_iter()
        .map(|path| {
            let relative = path.strip_prefix(src()).expect("under src");
            let mut parts: Vec<String> = relative
                .iter()
                .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
                .collect();
            if parts.last().is_some_and(|p| p == "mod") {
                parts.pop();
            }
            let module = parts.join("::");
            (module, std::fs::read_to_string(&path).expect("read module"))
        })
        .collect()
}

/// The source without comments (doc links name paths too, but use nothing).
fn code(source: &str) -> String {
    source
        .lines()
        .map(|line| match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The names `lib.rs` re-exports at the crate's root, and the module each
/// comes from: `crate::Store` is a use of `store::connection`.
fn root_names(lib: &str) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    let flat = code(lib).replace('\n', " ");
    for statement in flat.split(';') {
        let Some(rest) = statement.trim().strip_prefix("pub use ") else {
            continue;
        };
        let (module, list) = match rest.split_once("::{") {
            Some((module, list)) => (module.to_string(), list.trim_end_matches('}').to_string()),
            None => {
                let (module, name) = rest.rsplit_once("::").expect("a path");
                (module.to_string(), name.to_string())
            }
        };
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            names.insert(name.to_string(), module.clone());
        }
    }
    names
}

/// The modules `source` uses: every `crate::…` path, `use crate::{…}`
/// groups included, resolved to the longest module it names.
fn uses(source: &str, modules: &BTreeSet<String>, root: &BTreeMap<String, String>) -> Vec<String> {
    let code = code(source);
    let mut paths: Vec<String> = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let text: String = bytes.iter().collect();
    let mut at = 0;
    while let Some(found) = text[at..].find("crate::") {
        let start = at + found + "crate::".len();
        // Read the path: segments of letters, digits and `_` joined by `::`;
        // a `{…}` group expands to each of its paths.
        let rest = &text[start..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        let head = rest[..end].trim_end_matches(':').to_string();
        if rest[end..].starts_with('{') && rest[..end].ends_with("::") || head.is_empty() {
            let close = rest.find('}').expect("a closed group");
            let group = &rest[end + 1..close];
            for item in group.split(',').map(str::trim).filter(|i| !i.is_empty()) {
                let item = item.split(" as ").next().unwrap_or(item);
                paths.push(if head.is_empty() {
                    item.to_string()
                } else {
                    format!("{head}::{item}")
                });
            }
        } else {
            paths.push(head);
        }
        at = start;
    }
    paths
        .into_iter()
        .filter_map(|path| {
            let first = path.split("::").next().unwrap_or("");
            if let Some(module) = root.get(first) {
                return Some(module.clone());
            }
            let segments: Vec<&str> = path.split("::").collect();
            (1..=segments.len())
                .rev()
                .map(|n| segments[..n].join("::"))
                .find(|candidate| modules.contains(candidate))
                .or_else(|| panic!("`crate::{path}` names no module of the core"))
        })
        .collect()
}

fn layer(module: &str) -> usize {
    let top = module.split("::").next().unwrap_or(module);
    LAYERS
        .iter()
        .position(|layer| layer.contains(&top))
        .unwrap_or_else(|| panic!("module `{top}` is in no layer: add it to LAYERS"))
}

/// Every file's uses of other files (itself and the crate root left out).
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let lib = modules.get("lib").expect("lib.rs").clone();
    let root = root_names(&lib);
    let names: BTreeSet<String> = modules.keys().cloned().collect();
    modules
        .iter()
        .filter(|(module, _)| *module != "lib")
        .map(|(module, source)| {
            let used = uses(source, &names, &root)
                .into_iter()
                .filter(|used| used != module)
                .collect();
            (module.clone(), used)
        })
        .collect()
}

#[test]
fn every_layer_uses_only_the_layers_before_it() {
    let mut wrong = Vec::new();
    for (module, used) in graph() {
        for other in used {
            if layer(&other) > layer(&module) {
                wrong.push(format!("{module} uses {other}, a layer above it"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_two_modules_use_each_other_even_round_a_circle() {
    let graph = graph();
    // Depth first; a module met again while it is still open closes a circle.
    fn visit(
        module: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        open: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if done.contains(module) {
            return None;
        }
        if let Some(at) = open.iter().position(|m| m == module) {
            let mut circle = open[at..].to_vec();
            circle.push(module.to_string());
            return Some(circle);
        }
        open.push(module.to_string());
        for next in graph.get(module).into_iter().flatten() {
            if let Some(circle) = visit(next, graph, open, done) {
                return Some(circle);
            }
        }
        open.pop();
        done.insert(module.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        if let Some(circle) = visit(module, &graph, &mut Vec::new(), &mut done) {
            panic!("an import circle: {}", circle.join(" → "));
        }
    }
}

#[test]
fn a_folder_s_mod_rs_only_names_its_files() {
    // Were a folder's `mod.rs` to hold code, its files would use it and it
    // them: a circle the graph above could not see.
    for (module, source) in modules() {
        let path = src().join(module.replace("::", "/")).join("mod.rs");
        if !path.exists() {
            continue;
        }
        for line in code(&source).lines().map(str::trim) {
            assert!(
                line.is_empty() || (line.starts_with("pub mod ") && line.ends_with(';')),
                "{module}/mod.rs holds more than its modules: {line}"
            );
        }
    }
}

#[test]
fn the_graph_reads_paths_the_way_the_code_writes_them() {
    // The reader itself, on the shapes the core uses, so a quiet reader
    // cannot make the tests above pass.
    let modules: BTreeSet<String> = ["store", "store::open", "plan::goals", "error"]
        .into_iter()
        .map(String::from)
        .collect();
    let root = root_names("pub use error::{Error, Result};\npub use store::open::Store;");
    let source = "use crate::store::open::{now, Store};\nuse crate::{Error, plan::goals::Goal};\n\
                  // crate::plan::goals is only named in a comment\nfn f() { crate::store::open::now(); }";
    assert_eq!(
        uses(source, &modules, &root),
        vec![
            "store::open",
            "store::open",
            "error",
            "plan::goals",
            "store::open"
        ]
    );
    assert_eq!(layer("plan::goals"), 2);
    assert_eq!(layer("validate"), 0);
}
