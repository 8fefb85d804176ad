//! Whole-app measurements, run under Xvfb by `scripts/performance`: Waymark
//! (A) and the bare Tauri app (B) are started alternately, A B A B, each from
//! a fresh process with its own data folder (Waymark's holds a copy of the
//! ten-year plan). For each start it records the time from launch to the
//! first usable screen (the page's own signal, `ui_ready`), then, after a few
//! quiet seconds, the memory of the app and all its WebKit processes (the sum
//! of their PSS). Prints a line per start and writes `target/perf/app.json`.
//!
//! `perf_app WAYMARK_BIN BARE_BIN RUNS`

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;
use waymark_tests::ten_year::{self, TEN_YEARS};
use waymark_tests::{workspace_root, Result};

/// How long the app stays idle before its memory is read.
const IDLE: Duration = Duration::from_secs(4);

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [waymark, bare, runs] = args.as_slice() else {
        return Err("usage: perf_app WAYMARK_BIN BARE_BIN RUNS".into());
    };
    let runs: usize = runs.parse()?;
    let plan = ten_year::cached(&TEN_YEARS, 7)?;
    let mut results = json!({
        "waymark": { "start_ms": [], "pss_kb": [], "marks": [] },
        "bare": { "start_ms": [], "pss_kb": [], "marks": [] }
    });
    for run in 0..runs {
        for (name, bin) in [("waymark", waymark), ("bare", bare)] {
            let data = tempfile::tempdir()?;
            if name == "waymark" {
                ten_year::copy_plan(&plan, data.path())?;
            }
            let (start, pss, marks) = measure(Path::new(bin), data.path())?;
            println!(
                "run {run:>2} {name:<8} start {start:>8.1} ms   memory (PSS) {:>8.1} MB",
                pss as f64 / 1024.0
            );
            results[name]["start_ms"]
                .as_array_mut()
                .ok_or("json")?
                .push(json!(start));
            results[name]["pss_kb"]
                .as_array_mut()
                .ok_or("json")?
                .push(json!(pss));
            results[name]["marks"]
                .as_array_mut()
                .ok_or("json")?
                .push(marks);
        }
    }
    let dir = workspace_root().join("target/perf");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(
        dir.join("app.json"),
        serde_json::to_string_pretty(&results)?,
    )?;
    Ok(())
}

/// Starts `bin`, waits for its first screen, idles, reads its memory, stops
/// it. Also the moments of the start the app reports (`waymark-marks`, wall
/// clock), as ms after launch.
fn measure(bin: &Path, data: &Path) -> Result<(f64, u64, serde_json::Value)> {
    let launched = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs_f64()
        * 1000.0;
    let began = Instant::now();
    let mut child = Command::new(bin)
        .env("WAYMARK_DATA_DIR", data)
        .env("WAYMARK_REPORT_READY", "1")
        // Waymark turns WebKitGTK's DMA-BUF renderer off (it shows blank
        // windows on many GPUs); the bare app runs with the same setting.
        .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("no output")?;
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut marks = json!({});
        for line in BufReader::new(stdout).lines().map_while(|l| l.ok()) {
            if let Some(found) = line.strip_prefix("waymark-marks ") {
                if let Ok(serde_json::Value::Object(found)) = serde_json::from_str(found) {
                    for (k, v) in found {
                        if let Some(at) = v.as_f64() {
                            marks[k] = json!(at - launched);
                        }
                    }
                }
            }
            if line.trim() == "waymark-ready" {
                let _ = tx.send((began.elapsed(), marks.clone()));
            }
        }
    });
    let ready = rx.recv_timeout(Duration::from_secs(60));
    let outcome = match ready {
        Ok((took, marks)) => {
            std::thread::sleep(IDLE);
            Ok((took.as_secs_f64() * 1000.0, pss_of_tree(child.id())?, marks))
        }
        Err(_) => Err(format!("{} never said it was ready", bin.display()).into()),
    };
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline && child.try_wait()?.is_none() {
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    // Let the WebKit processes go before the next start.
    std::thread::sleep(Duration::from_millis(500));
    outcome
}

/// The PSS (kB) of `root` and every process below it.
fn pss_of_tree(root: u32) -> Result<u64> {
    let mut parents = Vec::new();
    for entry in std::fs::read_dir("/proc")? {
        let Some(pid) = entry?
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        if let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) {
            // The parent is the second field after the command's closing ')'.
            if let Some(ppid) = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1))
                .and_then(|p| p.parse::<u32>().ok())
            {
                parents.push((pid, ppid));
            }
        }
    }
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        let parent = tree[i];
        tree.extend(
            parents
                .iter()
                .filter(|(_, p)| *p == parent)
                .map(|(c, _)| *c),
        );
        i += 1;
    }
    let mut total = 0;
    for pid in tree {
        let rollup = PathBuf::from(format!("/proc/{pid}/smaps_rollup"));
        if let Ok(text) = std::fs::read_to_string(rollup) {
            total += text
                .lines()
                .find_map(|l| l.strip_prefix("Pss:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
                .unwrap_or(0);
        }
    }
    Ok(total)
}
