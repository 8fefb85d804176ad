//! The one list of commands is the code: every `#[tauri::command]` in
//! `src/commands/`. build.rs hands them to Tauri and to `invoke_handler`; this
//! test writes their TypeScript side (`ui/src/lib/bindings/commands.ts`: each
//! command's name, its arguments with their types, and its answer), which the
//! UI's wrappers are type-checked against, and checks that the window's
//! capability grants exactly these commands.

use std::collections::BTreeSet;

use syn::{FnArg, GenericArgument, Item, Pat, PathArguments, ReturnType, Type};
fn read(path: &str) -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/").to_owned() + path)
        .unwrap_or_else(|e| panic!("read {path}: {e}"))
}

/// A command as the UI calls it.
struct Command {
    name: String,
    /// `(key, TypeScript type)`, as Tauri reads them.
    args: Vec<(String, String)>,
    answer: String,
}

/// Parameters Tauri fills in itself: never sent by the UI.
const INJECTED: &[&str] = &["State", "AppHandle", "Window", "WebviewWindow", "Webview"];

/// The TypeScript type of a Rust type as serde writes it; the names of the
/// generated types it uses go into `uses`.
fn ts(ty: &Type, uses: &mut BTreeSet<String>) -> String {
    match ty {
        Type::Reference(r) => ts(&r.elem, uses),
        Type::Tuple(t) if t.elems.is_empty() => "null".into(),
        Type::Path(p) => {
            let last = p.path.segments.last().expect("a type name");
            let inner: Vec<&Type> = match &last.arguments {
                PathArguments::AngleBracketed(a) => a
                    .args
                    .iter()
                    .filter_map(|a| match a {
                        GenericArgument::Type(t) => Some(t),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            };
            let name = last.ident.to_string();
            match name.as_str() {
                "String" | "str" => "string".into(),
                "bool" => "boolean".into(),
                "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "f32"
                | "f64" => "number".into(),
                "Option" => format!("{} | null", ts(inner[0], uses)),
                "Vec" => {
                    let item = ts(inner[0], uses);
                    if item.contains(' ') {
                        format!("({item})[]")
                    } else {
                        format!("{item}[]")
                    }
                }
                "BTreeMap" | "HashMap" => format!("Record<string, {}>", ts(inner[1], uses)),
                // The answer of a command that can fail: its error reaches the
                // UI as a rejected promise (an `ApiError`).
                "Answer" | "Result" => ts(inner[0], uses),
                // A channel the page makes and the command answers on as it goes.
                "Channel" => {
                    uses.insert(name.clone());
                    format!("Channel<{}>", ts(inner[0], uses))
                }
                _ => {
                    uses.insert(name.clone());
                    name
                }
            }
        }
        other => panic!("no TypeScript for {}", quote(other)),
    }
}

fn quote(ty: &Type) -> String {
    match ty {
        Type::Path(p) => p
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect::<Vec<_>>()
            .join("::"),
        _ => "a type".into(),
    }
}

fn injected(ty: &Type) -> bool {
    match ty {
        Type::Path(p) => p
            .path
            .segments
            .last()
            .is_some_and(|s| INJECTED.contains(&s.ident.to_string().as_str())),
        _ => false,
    }
}

/// `some_name` as Tauri expects it by default (`someName`).
fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut up = false;
    for c in name.chars() {
        if c == '_' {
            up = true;
        } else if up {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Every `#[tauri::command]` in src/commands/, by file, in the file's order.
fn commands(uses: &mut BTreeSet<String>) -> Vec<Command> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/commands");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("read src/commands")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    let mut found = Vec::new();
    for path in files {
        let file = syn::parse_file(&std::fs::read_to_string(&path).expect("read")).expect("parse");
        for item in file.items {
            let Item::Fn(function) = item else { continue };
            let Some(attribute) = function.attrs.iter().find(|a| {
                let segments: Vec<String> = a
                    .path()
                    .segments
                    .iter()
                    .map(|s| s.ident.to_string())
                    .collect();
                segments == ["tauri", "command"]
            }) else {
                continue;
            };
            let snake = match &attribute.meta {
                syn::Meta::List(list) => list.tokens.to_string().contains("\"snake_case\""),
                _ => false,
            };
            let mut args = Vec::new();
            for input in &function.sig.inputs {
                let FnArg::Typed(arg) = input else {
                    panic!("a command takes no self")
                };
                if injected(&arg.ty) {
                    continue;
                }
                let Pat::Ident(ident) = &*arg.pat else {
                    panic!("a plain argument name")
                };
                let name = ident.ident.to_string();
                let key = if snake { name } else { camel(&name) };
                args.push((key, ts(&arg.ty, uses)));
            }
            let answer = match &function.sig.output {
                ReturnType::Default => "null".into(),
                ReturnType::Type(_, ty) => ts(ty, uses),
            };
            found.push(Command {
                name: function.sig.ident.to_string(),
                args,
                answer,
            });
        }
    }
    found
}

/// The TypeScript the commands give.
fn typescript() -> (Vec<Command>, String) {
    let mut uses = BTreeSet::new();
    let commands = commands(&mut uses);
    let mut out = String::from(
        "// Generated from the #[tauri::command]s in src-tauri/src/commands by\n\
         // src-tauri/tests/commands_agree.rs (`cargo test`). Do not edit.\n\n",
    );
    for name in &uses {
        if name == "Channel" {
            out.push_str("import type { Channel } from '@tauri-apps/api/core';\n");
        } else {
            out.push_str(&format!("import type {{ {name} }} from './{name}';\n"));
        }
    }
    out.push_str("\n/** Every command: its arguments as Tauri reads them, and its answer. */\n");
    out.push_str("export interface Commands {\n");
    for command in &commands {
        let args = if command.args.is_empty() {
            "Record<string, never>".to_string()
        } else {
            let fields: Vec<String> = command
                .args
                .iter()
                .map(|(k, t)| format!("{k}: {t}"))
                .collect();
            format!("{{ {} }}", fields.join("; "))
        };
        out.push_str(&format!(
            "  {}: {{ args: {args}; answer: {} }};\n",
            command.name, command.answer
        ));
    }
    out.push_str("}\n");
    (commands, out)
}

#[test]
fn the_ui_s_command_types_are_written_from_the_rust_commands() {
    let (commands, generated) = typescript();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../ui/src/lib/bindings/commands.ts"
    );
    // Written like ts-rs writes the other bindings; CI fails on a stale copy.
    if std::fs::read_to_string(path).ok().as_deref() != Some(generated.as_str()) {
        std::fs::write(path, &generated).expect("write commands.ts");
    }
    let names: BTreeSet<&str> = commands.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names.len(), commands.len(), "a command name twice");
    // A few known shapes, so that a reader that finds nothing cannot pass.
    assert!(generated.contains("  get_goal: { args: { id: string }; answer: Goal };"));
    assert!(generated.contains("import type { GoalInput } from './GoalInput';"));
    assert!(generated
        .contains("  ui_ready: { args: { marks: Record<string, number> | null }; answer: null };"));
}

#[test]
fn the_capability_grants_exactly_the_commands() {
    let (commands, _) = typescript();
    let names: BTreeSet<String> = commands.iter().map(|c| c.name.clone()).collect();
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
    assert!(names.len() >= 10, "{names:?}");
    assert_eq!(names, granted, "src/commands vs capabilities/main.json");
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
