//! Writes `docs/PERFORMANCE.md` from the figures the suite left in `target/`
//! (criterion's `target/criterion`, `perf_app`'s and the typing bench's
//! `target/perf/*.json`), with the machine, the data set, every figure and
//! ratio, each target and whether it is met. Run by `tests/performance.sh`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use waymark_tests::ten_year::{ONE_TERM, TEN_YEARS};
use waymark_tests::{workspace_root, Result};

/// A figure: median, min and max, in ms.
#[derive(Clone, Copy)]
struct Fig {
    median: f64,
    min: f64,
    max: f64,
}

impl Fig {
    fn of(mut v: Vec<f64>) -> Option<Fig> {
        if v.is_empty() {
            return None;
        }
        v.sort_by(f64::total_cmp);
        Some(Fig {
            median: v[v.len() / 2],
            min: v[0],
            max: v[v.len() - 1],
        })
    }

    fn ms(&self) -> String {
        format!("{} ({}–{})", ms(self.median), ms(self.min), ms(self.max))
    }
}

/// A start this much slower than the same app's fastest is WebKitGTK's
/// stall (it waits 500 ms for a page's first frame), not the app's own work.
const STALL_MS: f64 = 350.0;

/// The A B starts of `perf_app`, Waymark's and the bare app's, in pairs.
struct Starts {
    /// `[waymark, bare]`, in the order they ran.
    ms: [Vec<f64>; 2],
}

impl Starts {
    fn of(app: Option<&serde_json::Value>) -> Option<Starts> {
        let app = app?;
        let ms = [
            numbers(&app["waymark"]["start_ms"]),
            numbers(&app["bare"]["start_ms"]),
        ];
        (!ms[0].is_empty() && ms[0].len() == ms[1].len()).then_some(Starts { ms })
    }

    fn stalled(&self, who: usize, at: f64) -> bool {
        let fastest = self.ms[who].iter().copied().fold(f64::INFINITY, f64::min);
        at > fastest + STALL_MS
    }

    /// The starts of `who` that did not stall.
    fn unstalled(&self, who: usize) -> Option<Fig> {
        Fig::of(
            self.ms[who]
                .iter()
                .copied()
                .filter(|&t| !self.stalled(who, t))
                .collect(),
        )
    }

    /// The median of Waymark / bare over the pairs in which neither
    /// stalled, and how many such pairs there were.
    fn paired(&self) -> Option<(f64, usize)> {
        let ratios: Vec<f64> = self.ms[0]
            .iter()
            .zip(&self.ms[1])
            .filter(|&(&a, &b)| !self.stalled(0, a) && !self.stalled(1, b))
            .map(|(a, b)| a / b)
            .collect();
        let n = ratios.len();
        Fig::of(ratios).map(|f| (f.median, n))
    }

    /// "none", or how many starts stalled and how long they took.
    fn stalls(&self, who: usize) -> String {
        let slow: Vec<String> = self.ms[who]
            .iter()
            .filter(|&&t| self.stalled(who, t))
            .map(|&t| ms(t))
            .collect();
        match slow.len() {
            0 => "none".into(),
            n => format!("{n} of {}: {}", self.ms[who].len(), slow.join(", ")),
        }
    }
}

fn ms(v: f64) -> String {
    if v < 1.0 {
        format!("{:.0} µs", v * 1000.0)
    } else if v < 100.0 {
        format!("{v:.1} ms")
    } else {
        format!("{v:.0} ms")
    }
}

/// Criterion's samples for `group/function`, per iteration, in ms.
fn criterion(root: &Path, group: &str, function: &str) -> Option<Fig> {
    let dir = root
        .join("target/criterion")
        .join(group.replace('/', "_"))
        .join(function)
        .join("new");
    let sample: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("sample.json")).ok()?).ok()?;
    let iters = sample["iters"].as_array()?;
    let times = sample["times"].as_array()?;
    let per: Vec<f64> = iters
        .iter()
        .zip(times)
        .filter_map(|(i, t)| Some(t.as_f64()? / i.as_f64()? / 1e6))
        .collect();
    Fig::of(per)
}

/// A table row: Waymark's figure, the floor's, and their ratio.
fn against(label: &str, waymark: &Fig, floor: &Fig) -> String {
    format!(
        "| {label} | {} | {} | {:.1}× |",
        waymark.ms(),
        floor.ms(),
        waymark.median / floor.median
    )
}

fn json(path: &Path) -> Option<Value> {
    serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
}

fn numbers(v: &Value) -> Vec<f64> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_f64).collect())
        .unwrap_or_default()
}

fn output(cmd: &str, args: &[&str]) -> String {
    Command::new(cmd)
        .args(args)
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default()
}

fn size(path: &Path) -> Option<u64> {
    std::fs::metadata(path).ok().map(|m| m.len())
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_048_576.0)
}

fn met(ok: bool) -> &'static str {
    if ok {
        "**met**"
    } else {
        "**not met**"
    }
}

/// The newest `.deb` in `dir` whose name starts with `name_`, if one was built.
fn deb_in(dir: &Path, name: &str) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "deb"))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("{name}_")))
        })
        .max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
}

/// The UI bundle (JS and CSS, fonts left out), gzipped, in bytes.
fn ui_gzip(root: &Path) -> Option<u64> {
    let assets = root.join("ui/dist/assets");
    let mut total = 0;
    for entry in std::fs::read_dir(assets).ok()? {
        let path = entry.ok()?.path();
        if path.extension().is_some_and(|e| e == "js" || e == "css") {
            let out = Command::new("gzip")
                .args(["-9", "-c"])
                .arg(&path)
                .output()
                .ok()?;
            total += out.stdout.len() as u64;
        }
    }
    Some(total)
}

const SCREENS: &[(&str, &str)] = &[
    ("home", "Home"),
    ("goals_list", "My goals (every goal and step)"),
    ("goal_thread", "A goal's story (the busiest goal)"),
    ("catalogue_search", "Course catalogue, searching \"group\""),
    ("journal_page", "Journal, first page of 50"),
    ("plan_search", "Search my plan, \"tutor\", first 20 hits"),
    (
        "progress_view",
        "Progress view (reviews, chart, terms, highlights)",
    ),
    (
        "share_preview",
        "Share preview (everything but reflections)",
    ),
];

/// A tutor's term, from `target/perf/term.json` (`--bench term`) and
/// `target/perf/bring_in.json` (the core's `--bench bring_in`).
struct Term {
    diff: Option<Fig>,
    same: Option<Fig>,
    students: Option<Fig>,
    sheet: Option<Fig>,
    bring_in: Option<Fig>,
    plan_mb: f64,
    files: u64,
}

impl Term {
    fn read(root: &Path) -> Term {
        let term = json(&root.join("target/perf/term.json"));
        let bring = json(&root.join("target/perf/bring_in.json"));
        let fig = |v: &Option<Value>, k: &str| v.as_ref().and_then(|v| Fig::of(numbers(&v[k])));
        Term {
            diff: fig(&term, "diff_ms"),
            same: fig(&term, "diff_same_ms"),
            students: fig(&term, "students_ms"),
            sheet: fig(&term, "sheet_pdf_ms"),
            bring_in: fig(&bring, "bring_in_ms"),
            plan_mb: term
                .as_ref()
                .and_then(|t| t["plan_mb"].as_f64())
                .unwrap_or(0.0),
            files: bring
                .as_ref()
                .and_then(|b| b["files"].as_u64())
                .unwrap_or(0),
        }
    }

    fn targets(&self, md: &mut String) -> std::fmt::Result {
        if let Some(b) = &self.bring_in {
            writeln!(
                md,
                "| a tutor brings in {} plan files (and sees the list) in under 5 s | {} | {} |",
                self.files,
                ms(b.median),
                met(b.median < 5000.0)
            )?;
        }
        if let Some(d) = &self.diff {
            writeln!(
                md,
                "| what changed between two ten-year plans under 100 ms | {} | {} |",
                ms(d.median),
                met(d.median < 100.0)
            )?;
        }
        if let Some(l) = &self.students {
            writeln!(
                md,
                "| My students with 60 students under 20 ms | {} | {} |",
                ms(l.median),
                met(l.median < 20.0)
            )?;
        }
        Ok(())
    }

    /// The section "A tutor's term"; nothing when the benches did not run.
    fn section(&self, md: &mut String) -> std::fmt::Result {
        if self.diff.is_none() && self.bring_in.is_none() {
            return Ok(());
        }
        writeln!(md, "\n## A tutor's term\n")?;
        writeln!(md, "`cargo bench -p waymark-tests --bench term` and `cargo bench -p waymark-core --bench bring_in`: median (min–max). The two ten-year plans are plan files of {:.1} MB, a term apart (20 steps done, 5 goals added, 30 more reflections shared), with every reflection the student let a tutor see; My students holds 60 students with two plans and three items of feedback each; the tutor's Waymark is locked (encrypted), as keeping students' plans needs.\n", self.plan_mb)?;
        writeln!(md, "| what | time |")?;
        writeln!(md, "| --- | --- |")?;
        for (label, f) in [
            (
                format!(
                    "Bring in {} plan files from a folder and list them",
                    self.files
                ),
                &self.bring_in,
            ),
            ("What changed between two ten-year plans".into(), &self.diff),
            (
                "What changed, a ten-year plan only shared again (nothing)".into(),
                &self.same,
            ),
            ("My students, 60 students".into(), &self.students),
            (
                "The check-in sheet as a PDF, from two ten-year plans".into(),
                &self.sheet,
            ),
        ] {
            if let Some(f) = f {
                writeln!(md, "| {label} | {} |", f.ms())?;
            }
        }
        Ok(())
    }
}

fn main() -> Result<()> {
    let root = workspace_root();
    // `--term-only`: print the tutor's term section alone (to put beside a
    // report whose other figures came from an earlier run).
    if std::env::args().any(|a| a == "--term-only") {
        let mut md = String::new();
        let term = Term::read(&root);
        md.push_str("| target | measured | |\n| --- | --- | --- |\n");
        term.targets(&mut md)?;
        term.section(&mut md)?;
        print!("{md}");
        return Ok(());
    }
    let mut md = String::new();
    let date = output("date", &["-u", "+%Y-%m-%d %H:%M UTC"]);
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines().find_map(|l| {
                l.strip_prefix("model name")
                    .map(|m| m.trim_start_matches([' ', '\t', ':']).to_string())
            })
        })
        .unwrap_or_default();
    let cores = output("nproc", &[]);
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines().next().map(|l| {
                l.split_whitespace()
                    .nth(1)
                    .unwrap_or("0")
                    .parse::<u64>()
                    .unwrap_or(0)
            })
        })
        .unwrap_or(0);
    let webkit = output(
        "dpkg-query",
        &["-W", "-f", "${Version}", "libwebkit2gtk-4.1-0"],
    );
    let rustc = output("rustc", &["-V"]);
    let os = output("sh", &["-c", ". /etc/os-release && echo $PRETTY_NAME"]);
    let plan_dir = root
        .join("target/bench-data")
        .join(format!("ten-years-7-v{}", waymark_core::SCHEMA_VERSION));
    let plan_size = size(&plan_dir.join(waymark_core::DB_FILE_NAME)).unwrap_or(0);

    writeln!(md, "# Performance\n")?;
    writeln!(md, "Written by `bash tests/performance.sh` on {date}; do not edit by hand. Benchmarks report; no test asserts a time.\n")?;
    writeln!(md, "**Machine:** {os}, {cpu}, {cores} cores, {:.0} GiB; WebKitGTK {webkit}; {rustc}; release profile; Xvfb at 1280×900.\n", mem as f64 / 1_048_576.0)?;
    writeln!(md, "**Data set** (`waymark_tests::ten_year`, seed 7, written through the core's API): {}. The plan file is {}. A one-term plan ({}) is also generated for small-plan checks.\n", TEN_YEARS.describe(), mb(plan_size), ONE_TERM.describe())?;

    // Screens against the raw SQL floor.
    let mut screens = Vec::new();
    for (key, label) in SCREENS {
        let group = format!("screen/{key}");
        if let (Some(w), Some(r)) = (
            criterion(&root, &group, "waymark"),
            criterion(&root, &group, "raw_sql"),
        ) {
            screens.push((*key, *label, w, r));
        }
    }
    // The same screens on the plan locked with a password (SQLCipher).
    let mut locked = Vec::new();
    for (key, label) in SCREENS {
        let group = format!("screen/{key}");
        if let (Some(plain), Some(w), Some(r)) = (
            criterion(&root, &group, "waymark"),
            criterion(&root, &group, "waymark_locked"),
            criterion(&root, &group, "raw_sql_locked"),
        ) {
            locked.push((*label, plain, w, r));
        }
    }
    let unlock = criterion(&root, "lock/unlock", "waymark");
    let writes: Vec<(&str, Option<Fig>, Option<Fig>)> = [
        (
            "Open the plan and check every b-tree (start-up; the floor only opens it)",
            "screen/open",
        ),
        (
            "Add a reflection (commit at `synchronous=FULL`)",
            "write/add_reflection",
        ),
        (
            "Tick a step (commit at `synchronous=FULL`)",
            "write/tick_step",
        ),
        ("Import a 2,000-course prospectus", "write/prospectus_2000"),
    ]
    .into_iter()
    .map(|(label, group)| {
        (
            label,
            criterion(&root, group, "waymark"),
            criterion(&root, group, "raw_sql"),
        )
    })
    .collect();
    let exports: Vec<(&str, Option<Fig>)> = [
        ("A page for my tutor (HTML)", "html"),
        ("A PDF for my tutor", "pdf"),
        ("A Waymark file", "waymark"),
        ("Everything, for myself", "everything"),
    ]
    .into_iter()
    .map(|(label, f)| (label, criterion(&root, "export", f)))
    .collect();
    let app = json(&root.join("target/perf/app.json"));
    let typing = json(&root.join("target/perf/typing.json"));
    let start = |who: &str| {
        app.as_ref()
            .and_then(|a| Fig::of(numbers(&a[who]["start_ms"])))
    };
    let pss = |who: &str| {
        app.as_ref().and_then(|a| {
            Fig::of(
                numbers(&a[who]["pss_kb"])
                    .into_iter()
                    .map(|k| k / 1024.0)
                    .collect(),
            )
        })
    };
    let runs = app
        .as_ref()
        .map(|a| numbers(&a["waymark"]["start_ms"]).len())
        .unwrap_or(0);
    let bin = size(&root.join("target/release/waymark"));
    let bare_bin = size(&root.join("target/release/waymark-bare"));
    let debs = root.join("target/release/bundle/deb");
    let deb = deb_in(&debs, "Waymark");
    let bare_deb = deb_in(&debs, "waymark-bare");
    let bundle = ui_gzip(&root);
    let keys: Vec<(&str, Fig)> = [
        "search_plan",
        "list_courses",
        "update_reflection",
        "save_draft",
    ]
    .into_iter()
    .filter_map(|k| Some((k, Fig::of(numbers(&typing.as_ref()?[k]))?)))
    .collect();

    // The targets.
    writeln!(md, "## Targets\n")?;
    writeln!(md, "| target | measured | |")?;
    writeln!(md, "| --- | --- | --- |")?;
    let worst_ratio = screens
        .iter()
        .map(|(_, _, w, r)| w.median / r.median)
        .fold(0.0, f64::max);
    let over_two: Vec<&str> = screens
        .iter()
        .filter(|(_, _, w, r)| w.median / r.median > 2.0)
        .map(|(k, ..)| *k)
        .collect();
    writeln!(
        md,
        "| every screen's data call at most 2× the raw SQL floor | worst {worst_ratio:.1}×{} | {} |",
        if over_two.is_empty() { String::new() } else { format!(" (over 2×: {})", over_two.join(", ")) },
        met(over_two.is_empty() && !screens.is_empty())
    )?;
    let slowest = screens
        .iter()
        .map(|(_, _, w, _)| w.median)
        .fold(0.0, f64::max);
    writeln!(
        md,
        "| every screen's data call under 20 ms | slowest {} | {} |",
        ms(slowest),
        met(slowest < 20.0 && !screens.is_empty())
    )?;
    if !locked.is_empty() {
        let worst_plain = locked
            .iter()
            .map(|(_, p, w, _)| w.median / p.median)
            .fold(0.0, f64::max);
        let worst_floor = locked
            .iter()
            .map(|(_, _, w, r)| w.median / r.median)
            .fold(0.0, f64::max);
        writeln!(md, "| locked: every screen at most 1.15× its time without the lock | worst {worst_plain:.2}× | {} |", met(worst_plain <= 1.15))?;
        writeln!(md, "| locked: every screen at most 2× the raw SQL floor on the same encrypted file | worst {worst_floor:.1}× | {} |", met(worst_floor <= 2.0))?;
    }
    if let Some(u) = &unlock {
        writeln!(md, "| unlock (password stretched, key unwrapped, plan opened and checked) at most 1.5 s | {} | {} |", ms(u.median), met(u.median <= 1500.0))?;
    }
    let term = Term::read(&root);
    term.targets(&mut md)?;
    if let Some((a, b)) =
        Starts::of(app.as_ref()).and_then(|s| Some((s.unstalled(0)?, s.unstalled(1)?)))
    {
        let r = a.median / b.median;
        writeln!(md, "| cold start to interactive at most 1.25× the bare Tauri app (medians, stalled starts set apart) | {} / {} = {r:.2}× | {} |", ms(a.median), ms(b.median), met(r <= 1.25))?;
    }
    if let (Some(a), Some(b)) = (pss("waymark"), pss("bare")) {
        let r = a.median / b.median;
        writeln!(md, "| idle memory (PSS, all processes) at most 1.2× the bare app | {:.0} MB / {:.0} MB = {r:.2}× | {} |", a.median, b.median, met(r <= 1.2))?;
    }
    if !keys.is_empty() {
        let worst = keys.iter().map(|(_, f)| f.max).fold(0.0, f64::max);
        writeln!(
            md,
            "| each keystroke's IPC round trip under 16 ms | slowest of all {} | {} |",
            ms(worst),
            met(worst < 16.0)
        )?;
    }
    if let (Some(a), Some(b)) = (bin, bare_bin) {
        let r = a as f64 / b as f64;
        writeln!(
            md,
            "| release binary at most 2× the bare app's | {} / {} = {r:.2}× | {} |",
            mb(a),
            mb(b),
            met(r <= 2.0)
        )?;
    }
    if let Some(g) = bundle {
        writeln!(
            md,
            "| UI bundle (JS + CSS, gzip) under 150 KB, fonts excluded | {:.1} KB | {} |",
            g as f64 / 1024.0,
            met(g < 150 * 1024)
        )?;
    }
    writeln!(md)?;

    writeln!(md, "## Each screen's data call, against raw SQLite\n")?;
    writeln!(md, "Criterion, median (min–max) per call, on the ten-year plan. *Raw SQL* is the shortest SQL that reads the same rows from the same file, every value read, on a connection set up as Waymark's (WAL, `synchronous=FULL`, foreign keys) and timed in the same group.\n")?;
    writeln!(md, "| screen | Waymark | raw SQL | Waymark / raw |")?;
    writeln!(md, "| --- | --- | --- | --- |")?;
    for (_, label, w, r) in &screens {
        writeln!(md, "{}", against(label, w, r))?;
    }
    if !locked.is_empty() {
        writeln!(md, "\n## Each screen on a locked plan\n")?;
        writeln!(md, "The same ten-year plan, locked with a password: encrypted by SQLCipher with a raw 256-bit key (docs/LOCK.md). *Raw SQL, locked* is the same floor on the same encrypted file, with the key given.\n")?;
        writeln!(md, "| screen | Waymark | Waymark, locked | raw SQL, locked | locked / unlocked | locked Waymark / locked raw |")?;
        writeln!(md, "| --- | --- | --- | --- | --- | --- |")?;
        for (label, plain, w, r) in &locked {
            writeln!(
                md,
                "| {label} | {} | {} | {} | {:.2}× | {:.1}× |",
                ms(plain.median),
                w.ms(),
                r.ms(),
                w.median / plain.median,
                w.median / r.median
            )?;
        }
        if let Some(u) = &unlock {
            writeln!(md, "\nUnlocking (Argon2id as calibrated on this machine, the key unwrapped, the plan opened with its health check): {}.", u.ms())?;
        }
    }
    term.section(&mut md)?;
    writeln!(md, "\n## Writes, import and export\n")?;
    writeln!(md, "| what | Waymark | raw SQL | Waymark / raw |")?;
    writeln!(md, "| --- | --- | --- | --- |")?;
    for (label, w, r) in &writes {
        if let (Some(w), Some(r)) = (w, r) {
            writeln!(md, "{}", against(label, w, r))?;
        }
    }
    for (label, f) in &exports {
        if let Some(f) = f {
            writeln!(
                md,
                "| Export: {label} (every section, no reflections) | {} | – | – |",
                f.ms()
            )?;
        }
    }
    if !keys.is_empty() {
        writeln!(md, "\n## Typing\n")?;
        writeln!(md, "The real app on a copy of the ten-year plan; the page times each `invoke` round trip (`xvfb-run cargo bench -p waymark-tests --bench typing`).\n")?;
        writeln!(md, "| what each keystroke sends | median (min–max) |")?;
        writeln!(md, "| --- | --- |")?;
        for (k, f) in &keys {
            let what = match *k {
                "search_plan" => "Search my plan, per letter",
                "list_courses" => "Catalogue search, per letter",
                "update_reflection" => "A reflection's autosave",
                _ => "A new reflection's draft",
            };
            writeln!(md, "| {what} (`{k}`) | {} |", f.ms())?;
        }
    }
    writeln!(md, "\n## The whole app, against a bare Tauri app\n")?;
    writeln!(md, "`target/release/perf_app`, under Xvfb: Waymark (with a copy of the ten-year plan) and `tests/bare-app` (one window, one static page, the same Tauri and profile) started alternately, A B A B, {runs} times each, both with WebKitGTK's DMA-BUF renderer off (Waymark turns it off itself, as it shows blank windows on many GPUs). *Start* is from launching the process to the page's own \"ready\" (Waymark: Home drawn with its data in its window, which starts hidden and is shown by the page; bare: its page painted). *Memory* is the sum of the PSS of the app and all its WebKit processes after 4 idle seconds.\n")?;
    writeln!(md, "| | Waymark | bare Tauri | Waymark / bare |")?;
    writeln!(md, "| --- | --- | --- | --- |")?;
    if let (Some(a), Some(b)) = (start("waymark"), start("bare")) {
        writeln!(
            md,
            "| start to interactive | {} | {} | {:.2}× |",
            a.ms(),
            b.ms(),
            a.median / b.median
        )?;
    }
    // WebKitGTK sometimes stalls a start by 500 ms or more (see the reading
    // below): those starts are set apart, and the rest compared, pair by pair.
    if let Some(starts) = Starts::of(app.as_ref()) {
        if let (Some(a), Some(b)) = (starts.unstalled(0), starts.unstalled(1)) {
            writeln!(
                md,
                "| start, the stalled starts set apart | {} | {} | {:.2}× |",
                a.ms(),
                b.ms(),
                a.median / b.median
            )?;
        }
        if let Some(r) = starts.paired() {
            writeln!(
                md,
                "| start, the median of each pair's ratio (pairs with neither stalled: {}) | | | {:.2}× |",
                r.1, r.0
            )?;
        }
        writeln!(
            md,
            "| stalled starts (more than {STALL_MS:.0} ms slower than the app's fastest) | {} | {} | |",
            starts.stalls(0),
            starts.stalls(1)
        )?;
    }
    if let (Some(a), Some(b)) = (pss("waymark"), pss("bare")) {
        writeln!(
            md,
            "| idle memory (PSS) | {:.0} MB ({:.0}–{:.0}) | {:.0} MB ({:.0}–{:.0}) | {:.2}× |",
            a.median,
            a.min,
            a.max,
            b.median,
            b.min,
            b.max,
            a.median / b.median
        )?;
    }
    if let (Some(a), Some(b)) = (bin, bare_bin) {
        writeln!(
            md,
            "| release binary | {} | {} | {:.2}× |",
            mb(a),
            mb(b),
            a as f64 / b as f64
        )?;
    }
    match (
        deb.as_ref().and_then(|d| size(d)),
        bare_deb.as_ref().and_then(|d| size(d)),
    ) {
        (Some(a), Some(b)) => writeln!(
            md,
            "| `.deb` | {} | {} | {:.2}× |",
            mb(a),
            mb(b),
            a as f64 / b as f64
        )?,
        (Some(a), None) => writeln!(md, "| `.deb` | {} | not built | – |", mb(a))?,
        _ => writeln!(md, "| `.deb` | not built | not built | – |")?,
    }
    let stages: Vec<(&str, Fig, Option<Fig>)> = [
        (
            "launch → Rust `main` (loading the program and its libraries)",
            "main",
        ),
        (
            "→ the app's setup begins (Tauri and its plugins start)",
            "setup",
        ),
        ("→ the plan is open and checked", "plan_open"),
        ("→ setup done", "setup_done"),
        (
            "→ the page starts loading (the WebKit processes start)",
            "page",
        ),
        (
            "→ Waymark's script runs (bundle loaded and parsed)",
            "script",
        ),
        ("→ the app is mounted", "mounted"),
        (
            "→ its first calls answered (asked as the script ran; the window is asked to show)",
            "status",
        ),
        ("→ Home has its data and is built", "ready"),
        (
            "→ Home drawn in the shown window: ready (the window shown, then the frame)",
            "shown",
        ),
    ]
    .into_iter()
    .filter_map(|(label, key)| {
        let moment = |who: &str| {
            let marks = app.as_ref()?[who]["marks"].as_array()?;
            Fig::of(marks.iter().filter_map(|m| m[key].as_f64()).collect())
        };
        moment("waymark").map(|f| (label, f, moment("bare")))
    })
    .collect();
    if !stages.is_empty() {
        writeln!(md, "\nWhere the start goes (median of each moment, ms after launch, from the apps' own marks; the bare app marks three):\n")?;
        writeln!(md, "| moment | Waymark | bare |")?;
        writeln!(md, "| --- | --- | --- |")?;
        for (label, f, bare) in &stages {
            let bare = bare.as_ref().map_or("".into(), |b| ms(b.median));
            writeln!(md, "| {label} | {} | {bare} |", ms(f.median))?;
        }
    }
    if let Some(g) = bundle {
        writeln!(md, "\nThe UI bundle (Svelte, no chart or UI library) is {:.1} KB of JS and CSS after gzip; fonts are shipped apart.", g as f64 / 1024.0)?;
    }
    let reading = std::fs::read_to_string(root.join("tests/perf-reading.md")).unwrap_or_default();
    if !reading.trim().is_empty() {
        writeln!(md, "\n## Reading the figures\n\n{}", reading.trim())?;
    }
    let out = root.join("docs/PERFORMANCE.md");
    std::fs::write(&out, md)?;
    println!("wrote {}", out.display());
    Ok(())
}
